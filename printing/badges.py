"""Badges on any stock: one renderer draws a layout (data) for each person, with cut marks and a printer offset.

The QR code holds the ticket's token and nothing personal; it is drawn as vector squares so that a desk
scanner reads it from paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from core.errors import ValidationError
from core.services.print_data import BadgeData
from core.typography import french
from printing.common import Branding, Feedback, draw_image_fit, image
from printing.fonts import BOLD, REGULAR, register_fonts
from printing.layout import (
    ROLE_COLOURS,
    ROLE_LABELS,
    BadgeLayout,
    LogoBox,
    QrBox,
    RoleBand,
    TextBox,
    default_layout,
)
from printing.meetings import _cut, hhmm
from printing.qr import draw_qr
from printing.stocks import Stock, check_offset
from printing.textfit import LEADING, fit, wrap

CUT_MARK = 4.0  # mm, drawn outside each label corner


def _field(badge: BadgeData, field: str) -> str:
    if field == "first_name":
        return french(badge.first_name)
    if field == "last_name":
        return french(badge.last_name.upper())
    if field == "organisation":
        return french(badge.organisation)
    if field == "event":
        # The date after a non-breaking dash: the two lines break between the name and the date first.
        return french(badge.event_name) + (f"\u00a0— {badge.event_dates}" if badge.event_dates else "")
    return badge.ticket_code or ""


def _draw_lines(c: Canvas, lines: Sequence[str], font: str, size: float, left: float, top: float, width: float,
                centred: bool) -> None:
    c.setFont(font, size)
    for number, line in enumerate(lines):
        baseline = top - size * 0.93 - number * size * LEADING
        if centred:
            c.drawCentredString(left + width / 2, baseline, line)
        else:
            c.drawString(left, baseline, line)


def _draw_event(c: Canvas, badge: BadgeData, box: TextBox, x: float, y: float) -> None:
    """The event's name on one line and its date on the next, both at the size of the longer one; when the
    name needs two lines itself, the date follows it."""
    name, when = french(badge.event_name), badge.event_dates
    width, height = box.width * mm, box.height * mm
    size = min(fit(name, box.font, width, height / 2, box.max_size, box.min_size).size,
               fit(when, box.font, width, height / 2, box.max_size, box.min_size).size)
    lines: tuple[str, ...] = (name, when)
    if size <= box.min_size and stringWidth(name, box.font, size) > width:
        fitted = fit(_field(badge, "event"), box.font, width, height, box.max_size, box.min_size, box.max_lines)
        size, lines = fitted.size, fitted.lines
    c.setFillColor(HexColor(box.colour))
    _draw_lines(c, lines, box.font, size, x, y, width, box.align == "centre")
    c.setFillColorRGB(0, 0, 0)


def draw_badge(c: Canvas, badge: BadgeData, layout: BadgeLayout, left: float, top: float,
               branding: Branding) -> None:
    """Draw one badge whose top-left corner is at (left, top) in points."""
    for element in layout.elements:
        x, y = left + element.x * mm, top - element.y * mm
        if isinstance(element, RoleBand):
            c.setFillColor(HexColor(ROLE_COLOURS[badge.role]))
            c.rect(x, y - element.height * mm, element.width * mm, element.height * mm, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            pad = 2 * mm
            label = fit(ROLE_LABELS[badge.role], element.font, element.width * mm - 2 * pad,
                        element.height * mm * 0.7, 12, 5)
            _draw_lines(c, label.lines, element.font, label.size, x + pad,
                        y - (element.height * mm - label.size) / 2, element.width * mm - 2 * pad, True)
            c.setFillColorRGB(0, 0, 0)
        elif isinstance(element, TextBox) and element.field == "event" and badge.event_dates:
            _draw_event(c, badge, element, x, y)
        elif isinstance(element, TextBox):
            text = _field(badge, element.field)
            if not text:
                continue
            fitted = fit(text, element.font, element.width * mm, element.height * mm, element.max_size,
                         element.min_size, element.max_lines)
            c.setFillColor(HexColor(element.colour))
            _draw_lines(c, fitted.lines, element.font, fitted.size, x, y, element.width * mm,
                        element.align == "centre")
            c.setFillColorRGB(0, 0, 0)
        elif isinstance(element, QrBox):
            if badge.token:
                draw_qr(c, badge.token, x, y - element.size * mm, element.size * mm)
            else:  # no ticket yet: say so where the code would be, rather than print an unusable badge silently
                c.setFont(REGULAR, 7)
                c.drawCentredString(x + element.size * mm / 2, y - element.size * mm / 2, "sans billet")
        elif isinstance(element, LogoBox):
            logo = image(branding.logo)
            if logo is not None:
                draw_image_fit(c, logo, x, y - element.height * mm, element.width * mm, element.height * mm)


def draw_badge_back(c: Canvas, badge: BadgeData, left: float, top: float, width: float, height: float) -> None:
    """The person's meetings, two lines each (« 10 h 00 · Table 4 » then whom), as large as the label allows;
    top-left at (left, top) in points. Their name heads it: on a roll, the schedule is a label of its own."""
    pad = 3 * mm
    inner = width - 2 * pad
    rows = len(badge.meetings)
    # Height used, in units of the size: the name (1.2 × 0.93), the count (1.2 lines), two lines per meeting with a
    # quarter line between, the last line's descent.
    size = max(4.5, min(14.0, (height - 2 * pad) / (1.12 + 1.2 * LEADING + rows * 2.25 * LEADING + 0.3)))
    title = french(f"{badge.first_name} {badge.last_name}")
    heading = size * 1.2
    while heading > size and stringWidth(title, BOLD, heading) > inner:
        heading -= 0.5
    y = top - pad - heading * 0.93
    c.setFont(BOLD, heading)
    c.drawString(left + pad, y, _cut(title, BOLD, heading, inner))
    y -= size * LEADING * 1.2
    c.setFont(REGULAR, size)
    c.drawString(left + pad, y, _cut(french(f"{rows} rendez-vous d'affaires"), REGULAR, size, inner))
    for m in badge.meetings:
        if y - 2.25 * size * LEADING < top - height + pad:  # only below the smallest size: say what is left
            c.drawString(left + pad, y - size * LEADING, _cut(french(f"… et {rows - badge.meetings.index(m)} autres"),
                                                          REGULAR, size, inner))
            break
        y -= size * LEADING * 1.25
        c.setFont(BOLD, size)
        c.drawString(left + pad, y, _cut(f"{hhmm(m.starts_at)} · Table {m.table_number}", BOLD, size, inner))
        y -= size * LEADING
        c.setFont(REGULAR, size)
        c.drawString(left + pad, y, _cut(french(m.with_structure or m.with_name), REGULAR, size, inner))


def _backs_page(c: Canvas, stock: Stock, page: Sequence[BadgeData], dx: float, page_top: float) -> None:
    """The backs of one page of badges, mirrored left-right (long-edge duplex); a badge without meetings leaves
    its back blank. The horizontal printer offset is mirrored too."""
    for slot, badge in enumerate(page):
        if not badge.meetings:
            continue
        ox, oy = stock.label_origin(slot)
        mirrored = stock.page_width - ox - stock.label_width
        draw_badge_back(c, badge, -dx + mirrored * mm, page_top - oy * mm, stock.label_width * mm,
                        stock.label_height * mm)


def _cut_marks(c: Canvas, stock: Stock, count: int, dx: float, page_top: float) -> None:
    c.saveState()
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    for index in range(count):
        ox, oy = stock.label_origin(index)
        x0, x1 = dx + ox * mm, dx + (ox + stock.label_width) * mm
        y0, y1 = page_top - oy * mm, page_top - (oy + stock.label_height) * mm
        gap, length = 1 * mm, CUT_MARK * mm
        for x, sx in ((x0, -1), (x1, 1)):
            for y, sy in ((y0, 1), (y1, -1)):
                c.line(x + sx * gap, y, x + sx * (gap + length), y)  # horizontal, outside the label
                c.line(x, y + sy * gap, x, y + sy * (gap + length))  # vertical, outside the label
    c.restoreState()


def render_badges(
    badges: Sequence[BadgeData], stock: Stock, *, layout: BadgeLayout | None = None,
    branding: Branding = Branding(), offset_x: float = 0.0, offset_y: float = 0.0,  # noqa: B008
    cut_marks: bool | None = None, feedback: Feedback = Feedback(),  # noqa: B008
) -> bytes:
    """The PDF of these badges on this stock. Offsets (mm) move everything right / down to correct a printer."""
    stock.check()
    check_offset(offset_x, offset_y)
    if not badges:
        raise ValidationError("nothing_to_print", "no badge to print")
    layout = layout or default_layout(stock.label_width, stock.label_height)
    if layout.width > stock.label_width + 0.05 or layout.height > stock.label_height + 0.05:
        raise ValidationError("stock_does_not_fit", "the layout is larger than the labels", stock=stock.name)
    register_fonts()
    marks = stock.cut_marks if cut_marks is None else cut_marks
    out = BytesIO()
    c = Canvas(out, pagesize=(stock.page_width * mm, stock.page_height * mm), pageCompression=1)
    c.setTitle(french(f"Badges – {badges[0].event_name}"))
    c.setAuthor(branding.author)
    c.setCreator("Envol")
    dx, page_top = offset_x * mm, (stock.page_height - offset_y) * mm
    total = len(badges)
    two_sided = stock.cut_marks and any(b.meetings for b in badges)
    # Paper cut along marks prints two-sided: each page of badges is followed by its backs, mirrored (long-edge
    # duplex). Labels (a sheet of stickers, a roll) have no usable back: the schedule takes the next label.
    labels: list[tuple[int, BadgeData, bool]] = [
        (index, badge, back) for index, badge in enumerate(badges)
        for back in ((False,) if two_sided or not badge.meetings else (False, True))]
    if two_sided:  # the queue is asked for long-edge duplex (printing.system reads this preference)
        c.setViewerPreference("Duplex", "DuplexFlipLongEdge")
    for slot_index, (index, badge, back) in enumerate(labels):
        slot = slot_index % stock.per_page
        if slot == 0 and slot_index:
            c.showPage()
            if two_sided:
                _backs_page(c, stock, [b for _i, b, _k in labels[slot_index - stock.per_page:slot_index]], dx,
                            page_top)
                c.showPage()
        if slot == 0:
            if marks:
                _cut_marks(c, stock, min(stock.per_page, len(labels) - slot_index), dx, page_top)
            feedback.step(index, total)
        ox, oy = stock.label_origin(slot)
        if back:
            draw_badge_back(c, badge, dx + ox * mm, page_top - oy * mm, stock.label_width * mm,
                            stock.label_height * mm)
        else:
            draw_badge(c, badge, layout, dx + ox * mm, page_top - oy * mm, branding)
    if two_sided:
        c.showPage()
        last = (len(labels) - 1) // stock.per_page * stock.per_page
        _backs_page(c, stock, [b for _i, b, _k in labels[last:]], dx, page_top)
    c.showPage()
    c.save()
    feedback.step(total, total)
    return out.getvalue()


def _mm(value: float) -> str:
    return f"{value:+.1f}".replace(".", ",")


def calibration_lines(stock: Stock, offset_x: float, offset_y: float) -> list[str]:
    """What the calibration page says: the stock, the current offset (decimal commas), how to check it. Plain
    paper is cut along marks (checked with a ruler); die-cut labels are checked against a sheet of labels."""
    how = ("Imprimez à 100 % (sans « ajuster à la page ») sur papier ordinaire, puis mesurez à la règle : "
           "chaque cadre doit tomber à la place indiquée par les graduations."
           if stock.cut_marks else
           "Imprimez à 100 % (sans « ajuster à la page ») sur papier ordinaire, posez la feuille sur une planche "
           "d’étiquettes, à contre-jour : chaque cadre doit recouvrir une étiquette.")
    return [french(f"Calibration : {stock.name}"),
            french(f"Décalage actuel : {_mm(offset_x)} mm horizontal, {_mm(offset_y)} mm vertical"),
            french(how),
            french("Corrigez le décalage : positif = vers la droite / vers le bas.")]


def render_calibration(stock: Stock, *, offset_x: float = 0.0, offset_y: float = 0.0) -> bytes:
    """A page that outlines every label where Envol will print it: print it on plain paper, lay it over a sheet
    of labels against the light, and set the offset (mm) until the frames match the labels. The instructions are
    written inside the first label, below its cross, so that no text crosses an outline."""
    stock.check()
    check_offset(offset_x, offset_y)
    register_fonts()
    out = BytesIO()
    c = Canvas(out, pagesize=(stock.page_width * mm, stock.page_height * mm))
    c.setTitle("Page de calibration")
    c.setCreator("Envol")
    dx, page_top = offset_x * mm, (stock.page_height - offset_y) * mm
    c.setLineWidth(0.4)
    for index in range(stock.per_page):
        ox, oy = stock.label_origin(index)
        x, top = dx + ox * mm, page_top - oy * mm
        w, h = stock.label_width * mm, stock.label_height * mm
        c.setDash(3, 2)
        c.rect(x, top - h, w, h)
        c.setDash()
        cx, cy = x + w / 2, top - h / 2
        c.line(cx - 5 * mm, cy, cx + 5 * mm, cy)
        c.line(cx, cy - 5 * mm, cx, cy + 5 * mm)
        c.setFont(REGULAR, 7)
        c.drawString(x + 6 * mm, top - 9 * mm, f"{index + 1}")
    # Rulers along the top and left edges, 1 mm ticks, numbered every centimetre.
    c.setFont(REGULAR, 5)
    for tick in range(int(stock.page_width) + 1):
        length = 3 if tick % 10 == 0 else (2 if tick % 5 == 0 else 1)
        c.line(tick * mm, stock.page_height * mm, tick * mm, (stock.page_height - length) * mm)
        if tick % 10 == 0 and tick and tick < stock.page_width - 2:
            c.drawCentredString(tick * mm, (stock.page_height - 5) * mm, str(tick))
    for tick in range(int(stock.page_height) + 1):
        length = 3 if tick % 10 == 0 else (2 if tick % 5 == 0 else 1)
        y = (stock.page_height - tick) * mm
        c.line(0, y, length * mm, y)
        if tick % 10 == 0 and tick and tick < stock.page_height - 2:
            c.drawString(4 * mm, y - 1.5, str(tick))
    # The instructions, inside label 1 under its cross.
    ox, oy = stock.label_origin(0)
    left = dx + (ox + 6) * mm
    width = (stock.label_width - 12) * mm
    top = page_top - (oy + stock.label_height / 2 + 8) * mm
    bottom = page_top - (oy + stock.label_height - 3) * mm
    lines = calibration_lines(stock, offset_x, offset_y)
    size = 8.0
    while size > 4:
        wrapped = [(n, wrap(line, BOLD if n == 0 else REGULAR, size, width)) for n, line in enumerate(lines)]
        if sum(len(w) for _, w in wrapped) * size * LEADING <= top - bottom:
            break
        size -= 0.5
    baseline = top - size
    for number, parts in wrapped:
        c.setFont(BOLD if number == 0 else REGULAR, size)
        for part in parts:
            c.drawString(left, baseline, part)
            baseline -= size * LEADING
    c.showPage()
    c.save()
    return out.getvalue()
