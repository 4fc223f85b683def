"""What the pages, the desk and the printed documents show: plain rows read from the replicated tables."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import (
    Meeting,
    MeetingFollowUp,
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
               MeetingParticipant.side, Organisation.commune)
        .join(Person, Person.id == MeetingParticipant.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(MeetingParticipant.programme_id == programme))
    return {pid: Who(pid, person, f"{first} {last}", org or "", side, commune or "")
            for pid, person, first, last, org, side, commune in rows}


def overview(session: Session, event_id: uuid.UUID) -> Overview | None:
    """Everything of an event's meetings, for the page and the documents (a few thousand rows at most)."""
    programme = session.scalar(select(MeetingProgramme).where(MeetingProgramme.event_id == event_id)
                               .order_by(MeetingProgramme.created_at, MeetingProgramme.id))
    if programme is None:
        return None
    slot_rows = session.scalars(select(MeetingSlot).where(MeetingSlot.programme_id == programme.id)
                                .order_by(MeetingSlot.starts_at, MeetingSlot.id)).all()
    slot_no = {s.id: n for n, s in enumerate(slot_rows, start=1)}
    slot_at = {s.id: s for s in slot_rows}
    table_no = {a: b for a, b in session.execute(select(MeetingTable.id, MeetingTable.number)
                                    .where(MeetingTable.programme_id == programme.id))}
    who = people(session, programme.id)
    meetings = []
    for m in session.scalars(select(Meeting).where(Meeting.programme_id == programme.id)):
        slot = slot_at[m.slot_id]
        meetings.append(MeetingRow(m.id, slot_no[m.slot_id], slot.starts_at, slot.ends_at, table_no[m.table_id],
                                   who[m.first_id], who[m.second_id], m.status, m.pinned,
                                   m.origin.value == "replan", m.follow_up))
    meetings.sort(key=lambda r: (r.slot_number, r.table_number, r.status != MeetingStatus.FREED))
    placed = {frozenset((r.first.participant_id, r.second.participant_id)) for r in meetings if r.status in ACTIVE}
    requests = [RequestRow(r.id, who[r.requester_id], who[r.target_id], r.priority, r.status, r.reason,
                           frozenset((r.requester_id, r.target_id)) in placed)
                for r in session.scalars(select(MeetingRequest).where(MeetingRequest.programme_id == programme.id))]
    requests.sort(key=lambda r: (r.requester.structure.casefold(), r.requester.name, r.priority))
    return Overview(programme.id, programme.name, programme.slot_minutes,
                    tuple((n, s.starts_at, s.ends_at) for s, n in zip(slot_rows, range(1, len(slot_rows) + 1),
                                                                       strict=True)),
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
    programme = programme_id(session, event_id)
    if programme is None:
        return []
    participant = session.scalar(select(MeetingParticipant.id).where(
        MeetingParticipant.programme_id == programme, MeetingParticipant.person_id == person_id))
    if participant is None:
        return []
    view = overview(session, event_id)
    assert view is not None
    return [DeskMeeting(r.starts_at, r.table_number, other.name, other.structure, r.replanned)
            for r, other in schedule_of(view.meetings, participant)]


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
