"""Feuille d'émargement: the attendance sheet funders ask for, signed by each registrant, certified by the
organiser (name of the organisation, the signatory's name and role, date, signature).

A whole-day sheet has a Matin and an Après-midi column; the certification block always comes with the last
rows of the table (never alone on the last page); the place is written once; the footer is never cut mid-word.
"""

from __future__ import annotations

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from core.services.print_data import AttendanceSheet
from core.typography import french
from printing.common import MISSING, Branding, Feedback, flowable_image, french_date, numbered_canvas
from printing.fonts import BOLD, CONDENSED, ITALIC, REGULAR, register_fonts

MAX_WALK_IN_ROWS = 200
WIDTH = A4[0] - 30 * mm
KEPT_ROWS = 3  # rows of the table that go with the certification block to its page
GRID = colors.grey


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=17, spaceAfter=1 * mm),
        "action": ParagraphStyle("action", fontName=BOLD, fontSize=10, leading=13),
        "info": ParagraphStyle("info", fontName=REGULAR, fontSize=9, leading=12),
        "mention": ParagraphStyle("mention", fontName=ITALIC, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", fontName=CONDENSED, fontSize=8.5, leading=10),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(french(text)), style)


def _header(sheet: AttendanceSheet, branding: Branding, styles: dict[str, ParagraphStyle]) -> list[object]:
    """Logos (the organiser's left, the funders' right), the funding mention, the title and the action."""
    story: list[object] = []
    own = flowable_image(branding.logo, 40 * mm, 16 * mm)
    funders = [f for f in (flowable_image(p, 28 * mm, 14 * mm) for p in branding.funder_logos[:4]) if f]
    if own is not None or funders:
        right = Table([funders], hAlign="RIGHT") if funders else ""
        table = Table([[own or "", right]], colWidths=[WIDTH * 0.35, WIDTH * 0.65])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story += [table, Spacer(1, 2 * mm)]
    if branding.funding_mention.strip():
        story.append(_p(branding.funding_mention.strip(), styles["mention"]))
        story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("Feuille d’émargement", styles["title"]))
    action = branding.action_title.strip() or sheet.event_name
    story.append(Paragraph(f"Intitulé de l’action&nbsp;: {escape(french(action))}", styles["action"]))
    if branding.action_title.strip():
        story.append(_p(sheet.event_name, styles["info"]))
    story.append(_p(sheet.title, styles["head"]))
    return [*story, Spacer(1, 2 * mm)]


def _info(sheet: AttendanceSheet, branding: Branding, show_checked_in: bool) -> list[str]:
    organiser = escape(french(branding.organiser.strip())) if branding.organiser.strip() else \
        f"{MISSING} <i>(nom de l’organisme)</i>"
    present = f" dont {sum(r.checked_in for r in sheet.rows)} accueillis" if show_checked_in else ""
    return [
        f"<b>Organisme&nbsp;:</b> {organiser}",
        f"<b>Date&nbsp;:</b> {french_date(sheet.day, weekday=True)}, {escape(sheet.hours)}",
        f"<b>Lieu&nbsp;:</b> {escape(french(sheet.venue)) or '—'}",
        f"<b>Animation&nbsp;:</b> {escape(french(sheet.facilitators)) or '—'}",
        f"<b>Inscrits&nbsp;:</b> {len(sheet.rows)}{present}",
    ]


def certification_block(branding: Branding, sheet: AttendanceSheet,
                        styles: dict[str, ParagraphStyle]) -> list[object]:
    """The organiser's certification: organisation, count of signatures per column, signatory, date, signature."""
    organiser = escape(french(branding.organiser.strip())) if branding.organiser.strip() else \
        f"{MISSING} <i>(nom de l’organisme)</i>"
    name = escape(french((branding.signatory or "").strip()))
    role = escape(french((branding.signatory_title or "").strip()))
    who = ", ".join(p for p in (name, role) if p) or f"{MISSING} <i>(nom et fonction du ou de la signataire)</i>"
    counts = " &nbsp; ".join(f"{escape(c)}&nbsp;: ………" for c in sheet.columns) if len(sheet.columns) > 1 \
        else "………"
    place = escape(french(branding.place.strip())) if branding.place and branding.place.strip() else MISSING
    block: list[object] = [
        Paragraph("<b>Certifié exact</b> par l’organisme&nbsp;: " + organiser, styles["info"]),
        Paragraph(f"Nombre de signatures&nbsp;: {counts}", styles["info"]),
        Paragraph(f"Fait à {place}, le {french_date(sheet.day)}", styles["info"]),
        Paragraph(f"{who}", styles["info"]),
        Paragraph("Signature et cachet&nbsp;:", styles["info"]),
    ]
    signature = flowable_image(branding.signature_image, 50 * mm, 20 * mm)
    block.append(signature if signature is not None else Spacer(1, 20 * mm))
    return block


