"""A person registered on two desks offline gets a ticket on each and enters on each: after the sync their two
registrations are one, both tickets and both entries are kept, and the second entry is listed as a double entry on
every desk, although it was made with the other ticket."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from core.models import CheckIn, Registration, Ticket
from core.services import registrations, tickets
from core.sync.bundle import sync_with_bundle
from tests.core.sync_helpers import blank_template, check_in, new_replica, open_review_keys, seed_event


def test_two_tickets_of_one_person_entered_on_two_desks_are_a_double_entry(tmp_path: Path) -> None:
    template = blank_template(tmp_path)
    a, b = new_replica(template, tmp_path / "a.envol"), new_replica(template, tmp_path / "b.envol")
    stick = tmp_path / "stick.envolsync"
    try:
        event, people = seed_event(a, 1)
        for desk in (a, b):
            sync_with_bundle(desk, stick)
        entries = []
        for desk in (a, b):  # offline: each desk registers the person, prints a ticket and lets them in
            with desk.unit_of_work() as uow:
                registration = registrations.register(uow, people[0], event).registration
                ticket = tickets.ticket_for_registration(uow, registration.id)
            entries.append(check_in(desk, ticket.id))
        for desk in (a, b, a):
            sync_with_bundle(desk, stick)

        for desk in (a, b):
            with desk.reading() as session:
                assert session.scalar(select(func.count()).select_from(Registration)) == 1
                assert session.scalar(select(func.count(func.distinct(Ticket.registration_id)))) == 1
                assert session.scalar(select(func.count()).select_from(Ticket)) == 2
                assert set(session.scalars(select(CheckIn.id))) == set(entries)
        listed = [open_review_keys(desk, "duplicate_checkin") for desk in (a, b)]
        assert listed[0] == listed[1] and len(listed[0]) == 1
        [(_table, later, _field, first)] = listed[0]
        assert {later, first} == set(entries)
    finally:
        a.close()
        b.close()
