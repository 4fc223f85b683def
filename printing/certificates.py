"""Attestations de présence: one page per person really checked in, with a verification code and QR.

One PDF for everyone, or a zip of one PDF per person (named after them, in plain ASCII).
"""

from __future__ import annotations

import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from core import clock
from core.errors import ValidationError
from core.services.attendance import ATTESTATION_QR_PREFIX, AttendedSession, CertificateData
from core.typography import NBSP, at_place, duration_words, fill, french, hours, quoted
from printing.common import (
    MISSING,
    Branding,
    Feedback,
    draw_image_fit,
    duration_text,
    french_date,
    image,
    shorten,
)
from printing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from printing.qr import draw_qr
from printing.textfit import fit

WIDTH, HEIGHT = A4
MARGIN = 22 * mm
QR_PREFIX = ATTESTATION_QR_PREFIX
QR_SIZE = 24 * mm
MAX_LISTED = 12  # sessions listed one per row; more are summed up in one line
SIGNATURE_HEIGHT = 24 * mm


@lru_cache(maxsize=32)
def _style(size: float = 11, leading: float = 15, font: str = REGULAR, align: int = 0) -> ParagraphStyle:
    return ParagraphStyle(f"s{size}{font}{align}", fontName=font, fontSize=size, leading=leading, alignment=align)


def _paragraph(c: Canvas, html: str, top: float, style: ParagraphStyle, left: float = MARGIN,
               width: float = WIDTH - 2 * MARGIN) -> float:
    p = Paragraph(html, style)
    _, height = p.wrap(width, HEIGHT)
    p.drawOn(c, left, top - height)
    return float(top - height)


def _t(text: str | None) -> str:
    return escape(french(text or ""))


def dates_text(cert: CertificateData) -> str:
    """« le vendredi 13 novembre 2026 », « du 2 au 27 novembre 2026 »."""
    if cert.first_day == cert.last_day:
        return f"le {french_date(cert.first_day, weekday=True)}"
    return f"du {french_date(cert.first_day, weekday=True)} au {french_date(cert.last_day, weekday=True)}"


def place_text(cert: CertificateData) -> str:
    """« à l’Espace Jacques Prévert, Aulnay-sous-Bois » (several venues: each with its article)."""
    return " ; ".join(at_place(v) for v in cert.venue.split(" ; ") if v) if cert.venue else ""


def overlap_text(item: AttendedSession) -> str:
    """How a session attended at the same time as others is listed: its time counts once."""
    if not item.overlaps:
        return ""
    return "en même temps que " + ", ".join(quoted(french(t)) for t in item.overlaps) + " (durée comptée une fois)"


def session_line(item: AttendedSession) -> str:
    """One attended session in words, as the attestation and its verification state it."""
    line = (f"{french_date(item.starts_at.date(), weekday=True)}, {hours(item.starts_at, item.ends_at)} "
            f"({duration_text(item.minutes)}){NBSP}: {french(item.title)}")
    if item.place:
        line += f", {french(item.place)}"
    return line + (f" — {overlap_text(item)}" if item.overlaps else "")


def total_text(cert: CertificateData) -> str:
    """« 4 h 30 (quatre heures trente minutes) »: the union of the attended times, in figures and in words."""
    return f"{duration_text(cert.total_minutes)} ({duration_words(cert.total_minutes)})"


