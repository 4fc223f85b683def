"""What the pages, the desk and the printed documents show: plain rows read from the replicated tables."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.meetings.programme import load_slots, load_tables
from core.models import (
    Event,
    Meeting,
    MeetingFollowUp,
    MeetingOrigin,
    MeetingParticipant,
    MeetingProgramme,
    MeetingRequest,
    MeetingSide,
    MeetingSlot,
    MeetingStatus,
    MeetingTable,
    Organisation,
    Person,
    Registration,
    RequestStatus,
    Ticket,
)
from core.services.attendance import checked_in_registrations

ACTIVE = (MeetingStatus.PLANNED, MeetingStatus.HELD)


@dataclass(frozen=True, slots=True)
class Who:
    participant_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    structure: str
    side: MeetingSide
    commune: str
    sector: str | None = None  # of their structure (core.sectors)


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: uuid.UUID
    slot_number: int
    starts_at: datetime
    ends_at: datetime
    table_number: int
    first: Who
    second: Who
    status: MeetingStatus
    pinned: bool
    replanned: bool
    follow_up: MeetingFollowUp = MeetingFollowUp.NONE


@dataclass(frozen=True, slots=True)
class RequestRow:
    id: uuid.UUID
    requester: Who
    target: Who
    priority: int
    status: RequestStatus
    reason: str | None
    placed: bool


@dataclass(frozen=True)
class Overview:
    programme_id: uuid.UUID
    name: str
    slot_minutes: int
    slots: tuple[tuple[int, datetime, datetime], ...]
    tables: tuple[int, ...]
    people: tuple[Who, ...]
    meetings: tuple[MeetingRow, ...]
    requests: tuple[RequestRow, ...]


def programme_id(session: Session, event_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(select(MeetingProgramme.id).where(MeetingProgramme.event_id == event_id)
                          .order_by(MeetingProgramme.created_at, MeetingProgramme.id))


def people(session: Session, programme: uuid.UUID) -> dict[uuid.UUID, Who]:
    rows = session.execute(
        select(MeetingParticipant.id, Person.id, Person.first_name, Person.last_name, Organisation.name,
               MeetingParticipant.side, Organisation.commune, Organisation.sector)
        .join(Person, Person.id == MeetingParticipant.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(MeetingParticipant.programme_id == programme))
    return {pid: Who(pid, person, f"{first} {last}", org or "", side, commune or "", sector)
            for pid, person, first, last, org, side, commune, sector in rows}


def overview(session: Session, event_id: uuid.UUID) -> Overview | None:
    """Everything of an event's meetings, for the page and the documents (a few thousand rows at most)."""
    programme = session.scalar(select(MeetingProgramme).where(MeetingProgramme.event_id == event_id)
                               .order_by(MeetingProgramme.created_at, MeetingProgramme.id))
    return None if programme is None else overview_of(session, programme.id)


def overview_of(session: Session, programme_id: uuid.UUID) -> Overview:
    programme = session.get(MeetingProgramme, programme_id)
    assert programme is not None
    slot_rows = load_slots(session, programme.id)
    slot_at = {s.id: s for s in slot_rows}
    table_no = {t.id: t.number for t in load_tables(session, programme.id)}
    who = people(session, programme.id)
    meetings = []
    for m in session.scalars(select(Meeting).where(Meeting.programme_id == programme.id)):
        slot = slot_at[m.slot_id]
        meetings.append(MeetingRow(m.id, slot.number, slot.starts_at, slot.ends_at, table_no[m.table_id],
                                   who[m.first_id], who[m.second_id], m.status, m.pinned,
                                   m.origin.value == "replan", m.follow_up))
    meetings.sort(key=lambda r: (r.slot_number, r.table_number, r.status != MeetingStatus.FREED))
    placed = {frozenset((r.first.participant_id, r.second.participant_id)) for r in meetings if r.status in ACTIVE}
    requests = [RequestRow(r.id, who[r.requester_id], who[r.target_id], r.priority, r.status, r.reason,
                           frozenset((r.requester_id, r.target_id)) in placed)
                for r in session.scalars(select(MeetingRequest).where(MeetingRequest.programme_id == programme.id))]
    requests.sort(key=lambda r: (r.requester.structure.casefold(), r.requester.name, r.priority))
    return Overview(programme.id, programme.name, programme.slot_minutes,
                    tuple((s.number, s.starts_at, s.ends_at) for s in slot_rows),
                    tuple(sorted(table_no.values())),
                    tuple(sorted(who.values(), key=lambda w: (w.structure.casefold(), w.name))),
                    tuple(meetings), tuple(requests))


