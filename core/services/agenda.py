"""Create the agenda: events, venues, rooms and sessions, with times checked in the event's time zone."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from core import validation as v
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, ValidationError
from core.models import Audience, Event, EventKind, EventSession, Room, SessionKind, Venue


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: uuid.UUID
    event_id: uuid.UUID
    title: str
    kind: SessionKind
    starts_at: datetime
    ends_at: datetime
    venue_id: uuid.UUID | None
    room_id: uuid.UUID | None
    capacity: int | None


def session_info(s: EventSession) -> SessionInfo:
    return SessionInfo(s.id, s.event_id, s.title, s.kind, s.starts_at, s.ends_at, s.venue_id, s.room_id, s.capacity)


def local_time(day: date, hhmm: str, timezone: str = "Europe/Paris") -> datetime:
    """An instant from a wall-clock time on a day, in the event's zone (DST-correct)."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=ZoneInfo(timezone))


def create_event(
    uow: UnitOfWork, name: str, kind: EventKind, starts_on: date, ends_on: date, *,
    timezone: str = "Europe/Paris", capacity: int | None = None, description: str | None = None,
) -> uuid.UUID:
    if ends_on < starts_on:
        raise ValidationError("event_ends_before_start", "the event ends before it starts")
    event = Event(name=v.required_name(name, "name"), kind=kind, starts_on=starts_on, ends_on=ends_on,
                  timezone=timezone, capacity=v.capacity(capacity), description=description)
    uow.session.add(event)
    uow.session.flush()
    return event.id


def create_venue(uow: UnitOfWork, name: str, *, address: str | None = None, commune: str | None = None,
                 insee_code: str | None = None, accessibility: str | None = None) -> uuid.UUID:
    venue = Venue(name=v.required_name(name, "name"), address=address, commune=commune,
                  insee_code=v.optional_insee(insee_code), accessibility=accessibility)
    uow.session.add(venue)
    uow.session.flush()
    return venue.id


def create_room(uow: UnitOfWork, venue_id: uuid.UUID, name: str, capacity: int | None = None) -> uuid.UUID:
    if uow.session.get(Venue, venue_id) is None:
        raise NotFound("venue_not_found", "no such venue")
    room = Room(venue_id=venue_id, name=v.required_name(name, "name"), capacity=v.capacity(capacity))
    uow.session.add(room)
    uow.session.flush()
    return room.id


def create_session(
    uow: UnitOfWork, event_id: uuid.UUID, title: str, starts_at: datetime, ends_at: datetime, *,
    kind: SessionKind = SessionKind.ATELIER, venue_id: uuid.UUID | None = None, room_id: uuid.UUID | None = None,
    capacity: int | None = None, facilitators: str | None = None, description: str | None = None,
    audience: Audience = Audience.OPEN, accessibility: str | None = None,
) -> SessionInfo:
    if uow.session.get(Event, event_id) is None:
        raise NotFound("event_not_found", "no such event")
    if ends_at <= starts_at:
        raise ValidationError("session_ends_before_start", "the session ends before it starts")
    if room_id is not None:
        room = uow.session.get(Room, room_id)
        if room is None:
            raise NotFound("room_not_found", "no such room")
        venue_id = venue_id or room.venue_id
    row = EventSession(
        event_id=event_id, title=v.required_name(title, "title"), kind=kind, starts_at=starts_at, ends_at=ends_at,
        venue_id=venue_id, room_id=room_id, capacity=v.capacity(capacity), facilitators=facilitators,
        description=description, audience=audience, accessibility=accessibility,
    )
    uow.session.add(row)
    uow.session.flush()
    return session_info(row)
