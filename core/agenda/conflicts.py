"""Agenda conflicts as pure decisions with reason codes: the GUI lists them, the command line prints them.

Overlaps are found by a sweep per room and per facilitator (sort by start, keep the sessions still running),
so the cost grows with the number of sessions plus the number of overlaps, not with its square: an event of
400 sessions is checked in a few milliseconds, fast enough to recompute after every move.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from core.validation import search_key


class ConflictCode(enum.StrEnum):
    ROOM_DOUBLE_BOOKED = "room_double_booked"
    FACILITATOR_DOUBLE_BOOKED = "facilitator_double_booked"
    CAPACITY_BELOW_CONFIRMED = "capacity_below_confirmed"
    OUTSIDE_EVENT = "session_outside_event"
    ENDS_BEFORE_START = "session_ends_before_start"


@dataclass(frozen=True, slots=True)
class Slot:
    """What the rules need to know of a session."""

    id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    room_id: uuid.UUID | None = None
    facilitators: str | None = None
    capacity: int | None = None
    confirmed: int = 0


@dataclass(frozen=True, slots=True)
class Conflict:
    code: ConflictCode
    session_ids: tuple[uuid.UUID, ...]
    starts_at: datetime  # of the earliest session concerned, to list conflicts in time order
    room_id: uuid.UUID | None = None
    facilitator: str | None = None  # as typed in the first session concerned
    capacity: int | None = None
    confirmed: int | None = None


_SEPARATORS = re.compile(r"[,;\n/]+")


@lru_cache(maxsize=4096)  # the same few texts come back at every recomputation
def facilitator_names(text: str | None) -> tuple[tuple[str, str], ...]:
    """(matching key, name as typed) for each facilitator of a free-text list: "A, B ; C"."""
    out = []
    for part in _SEPARATORS.split(text or ""):
        name = " ".join(part.split())
        if name:
            out.append((search_key(name), name))
    return tuple(out)


def _overlapping_pairs(slots: Iterable[Slot]) -> list[tuple[Slot, Slot]]:
    """Pairs of sessions whose times overlap (touching ends do not), by a sweep over start times."""
    pairs: list[tuple[Slot, Slot]] = []
    running: list[Slot] = []
    for slot in sorted(slots, key=lambda s: (s.starts_at, s.ends_at, s.id)):
        running = [r for r in running if r.ends_at > slot.starts_at]
        pairs.extend((r, slot) for r in running)
        running.append(slot)
    return pairs


def find_conflicts(slots: Sequence[Slot], window: tuple[datetime, datetime] | None = None) -> list[Conflict]:
    """Every conflict of an event's sessions; `window` is the event's (first instant, end instant)."""
    conflicts: list[Conflict] = []
    by_room: dict[uuid.UUID, list[Slot]] = defaultdict(list)
    by_person: dict[str, list[Slot]] = defaultdict(list)
    typed: dict[tuple[str, uuid.UUID], str] = {}
    for slot in slots:
        if slot.ends_at <= slot.starts_at:
            conflicts.append(Conflict(ConflictCode.ENDS_BEFORE_START, (slot.id,), slot.starts_at))
            continue  # no meaningful overlap for an impossible interval
        if window is not None and (slot.starts_at < window[0] or slot.ends_at > window[1]):
            conflicts.append(Conflict(ConflictCode.OUTSIDE_EVENT, (slot.id,), slot.starts_at))
        if slot.capacity is not None and slot.confirmed > slot.capacity:
            conflicts.append(Conflict(ConflictCode.CAPACITY_BELOW_CONFIRMED, (slot.id,), slot.starts_at,
                                      capacity=slot.capacity, confirmed=slot.confirmed))
        if slot.room_id is not None:
            by_room[slot.room_id].append(slot)
        for key, name in dict(facilitator_names(slot.facilitators)).items():
            by_person[key].append(slot)
            typed[key, slot.id] = name

    for room_id, booked in by_room.items():
        for a, b in _overlapping_pairs(booked):
            conflicts.append(Conflict(ConflictCode.ROOM_DOUBLE_BOOKED, (a.id, b.id), a.starts_at, room_id=room_id))
    for key, busy in by_person.items():
        if len(busy) < 2:
            continue
        for a, b in _overlapping_pairs(busy):
            conflicts.append(Conflict(ConflictCode.FACILITATOR_DOUBLE_BOOKED, (a.id, b.id), a.starts_at,
                                      facilitator=typed[key, a.id]))
    conflicts.sort(key=lambda c: (c.starts_at, c.code.value, c.session_ids))
    return conflicts


def conflicting_session_ids(conflicts: Iterable[Conflict]) -> set[uuid.UUID]:
    return {session_id for conflict in conflicts for session_id in conflict.session_ids}
