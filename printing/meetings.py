"""The meetings on paper: each participant's schedule (A4 or A6, with their ticket's QR code and short code, so the
schedule also checks them in), a large sign per table, the organisers' master grid (slots × tables), the list per
company, and the label of a replacement meeting printed at the desk."""

from __future__ import annotations

import io
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4, A6, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from core.db.workspace import Workspace
from core.errors import NotFound, ValidationError
from core.meetings.read import MeetingRow, Overview, Who, by_company, overview, schedule_of, ticket_codes
from core.meetings.replan import Replacement
from core.models import Event, MeetingSide, MeetingStatus
from core.typography import NBSP, french
from printing.common import Feedback, french_date
from printing.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, register_fonts
from printing.qr import draw_qr

ZONE = ZoneInfo("Europe/Paris")
SIDES = {MeetingSide.STRUCTURE: "Structure ESS", MeetingSide.ENTREPRISE: "Entreprise",
         MeetingSide.FINANCEUR: "Financeur / partenaire"}


@dataclass(frozen=True, slots=True)
class Heading:
    event: str  # "Rencontres territoriales de l'ESS"
    day: str  # "vendredi 13 novembre 2026"
    organiser: str = "Paris Terres d'Envol"


def hhmm(instant: datetime) -> str:
    """10 h 00, the way the programme writes times (no-break spaces: never « 10 » at a line's end)."""
    local = instant.astimezone(ZONE)
    return f"{local.hour}{NBSP}h{NBSP}{local.minute:02d}"


