"""Registration rules: duplicates refused, capacities kept, waiting lists promoted first come, first served."""

from __future__ import annotations

from datetime import date

import pytest

from core.errors import NotFound, RuleViolation
from core.models import EventKind, Status
from core.services import agenda, directory, registrations


@pytest.fixture
def event(workspace):
    """An event with a 2-seat workshop and an unlimited plenary, and five people."""
    with workspace.unit_of_work() as uow:
        event_id = agenda.create_event(uow, "Mois de l'ESS", EventKind.MOIS_ESS, date(2026, 11, 1), date(2026, 11, 30))
        day = date(2026, 11, 10)
        workshop = agenda.create_session(uow, event_id, "Atelier commercial", agenda.local_time(day, "14:00"),
                                         agenda.local_time(day, "17:00"), capacity=2).id
        plenary = agenda.create_session(uow, event_id, "Clôture", agenda.local_time(day, "18:00"),
                                        agenda.local_time(day, "20:00")).id
        people = [directory.create_person(uow, f"Personne{n}", "Test").id for n in range(5)]
    return workspace, event_id, workshop, plenary, people


def statuses(workspace, registration_id):
    with workspace.unit_of_work() as uow:
        from core.models import Registration

        reg = uow.session.get(Registration, registration_id)
        return reg.status, {c.session_id: c.status for c in reg.choices}


def test_capacity_fills_then_waiting_list(event):
    ws, event_id, workshop, _plenary, people = event
    results = []
    with ws.unit_of_work() as uow:
        for person in people[:4]:
            results.append(registrations.register(uow, person, event_id, [workshop]).registration)
    assert [r.choices[0].status for r in results] == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITING,
                                                     Status.WAITING]
    assert all(r.status == Status.CONFIRMED for r in results)


def test_cancellation_promotes_the_first_waiting_in_request_order(event):
    ws, event_id, workshop, _plenary, people = event
    regs = []
    for person in people[:4]:  # separate actions: distinct request times
        with ws.unit_of_work() as uow:
            regs.append(registrations.register(uow, person, event_id, [workshop]).registration.id)
    with ws.unit_of_work() as uow:
        change = registrations.cancel(uow, regs[0])
    assert [(p.registration_id, p.session_id) for p in change.promoted] == [(regs[2], workshop)]
    assert statuses(ws, regs[2])[1][workshop] == Status.CONFIRMED
    assert statuses(ws, regs[3])[1][workshop] == Status.WAITING

    with ws.unit_of_work() as uow:
        change = registrations.cancel_choice(uow, regs[1], workshop)
    assert [p.registration_id for p in change.promoted] == [regs[3]]


def test_cancelling_a_waiting_place_promotes_nobody(event):
    ws, event_id, workshop, _plenary, people = event
    regs = []
    for person in people[:3]:
        with ws.unit_of_work() as uow:
            regs.append(registrations.register(uow, person, event_id, [workshop]).registration.id)
    with ws.unit_of_work() as uow:
        change = registrations.cancel(uow, regs[2])
    assert change.promoted == ()
    assert statuses(ws, regs[2])[0] == Status.CANCELLED


def test_same_person_twice_is_refused_and_nothing_written(event):
    ws, event_id, workshop, _plenary, people = event
    with ws.unit_of_work() as uow:
        registrations.register(uow, people[0], event_id, [workshop])
    with pytest.raises(RuleViolation) as refused, ws.unit_of_work() as uow:
        registrations.register(uow, people[0], event_id, [])
    assert refused.value.code == "already_registered"


def test_a_cancelled_person_may_register_again_at_the_back_of_the_queue(event):
    ws, event_id, workshop, _plenary, people = event
    regs = []
    for person in people[:3]:
        with ws.unit_of_work() as uow:
            regs.append(registrations.register(uow, person, event_id, [workshop]).registration.id)
    with ws.unit_of_work() as uow:
        registrations.cancel(uow, regs[0])  # person 2 promoted
    with ws.unit_of_work() as uow:
        again = registrations.register(uow, people[0], event_id, [workshop]).registration
    assert again.id == regs[0]
    assert again.choices[0].status == Status.WAITING


def test_event_capacity_and_promotion_carries_the_sessions(workspace):
    with workspace.unit_of_work() as uow:
        event_id = agenda.create_event(uow, "Rencontres", EventKind.RENCONTRES, date(2026, 11, 13),
                                       date(2026, 11, 13), capacity=1)
        day = date(2026, 11, 13)
        plenary = agenda.create_session(uow, event_id, "Plénière", agenda.local_time(day, "09:00"),
                                        agenda.local_time(day, "10:00")).id
        first, second = (directory.create_person(uow, n, "Test").id for n in ("A", "B"))
    with workspace.unit_of_work() as uow:
        reg_a = registrations.register(uow, first, event_id, [plenary]).registration
    with workspace.unit_of_work() as uow:
        reg_b = registrations.register(uow, second, event_id, [plenary]).registration
    assert reg_a.status == Status.CONFIRMED
    assert reg_b.status == Status.WAITING and reg_b.choices[0].status == Status.WAITING
    with workspace.unit_of_work() as uow:
        change = registrations.cancel(uow, reg_a.id)
    assert (reg_b.id, None) in [(p.registration_id, p.session_id) for p in change.promoted]
    assert statuses(workspace, reg_b.id) == (Status.CONFIRMED, {plenary: Status.CONFIRMED})


def test_session_of_another_event_is_refused(event):
    ws, event_id, _workshop, _plenary, people = event
    with ws.unit_of_work() as uow:
        other = agenda.create_event(uow, "Autre", EventKind.AUTRE, date(2026, 12, 1), date(2026, 12, 1))
        day = date(2026, 12, 1)
        foreign = agenda.create_session(uow, other, "Ailleurs", agenda.local_time(day, "09:00"),
                                        agenda.local_time(day, "10:00")).id
    with pytest.raises(RuleViolation) as refused, ws.unit_of_work() as uow:
        registrations.register(uow, people[0], event_id, [foreign])
    assert refused.value.code == "session_of_other_event"
    with pytest.raises(NotFound), ws.unit_of_work() as uow:
        registrations.cancel(uow, foreign)
