"""Who really attended: computed from the append-only check-in records, for attestations and sheets.

A check-in counts when it was accepted (entry or session) and no accepted undo row points at it.
A person attended a session when scanned into it, or when scanned at the event's entrance on the day
of a session they were confirmed for (desks often scan only at the entrance).
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from core.errors import NotFound, ValidationError
from core.models import (
    CheckIn,
    CheckInKind,
    Event,
    EventSession,
    Organisation,
    Person,
    Registration,
    SessionChoice,
    Status,
    Ticket,
    Venue,
)
from core.validation import search_key

ATTESTATION_QR_PREFIX = "ENVOL-ATTESTATION:"  # the QR of an attestation holds this, then its verification code


@dataclass(frozen=True, slots=True)
class AttendedSession:
    title: str
    starts_at: datetime  # local to the event
    ends_at: datetime
    minutes: int
    place: str = ""  # venue (and room) of the session
    overlaps: tuple[str, ...] = ()  # titles of other attended sessions at the same time (counted once)


@dataclass(frozen=True, slots=True)
class CertificateData:
    registration_id: uuid.UUID
    first_name: str
    last_name: str
    organisation: str | None
    event_name: str
    venue: str
    sessions: tuple[AttendedSession, ...]
    total_minutes: int  # the union of the attended intervals: simultaneous sessions count once
    first_day: date
    last_day: date
    verification_code: str


@dataclass(frozen=True, slots=True)
class _Presence:
    days: frozenset[date]  # local days with a valid entry check-in
    sessions: frozenset[uuid.UUID]  # sessions with a valid session check-in


def _presences(session: Session, event: Event) -> dict[uuid.UUID, _Presence]:
    zone = ZoneInfo(event.timezone)
    undo = aliased(CheckIn)
    undone = select(undo.undoes_id).where(undo.kind == CheckInKind.UNDO, undo.accepted.is_(True),
                                          undo.undoes_id.is_not(None))
    rows = session.execute(
        select(Ticket.registration_id, CheckIn.kind, CheckIn.session_id, CheckIn.scanned_at)
        .join(Ticket, Ticket.id == CheckIn.ticket_id)
        .join(Registration, Registration.id == Ticket.registration_id)
        .where(Registration.event_id == event.id, CheckIn.accepted.is_(True),
               CheckIn.kind.in_([CheckInKind.ENTRY, CheckInKind.SESSION]), CheckIn.id.not_in(undone))
    ).all()
    days: dict[uuid.UUID, set[date]] = defaultdict(set)
    sessions: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for reg_id, kind, session_id, scanned_at in rows:
        days[reg_id].add(scanned_at.astimezone(zone).date())  # a session scan also proves the day
        if kind == CheckInKind.SESSION and session_id is not None:
            sessions[reg_id].add(session_id)
    return {reg_id: _Presence(frozenset(days[reg_id]), frozenset(sessions[reg_id])) for reg_id in days}


def _confirmed_choices(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, set[uuid.UUID]]:
    out: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for reg_id, session_id in session.execute(
        select(SessionChoice.registration_id, SessionChoice.session_id)
        .join(Registration, Registration.id == SessionChoice.registration_id)
        .where(Registration.event_id == event_id, SessionChoice.status == Status.CONFIRMED)
    ):
        out[reg_id].add(session_id)
    return out


def _attended(presence: _Presence, choices: set[uuid.UUID], s: EventSession, zone: ZoneInfo) -> bool:
    if s.id in presence.sessions:
        return True
    return s.id in choices and s.starts_at.astimezone(zone).date() in presence.days


def checked_in_registrations(session: Session, event_id: uuid.UUID, *,
                             session_ids: Collection[uuid.UUID] | None = None) -> set[uuid.UUID]:
    """Registrations really present at the event (or at one of the given sessions)."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event_not_found", f"event {event_id} not found")
    presences = _presences(session, event)
    if session_ids is None:
        return set(presences)
    zone = ZoneInfo(event.timezone)
    choices = _confirmed_choices(session, event_id)
    wanted = [s for s in (session.get(EventSession, sid) for sid in session_ids) if s is not None]
    return {reg for reg, p in presences.items() if any(_attended(p, choices[reg], s, zone) for s in wanted)}


