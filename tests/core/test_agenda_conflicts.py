"""Every conflict rule, as a pure function and on real workspace data (confirmed registrations)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from core.agenda.conflicts import ConflictCode, Slot, facilitator_names, find_conflicts
from core.agenda.timing import event_window
from core.services import agenda
from core.services.agenda_read import load_agenda
from tests.demo import demo_event

T0 = datetime(2026, 11, 10, 13, 0, tzinfo=UTC)
WINDOW = event_window(date(2026, 11, 1), date(2026, 11, 30))


def slot(hours: float, length: float = 1, **kwargs) -> Slot:
    start = T0 + timedelta(hours=hours)
    return Slot(uuid.uuid4(), start, start + timedelta(hours=length), **kwargs)


def codes(conflicts):
    return sorted(c.code for c in conflicts)


def test_room_booked_twice_but_back_to_back_is_fine():
    room = uuid.uuid4()
    a, b, c = slot(0, 2, room_id=room), slot(1, 2, room_id=room), slot(3, 1, room_id=room)
    other_room = slot(0, 2, room_id=uuid.uuid4())
    [conflict] = find_conflicts([a, b, c, other_room], WINDOW)
    assert conflict.code == ConflictCode.ROOM_DOUBLE_BOOKED
    assert set(conflict.session_ids) == {a.id, b.id} and conflict.room_id == room


def test_facilitator_in_two_places_matches_names_without_accents_or_case():
    a = slot(0, 2, facilitators="France Active Métropole, Léa Martin")
    b = slot(1, 1, facilitators="léa  martin")
    c = slot(5, 1, facilitators="Lea Martin")
    assert facilitator_names("A ; B, C") == (("a", "A"), ("b", "B"), ("c", "C"))
    [conflict] = find_conflicts([a, b, c], WINDOW)
    assert conflict.code == ConflictCode.FACILITATOR_DOUBLE_BOOKED
    assert set(conflict.session_ids) == {a.id, b.id} and conflict.facilitator == "Léa Martin"


def test_capacity_below_confirmed_registrations():
    full, fine, unlimited = slot(0, capacity=10, confirmed=12), slot(2, capacity=10, confirmed=10), slot(4, confirmed=99)
    [conflict] = find_conflicts([full, fine, unlimited], WINDOW)
    assert (conflict.code, conflict.session_ids, conflict.capacity, conflict.confirmed) == \
        (ConflictCode.CAPACITY_BELOW_CONFIRMED, (full.id,), 10, 12)


def test_outside_the_event_days_in_its_time_zone():
    # 30 November 23:30 in Paris is still inside; 1 December 00:30 in Paris (23:30 UTC) is not.
    inside = Slot(uuid.uuid4(), datetime(2026, 11, 30, 21, 0, tzinfo=UTC), datetime(2026, 11, 30, 22, 30, tzinfo=UTC))
    outside = Slot(uuid.uuid4(), datetime(2026, 11, 30, 23, 0, tzinfo=UTC), datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    before = slot(-24 * 20)
    found = find_conflicts([inside, outside, before], WINDOW)
    assert codes(found) == [ConflictCode.OUTSIDE_EVENT] * 2
    assert {c.session_ids[0] for c in found} == {outside.id, before.id}


def test_end_before_start_is_reported_and_not_counted_as_an_overlap():
    room = uuid.uuid4()
    broken = Slot(uuid.uuid4(), T0, T0 - timedelta(hours=1), room_id=room)
    [conflict] = find_conflicts([broken, slot(-2, 4, room_id=room)], WINDOW)
    assert (conflict.code, conflict.session_ids) == (ConflictCode.ENDS_BEFORE_START, (broken.id,))


def test_conflicts_of_a_large_event_are_all_found():
    # Its speed (recomputed after each move) is measured by tests/benchmarks/bench_agenda.py, not asserted here.
    rooms = [uuid.uuid4() for _ in range(12)]
    people = [f"Animateur {n}" for n in range(40)]
    slots = [slot(24 * (n % 30) + (n % 5) * 1.5, 1.5, room_id=rooms[n % 12], facilitators=people[n % 40],
                  capacity=30, confirmed=n % 35) for n in range(400)]
    found = find_conflicts(slots, WINDOW)
    over = {c.session_ids[0] for c in found if c.code == ConflictCode.CAPACITY_BELOW_CONFIRMED}
    assert over == {s.id for s in slots if s.confirmed > 30}


def test_confirmed_registrations_of_the_demo_feed_the_capacity_rule_and_a_move_shows_a_room_conflict(demo_workspace):
    rencontres = demo_event(demo_workspace, "Rencontres")
    data = load_agenda(demo_workspace, rencontres.id)
    assert data.conflicts() == []
    assert sum(s.confirmed for s in data.sessions) > 0
    achats = next(s for s in data.sessions if s.title.startswith("Achats"))
    rdv = next(s for s in data.sessions if s.title.startswith("Rendez-vous") and "1er" in s.title)
    with demo_workspace.unit_of_work() as uow:
        agenda.move_session(uow, achats.id, achats.starts_at, rdv.room_id)  # into Salle A, same time
    found = load_agenda(demo_workspace, rencontres.id).conflicts()
    assert [(c.code, set(c.session_ids)) for c in found] == [(ConflictCode.ROOM_DOUBLE_BOOKED, {achats.id, rdv.id})]
    small = next(s for s in data.sessions if s.confirmed >= 2)
    with demo_workspace.unit_of_work() as uow:
        from dataclasses import replace

        agenda.update_session(uow, small.id, replace(small.draft, capacity=1))
    found = load_agenda(demo_workspace, rencontres.id).conflicts()
    assert ConflictCode.CAPACITY_BELOW_CONFIRMED in codes(found)
