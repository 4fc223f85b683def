"""Events, venues and rooms of the agenda: create, edit, duplicate ("this year's Rencontres from last year's"), delete.

Deleting refuses when something still depends on the row (registrations, sessions): nothing is lost silently.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import func, select

from core import validation as v
from core.agenda.timing import DEFAULT_TIMEZONE, shift_days, zone
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation, ValidationError
from core.models import Event, EventKind, EventSession, Registration, Room, Venue


@dataclass(frozen=True, slots=True)
class EventDraft:
    name: str
    kind: EventKind
    starts_on: date
    ends_on: date
    timezone: str = DEFAULT_TIMEZONE
    capacity: int | None = None
    description: str | None = None
    registration_url: str | None = None


@dataclass(frozen=True, slots=True)
class EventDetail:
    id: uuid.UUID
    draft: EventDraft

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True, slots=True)
class VenueDetail:
    id: uuid.UUID
    name: str
    address: str | None
    commune: str | None
    insee_code: str | None
    accessibility: str | None


@dataclass(frozen=True, slots=True)
class RoomDetail:
    id: uuid.UUID
    venue_id: uuid.UUID
    name: str
    capacity: int | None


def event_detail(row: Event) -> EventDetail:
    return EventDetail(row.id, EventDraft(**{f.name: getattr(row, f.name) for f in fields(EventDraft)}))


def venue_detail(row: Venue) -> VenueDetail:
    return VenueDetail(row.id, row.name, row.address, row.commune, row.insee_code, row.accessibility)


def room_detail(row: Room) -> RoomDetail:
    return RoomDetail(row.id, row.venue_id, row.name, row.capacity)


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def validate_event(draft: EventDraft) -> EventDraft:
    if draft.ends_on < draft.starts_on:
        raise ValidationError("event_ends_before_start", "the event ends before it starts")
    zone(draft.timezone)
    url = _text(draft.registration_url)
    if url is not None and not url.startswith(("https://", "http://")):
        raise ValidationError("malformed_url", f"not a web address: {url!r}", value=url)
    return replace(draft, name=v.required_name(draft.name, "nom"), capacity=v.capacity(draft.capacity),
                   description=_text(draft.description), registration_url=url)


def _event(uow: UnitOfWork, event_id: uuid.UUID) -> Event:
    row = uow.session.get(Event, event_id)
    if row is None:
        raise NotFound("event_not_found", "no such event")
    return row


def create_event(
    uow: UnitOfWork, name: str, kind: EventKind, starts_on: date, ends_on: date, *,
    timezone: str = DEFAULT_TIMEZONE, capacity: int | None = None, description: str | None = None,
    registration_url: str | None = None,
) -> uuid.UUID:
    return add_event(uow, EventDraft(name, kind, starts_on, ends_on, timezone, capacity, description,
                                     registration_url)).id


def add_event(uow: UnitOfWork, draft: EventDraft) -> EventDetail:
    draft = validate_event(draft)
    row = Event(**{f.name: getattr(draft, f.name) for f in fields(EventDraft)})
    uow.session.add(row)
    uow.session.flush()
    return event_detail(row)


def update_event(uow: UnitOfWork, event_id: uuid.UUID, draft: EventDraft,
                 only: Collection[str] | None = None) -> EventDetail:
    """Edit an event. Its sessions keep their instants: a session now outside the dates shows as a conflict.
    With `only` (the fields the person changed), the others keep their stored value exactly."""
    row = _event(uow, event_id)
    draft = validate_event(draft)
    for f in fields(EventDraft):
        if (only is None or f.name in only) and getattr(row, f.name) != getattr(draft, f.name):
            setattr(row, f.name, getattr(draft, f.name))
    uow.session.flush()
    return event_detail(row)


def delete_event(uow: UnitOfWork, event_id: uuid.UUID) -> None:
    """Delete an event and its sessions; refused while registrations exist (cancel or purge them first)."""
    row = _event(uow, event_id)
    registered = uow.session.scalar(select(func.count()).where(Registration.event_id == event_id)) or 0
    if registered:
        raise RuleViolation("event_has_registrations", "the event has registrations", count=registered)
    for session in uow.session.scalars(select(EventSession).where(EventSession.event_id == event_id)):
        uow.session.delete(session)
    uow.session.flush()
    uow.session.delete(row)
    uow.session.flush()


def duplicate_event(uow: UnitOfWork, event_id: uuid.UUID, name: str, starts_on: date) -> EventDetail:
    """A copy of the event starting on another day, its sessions at the same wall-clock times, same places.

    The shift is in days of the calendar, so 14:00 stays 14:00 even when the copy crosses a DST change.
    """
    source = _event(uow, event_id)
    days = (starts_on - source.starts_on).days
    copy = add_event(uow, replace(event_detail(source).draft, name=name, starts_on=starts_on,
                                  ends_on=source.ends_on + (starts_on - source.starts_on)))
    tz = source.timezone
    for session in uow.session.scalars(select(EventSession).where(EventSession.event_id == event_id)):
        uow.session.add(EventSession(
            event_id=copy.id, title=session.title, kind=session.kind,
            starts_at=shift_days(session.starts_at, days, tz), ends_at=shift_days(session.ends_at, days, tz),
            venue_id=session.venue_id, room_id=session.room_id, capacity=session.capacity,
            facilitators=session.facilitators, description=session.description, audience=session.audience,
            accessibility=session.accessibility,
        ))
    uow.session.flush()
    return copy


# --- venues and rooms

def create_venue(uow: UnitOfWork, name: str, *, address: str | None = None, commune: str | None = None,
                 insee_code: str | None = None, accessibility: str | None = None) -> uuid.UUID:
    venue = Venue(name=v.required_name(name, "nom"), address=_text(address), commune=_text(commune),
                  insee_code=v.optional_insee(insee_code), accessibility=_text(accessibility))
    uow.session.add(venue)
    uow.session.flush()
    return venue.id


def update_venue(uow: UnitOfWork, venue_id: uuid.UUID, name: str, *, address: str | None = None,
                 commune: str | None = None, insee_code: str | None = None,
                 accessibility: str | None = None) -> VenueDetail:
    row = uow.session.get(Venue, venue_id)
    if row is None:
        raise NotFound("venue_not_found", "no such venue")
    row.name = v.required_name(name, "nom")
    row.address, row.commune, row.accessibility = _text(address), _text(commune), _text(accessibility)
    row.insee_code = v.optional_insee(insee_code)
    uow.session.flush()
    return venue_detail(row)


def delete_venue(uow: UnitOfWork, venue_id: uuid.UUID) -> None:
    row = uow.session.get(Venue, venue_id)
    if row is None:
        raise NotFound("venue_not_found", "no such venue")
    used = uow.session.scalar(select(func.count()).where(EventSession.venue_id == venue_id)) or 0
    if used:
        raise RuleViolation("venue_in_use", "sessions take place at this venue", count=used)
    for room in list(row.rooms):
        uow.session.delete(room)
    uow.session.flush()
    uow.session.delete(row)
    uow.session.flush()


def create_room(uow: UnitOfWork, venue_id: uuid.UUID, name: str, capacity: int | None = None) -> uuid.UUID:
    if uow.session.get(Venue, venue_id) is None:
        raise NotFound("venue_not_found", "no such venue")
    room = Room(venue_id=venue_id, name=v.required_name(name, "nom"), capacity=v.capacity(capacity))
    uow.session.add(room)
    uow.session.flush()
    return room.id


def update_room(uow: UnitOfWork, room_id: uuid.UUID, name: str, capacity: int | None = None) -> RoomDetail:
    row = uow.session.get(Room, room_id)
    if row is None:
        raise NotFound("room_not_found", "no such room")
    row.name, row.capacity = v.required_name(name, "nom"), v.capacity(capacity)
    uow.session.flush()
    return room_detail(row)


def delete_room(uow: UnitOfWork, room_id: uuid.UUID) -> None:
    row = uow.session.get(Room, room_id)
    if row is None:
        raise NotFound("room_not_found", "no such room")
    used = uow.session.scalar(select(func.count()).where(EventSession.room_id == room_id)) or 0
    if used:
        raise RuleViolation("room_in_use", "sessions take place in this room", count=used)
    uow.session.delete(row)
    uow.session.flush()
