"""Feuille d'émargement: the attendance sheet funders ask for, signed by each registrant and by the facilitator."""

from __future__ import annotations

from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from core.services.print_data import AttendanceSheet
from printing.common import Branding, Feedback, french_date, image, numbered_canvas
from printing.fonts import BOLD, CONDENSED, REGULAR, register_fonts

MAX_WALK_IN_ROWS = 200
WIDTH = A4[0] - 30 * mm


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=17, spaceAfter=2 * mm),
        "info": ParagraphStyle("info", fontName=REGULAR, fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", fontName=CONDENSED, fontSize=8.5, leading=10),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10),
    }


def _logos(branding: Branding) -> list[Table]:
    readers = [r for r in (image(p) for p in (branding.logo, *branding.funder_logos)) if r is not None]
    if not readers:
        return []
    cells = []
    for reader in readers[:6]:
        w, h = reader.getSize()
        scale = min(30 * mm / w, 14 * mm / h)
        cells.append(Image(reader, w * scale, h * scale))
    table = Table([cells], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return [table, Spacer(1, 3 * mm)]


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
                            bottomMargin=16 * mm, title=f"Feuille d'émargement – {sheet.title}", creator="Envol")
    info = [
        f"<b>Événement :</b> {escape(sheet.event_name)}",
        f"<b>Date :</b> {french_date(sheet.day, weekday=True)}, {escape(sheet.hours)}",
        f"<b>Lieu :</b> {escape(sheet.venue or '—')}",
        f"<b>Animation :</b> {escape(sheet.facilitators or '—')}",
        f"<b>Inscrits :</b> {len(sheet.rows)}"
        + (f" dont {sum(r.checked_in for r in sheet.rows)} accueillis" if show_checked_in else ""),
    ]
    story: list[object] = [*_logos(branding),
                           Paragraph("Feuille d'émargement", styles["title"]),
                           Paragraph(escape(sheet.title), styles["head"]), Spacer(1, 2 * mm)]
    story += [Paragraph(line, styles["info"]) for line in info]
    story.append(Spacer(1, 4 * mm))

    head = ["N°", "Nom", "Prénom", "Structure"] + (["Accueil"] if show_checked_in else []) + list(sheet.columns)
    fixed = [9 * mm, 34 * mm, 27 * mm, 52 * mm] + ([16 * mm] if show_checked_in else [])
    sign = (WIDTH - sum(fixed)) / len(sheet.columns)
    data: list[list[object]] = [[Paragraph(escape(h), styles["head"]) for h in head]]
    total = len(sheet.rows)
    for number, row in enumerate(sheet.rows, start=1):
        if number % 100 == 0:
            feedback.step(number, total)
        cells: list[object] = [str(number), Paragraph(escape(row.last_name.upper()), styles["cell"]),
                               Paragraph(escape(row.first_name), styles["cell"]),
                               Paragraph(escape(row.organisation or ""), styles["cell"])]
        if show_checked_in:
            cells.append("✓" if row.checked_in else "")
        data.append(cells + [""] * len(sheet.columns))
    for number in range(total + 1, total + walk_ins + 1):
        data.append([str(number), *([""] * (len(head) - 1))])
    table = Table(data, colWidths=fixed + [sign] * len(sheet.columns), repeatRows=1,
                  rowHeights=[None] * (total + 1) + [9 * mm] * walk_ins)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF5")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # Room to sign even on a one-line row; the structure may wrap to more lines and the row grows.
        ("TOPPADDING", (0, 1), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (4, 1), (4, -1), "CENTER"),
    ]))
    story += [table, Spacer(1, 6 * mm)]
    signature = image(branding.signature_image)
    block: list[object] = [
        Paragraph("<b>Certifié exact</b>", styles["info"]),
        Paragraph(f"Nombre de signatures : ……… &nbsp;&nbsp; Par {escape(sheet.facilitators or '…………………………')}, "
                  f"le {french_date(sheet.day)}", styles["info"]),
        Paragraph("Signature :", styles["info"]),
    ]
    if signature is not None:
        w, h = signature.getSize()
        scale = min(50 * mm / w, 20 * mm / h)
        block.append(Image(signature, w * scale, h * scale, hAlign="LEFT"))
    else:
        block.append(Spacer(1, 20 * mm))
    story.append(KeepTogether(block))
    footer = f"{sheet.event_name} – {sheet.title}"
    doc.build(story, canvasmaker=numbered_canvas(footer[:110]))
    feedback.step(total, total)
    return out.getvalue()
