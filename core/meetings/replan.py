"""At a slot's start, the desk frees the meetings of people not checked in and offers their partners someone present
and free instead, at the same table. Nothing else moves: a meeting whose two people are here stays, and so does every
meeting of another slot.

Who is offered to whom is a small weighted matching (CP-SAT again, fixed seed, one worker): a request between the two
counts most, then a structure meeting a company, then the categories one offers and the other seeks. Companies are
the scarce side (every one is usually booked in every slot), so a structure whose company did not come may be offered
another structure that is free: peer exchange, as at the atelier d'échanges.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from core import clock
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation
from core.meetings.programme import participant_info, require_programme, slots, tables
from core.meetings.read import ACTIVE, Who, people, present_people
from core.meetings.requests import weight
from core.models import (
    Meeting,
    MeetingOrigin,
    MeetingParticipant,
    MeetingRequest,
    MeetingSide,
    MeetingStatus,
    RequestStatus,
)

CROSS_SCORE = 12  # a structure with a company (or funder): what the meetings are for
REQUEST_SCORE = 20  # a request between the two, plus 10 per weight point
CATEGORY_SCORE = 3  # per category one offers and the other seeks
CANDIDATES = 12  # per waiting partner, the best candidates the matching chooses among


@dataclass(frozen=True, slots=True)
class Replacement:
    meeting_id: uuid.UUID
    starts_at: datetime
    table_number: int
    partner: Who  # the one whose partner did not come
    new: Who  # met instead


@dataclass(frozen=True)
class ReplanReport:
    slot_number: int
    starts_at: datetime
    freed: tuple[tuple[uuid.UUID, tuple[str, ...]], ...]  # (meeting, names of who did not come)
    replacements: tuple[Replacement, ...]
    left_alone: tuple[Who, ...]  # present partners for whom nobody present and free was found


def current_slot(uow: UnitOfWork, event_id: uuid.UUID, now: datetime | None = None) -> uuid.UUID | None:
    """The slot under way, else the next one to start (None once the last has ended)."""
    now = now or clock.now()
    programme = require_programme(uow, event_id)
    for s in slots(uow, programme.id):
        if now < s.ends_at:
            return s.id
    return None


def replan_slot(uow: UnitOfWork, event_id: uuid.UUID, slot_id: uuid.UUID, *, now: datetime | None = None,
                seed: int = 2026) -> ReplanReport:
    now = now or clock.now()
    programme = require_programme(uow, event_id)
    slot_list = slots(uow, programme.id)
    slot = next((s for s in slot_list if s.id == slot_id), None)
    if slot is None:
        raise NotFound("meetings_slot_not_found", "no such slot in the programme")
    if now >= slot.ends_at:
        raise RuleViolation("meetings_slot_over", "this slot is over: its meetings are no longer re-planned")
    here = present_people(uow.session, event_id)
    who = people(uow.session, programme.id)
    in_slot = uow.session.scalars(select(Meeting).where(Meeting.slot_id == slot_id,
                                                        Meeting.status.in_(ACTIVE))).all()
    freed, waiting = [], {}  # waiting: present partner -> the table they keep
    for m in in_slot:
        absent = [p for p in (m.first_id, m.second_id) if who[p].person_id not in here]
        if not absent or m.status == MeetingStatus.HELD:
            continue
        m.status = MeetingStatus.FREED
        freed.append((m.id, tuple(who[p].name for p in absent)))
        for p in (m.first_id, m.second_id):
            if p not in absent:
                waiting[p] = m.table_id
    uow.session.flush()
    busy = {p for m in in_slot if m.status in ACTIVE for p in (m.first_id, m.second_id)}
    rows = {r.id: r for r in uow.session.scalars(select(MeetingParticipant)
                                                 .where(MeetingParticipant.programme_id == programme.id))}
    meetings = uow.session.scalars(select(Meeting).where(Meeting.programme_id == programme.id,
                                                         Meeting.status.in_(ACTIVE))).all()
    met = {frozenset((m.first_id, m.second_id)) for m in meetings}
    count: dict[uuid.UUID, int] = {}
    for m in meetings:
        for p in (m.first_id, m.second_id):
            count[p] = count.get(p, 0) + 1
    free = [p for p, row in rows.items() if p not in busy and who[p].person_id in here
            and (row.available is None or slot_id.hex in row.available.split())
            and (row.max_meetings is None or count.get(p, 0) < row.max_meetings)]
    scores = _scores(uow, programme.id, rows, list(waiting), free, met)
    pairs = _match(scores, seed)
    numbers = {t.id: t.number for t in tables(uow, programme.id)}
    replacements: list[Replacement] = []
    matched: set[uuid.UUID] = set()
    for partner, new in pairs:
        table = waiting[partner]
        meeting = Meeting(programme_id=programme.id, first_id=partner, second_id=new, slot_id=slot_id,
                          table_id=table, origin=MeetingOrigin.REPLAN)
        uow.session.add(meeting)
        uow.session.flush()
        replacements.append(Replacement(meeting.id, slot.starts_at, numbers[table], who[partner], who[new]))
        matched.update((partner, new))
    left = tuple(who[p] for p in waiting if p not in matched)
    return ReplanReport(slot.number, slot.starts_at, tuple(freed), tuple(replacements), left)


def _scores(uow: UnitOfWork, programme_id: uuid.UUID, rows: dict[uuid.UUID, MeetingParticipant],
            waiting: list[uuid.UUID], free: list[uuid.UUID], met: set[frozenset[uuid.UUID]]
            ) -> dict[tuple[uuid.UUID, uuid.UUID], int]:
    """(partner, candidate) -> how good a replacement the candidate is; only sides that meet each other."""
    asked: dict[frozenset[uuid.UUID], int] = {}
    for r in uow.session.scalars(select(MeetingRequest).where(MeetingRequest.programme_id == programme_id,
                                                              MeetingRequest.status != RequestStatus.DECLINED)):
        pair = frozenset((r.requester_id, r.target_id))
        asked[pair] = asked.get(pair, 0) + weight(r.priority)
    info = {p: participant_info(rows[p]) for p in set(waiting) | set(free)}
    out = {}
    for p in waiting:
        for c in free:
            if c == p or frozenset((p, c)) in met:
                continue
            structures = (info[p].side == MeetingSide.STRUCTURE) + (info[c].side == MeetingSide.STRUCTURE)
            if structures == 0:  # two companies: not what the day is for
                continue
            # A structure and a company first; failing that, two structures meet (peer exchange, as at the atelier).
            score = (CROSS_SCORE if structures == 1 else 1) + CATEGORY_SCORE * (
                len(set(info[p].seeks) & set(info[c].offers)) + len(set(info[c].seeks) & set(info[p].offers)))
            if frozenset((p, c)) in asked:
                score += REQUEST_SCORE + 10 * asked[frozenset((p, c))]
            out[p, c] = score
    return out


def _match(scores: dict[tuple[uuid.UUID, uuid.UUID], int], seed: int) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """The best set of pairs, each person in one pair at most (two waiting partners may be paired together).

    Each waiting partner keeps only their best candidates (a few hundred booleans instead of thousands: the desk
    waits on this); the greedy matching is the solver's start and its answer if the solver proves nothing."""
    from ortools.sat.python import cp_model

    if not scores:
        return []
    best: dict[frozenset[uuid.UUID], tuple[int, tuple[uuid.UUID, uuid.UUID]]] = {}
    by_partner: dict[uuid.UUID, list[tuple[int, str, uuid.UUID]]] = {}
    for (p, c), score in scores.items():
        by_partner.setdefault(p, []).append((-score, str(c), c))
    for p, options in by_partner.items():
        for minus, _key, c in sorted(options)[:CANDIDATES]:
            pair = frozenset((p, c))
            if pair not in best or -minus > best[pair][0]:
                best[pair] = (-minus, (p, c))
    keys = sorted(best.values(), key=lambda item: (-item[0], str(item[1])))
    greedy: set[tuple[uuid.UUID, uuid.UUID]] = set()
    used: set[uuid.UUID] = set()
    for _score, (p, c) in keys:
        if p not in used and c not in used:
            greedy.add((p, c))
            used.update((p, c))
    model = cp_model.CpModel()
    x = {pair: model.new_bool_var(f"m{i}") for i, (_score, pair) in enumerate(keys)}
    by_person: dict[uuid.UUID, list[cp_model.IntVar]] = {}
    for (p, c), var in x.items():
        by_person.setdefault(p, []).append(var)
        by_person.setdefault(c, []).append(var)
        model.add_hint(var, (p, c) in greedy)
    for vars_ in by_person.values():
        if len(vars_) > 1:
            model.add_at_most_one(vars_)
    model.maximize(sum(score * x[pair] for score, pair in keys))
    solver = cp_model.CpSolver()
    solver.parameters.random_seed = seed
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = 0.5
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return sorted(greedy, key=str)
    return [pair for pair, var in x.items() if solver.boolean_value(var)]


def mark(uow: UnitOfWork, meeting_ids: Iterable[uuid.UUID], status: MeetingStatus) -> int:
    """Correct by hand: held or missed (after the event)."""
    n = 0
    for mid in meeting_ids:
        m = uow.session.get(Meeting, mid)
        if m is None:
            raise NotFound("meetings_meeting_not_found", "no such meeting")
        if m.status != status:
            m.status = status
            n += 1
    uow.session.flush()
    return n