def _table(data: list[list[object]], widths: list[float], heights: list[float | None], header: bool,
           checked_column: int | None) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, rowHeights=heights)
    first = 1 if header else 0
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # Room to sign even on a one-line row; the structure may wrap to more lines and the row grows.
        ("TOPPADDING", (0, first), (-1, -1), 7),
        ("BOTTOMPADDING", (0, first), (-1, -1), 7),
        ("ALIGN", (0, first), (0, -1), "RIGHT"),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF5")))
    if checked_column is not None:
        style.append(("ALIGN", (checked_column, first), (checked_column, -1), "CENTER"))
    table.setStyle(TableStyle(style))
    return table


def render_emargement(sheet: AttendanceSheet, *, branding: Branding = Branding(),  # noqa: B008
                      walk_in_rows: int = 8, show_checked_in: bool = False,
                      feedback: Feedback = Feedback()) -> bytes:  # noqa: B008
    """The sheet as a PDF: registrants sorted by name, blank rows for walk-ins, signature columns, page X / Y.
    An empty session still gives a sheet (blank rows only) that people can sign by hand."""
    register_fonts()
    styles = _styles()
    walk_ins = max(0, min(walk_in_rows, MAX_WALK_IN_ROWS))
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=12 * mm,
                            bottomMargin=16 * mm, title=french(f"Feuille d'émargement – {sheet.title}"),
                            author=branding.author, subject=french(sheet.event_name), creator="Envol", lang="fr-FR")
    story = _header(sheet, branding, styles)
    story += [Paragraph(line, styles["info"]) for line in _info(sheet, branding, show_checked_in)]
    story.append(Spacer(1, 4 * mm))

    head = ["N°", "Nom", "Prénom", "Structure"] + (["Accueil"] if show_checked_in else []) + list(sheet.columns)
    fixed = [9 * mm, 34 * mm, 27 * mm, 52 * mm] + ([16 * mm] if show_checked_in else [])
    sign = (WIDTH - sum(fixed)) / len(sheet.columns)
    widths = fixed + [sign] * len(sheet.columns)
    rows: list[list[object]] = []
    heights: list[float | None] = []
    total = len(sheet.rows)
    for number, row in enumerate(sheet.rows, start=1):
        if number % 100 == 0:
            feedback.step(number, total)
        cells: list[object] = [str(number), Paragraph(escape(french(row.last_name.upper())), styles["cell"]),
                               Paragraph(escape(french(row.first_name)), styles["cell"]),
                               Paragraph(escape(french(row.organisation or "")), styles["cell"])]
        if show_checked_in:
            cells.append("✓" if row.checked_in else "")
        rows.append(cells + [""] * len(sheet.columns))
        heights.append(None)
    for number in range(total + 1, total + walk_ins + 1):
        rows.append([str(number), *([""] * (len(head) - 1))])
        heights.append(9 * mm)
    checked = 4 if show_checked_in else None
    header_row: list[object] = [Paragraph(escape(h), styles["head"]) for h in head]
    kept = min(KEPT_ROWS, len(rows))
    body, tail = rows[:len(rows) - kept], rows[len(rows) - kept:]
    block = certification_block(branding, sheet, styles)
    if body:
        story.append(_table([header_row, *body], widths, [None, *heights[:len(body)]], True, checked))
        last = _table(tail, widths, heights[len(body):], False, checked) if tail else None
    else:
        last = _table([header_row, *tail], widths, [None, *heights[len(body):]], True, checked)
    story.append(KeepTogether([*(t for t in [last] if t is not None), Spacer(1, 6 * mm), *block]))
    footer = french(f"{sheet.event_name} – {sheet.title}")
    doc.build(story, canvasmaker=numbered_canvas(footer))
    feedback.step(total, total)
    return out.getvalue()
