"""Attestations de présence: one page per person really checked in, with a verification code and QR.

One PDF for everyone, or a zip of one PDF per person (named after them, in plain ASCII).
"""

from __future__ import annotations

import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from core import clock
from core.errors import ValidationError
from core.services.attendance import ATTESTATION_QR_PREFIX, CertificateData
from printing.common import Branding, Feedback, draw_image_fit, duration_text, french_date, image
from printing.fonts import BOLD, REGULAR, register_fonts
from printing.qr import draw_qr
from printing.textfit import fit

WIDTH, HEIGHT = A4
MARGIN = 22 * mm
QR_PREFIX = ATTESTATION_QR_PREFIX
MAX_LISTED = 14  # sessions listed one per line; more are summed up in one line


def _style(size: float = 11, leading: float = 15, font: str = REGULAR) -> ParagraphStyle:
    return ParagraphStyle(f"s{size}{font}", fontName=font, fontSize=size, leading=leading)


def _paragraph(c: Canvas, html: str, top: float, style: ParagraphStyle) -> float:
    p = Paragraph(html, style)
    _, height = p.wrap(WIDTH - 2 * MARGIN, HEIGHT)
    p.drawOn(c, MARGIN, top - height)
    return float(top - height)


def _dates(cert: CertificateData) -> str:
    if cert.first_day == cert.last_day:
        return f"le {french_date(cert.first_day, weekday=True)}"
    return f"du {french_date(cert.first_day)} au {french_date(cert.last_day)}"


def draw_certificate(c: Canvas, cert: CertificateData, branding: Branding, issued_on: date | None = None) -> None:
    body = _style()
    logo = image(branding.logo)
    if logo is not None:
        draw_image_fit(c, logo, MARGIN, HEIGHT - MARGIN - 20 * mm, 45 * mm, 20 * mm)
    c.setFont(REGULAR, 9)
    c.drawRightString(WIDTH - MARGIN, HEIGHT - MARGIN - 4 * mm, branding.organiser[:80])
    c.setFont(BOLD, 20)
    c.drawCentredString(WIDTH / 2, HEIGHT - MARGIN - 38 * mm, "ATTESTATION DE PRÉSENCE")

    name = fit(f"{cert.first_name} {cert.last_name}", BOLD, WIDTH - 2 * MARGIN, 40, 16, 9, max_lines=2)
    signatory = escape(branding.signatory or "…………………………")
    title = f", {escape(branding.signatory_title)}" if branding.signatory_title else ""
    top = _paragraph(c, f"Je soussigné·e, {signatory}{title}, pour {escape(branding.organiser)}, atteste que :",
                     HEIGHT - MARGIN - 55 * mm, body) - 5 * mm
    c.setFont(BOLD, name.size)
    for line in name.lines:
        top -= name.size * 1.2
        c.drawCentredString(WIDTH / 2, top, line)
    if cert.organisation:
        top = _paragraph(c, f"<para alignment='center'>{escape(cert.organisation)}</para>", top - 2 * mm, body)
    text = (f"a participé à <b>{escape(cert.event_name)}</b> {_dates(cert)}"
            + (f", à {escape(cert.venue)}" if cert.venue else "") + ".")
    top = _paragraph(c, text, top - 6 * mm, body) - 4 * mm
    if cert.sessions:
        top = _paragraph(c, "Sessions suivies :", top, _style(font=BOLD))
        small = _style(10, 13)
        for item in cert.sessions[:MAX_LISTED]:
            line = (f"{french_date(item.starts_at.date())}, {item.starts_at:%H:%M}–{item.ends_at:%H:%M} "
                    f"({duration_text(item.minutes)}) : {escape(item.title)}")
            top = _paragraph(c, f"• {line}", top - 1 * mm, small)
        if len(cert.sessions) > MAX_LISTED:
            top = _paragraph(c, f"• et {len(cert.sessions) - MAX_LISTED} autres sessions", top - 1 * mm, small)
        top = _paragraph(c, f"<b>Durée totale : {duration_text(cert.total_minutes)}</b>", top - 4 * mm, body)
    else:
        top = _paragraph(c, "Présence enregistrée à l'accueil.", top, body)
    place = escape(branding.place or "…………")
    issued = french_date(issued_on or clock.today())
    top = _paragraph(c, f"Fait à {place}, le {issued}, pour servir et valoir ce que de droit.", top - 8 * mm, body)
    c.setFont(REGULAR, 10)
    c.drawString(WIDTH / 2, top - 8 * mm, branding.signatory or "Signature")
    signature = image(branding.signature_image)
    if signature is not None:
        draw_image_fit(c, signature, WIDTH / 2, top - 38 * mm, 60 * mm, 27 * mm)

    qr = 24 * mm
    draw_qr(c, QR_PREFIX + cert.verification_code, MARGIN, MARGIN, qr)
    c.setFont(REGULAR, 8)
    c.drawString(MARGIN + qr + 3 * mm, MARGIN + 14 * mm, f"Code de vérification : {cert.verification_code}")
    c.drawString(MARGIN + qr + 3 * mm, MARGIN + 9 * mm,
                 f"À vérifier auprès de {branding.organiser[:70]}, qui a enregistré la présence.")


def _canvas(out: BytesIO, title: str) -> Canvas:
    c = Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle(title)
    c.setCreator("Envol")
    return c


def render_certificates(certs: Sequence[CertificateData], *, branding: Branding = Branding(),  # noqa: B008
                        feedback: Feedback = Feedback()) -> bytes:  # noqa: B008
    """All attestations in one PDF, one page each."""
    if not certs:
        raise ValidationError("no_one_checked_in", "no one was checked in: no attestation to print")
    register_fonts()
    out = BytesIO()
    c = _canvas(out, "Attestations de présence")
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
            c = _canvas(single, f"Attestation de présence – {cert.first_name} {cert.last_name}")
            draw_certificate(c, cert, branding)
            c.showPage()
            c.save()
            archive.writestr(name, single.getvalue())
    feedback.step(len(certs), len(certs))
    return out.getvalue()