def _sessions_table(cert: CertificateData, room: float) -> tuple[Table, float] | None:
    """The sessions attended (date, hours, title and place, duration), as many rows as fit in room (points),
    with the table's height. Dates, hours and durations are plain cells (one line each: their columns are as
    wide as their longest text); only the session's title, place and overlap wrap."""
    cell = _style(8.5, 10.5)
    small = _style(7.5, 9.5, ITALIC)

    def row(item: AttendedSession) -> list[object]:
        what = [Paragraph(_t(item.title), cell)]
        if item.place:
            what.append(Paragraph(_t(item.place), small))
        if item.overlaps:
            what.append(Paragraph(escape(overlap_text(item)), small))
        return [french_date(item.starts_at.date()), hours(item.starts_at, item.ends_at), what,
                duration_text(item.minutes)]

    width = WIDTH - 2 * MARGIN
    rows = [row(item) for item in cert.sessions[:MAX_LISTED]]
    date_w = max(stringWidth(r[0], REGULAR, 8.5) for r in rows) + 12
    hours_w = max(stringWidth(r[1], REGULAR, 8.5) for r in rows) + 12
    widths = [date_w, hours_w, width - date_w - hours_w - 18 * mm, 18 * mm]
    listed = len(rows)
    while listed:
        rest = len(cert.sessions) - listed
        data: list[list[object]] = [["Date", "Horaires", "Session", "Durée"], *rows[:listed]]
        if rest:
            data.append(["", "", Paragraph(f"et {rest} autre{'s' if rest > 1 else ''} session"
                                           f"{'s' if rest > 1 else ''}", cell), ""])
        table = Table(data, colWidths=widths)
        table.setStyle(_TABLE_STYLE)
        _, height = table.wrap(width, HEIGHT)
        if height <= room:
            return table, height
        listed -= 1
    return None


_TABLE_STYLE = TableStyle([
    ("FONT", (0, 0), (-1, -1), REGULAR, 8.5, 10.5), ("FONT", (0, 0), (-1, 0), BOLD, 8, 10),
    ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
    ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
])


def _header(c: Canvas, branding: Branding) -> None:
    logo = image(branding.logo)
    if logo is not None:
        draw_image_fit(c, logo, MARGIN, HEIGHT - MARGIN - 20 * mm, 45 * mm, 20 * mm)
    lines = [branding.organiser.strip() or f"{MISSING} (nom de l’organisme)",
             *[line for line in branding.address.splitlines() if line.strip()][:3]]
    top = HEIGHT - MARGIN - 3 * mm
    for number, line in enumerate(lines):
        c.setFont(BOLD if number == 0 else REGULAR, 9 if number == 0 else 8)
        c.drawRightString(WIDTH - MARGIN, top - number * 11, shorten(french(line), REGULAR, 9, 90 * mm))


def draw_certificate(c: Canvas, cert: CertificateData, branding: Branding, issued_on: date | None = None) -> None:
    body = _style()
    _header(c, branding)
    c.setFont(BOLD, 20)
    c.drawCentredString(WIDTH / 2, HEIGHT - MARGIN - 36 * mm, "ATTESTATION DE PRÉSENCE")

    name = fit(f"{cert.first_name} {cert.last_name}", BOLD, WIDTH - 2 * MARGIN, 40, 16, 9, max_lines=2)
    signatory = _t(branding.signatory) or f"{MISSING} <i>(nom du ou de la signataire)</i>"
    title = f", {_t(branding.signatory_title)}" if branding.signatory_title else ""
    organiser = _t(branding.organiser) or f"{MISSING} <i>(nom de l’organisme)</i>"
    top = _paragraph(c, f"Je soussigné·e, {signatory}{title}, pour {organiser}, atteste que{NBSP}:",
                     HEIGHT - MARGIN - 48 * mm, body) - 4 * mm
    c.setFont(BOLD, name.size)
    for line in name.lines:
        top -= name.size * 1.2
        c.drawCentredString(WIDTH / 2, top, french(line))
    if cert.organisation:
        top = _paragraph(c, _t(cert.organisation), top - 2 * mm, _style(align=1))
    where = place_text(cert)
    text = (f"a participé à <b>{_t(cert.event_name)}</b> {dates_text(cert)}"
            + (f" {escape(french(where))}" if where else "") + ".")
    top = _paragraph(c, text, top - 5 * mm, body) - 3 * mm
    # What is below the sessions: total, mention, "fait à", signature; then the QR code at the bottom.
    bottom = MARGIN + QR_SIZE + 4 * mm
    closing = 9 * mm + 15 * mm + SIGNATURE_HEIGHT + (10 * mm if branding.funding_mention.strip() else 0)
    if cert.sessions:
        fitted = _sessions_table(cert, top - bottom - closing - 8 * mm)
        if fitted is not None:
            table, height = fitted
            table.drawOn(c, MARGIN, top - height)
            top -= height
        total = f"<b>Durée totale de présence{NBSP}: {total_text(cert)}</b>"
        if any(item.overlaps for item in cert.sessions):
            total += "<br/><font size='8.5'>Les sessions suivies en même temps ne sont comptées qu’une fois.</font>"
        top = _paragraph(c, total, top - 4 * mm, body)
    else:
        top = _paragraph(c, "Présence enregistrée à l’accueil.", top, body)
    if branding.funding_mention.strip():
        top = _paragraph(c, _t(branding.funding_mention), top - 4 * mm, _style(9, 11, ITALIC))
    place = _t(branding.place) or MISSING
    issued = french_date(issued_on or clock.today())
    top = _paragraph(c, f"Fait à {place}, le {issued}, pour servir et valoir ce que de droit.", top - 5 * mm, body)
    who = _t(branding.signatory) or f"{MISSING} <i>(nom du ou de la signataire)</i>"
    if branding.signatory_title:
        who += f"<br/>{_t(branding.signatory_title)}"
    half = WIDTH / 2
    top = _paragraph(c, who, top - 4 * mm, _style(10, 13), left=half, width=WIDTH - MARGIN - half)
    signature = image(branding.signature_image)
    if signature is not None:
        draw_image_fit(c, signature, half, max(bottom, top - SIGNATURE_HEIGHT - 1 * mm), 60 * mm,
                       min(SIGNATURE_HEIGHT, top - 1 * mm - bottom))

    draw_qr(c, QR_PREFIX + cert.verification_code, MARGIN, MARGIN, QR_SIZE)
    c.setFont(REGULAR, 8)
    c.drawString(MARGIN + QR_SIZE + 3 * mm, MARGIN + 14 * mm,
                 f"Code de vérification{NBSP}: {cert.verification_code}")
    check = french(fill("À vérifier auprès de {0}, qui a enregistré la présence.",
                        branding.organiser.strip() or "l’organisme"))
    c.drawString(MARGIN + QR_SIZE + 3 * mm, MARGIN + 9 * mm,
                 shorten(check, REGULAR, 8, WIDTH - 2 * MARGIN - QR_SIZE - 3 * mm))