def verification_code(registration_id: uuid.UUID, event_id: uuid.UUID, session_id: uuid.UUID | None = None) -> str:
    """A short stable code printed on the attestation, looked up in the workspace to verify it
    (core.services.attestation_check explains why it is not keyed). An attestation for one session has its own
    code, so that verifying it shows that session only; the whole event's code is the one printed since the start."""
    scope = f"envol-attestation:{event_id}:{registration_id}" + (f":{session_id}" if session_id is not None else "")
    digest = hashlib.sha256(scope.encode()).digest()
    text = base64.b32encode(digest).decode()[:10]
    return f"{text[:5]}-{text[5:]}"


def _venue_name(session: Session, s: EventSession) -> str:
    venue = session.get(Venue, s.venue_id) if s.venue_id else None
    return "" if venue is None else venue.name + (f", {venue.commune}" if venue.commune else "")


def _venue(session: Session, sessions: list[EventSession]) -> str:
    return " ; ".join(dict.fromkeys(n for n in (_venue_name(session, s) for s in sessions) if n))


def _place(session: Session, s: EventSession) -> str:
    name = _venue_name(session, s)
    room = s.room.name if s.room is not None else ""
    return f"{name} ({room})" if name and room else name or room


def union_minutes(intervals: Collection[tuple[datetime, datetime]]) -> int:
    """Minutes covered by the intervals together: two sessions at the same time count once, back-to-back
    sessions add up."""
    total, end_so_far = 0.0, None
    for start, end in sorted(intervals):
        if end_so_far is not None and start < end_so_far:
            if end > end_so_far:
                total += (end - end_so_far).total_seconds()
                end_so_far = end
            continue
        total += max(0.0, (end - start).total_seconds())
        end_so_far = end
    return int(total // 60)


def attended_sessions(session: Session, sessions: list[EventSession], zone: ZoneInfo) -> tuple[AttendedSession, ...]:
    """The sessions as listed on an attestation, each naming the others it overlaps."""
    out = []
    for s in sessions:
        overlaps = tuple(o.title for o in sessions
                         if o is not s and o.starts_at < s.ends_at and s.starts_at < o.ends_at)
        out.append(AttendedSession(s.title, s.starts_at.astimezone(zone), s.ends_at.astimezone(zone),
                                   int((s.ends_at - s.starts_at).total_seconds() // 60), _place(session, s),
                                   overlaps))
    return tuple(out)


def certificates(session: Session, event_id: uuid.UUID, *, session_id: uuid.UUID | None = None) -> list[CertificateData]:
    """One attestation per person really checked in (at the event, or at the given session), sorted by name."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event_not_found", f"event {event_id} not found")
    zone = ZoneInfo(event.timezone)
    all_sessions = list(session.scalars(select(EventSession).where(EventSession.event_id == event_id)
                                        .order_by(EventSession.starts_at)))
    if session_id is not None:
        all_sessions = [s for s in all_sessions if s.id == session_id]
        if not all_sessions:
            raise ValidationError("session_of_other_event", "this session belongs to another event")
    presences = _presences(session, event)
    choices = _confirmed_choices(session, event_id)
    people = {reg: (first, last, org) for reg, first, last, org in session.execute(
        select(Registration.id, Person.first_name, Person.last_name, Organisation.name)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.id.in_(list(presences)))
    )} if presences else {}
    out = []
    for reg_id, presence in presences.items():
        attended = [s for s in all_sessions if _attended(presence, choices[reg_id], s, zone)]
        if session_id is not None and not attended:
            continue
        first, last, org = people[reg_id]
        items = attended_sessions(session, attended, zone)
        days = sorted({i.starts_at.date() for i in items} or presence.days)
        out.append(CertificateData(
            reg_id, first, last, org, event.name, _venue(session, attended), items,
            union_minutes([(s.starts_at, s.ends_at) for s in attended]), days[0], days[-1],
            verification_code(reg_id, event_id, session_id),
        ))
    out.sort(key=lambda c: (search_key(c.last_name), search_key(c.first_name)))
    return out