def _cut(text: str, font: str, size: float, width: float) -> str:
    """The text in French typography (core.typography.french), cut with « … » to fit the width."""
    text = french(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def render_schedules(view: Overview, codes: Mapping[uuid.UUID, tuple[str, str | None]], heading: Heading, *,
                     size: str = "a4", only: set[uuid.UUID] | None = None, feedback: Feedback | None = None) -> bytes:
    """One page per participant with meetings (or everyone in `only`, participant ids), in name order.
    `codes`: person id -> (ticket short code, signed token)."""
    register_fonts()
    page = A4 if size == "a4" else A6
    scale = 1.0 if size == "a4" else 0.5
    out = io.BytesIO()
    c = Canvas(out, pagesize=page, pageCompression=0)
    c.setTitle(french(f"Rendez-vous – {heading.event}"))
    people = [w for w in view.people if only is None or w.participant_id in only]
    for n, who in enumerate(people, start=1):
        if feedback is not None:
            feedback.step(n - 1, len(people))
        _schedule_page(c, who, schedule_of(view.meetings, who.participant_id), codes.get(who.person_id),
                       heading, page, scale)
        c.showPage()
    if not people:
        c.showPage()
    c.save()
    return out.getvalue()


def _schedule_page(c: Canvas, who: Who, meetings: list[tuple[MeetingRow, Who]],
                   code: tuple[str, str | None] | None, heading: Heading, page: tuple[float, float],
                   k: float) -> None:
    width, height = page
    margin = 18 * mm * k + 4 * mm
    top = height - margin
    qr = 80 * k + 10
    c.setFont(REGULAR, 10 * k + 2)
    c.drawString(margin, top, _cut(f"{heading.event} – {heading.day}", REGULAR, 10 * k + 2,
                                   width - 2 * margin - qr - 6))
    c.setFont(BOLD, 22 * k + 4)
    c.drawString(margin, top - 30 * k - 6, _cut(who.name, BOLD, 22 * k + 4, width - 2 * margin - 90 * k))
    c.setFont(REGULAR, 12 * k + 2)
    c.drawString(margin, top - 50 * k - 10, _cut(f"{who.structure} · {SIDES[who.side]}", REGULAR, 12 * k + 2,
                                                 width - 2 * margin - 90 * k))
    if code is not None:
        short, token = code
        draw_qr(c, token or short, width - margin - qr, top - qr + 8, qr)
        c.setFont(CONDENSED_BOLD, 9 * k + 3)
        c.drawCentredString(width - margin - qr / 2, top - qr, short)
    y = top - 90 * k - 30
    c.setFont(BOLD, 14 * k + 3)
    c.drawString(margin, y, f"Vos rendez-vous ({len(meetings)})" if meetings else "Pas de rendez-vous planifié")
    y -= 12 * k + 8
    row = 34 * k + 10
    for meeting, other in meetings:
        y -= row
        c.setLineWidth(0.5)
        c.line(margin, y + row - 4, width - margin, y + row - 4)
        c.setFont(BOLD, 16 * k + 3)
        c.drawString(margin, y + row / 2 - 4, hhmm(meeting.starts_at))
        c.drawString(margin + 70 * k + 28, y + row / 2 - 4, f"Table {meeting.table_number}")
        left = margin + 160 * k + 50
        room = width - margin - left
        c.setFont(BOLD, 12 * k + 2)
        c.drawString(left, y + row / 2 + 2, _cut(other.structure or other.name, BOLD, 12 * k + 2, room))
        c.setFont(REGULAR, 10 * k + 2)
        c.drawString(left, y + row / 2 - 10 * k - 4, _cut(other.name, REGULAR, 10 * k + 2, room))
    c.setFont(REGULAR, 8 * k + 2)
    c.drawString(margin, margin / 2, _cut("Ce QR code vous enregistre à l'accueil.", REGULAR, 8 * k + 2,
                                          width - 2 * margin))


def render_table_signs(view: Overview, heading: Heading) -> bytes:
    """A landscape A4 per table: its number as large as the page allows."""
    register_fonts()
    out = io.BytesIO()
    width, height = landscape(A4)
    c = Canvas(out, pagesize=(width, height), pageCompression=0)
    c.setTitle("Tables – rendez-vous")
    for number in view.tables:
        c.setFont(BOLD, 40)
        c.drawCentredString(width / 2, height - 90, "Table")
        c.setFont(BOLD, 300)
        c.drawCentredString(width / 2, height / 2 - 130, str(number))
        c.setFont(REGULAR, 16)
        c.drawCentredString(width / 2, 40, french(f"{heading.event} – rendez-vous d'affaires"))
        c.showPage()
    c.save()
    return out.getvalue()


def render_grid(view: Overview, heading: Heading, *, tables_per_page: int = 14) -> bytes:
    """The organisers' master grid: a column per slot, a row per table; freed meetings struck out."""
    register_fonts()
    out = io.BytesIO()
    width, height = landscape(A4)
    c = Canvas(out, pagesize=(width, height), pageCompression=0)
    c.setTitle("Grille des rendez-vous")
    cell: dict[tuple[int, int], list[MeetingRow]] = {}
    for m in view.meetings:
        cell.setdefault((m.table_number, m.slot_number), []).append(m)
    margin, first = 24.0, 46.0
    col = (width - 2 * margin - first) / max(1, len(view.slots))
    pages = [view.tables[i:i + tables_per_page] for i in range(0, len(view.tables), tables_per_page)] or [()]
    for n, tables in enumerate(pages, start=1):
        c.setFont(BOLD, 13)
        c.drawString(margin, height - 30, french(f"Grille des rendez-vous – {heading.event}"))
        c.setFont(REGULAR, 8)
        c.drawRightString(width - margin, height - 30, f"Page {n} / {len(pages)}")
        row = (height - 80) / tables_per_page
        y = height - 56
        for i, (_number, starts, _ends) in enumerate(view.slots):
            c.setFont(BOLD, 10)
            c.drawString(margin + first + i * col + 3, y, hhmm(starts))
        for table in tables:
            y -= row
            c.setLineWidth(0.3)
            c.line(margin, y + row, width - margin, y + row)
            c.setFont(BOLD, 11)
            c.drawString(margin, y + row / 2 - 4, f"T{table}")
            for i, (slot, _s, _e) in enumerate(view.slots):
                x = margin + first + i * col + 3
                lines = []
                for m in cell.get((table, slot), []):
                    lines.append((m.status == MeetingStatus.FREED, m.first.structure or m.first.name))
                    lines.append((m.status == MeetingStatus.FREED, m.second.structure or m.second.name))
                for k, (freed, text) in enumerate(lines[:4]):
                    c.setFont(CONDENSED, 6.5)
                    ty = y + row - 9 - k * 7.5
                    text = _cut(text, CONDENSED, 6.5, col - 6)
                    c.setFillGray(0.55 if freed else 0)
                    c.drawString(x, ty, text)
                    if freed:
                        c.line(x, ty + 2.2, x + stringWidth(text, CONDENSED, 6.5), ty + 2.2)
                    c.setFillGray(0)
        c.showPage()
    c.save()
    return out.getvalue()


def render_company_lists(view: Overview, heading: Heading) -> bytes:
    """Per company (and funder), who they meet and when: handed to their representative."""
    register_fonts()
    out = io.BytesIO()
    width, height = A4
    c = Canvas(out, pagesize=A4, pageCompression=0)
    c.setTitle("Rendez-vous par entreprise")
    margin = 50.0
    for company, meetings in sorted(by_company(view).items(), key=lambda kv: kv[0].structure.casefold()):
        y = height - margin
        c.setFont(BOLD, 18)
        c.drawString(margin, y, _cut(company.structure or company.name, BOLD, 18, width - 2 * margin))
        c.setFont(REGULAR, 11)
        c.drawString(margin, y - 18, french(f"{company.name} · {heading.event} · {len(meetings)} rendez-vous"))
        y -= 50
        for meeting, other in meetings:
            c.setFont(BOLD, 12)
            c.drawString(margin, y, f"{hhmm(meeting.starts_at)}  Table {meeting.table_number}")
            c.setFont(REGULAR, 11)
            c.drawString(margin + 130, y, _cut(f"{other.structure} – {other.name} ({other.commune})", REGULAR, 11,
                                               width - 2 * margin - 130))
            y -= 20
            if y < margin:
                c.showPage()
                y = height - margin
        c.showPage()
    c.save()
    return out.getvalue()


DOCUMENT_KEYS = ("schedules-a4", "schedules-a6", "signs", "grid", "companies")


def render_document(workspace: Workspace, event_id: uuid.UUID, key: str, *, organiser: str = "Paris Terres d'Envol",
                    feedback: Feedback | None = None) -> bytes:
    """One of the meetings' documents of an event, read from the workspace (the page and the command line)."""
    with workspace.reading() as session:
        view = overview(session, event_id)
        codes = ticket_codes(session, event_id)
        event = session.get(Event, event_id)
        if view is None or event is None:
            raise NotFound("meetings_no_programme", "this event has no meeting programme yet")
        heading = Heading(event.name, french_date(event.starts_on, weekday=True), organiser)
    if key in ("schedules-a4", "schedules-a6"):
        with_meetings = {w.participant_id for w in view.people if schedule_of(view.meetings, w.participant_id)}
        return render_schedules(view, codes, heading, size=key[-2:], only=with_meetings, feedback=feedback)
    if key == "signs":
        return render_table_signs(view, heading)
    if key == "grid":
        return render_grid(view, heading)
    if key == "companies":
        return render_company_lists(view, heading)
    raise ValidationError("meetings_unknown_document", f"unknown document {key!r}", document=key)


def render_replacement_labels(replacements: Sequence[Replacement], *, width_mm: float = 62,
                              height_mm: float = 40) -> bytes:
    """A label roll's labels, one per replacement: the new meeting, stuck on the partner's schedule."""
    register_fonts()
    out = io.BytesIO()
    width, height = width_mm * mm, height_mm * mm
    c = Canvas(out, pagesize=(width, height), pageCompression=0)
    c.setTitle("Nouveaux rendez-vous")
    pad = 3 * mm
    for replacement in replacements:
        c.setFont(REGULAR, 7)
        c.drawString(pad, height - pad - 7, _cut(f"Pour {replacement.partner.name}", REGULAR, 7, width - 2 * pad))
        c.setFont(BOLD, 9)
        c.drawString(pad, height - pad - 18, "Nouveau rendez-vous")
        c.setFont(BOLD, 15)
        c.drawString(pad, height - pad - 36, f"{hhmm(replacement.starts_at)} · Table {replacement.table_number}")
        c.setFont(BOLD, 9)
        c.drawString(pad, pad + 12, _cut(replacement.new.structure or replacement.new.name, BOLD, 9,
                                         width - 2 * pad))
        c.setFont(REGULAR, 8)
        c.drawString(pad, pad + 2, _cut(f"avec {replacement.new.name}", REGULAR, 8, width - 2 * pad))
        c.showPage()
    c.save()
    return out.getvalue()
