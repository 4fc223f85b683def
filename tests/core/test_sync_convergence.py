"""Convergence as a property: replicas work offline, sync in any order with interrupted pushes and pulls,
and end with the same data, every check-in kept once, and every true conflict listed on every replica.

Replicas also register the same people offline (with sessions, a form answer and a ticket), delete those
registrations and register them again, so that the same natural key is often born on several replicas: the rows
fold into one everywhere (core.sync.fold) and nothing is lost that a delete did not take.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from core.errors import RuleViolation
from core.models import (
    CheckIn,
    Person,
    Registration,
    RegistrationAnswer,
    SessionChoice,
    SyncChange,
    Ticket,
)
from core.services import agenda, directory, registrations, tickets
from core.sync.hub import Hub
from core.sync.service import sync_with_hub
from tests.core.sync_helpers import blank_template, check_in, dump, new_replica, open_review_keys, seed_event

pytestmark = pytest.mark.postgres
FIELDS = ["email", "phone", "role"]
VALUES = ["a@ex.fr", "b@ex.fr", None]
SEEDED = 3  # people registered (with a ticket) before the replicas part; the others are registered offline
PEOPLE = 5
ANSWERS = ["végétarien", "sans gluten"]

op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 4), st.integers(0, 3), st.sampled_from(FIELDS), st.integers(0, 2)),
    st.tuples(st.just("checkin"), st.integers(0, 4), st.integers(0, 30)),
    st.tuples(st.just("walkin"), st.integers(0, 4)),
    st.tuples(st.just("delete"), st.integers(0, 4), st.integers(0, 3)),
    # An existing person registered offline on each replica of a set (bits): each replica makes its own
    # registration, with the sessions of its two bits of the third number and a form answer.
    st.tuples(st.just("register"), st.integers(1, 15), st.integers(SEEDED, PEOPLE - 1), st.integers(0, 255)),
    st.tuples(st.just("unregister"), st.integers(0, 4), st.integers(SEEDED, PEOPLE - 1)),
    st.tuples(st.just("sync"), st.integers(0, 4), st.integers(0, 6)),  # cut after n pages (6: complete)
)


def _known(workspace) -> set[uuid.UUID]:
    with workspace.engine.connect() as connection:
        return set(connection.scalars(select(SyncChange.change_id)))


def _delete_registrations(uow, person_id: uuid.UUID) -> bool:
    """Delete a person's registrations with what hangs on them; refused (False) once someone checked in."""
    session = uow.session
    regs = list(session.scalars(select(Registration).where(Registration.person_id == person_id)))
    ticket_ids = list(session.scalars(select(Ticket.id).where(Ticket.registration_id.in_([r.id for r in regs]))))
    if session.scalar(select(CheckIn.id).where(CheckIn.ticket_id.in_(ticket_ids)).limit(1)) is not None:
        return False
    for model in (Ticket, SessionChoice, RegistrationAnswer):
        for row in session.scalars(select(model).where(model.registration_id.in_([r.id for r in regs]))):
            session.delete(row)
    session.flush()
    for reg in regs:
        session.delete(reg)
    session.flush()
    return True


def _register(space, person_id: uuid.UUID, event: uuid.UUID, sessions: list[uuid.UUID],
              answer: str) -> uuid.UUID | None:
    """What a desk does for someone who turns up: registration, sessions, form answer, ticket."""
    try:
        with space.unit_of_work() as uow:
            if uow.session.get(Person, person_id) is None:
                return None
            reg = registrations.register(uow, person_id, event, sessions).registration
            uow.session.add(RegistrationAnswer(registration_id=reg.id, question="Régime", answer=answer))
            return tickets.ticket_for_registration(uow, reg.id).id
    except RuleViolation:  # already registered on this replica
        return None


# No shrinking: a failing example is printed as it is, and the test stays well under a minute.
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck),
          phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(replicas=st.integers(3, 4), ops=st.lists(op, min_size=4, max_size=16))
def test_replicas_converge(postgres_url: str, tmp_path_factory: pytest.TempPathFactory, replicas: int,
                           ops: list[tuple]) -> None:
    tmp = tmp_path_factory.mktemp("conv")
    template = blank_template(tmp)
    hub = Hub(postgres_url, schema=f"t_conv_{uuid.uuid4().hex[:10]}")
    try:
        _run(tmp, template, hub, replicas, ops)
    finally:
        hub.drop()
        hub.close()


