"""The meeting programme of an event: slots cut from the agenda's meeting sessions, numbered tables, participants."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.categories import DEFAULT_CATEGORIES
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation, ValidationError
from core.models import (
    Event,
    EventSession,
    MeetingParticipant,
    MeetingProgramme,
    MeetingSide,
    MeetingSlot,
    MeetingTable,
    Organisation,
    Person,
)
from core.sectors import clean_sector

SLOT_LENGTHS = (15, 20, 30)


@dataclass(frozen=True, slots=True)
class SlotInfo:
    id: uuid.UUID
    number: int  # 1-based, in time order
    starts_at: datetime
    ends_at: datetime
    session_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class TableInfo:
    id: uuid.UUID
    number: int
    room_id: uuid.UUID | None


@dataclass(frozen=True, slots=True)
class ParticipantInfo:
    id: uuid.UUID
    person_id: uuid.UUID
    side: MeetingSide
    offers: tuple[str, ...]
    seeks: tuple[str, ...]
    available: frozenset[uuid.UUID] | None  # None: every slot
    max_meetings: int | None


def programme_of(uow: UnitOfWork, event_id: uuid.UUID) -> MeetingProgramme | None:
    return uow.session.scalar(select(MeetingProgramme).where(MeetingProgramme.event_id == event_id)
                              .order_by(MeetingProgramme.created_at, MeetingProgramme.id))


def ensure_programme(uow: UnitOfWork, event_id: uuid.UUID, *, slot_minutes: int = 20) -> uuid.UUID:
    """The event's programme, created on first use."""
    existing = programme_of(uow, event_id)
    if existing is not None:
        return existing.id
    event = uow.session.get(Event, event_id)
    if event is None:
        raise NotFound("event_not_found", f"event {event_id} not found")
    if slot_minutes not in SLOT_LENGTHS:
        raise ValidationError("meetings_slot_length", "slots last 15, 20 or 30 minutes", minutes=slot_minutes)
    programme = MeetingProgramme(event_id=event_id, name=f"Rendez-vous d'affaires – {event.name}",
                                 slot_minutes=slot_minutes)
    uow.session.add(programme)
    uow.session.flush()
    return programme.id


def cut_slots(uow: UnitOfWork, programme_id: uuid.UUID, session_ids: Sequence[uuid.UUID], *,
              break_minutes: int = 0) -> list[SlotInfo]:
    """Slots of the programme's length cut from each meeting session, a break between two; the agenda's
    sessions stay the reference (a slot keeps its session)."""
    programme = _programme(uow, programme_id)
    length = timedelta(minutes=programme.slot_minutes)
    for session_id in session_ids:
        s = uow.session.get(EventSession, session_id)
        if s is None or s.event_id != programme.event_id:
            raise NotFound("session_not_found", f"session {session_id} not in the programme's event")
        start = s.starts_at
        while start + length <= s.ends_at:
            uow.session.add(MeetingSlot(programme_id=programme_id, session_id=s.id, starts_at=start,
                                        ends_at=start + length))
            start += length + timedelta(minutes=break_minutes)
    uow.session.flush()
    return slots(uow, programme_id)


def add_tables(uow: UnitOfWork, programme_id: uuid.UUID, count: int, *, room_id: uuid.UUID | None = None) -> None:
    """Numbered tables, following the programme's last number (the numbers are painted on the signs)."""
    _programme(uow, programme_id)
    last = uow.session.scalar(select(func.max(MeetingTable.number))
                              .where(MeetingTable.programme_id == programme_id)) or 0
    for n in range(last + 1, last + 1 + count):
        uow.session.add(MeetingTable(programme_id=programme_id, number=n, room_id=room_id))
    uow.session.flush()


def load_slots(session: Session, programme_id: uuid.UUID) -> list[SlotInfo]:
    """The programme's slots numbered in time order: the one loader of the plan, the re-plan and the read views."""
    rows = session.execute(select(MeetingSlot.id, MeetingSlot.starts_at, MeetingSlot.ends_at, MeetingSlot.session_id)
                           .where(MeetingSlot.programme_id == programme_id)
                           .order_by(MeetingSlot.starts_at, MeetingSlot.id)).all()
    return [SlotInfo(sid, n, starts, ends, session_id) for n, (sid, starts, ends, session_id) in enumerate(rows, 1)]


def load_tables(session: Session, programme_id: uuid.UUID) -> list[TableInfo]:
    rows = session.execute(select(MeetingTable.id, MeetingTable.number, MeetingTable.room_id)
                           .where(MeetingTable.programme_id == programme_id)
                           .order_by(MeetingTable.number, MeetingTable.id)).all()
    return [TableInfo(tid, number, room) for tid, number, room in rows]


def slots(uow: UnitOfWork, programme_id: uuid.UUID) -> list[SlotInfo]:
    return load_slots(uow.session, programme_id)


def tables(uow: UnitOfWork, programme_id: uuid.UUID) -> list[TableInfo]:
    return load_tables(uow.session, programme_id)


