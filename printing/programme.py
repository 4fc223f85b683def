"""The printed programme of an event: sessions grouped by day, then the venues with their address and access.

Rendered with ReportLab from plain agenda data (no Qt, no database); returns the PDF as bytes.
"""

from __future__ import annotations

import io
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from core.agenda.timing import local
from core.agenda.wording import AUDIENCES, KINDS, clock, long_date
from core.services.agenda import SessionDetail
from core.services.agenda_read import AgendaData, require_sessions
from core.typography import DASH, french
from printing.common import numbered_canvas
from printing.fonts import BOLD, REGULAR, register_fonts

ACCENT = colors.HexColor("#1f5f8b")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=20, leading=24, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=11, leading=14, spaceAfter=6),
        "day": ParagraphStyle("day", base, fontName=BOLD, fontSize=13, leading=16, textColor=ACCENT,
                              spaceBefore=10, spaceAfter=4),
        "time": ParagraphStyle("time", base, fontName=BOLD),
        "session": ParagraphStyle("session", base, fontName=BOLD, fontSize=10.5, leading=13),
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=colors.HexColor("#333333")),
    }


def _p(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(french(text)).replace("\n", "<br/>"), style)


def _session_block(data: AgendaData, session: SessionDetail, st: dict[str, ParagraphStyle]) -> Table:
    draft = session.draft
    tz = data.timezone
    start, end = local(session.starts_at, tz), local(session.ends_at, tz)
    room = data.room(session.room_id)
    venue = data.venues.get(draft.venue_id) if draft.venue_id else None
    place = ", ".join(p for p in (room.name if room else None, venue.name if venue else None,
                                  venue.address if venue else None, venue.commune if venue else None) if p)
    details: list[Paragraph] = [_p(session.title, st["session"]),
                                _p(f"{KINDS[draft.kind]} · {AUDIENCES[draft.audience]}", st["small"])]
    if place:
        details.append(_p(f"Lieu : {place}", st["small"]))
    if draft.facilitators:
        details.append(_p(f"Animation : {draft.facilitators}", st["small"]))
    if draft.description:
        details.append(_p(draft.description, st["body"]))
    access = "; ".join(a for a in (draft.accessibility, venue.accessibility if venue else None) if a)
    if access:
        details.append(_p(f"Accessibilité : {access}", st["small"]))
    time_text = f"{clock(start)}\n{DASH} {clock(end)}"
    if end.date() != start.date():
        time_text += f"\n({long_date(end.date())})"
    table = Table([[_p(time_text, st["time"]), details]], colWidths=[24 * mm, None])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
    ]))
    return table


def _venues_section(data: AgendaData, st: dict[str, ParagraphStyle]) -> list[object]:
    used = {s.draft.venue_id for s in data.sessions if s.draft.venue_id}
    venues = [v for v in data.venues.values() if v.id in used]
    if not venues:
        return []
    flow: list[object] = [_p("Lieux et accessibilité", st["day"])]
    for venue in sorted(venues, key=lambda v: v.name):
        address = ", ".join(p for p in (venue.address, venue.commune) if p)
        lines = [_p(venue.name, st["session"]), _p(address, st["body"])]
        if venue.accessibility:
            lines.append(_p(f"Accessibilité : {venue.accessibility}", st["small"]))
        flow.append(KeepTogether([*lines, Spacer(1, 4)]))
    return flow


def programme_pdf(data: AgendaData, organiser: str = "") -> bytes:
    """The printable programme; an event without sessions is refused (RuleViolation event_has_no_session).
    The organiser (workspace identity) is the PDF's author."""
    require_sessions(data)
    register_fonts()
    st = _styles()
    event = data.event.draft
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=french(f"Programme — {event.name}"), author=organiser or "Envol",
                            creator="Envol", lang="fr-FR")
    span = long_date(event.starts_on) if event.starts_on == event.ends_on else \
        f"du {long_date(event.starts_on)} au {long_date(event.ends_on)}"
    flow: list[object] = [_p(event.name, st["title"]), _p(span.capitalize(), st["subtitle"])]
    if event.description:
        flow.append(_p(event.description, st["body"]))
    if event.registration_url:
        flow.append(_p(f"Inscription : {event.registration_url}", st["body"]))
    tz = data.timezone
    for day, sessions in groupby(data.sessions, key=lambda s: local(s.starts_at, tz).date()):
        blocks = [_session_block(data, s, st) for s in sessions]
        flow.append(KeepTogether([_p(long_date(day).capitalize(), st["day"]), blocks[0]]))
        flow.extend(blocks[1:])
    flow.extend(_venues_section(data, st))
    doc.build(flow, canvasmaker=numbered_canvas(french(f"Programme — {event.name}"), margin=18 * mm))
    return buffer.getvalue()
