"""iCalendar (.ics) of an event or a session, for real calendar clients (Thunderbird, Outlook, Google, Apple).

Times are written in the event's zone with its VTIMEZONE: a client shows 14:00 in Paris even across the
October change. For Europe/Paris the zone is the short RRULE form that calendar clients themselves publish.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import icalendar

from core import clock
from core.agenda.timing import local
from core.agenda.wording import AUDIENCES, KINDS
from core.errors import NotFound
from core.services.agenda import SessionDetail
from core.services.agenda_read import AgendaData, require_sessions
from core.typography import french

PRODID = "-//Paris Terres d'Envol//Envol//FR"
UID_DOMAIN = "envol.paristerresdenvol.fr"


def _paris_timezone() -> icalendar.Timezone:
    tz = icalendar.Timezone()
    tz.add("tzid", "Europe/Paris")
    tz.add("x-lic-location", "Europe/Paris")
    summer = icalendar.TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", _offset(1))
    summer.add("tzoffsetto", _offset(2))
    summer.add("dtstart", datetime(1981, 3, 29, 2, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = icalendar.TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", _offset(2))
    winter.add("tzoffsetto", _offset(1))
    winter.add("dtstart", datetime(1996, 10, 27, 3, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def _offset(hours: int) -> timedelta:
    return timedelta(hours=hours)


def location_text(data: AgendaData, session: SessionDetail) -> str:
    room = data.room(session.room_id)
    venue = data.venues.get(session.draft.venue_id) if session.draft.venue_id else None
    parts = [room.name if room else None, venue.name if venue else None, venue.address if venue else None,
             venue.commune if venue else None]
    return ", ".join(p for p in parts if p)


def description_text(data: AgendaData, session: SessionDetail) -> str:
    draft = session.draft
    lines = [draft.description or ""]
    if draft.facilitators:
        lines.append(f"Animation : {draft.facilitators}")
    lines.append(f"Public : {AUDIENCES[draft.audience]}")
    venue = data.venues.get(draft.venue_id) if draft.venue_id else None
    access = "; ".join(a for a in (draft.accessibility, venue.accessibility if venue else None) if a)
    if access:
        lines.append(f"Accessibilité : {access}")
    if data.event.draft.registration_url:
        lines.append(f"Inscription : {data.event.draft.registration_url}")
    return french("\n".join(line for line in lines if line))


def _vevent(data: AgendaData, session: SessionDetail, stamp: datetime) -> icalendar.Event:
    tz = data.timezone
    item = icalendar.Event()
    item.add("uid", f"{session.id}@{UID_DOMAIN}")
    item.add("dtstamp", stamp)
    item.add("dtstart", local(session.starts_at, tz))
    item.add("dtend", local(session.ends_at, tz))
    item.add("summary", french(session.title))
    item.add("description", description_text(data, session))
    location = location_text(data, session)
    if location:
        item.add("location", location)
    item.add("categories", [KINDS[session.draft.kind]])
    if data.event.draft.registration_url:
        item.add("url", data.event.draft.registration_url)
    item.add("status", "CONFIRMED")
    item.add("transp", "OPAQUE")
    return item


def calendar_bytes(data: AgendaData, session_ids: Iterable[uuid.UUID] | None = None,
                   *, now: datetime | None = None) -> bytes:
    """The .ics of the event's sessions (or of the given ones); an event with no session is refused."""
    require_sessions(data)
    sessions = list(data.sessions)
    if session_ids is not None:
        wanted = set(session_ids)
        sessions = [s for s in sessions if s.id in wanted]
        if not sessions:
            raise NotFound("session_not_found", "no such session")
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", data.event.name)
    cal.add("x-wr-timezone", data.timezone)
    if data.timezone == "Europe/Paris":
        cal.add_component(_paris_timezone())
    stamp = (now or clock.now()).astimezone(UTC)
    for session in sessions:
        cal.add_component(_vevent(data, session, stamp))
    if data.timezone != "Europe/Paris":
        cal.add_missing_timezones()
    return bytes(cal.to_ical())