def categories(codes: Iterable[str]) -> str:
    """Category codes as stored; an unknown code is refused (the vocabulary is shared with the atelier)."""
    known = {code for code, _label in DEFAULT_CATEGORIES}
    out = []
    for code in codes:
        code = code.strip()
        if not code:
            continue
        if code not in known:
            raise ValidationError("meetings_unknown_category", f"unknown category {code!r}", category=code)
        if code not in out:
            out.append(code)
    return " ".join(out)


def join(uow: UnitOfWork, programme_id: uuid.UUID, person_id: uuid.UUID, side: MeetingSide, *,
         offers: Iterable[str] = (), seeks: Iterable[str] = (), profile: str | None = None,
         available: Iterable[uuid.UUID] | None = None, max_meetings: int | None = None) -> uuid.UUID:
    """A person opts in to the meetings (once per programme; joining again updates the profile)."""
    _programme(uow, programme_id)
    if uow.session.get(Person, person_id) is None:
        raise NotFound("person_not_found", f"person {person_id} not found")
    if max_meetings is not None and max_meetings < 0:
        raise ValidationError("meetings_bad_maximum", "a maximum of meetings is zero or more")
    wanted = None if available is None else sorted(set(available), key=str)
    if wanted is not None and not set(wanted) <= {s.id for s in slots(uow, programme_id)}:
        raise ValidationError("meetings_unknown_slot", "an available slot is not in the programme")
    row = uow.session.scalar(select(MeetingParticipant).where(MeetingParticipant.programme_id == programme_id,
                                                              MeetingParticipant.person_id == person_id))
    if row is None:
        row = MeetingParticipant(programme_id=programme_id, person_id=person_id)
        uow.session.add(row)
    row.side = MeetingSide(side)
    row.offers, row.seeks = categories(offers), categories(seeks)
    row.profile = (profile or "").strip() or None
    row.available = None if wanted is None else " ".join(s.hex for s in wanted)
    row.max_meetings = max_meetings
    uow.session.flush()
    return row.id


@dataclass(frozen=True, slots=True)
class Profile:
    """What the profile form edits: the participation, and the sector of the person's structure."""

    participant_id: uuid.UUID
    programme_id: uuid.UUID
    person_id: uuid.UUID
    side: MeetingSide
    offers: tuple[str, ...]
    seeks: tuple[str, ...]
    profile: str
    available: frozenset[uuid.UUID] | None  # None: every slot
    max_meetings: int | None
    organisation: str | None  # the structure's name, None without one (then no sector)
    sector: str | None


def profile_of(session: Session, participant_id: uuid.UUID) -> Profile:
    row = session.get(MeetingParticipant, participant_id)
    if row is None:
        raise NotFound("meetings_unknown_person", "this person does not take part in the meetings")
    info = participant_info(row)
    org = session.execute(select(Organisation.name, Organisation.sector).join(
        Person, Person.organisation_id == Organisation.id).where(Person.id == row.person_id)).first()
    return Profile(row.id, row.programme_id, row.person_id, row.side, info.offers, info.seeks, row.profile or "", info.available,
                   row.max_meetings, org[0] if org else None, org[1] if org else None)


def edit_profile(uow: UnitOfWork, participant_id: uuid.UUID, *, side: MeetingSide, offers: Iterable[str],
                 seeks: Iterable[str], profile: str | None, available: Iterable[uuid.UUID] | None,
                 max_meetings: int | None, sector: str | None) -> None:
    """The profile form's save: the participation as join() writes it, and the sector on the person's structure
    (shared by everyone of that structure; a person without a structure has no sector)."""
    row = uow.session.get(MeetingParticipant, participant_id)
    if row is None:
        raise NotFound("meetings_unknown_person", "this person does not take part in the meetings")
    code = clean_sector(sector)
    join(uow, row.programme_id, row.person_id, side, offers=offers, seeks=seeks, profile=profile,
         available=available, max_meetings=max_meetings)
    person = uow.session.get(Person, row.person_id)
    org = uow.session.get(Organisation, person.organisation_id) if person and person.organisation_id else None
    if org is not None and org.sector != code:  # the same choice again writes nothing
        org.sector = code
        uow.session.flush()


def participants(uow: UnitOfWork, programme_id: uuid.UUID) -> list[ParticipantInfo]:
    rows = uow.session.scalars(select(MeetingParticipant).where(MeetingParticipant.programme_id == programme_id)
                               .order_by(MeetingParticipant.id)).all()
    return [participant_info(r) for r in rows]


def participant_info(r: MeetingParticipant) -> ParticipantInfo:
    available = None if r.available is None else frozenset(uuid.UUID(h) for h in r.available.split())
    return ParticipantInfo(r.id, r.person_id, r.side, tuple(r.offers.split()), tuple(r.seeks.split()), available,
                           r.max_meetings)


def _programme(uow: UnitOfWork, programme_id: uuid.UUID) -> MeetingProgramme:
    programme = uow.session.get(MeetingProgramme, programme_id)
    if programme is None:
        raise NotFound("meetings_no_programme", "no meeting programme")
    return programme


def require_programme(uow: UnitOfWork, event_id: uuid.UUID) -> MeetingProgramme:
    programme = programme_of(uow, event_id)
    if programme is None:
        raise RuleViolation("meetings_no_programme", "this event has no meeting programme yet")
    return programme