def present_people(session: Session, event_id: uuid.UUID) -> set[uuid.UUID]:
    """People checked in at the event (an undone entry does not count)."""
    registrations = checked_in_registrations(session, event_id)
    if not registrations:
        return set()
    return set(session.scalars(select(Registration.person_id).where(Registration.id.in_(registrations))))


def schedule_of(rows: tuple[MeetingRow, ...], participant_id: uuid.UUID) -> list[tuple[MeetingRow, Who]]:
    """One person's active meetings in time order, each with the other person."""
    out = []
    for r in rows:
        if r.status not in ACTIVE:
            continue
        if r.first.participant_id == participant_id:
            out.append((r, r.second))
        elif r.second.participant_id == participant_id:
            out.append((r, r.first))
    return sorted(out, key=lambda pair: pair[0].slot_number)


@dataclass(frozen=True, slots=True)
class DeskMeeting:
    starts_at: datetime
    table_number: int
    with_name: str
    with_structure: str
    replanned: bool


def desk_meetings(session: Session, event_id: uuid.UUID, person_id: uuid.UUID) -> list[DeskMeeting]:
    """The meetings of a person just checked in, for the desk's verdict ("3 rendez-vous : 10 h 00 table 4 …")."""
    return schedules(session, event_id, [person_id]).get(person_id, [])


def schedules(session: Session, event_id: uuid.UUID, person_ids: Collection[uuid.UUID] | None = None
              ) -> dict[uuid.UUID, list[DeskMeeting]]:
    """Per person, their active meetings in time order — only the people asked when given (a desk's check-in, one
    badge), read with a few targeted queries rather than the whole plan."""
    programme = programme_id(session, event_id)
    if programme is None:
        return {}
    query = select(MeetingParticipant.id, MeetingParticipant.person_id).where(
        MeetingParticipant.programme_id == programme)
    if person_ids is not None:
        query = query.where(MeetingParticipant.person_id.in_(list(person_ids)))
    person_of = {pid: person for pid, person in session.execute(query)}
    if not person_of:
        return {}
    meetings = (select(Meeting.first_id, Meeting.second_id, Meeting.origin, MeetingSlot.starts_at, MeetingTable.number)
                .join(MeetingSlot, MeetingSlot.id == Meeting.slot_id)
                .join(MeetingTable, MeetingTable.id == Meeting.table_id)
                .where(Meeting.programme_id == programme, Meeting.status.in_(ACTIVE)))
    if person_ids is not None:
        ids = list(person_of)
        meetings = meetings.where(or_(Meeting.first_id.in_(ids), Meeting.second_id.in_(ids)))
    rows = session.execute(meetings).all()
    others = {p for first, second, *_ in rows for p in (first, second)}
    names = {pid: (f"{first} {last}", org or "") for pid, first, last, org in session.execute(
        select(MeetingParticipant.id, Person.first_name, Person.last_name, Organisation.name)
        .join(Person, Person.id == MeetingParticipant.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(MeetingParticipant.id.in_(list(others))))} if others else {}
    out: dict[uuid.UUID, list[DeskMeeting]] = defaultdict(list)
    for first, second, origin, starts_at, table in rows:
        for me, other in ((first, second), (second, first)):
            if me in person_of:
                name, structure = names[other]
                out[person_of[me]].append(DeskMeeting(starts_at, table, name, structure,
                                                      origin == MeetingOrigin.REPLAN))
    for mine in out.values():
        mine.sort(key=lambda m: m.starts_at)
    return dict(out)


def person_of_checkin(session: Session, checkin_id: uuid.UUID) -> uuid.UUID | None:
    from core.models import CheckIn

    return session.scalar(select(Registration.person_id).join(Ticket, Ticket.registration_id == Registration.id)
                          .join(CheckIn, CheckIn.ticket_id == Ticket.id).where(CheckIn.id == checkin_id))


def ticket_codes(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, str | None]]:
    """Per person, their ticket's short code and signed token (the badge's QR), for the printed schedule."""
    out: dict[uuid.UUID, tuple[str, str | None]] = {}
    for person, code, token in session.execute(
            select(Registration.person_id, Ticket.code, Ticket.token)
            .join(Ticket, Ticket.registration_id == Registration.id)
            .where(Registration.event_id == event_id, Ticket.revoked_at.is_(None))
            .order_by(Ticket.created_at)):
        out[person] = (code, token)
    return out