def _run(tmp: Path, template: Path, hub: Hub, n: int, ops: list[tuple]) -> None:
    spaces = [new_replica(template, tmp / f"r{i}.envol") for i in range(n)]
    try:
        event, people = seed_event(spaces[0], PEOPLE)
        with spaces[0].unit_of_work() as uow:
            starts = datetime(2026, 12, 3, 9, tzinfo=UTC)
            sessions = [agenda.create_session(uow, event, f"Atelier {i}", starts.replace(hour=9 + i),
                                              starts.replace(hour=10 + i)).id for i in range(2)]
            seeded = []
            for i, person in enumerate(people[:SEEDED]):
                reg = registrations.register(uow, person, event).registration
                ticket = Ticket(registration_id=reg.id, code=f"T{i}")
                uow.session.add(ticket)
                uow.session.flush()
                seeded.append(ticket.id)
        for space in spaces:
            sync_with_hub(space, hub, page=4)
        sync_with_hub(spaces[0], hub, page=4)
        all_tickets = list(seeded)
        ticket_person = {t: p for t, p in zip(seeded, people, strict=False)}
        checkins: dict[uuid.UUID, uuid.UUID] = {}  # check-in -> ticket
        edits = []  # (table, row, field, value, change_id, known change ids at the time)
        deleted: set[uuid.UUID] = set()
        touched: set[uuid.UUID] = set()  # people whose registration a delete may have taken
        own: dict[int, list[uuid.UUID]] = {i: [] for i in range(n)}
        for step in ops:
            kind, i = step[0], step[1] % n
            space = spaces[i]
            if kind == "edit":
                person_id, name, value = people[step[2]], step[3], VALUES[step[4]]
                known = _known(space)
                with space.unit_of_work() as uow:
                    person = uow.session.get(Person, person_id)
                    if person is None or getattr(person, name) == value:
                        continue
                    setattr(person, name, value)
                with space.engine.connect() as connection:
                    last = connection.execute(select(SyncChange.change_id).order_by(SyncChange.seq.desc())).first()
                edits.append(("people", person_id, name, value, last[0], known))
            elif kind == "checkin":
                ticket = all_tickets[step[2] % len(all_tickets)]
                # The desk refuses a second entry it knows about; only offline doubles reach the hub.
                with space.reading() as session:
                    if session.get(Ticket, ticket) is None or session.scalar(
                            select(CheckIn.id).where(CheckIn.ticket_id == ticket)) is not None:
                        continue
                checkins[check_in(space, ticket)] = ticket
            elif kind == "walkin":
                with space.unit_of_work() as uow:
                    person = directory.create_person(uow, "Walk", f"In{len(own[i])}")
                    registrations.register(uow, person.id, event)
                own[i].append(person.id)
            elif kind == "register":
                person_id = people[step[2]]
                for r in [r for r in range(n) if step[1] >> r & 1] or [0]:
                    chosen = [s for bit, s in enumerate(sessions) if step[3] >> (2 * r + bit) & 1]
                    ticket_id = _register(spaces[r], person_id, event, chosen, ANSWERS[r % 2])
                    if ticket_id is not None:
                        all_tickets.append(ticket_id)
                        ticket_person[ticket_id] = person_id
            elif kind == "unregister":
                person_id = people[step[2]]
                with space.unit_of_work() as uow:
                    if not _delete_registrations(uow, person_id):
                        continue
                touched.add(person_id)
            elif kind == "delete":
                candidates = [p for p in people[SEEDED:]] + list(itertools.chain(*own.values()))
                target = candidates[step[2] % len(candidates)]
                with space.unit_of_work() as uow:
                    person = uow.session.get(Person, target)
                    if person is None or not _delete_registrations(uow, target):
                        continue
                    uow.session.delete(person)
                deleted.add(target)
                touched.add(target)
            else:
                pages = step[2]
                calls = itertools.count()
                sync_with_hub(space, hub, page=3, cancelled=lambda pages=pages, calls=calls: pages < 6 and next(calls) >= pages)
        for _round in range(2):
            for space in spaces:
                sync_with_hub(space, hub, page=5)

        dumps = [dump(space) for space in spaces]
        for other in dumps[1:]:
            assert other == dumps[0]
        final_tickets = {uuid.UUID(dict(row)["id"]) for row in dumps[0]["tickets"]}
        lost_tickets = {t for t in all_tickets if t not in final_tickets}
        assert {ticket_person[t] for t in lost_tickets} <= touched, "a ticket went without a delete taking it"
        kept = {uuid.UUID(dict(row)["id"]) for row in dumps[0]["checkins"]}
        assert kept == {c for c, t in checkins.items() if t in final_tickets}, "a check-in was lost or invented"
        assert {c for c, t in checkins.items() if t in seeded} <= kept
        pairs = {(dict(row)["person_id"], dict(row)["event_id"]) for row in dumps[0]["registrations"]}
        assert len(pairs) == len(dumps[0]["registrations"])
        # A person entered twice is a double entry, whichever of their registration's tickets was scanned.
        registration_of = {dict(row)["id"]: dict(row)["registration_id"] for row in dumps[0]["tickets"]}
        per_registration: dict[str, int] = {}
        for row in dumps[0]["checkins"]:
            registration = registration_of[dict(row)["ticket_id"]]
            per_registration[registration] = per_registration.get(registration, 0) + 1
        expected_duplicates = sum(count - 1 for count in per_registration.values())
        duplicates = [open_review_keys(space, "duplicate_checkin") for space in spaces]
        assert all(d == duplicates[0] for d in duplicates)
        assert len(duplicates[0]) == expected_duplicates
        conflicts = [{k[:3] for k in open_review_keys(space, "conflict")} for space in spaces]
        assert all(c == conflicts[0] for c in conflicts)
        true_conflicts = {
            (a[0], a[1], a[2]) for a, b in itertools.combinations(edits, 2)
            if a[:3] == b[:3] and a[3] != b[3] and a[4] not in b[5] and b[4] not in a[5] and a[1] not in deleted
        }
        assert true_conflicts <= conflicts[0]
    finally:
        for space in spaces:
            space.close()
