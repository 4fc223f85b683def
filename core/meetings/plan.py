"""Computing the plan of an event's meetings from its accepted requests, and writing it as Meeting rows.

Kept as they are: pinned meetings, and every meeting of a slot that has already started (the plan can be computed
again during the day without moving anyone who is seated). Everything else planned by the solver is replaced.
"""

from __future__ import annotations

import time
import uuid
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from core import clock
from core.db.unit_of_work import UnitOfWork
from core.meetings import solver as sv
from core.meetings.programme import SlotInfo, participants, require_programme, slots, tables
from core.meetings.requests import MUTUAL_BONUS, weight
from core.models import (
    EventSession,
    Meeting,
    MeetingOrigin,
    MeetingRequest,
    MeetingSide,
    MeetingStatus,
    Registration,
    RequestStatus,
    SessionChoice,
    Status,
)

ACTIVE = (MeetingStatus.PLANNED, MeetingStatus.HELD)


@dataclass(frozen=True, slots=True)
class UnplacedRequest:
    request_id: uuid.UUID
    requester_id: uuid.UUID
    target_id: uuid.UUID
    reason: sv.Unplaced


@dataclass(frozen=True)
class PlanReport:
    placed: int  # meetings the solver placed now
    kept: int  # pinned or already started, kept as they were
    unplaced: tuple[UnplacedRequest, ...]
    objective: int
    bound: int
    gap: float
    optimal: bool
    gaps: int  # idle slots between two meetings, summed over people
    seconds: float


def compute_plan(uow: UnitOfWork, event_id: uuid.UUID, *, now: datetime | None = None,
                 settings: sv.SolverSettings = sv.DEFAULT_SETTINGS) -> PlanReport:
    started = time.perf_counter()
    now = now or clock.now()
    programme = require_programme(uow, event_id)
    slot_list = slots(uow, programme.id)
    table_list = tables(uow, programme.id)
    index = {s.id: i for i, s in enumerate(slot_list)}
    open_slots = frozenset(i for i, s in enumerate(slot_list) if s.starts_at > now)
    people = participants(uow, programme.id)
    busy = _busy_elsewhere(uow, event_id, slot_list, {p.person_id for p in people})

    existing = uow.session.scalars(select(Meeting).where(Meeting.programme_id == programme.id,
                                                         Meeting.status != MeetingStatus.FREED)).all()
    fixed, replaced = [], []
    for m in existing:
        if m.pinned or index[m.slot_id] not in open_slots or m.origin == MeetingOrigin.REPLAN:
            fixed.append(sv.Fixed(m.id, m.first_id, m.second_id, index[m.slot_id], m.table_id))
        else:
            replaced.append(m)
    met = {frozenset((f.first, f.second)) for f in fixed}

    wants, requests_of = _wants(uow, programme.id, met)
    available: dict[Hashable, frozenset[int]] = {}
    for p in people:
        own = frozenset(range(len(slot_list))) if p.available is None else frozenset(
            index[s] for s in p.available if s in index)
        available[p.id] = (own & open_slots) - {index[s] for s in busy.get(p.person_id, ())}
    companies = sorted((p for p in people if p.side == MeetingSide.ENTREPRISE), key=lambda p: str(p.id))
    home: dict[Hashable, Hashable] = ({c.id: t.id for c, t in zip(companies, table_list, strict=False)}
            if len(companies) <= len(table_list) else {})
    adjacent = frozenset((i, i + 1) for i in range(len(slot_list) - 1)
                         if slot_list[i].session_id == slot_list[i + 1].session_id
                         and slot_list[i].ends_at >= slot_list[i + 1].starts_at)
    problem = sv.Problem(slots=len(slot_list), tables=[t.id for t in table_list], wants=wants, fixed=fixed,
                         available=available, max_meetings={p.id: p.max_meetings for p in people
                                                            if p.max_meetings is not None},
                         home_table=home, adjacent=adjacent)
    result = sv.solve(problem, settings)

    for m in replaced:
        uow.session.delete(m)
    uow.session.flush()
    want_of = {w.key: w for w in wants}
    for placement in result.placed:
        want = want_of[placement.key]
        uow.session.add(Meeting(programme_id=programme.id, request_id=requests_of[placement.key][0],
                                first_id=want.first, second_id=want.second, slot_id=slot_list[placement.slot].id,
                                table_id=placement.table, origin=MeetingOrigin.PLAN))
    uow.session.flush()
    unplaced = tuple(UnplacedRequest(r.id, r.requester_id, r.target_id, reason)
                     for key, reason in result.unplaced for r in [requests_of[key][1]])
    return PlanReport(len(result.placed), len(fixed), unplaced, result.objective, result.bound, result.gap,
                      result.optimal, result.gaps, time.perf_counter() - started)


def _wants(uow: UnitOfWork, programme_id: uuid.UUID, met: set[frozenset[Hashable]]
           ) -> tuple[list[sv.Want], dict[Hashable, tuple[uuid.UUID, MeetingRequest]]]:
    """One want per pair: accepted requests, mutual ones merged with a bonus."""
    accepted = uow.session.scalars(select(MeetingRequest).where(MeetingRequest.programme_id == programme_id,
                                                                MeetingRequest.status == RequestStatus.ACCEPTED)
                                   .order_by(MeetingRequest.id)).all()
    by_pair: dict[frozenset[uuid.UUID], list[MeetingRequest]] = defaultdict(list)
    for r in accepted:
        by_pair[frozenset((r.requester_id, r.target_id))].append(r)
    wants: list[sv.Want] = []
    requests_of: dict[Hashable, tuple[uuid.UUID, MeetingRequest]] = {}
    for pair, rows in by_pair.items():
        if pair in met:
            continue
        first = rows[0]
        total = sum(weight(r.priority) for r in rows) + (MUTUAL_BONUS if len(rows) > 1 else 0)
        key = first.id
        wants.append(sv.Want(key, first.requester_id, first.target_id, total))
        requests_of[key] = (first.id, first)
    return wants, requests_of


def _busy_elsewhere(uow: UnitOfWork, event_id: uuid.UUID, slot_list: list[SlotInfo],
                    person_ids: set[uuid.UUID]) -> dict[uuid.UUID, set[uuid.UUID]]:
    """Per person, the slots that overlap another session they chose (a workshop at the same time)."""
    rows = uow.session.execute(
        select(Registration.person_id, EventSession.id, EventSession.starts_at, EventSession.ends_at)
        .join(SessionChoice, SessionChoice.registration_id == Registration.id)
        .join(EventSession, EventSession.id == SessionChoice.session_id)
        .where(Registration.event_id == event_id, SessionChoice.status == Status.CONFIRMED,
               Registration.status == Status.CONFIRMED)).all()
    out: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for person_id, session_id, starts, ends in rows:
        if person_id not in person_ids:
            continue
        for slot in slot_list:
            if session_id != slot.session_id and starts < slot.ends_at and slot.starts_at < ends:
                out[person_id].add(slot.id)
    return out