def _canvas(out: BytesIO, title: str, branding: Branding) -> Canvas:
    c = Canvas(out, pagesize=A4, pageCompression=1, lang="fr-FR")
    c.setTitle(french(title))
    c.setAuthor(branding.author)
    c.setCreator("Envol")
    return c


def render_certificates(certs: Sequence[CertificateData], *, branding: Branding = Branding(),  # noqa: B008
                        feedback: Feedback = Feedback()) -> bytes:  # noqa: B008
    """All attestations in one PDF, one page each."""
    if not certs:
        raise ValidationError("no_one_checked_in", "no one was checked in: no attestation to print")
    register_fonts()
    out = BytesIO()
    c = _canvas(out, "Attestations de présence", branding)
    for index, cert in enumerate(certs):
        if index % 10 == 0:
            feedback.step(index, len(certs))
        draw_certificate(c, cert, branding)
        c.showPage()
    c.save()
    feedback.step(len(certs), len(certs))
    return out.getvalue()


def file_name(cert: CertificateData) -> str:
    text = unicodedata.normalize("NFKD", f"{cert.last_name}-{cert.first_name}")
    ascii_text = "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in "- "))
    slug = "-".join(ascii_text.split())[:60].strip("-").lower() or "participant"
    return f"attestation-{slug}.pdf"


def render_certificates_zip(certs: Sequence[CertificateData], *, branding: Branding = Branding(),  # noqa: B008
                            feedback: Feedback = Feedback()) -> bytes:  # noqa: B008
    """One PDF per person in a zip, to send each their own."""
    if not certs:
        raise ValidationError("no_one_checked_in", "no one was checked in: no attestation to print")
    register_fonts()
    out = BytesIO()
    used: set[str] = set()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, cert in enumerate(certs):
            feedback.step(index, len(certs))
            name = file_name(cert)
            if name in used:
                name = name.replace(".pdf", f"-{cert.verification_code.lower()}.pdf")
            used.add(name)
            single = BytesIO()
            c = _canvas(single, f"Attestation de présence – {cert.first_name} {cert.last_name}", branding)
            draw_certificate(c, cert, branding)
            c.showPage()
            c.save()
            archive.writestr(name, single.getvalue())
    feedback.step(len(certs), len(certs))
    return out.getvalue()