def by_company(view: Overview) -> dict[Who, list[tuple[MeetingRow, Who]]]:
    """Each company's (and funder's) meetings, companies in name order."""
    out: dict[Who, list[tuple[MeetingRow, Who]]] = defaultdict(list)
    for w in view.people:
        if w.side != MeetingSide.STRUCTURE:
            out[w] = schedule_of(view.meetings, w.participant_id)
    return dict(out)


def person_record(session: Session, person_id: uuid.UUID) -> list[dict[str, object]]:
    """What the business meetings hold about one person (RGPD right of access), per programme they joined: their
    profile, availability and maximum, the requests they made and received, their meetings and follow-ups."""
    out: list[dict[str, object]] = []
    joined = session.execute(select(MeetingParticipant, MeetingProgramme.id, Event.name)
                             .join(MeetingProgramme, MeetingProgramme.id == MeetingParticipant.programme_id)
                             .join(Event, Event.id == MeetingProgramme.event_id)
                             .where(MeetingParticipant.person_id == person_id)
                             .order_by(Event.starts_on, MeetingProgramme.id)).all()
    for me, programme, event_name in joined:
        view = overview_of(session, programme)
        slot_at = {s.id: s for s in load_slots(session, programme)}
        available = (None if me.available is None else
                     [slot_at[sid].starts_at.isoformat() for sid in sorted(
                         (uuid.UUID(h) for h in me.available.split() if uuid.UUID(h) in slot_at),
                         key=lambda sid: slot_at[sid].starts_at)])
        out.append({
            "event": event_name, "side": me.side.value, "offers": me.offers.split(), "seeks": me.seeks.split(),
            "profile": me.profile, "available_slots": available, "max_meetings": me.max_meetings,
            "requests_made": [{"to": r.target.name, "structure": r.target.structure, "priority": r.priority,
                               "reason": r.reason, "status": r.status.value} for r in view.requests
                              if r.requester.participant_id == me.id],
            "requests_received": [{"from": r.requester.name, "structure": r.requester.structure,
                                   "priority": r.priority, "reason": r.reason, "status": r.status.value}
                                  for r in view.requests if r.target.participant_id == me.id],
            "meetings": [{"starts_at": r.starts_at.isoformat(), "table": r.table_number,
                          "with": other.name, "structure": other.structure, "status": r.status.value,
                          "replacement": r.replanned, "follow_up": r.follow_up.value}
                         for r, other in _all_of(view.meetings, me.id)],
        })
    return out


def _all_of(rows: tuple[MeetingRow, ...], participant_id: uuid.UUID) -> list[tuple[MeetingRow, Who]]:
    """Every meeting of one person, freed ones too (the access right covers all that is kept)."""
    return [(r, r.second if r.first.participant_id == participant_id else r.first) for r in rows
            if participant_id in (r.first.participant_id, r.second.participant_id)]
