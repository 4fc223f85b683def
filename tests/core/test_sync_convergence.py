"""Convergence as a property: replicas work offline, sync in any order with interrupted pushes and pulls,
and end with the same data, every check-in kept once, and every true conflict listed on every replica.

Replicas also register the same people offline (with sessions, a form answer and a ticket), delete those
registrations and register them again, so that the same natural key is often born on several replicas: the rows
fold into one everywhere (core.sync.fold) and nothing is lost that a delete did not take.

And what broke desks before (issue 14): a large first push before any sync from a desk whose own Device row is
logged last, or a hub written children first (orphans across pages); clocks hours ahead and behind; a file copied
with its clock ahead, both copies editing one phone before their first sync; undos of one side of a double entry;
the hub rolled back to an earlier dump; sync by file, and files the sync must refuse. After quiescence: every row
equal, every review list equal on every device and equal to the list computed from the rows, no check-in lost or
duplicated. The counts are printed at the end (ENVOL_SYNC_LONG_RUN=N runs N examples instead of 25).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from core import clock
from core.db.workspace import open_workspace
from core.errors import RuleViolation
from core.models import (
    CheckIn,
    CheckInKind,
    Person,
    Registration,
    RegistrationAnswer,
    SessionChoice,
    SyncChange,
    Ticket,
    utcnow,
)
from core.services import agenda, directory, registrations, tickets
from core.sync.bundle import sync_with_bundle
from core.sync.changelog import BASELINE_KEY
from core.sync.doubles import derived_duplicates
from core.sync.hlc import HLC_KEY
from core.sync.hub import Hub, SyncError
from core.sync.service import outgoing, sync_with_hub
from core.sync.tables import write_setting
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
    st.tuples(st.just("skew"), st.integers(0, 4), st.integers(0, 2)),  # this desk's clock: behind, right, ahead
    st.tuples(st.just("undo"), st.integers(0, 4), st.integers(0, 30)),  # undo an accepted entry it knows
    st.tuples(st.just("copy"), st.integers(0, 4), st.integers(0, 3)),  # copy the file, both edit one phone
    st.tuples(st.just("restore"), st.integers(0, 30)),  # the hub goes back to an earlier dump
    st.tuples(st.just("bundle"), st.integers(0, 4)),  # sync through a file on a USB stick
    st.tuples(st.just("badfile"), st.integers(0, 4), st.integers(0, 2)),  # a file the sync must refuse
)
SKEWS = [timedelta(hours=-3), timedelta(0), timedelta(hours=3)]
COPIES = 2  # at most, per example
COUNTS: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _print_counts(pytestconfig: pytest.Config) -> Iterator[None]:
    yield
    if COUNTS:
        names = ["examples", "operations", "syncs", "kills", "bundles", "refused", "restores", "copies", "undos",
                 "lost", "duplicated", "diverged"]
        line = "convergence: " + ", ".join(f"{name} {COUNTS[name]}" for name in names)
        capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
        with capture.global_and_fixture_disabled() if capture is not None else ExitStack():
            print(f"\n{line}")


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
LONG_RUN = int(os.environ.get("ENVOL_SYNC_LONG_RUN") or 0)


# 25 examples in the suite (about a minute and a half on a quiet machine); ENVOL_SYNC_LONG_RUN=N for the long run.
@pytest.mark.timeout(900 + 20 * LONG_RUN)
@settings(max_examples=LONG_RUN or 25, deadline=None,
          suppress_health_check=list(HealthCheck), phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(replicas=st.integers(3, 4), ops=st.lists(op, min_size=4, max_size=20), first=st.integers(0, 2))
def test_replicas_converge(postgres_url: str, tmp_path_factory: pytest.TempPathFactory, replicas: int,
                           ops: list[tuple], first: int) -> None:
    """first: 0 the usual start; 1 desk 0 scans everyone before its first sync with its Device row logged last
    (a file from before it was logged at birth); 2 the same, pushed to the hub in reverse (children first)."""
    tmp = tmp_path_factory.mktemp("conv")
    template = blank_template(tmp)
    hub = Hub(postgres_url, schema=f"t_conv_{uuid.uuid4().hex[:10]}")
    try:
        _run(tmp, template, hub, replicas, ops, first)
    finally:
        hub.drop()
        hub.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _copy_file(space, target: Path) -> None:
    with space.engine.connect() as connection:  # the WAL folded in, so that the copy has everything
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(space.path, target)


def _undo(space, pick: int) -> uuid.UUID | None:
    """Undo an accepted entry this desk knows and no undo cancels yet (the desk's "annuler" button)."""
    with space.unit_of_work() as uow:
        undone = select(CheckIn.undoes_id).where(CheckIn.undoes_id.is_not(None))
        candidates = list(uow.session.scalars(select(CheckIn).where(
            CheckIn.kind == CheckInKind.ENTRY, CheckIn.accepted.is_(True), CheckIn.id.not_in(undone))
            .order_by(CheckIn.id)))
        if not candidates:
            return None
        target = candidates[pick % len(candidates)]
        row = CheckIn(ticket_id=target.ticket_id, kind=CheckInKind.UNDO, verdict="undo", accepted=True,
                      undoes_id=target.id, scanned_at=utcnow(), device_id=space.device_id, nonce=uuid.uuid4().hex)
        uow.session.add(row)
        uow.session.flush()
        return row.id


def _restore_hub(hub: Hub, seq: int) -> None:
    """What restoring a dump taken at `seq` does: later changes gone, their numbers given again."""
    with hub._engine.begin() as connection:  # the hub's own engine: its search_path is the test's schema
        connection.exec_driver_sql("DELETE FROM envol_changes WHERE seq > %(seq)s", {"seq": seq})
        connection.exec_driver_sql("SELECT setval(pg_get_serial_sequence('envol_changes', 'seq'), %(seq)s, %(called)s)",
                                   {"seq": max(seq, 1), "called": seq > 0})


def _refuse(space, bad: Path, files: list[Path]) -> None:
    """The sync must refuse this file, and write nothing to it or to the workspace."""
    before = [_sha(f) for f in files]
    known = _known(space)
    with pytest.raises(SyncError):
        sync_with_bundle(space, bad)
    assert [_sha(f) for f in files] == before and _known(space) == known


def _first_push(space, hub: Hub, tickets_: list[uuid.UUID], first: int,
                checkins: dict[uuid.UUID, uuid.UUID]) -> None:
    """Desk 0 scans everyone before its first sync, its own Device row logged after the scans."""
    with space.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM sync_changes WHERE table_name = 'devices'")
        connection.exec_driver_sql("DELETE FROM sync_rows WHERE table_name = 'devices'")
        write_setting(connection, BASELINE_KEY, "0")
    for ticket in tickets_:
        checkins[check_in(space, ticket)] = ticket
    if first == 2:  # a hub written before parents went first: every child before its parent
        sync_with_hub(space, hub, page=4, cancelled=lambda: True)  # logs the baseline, pushes nothing
        with space.engine.connect() as connection:
            changes = [change for _seq, change in outgoing(connection, 0, 1_000_000)]
        for change in reversed(changes):
            hub.push([change])


def _run(tmp: Path, template: Path, hub: Hub, n: int, ops: list[tuple], first: int = 0) -> None:
    spaces = [new_replica(template, tmp / f"r{i}.envol") for i in range(n)]
    stack = ExitStack()
    counts: Counter[str] = Counter(examples=1)
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
        checkins: dict[uuid.UUID, uuid.UUID] = {}  # check-in (entries and undos) -> ticket
        if first:
            _first_push(spaces[0], hub, seeded, first, checkins)
        for space in spaces:
            sync_with_hub(space, hub, page=4)
        sync_with_hub(spaces[0], hub, page=4)
        all_tickets = list(seeded)
        ticket_person = {t: p for t, p in zip(seeded, people, strict=False)}
        edits = []  # (table, row, field, value, change_id, known change ids at the time)
        deleted: set[uuid.UUID] = set()
        touched: set[uuid.UUID] = set()  # people whose registration a delete may have taken
        own: dict[int, list[uuid.UUID]] = {i: [] for i in range(n)}
        skews = [timedelta(0)] * n
        marks = [hub.last_seq()]  # the hub's morning dumps: what it held after each sync
        bundle = tmp / "stick.envol-sync"
        real_now = clock.now()

        def edit(i: int, person_id: uuid.UUID, name: str, value: object) -> None:
            space = spaces[i]
            known = _known(space)
            with space.unit_of_work() as uow:
                person = uow.session.get(Person, person_id)
                if person is None or getattr(person, name) == value:
                    return
                setattr(person, name, value)
            with space.engine.connect() as connection:
                last = connection.execute(select(SyncChange.change_id).order_by(SyncChange.seq.desc())).first()
            edits.append(("people", person_id, name, value, last[0], known))

        def sync(i: int, cancelled=lambda: False) -> None:
            sync_with_hub(spaces[i], hub, page=3, cancelled=cancelled)
            marks.append(hub.last_seq())
            counts["syncs"] += 1

        for number, step in enumerate(ops):
            counts["operations"] += 1
            kind, i = step[0], step[1] % len(spaces)
            space = spaces[i]
            # Each desk's own wall clock: hours behind or ahead of the others, moving on a little at each step.
            stack.enter_context(clock.frozen(real_now + skews[i] + timedelta(seconds=number)))
            if kind == "edit":
                edit(i, people[step[2]], step[3], VALUES[step[4]])
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
                for r in [r for r in range(len(spaces)) if step[1] >> r & 1] or [0]:
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
            elif kind == "skew":
                skews[i] = SKEWS[step[2]]
            elif kind == "undo":
                undo = _undo(space, step[2])
                if undo is not None:
                    with space.reading() as session:
                        checkins[undo] = session.get(CheckIn, undo).ticket_id
                    counts["undos"] += 1
            elif kind == "copy":
                if len(spaces) - n >= COPIES:
                    continue
                # Its clock state hours ahead of the wall clock, the file is copied; both edit one phone before
                # their first sync (the copy must take its own identity before it stamps its edit).
                with space.engine.begin() as connection:
                    write_setting(connection, HLC_KEY, f"{clock.now_ms() + 4 * 3_600_000}.0")
                path = tmp / f"copy{len(spaces)}.envol"
                _copy_file(space, path)
                spaces.append(open_workspace(path))
                skews.append(skews[i])
                own[len(spaces) - 1] = []
                person_id = people[step[2] % PEOPLE]
                edit(i, person_id, "phone", "01 00 00 00 01")
                edit(len(spaces) - 1, person_id, "phone", "01 00 00 00 02")
                assert spaces[-1].device_id != space.device_id
                counts["copies"] += 1
            elif kind == "restore":
                _restore_hub(hub, marks[step[1] % len(marks)])
                marks = [m for m in marks if m <= marks[step[1] % len(marks)]]
                counts["restores"] += 1
            elif kind == "bundle":
                sync_with_bundle(space, bundle)
                counts["bundles"] += 1
            elif kind == "badfile":
                other = spaces[(i + 1) % len(spaces)]
                bad = tmp / "bad.envol-sync"
                if step[2] == 0:  # another workspace given as the sync file
                    _copy_file(other, bad)
                elif step[2] == 1:  # a sync file cut short
                    if not bundle.exists():
                        continue
                    data = bundle.read_bytes()
                    bad.write_bytes(data[: len(data) // 2])
                else:  # a sync file written by a newer Envol
                    if not bundle.exists():
                        continue
                    shutil.copy(bundle, bad)
                    with sqlite3.connect(bad) as raw:
                        raw.execute("UPDATE bundle_meta SET value = '99' WHERE key = 'version'")
                    raw.close()
                _refuse(space, bad, [bad])
                bad.unlink()
                counts["refused"] += 1
            else:
                pages = step[2]
                calls = itertools.count()
                sync(i, cancelled=lambda pages=pages, calls=calls: pages < 6 and next(calls) >= pages)
                counts["kills"] += pages < 6
        stack.close()
        for _round in range(3):
            for number in range(len(spaces)):
                sync(number)
        _check(spaces, counts, all_tickets, ticket_person, touched, checkins, seeded, edits, deleted)
    finally:
        stack.close()
        COUNTS.update(counts)
        for space in spaces:
            space.close()


def _check(spaces, counts, all_tickets, ticket_person, touched, checkins, seeded, edits, deleted) -> None:
    dumps = [dump(space) for space in spaces]
    counts["diverged"] += sum(other != dumps[0] for other in dumps[1:])
    rows = [dict(row) for row in dumps[0]["checkins"]]
    counts["duplicated"] += len(rows) - len({row["nonce"] for row in rows})
    final_tickets = {uuid.UUID(dict(row)["id"]) for row in dumps[0]["tickets"]}
    kept = {uuid.UUID(row["id"]) for row in rows}
    expected = {c for c, t in checkins.items() if t in final_tickets}
    counts["lost"] += len(expected - kept)
    for other in dumps[1:]:
        assert other == dumps[0]
    lost_tickets = {t for t in all_tickets if t not in final_tickets}
    assert {ticket_person[t] for t in lost_tickets} <= touched, "a ticket went without a delete taking it"
    assert kept == expected, "a check-in was lost or invented"
    assert {c for c, t in checkins.items() if t in seeded} <= kept
    pairs = {(dict(row)["person_id"], dict(row)["event_id"]) for row in dumps[0]["registrations"]}
    assert len(pairs) == len(dumps[0]["registrations"])
    # A person entered twice is a double entry, whichever of their registration's tickets was scanned; an undone
    # entry is not one.
    registration_of = {dict(row)["id"]: dict(row)["registration_id"] for row in dumps[0]["tickets"]}
    undone = {row["undoes_id"] for row in rows if row["kind"] == CheckInKind.UNDO.value}
    per_registration: Counter[str] = Counter(
        registration_of[row["ticket_id"]] for row in rows
        if row["kind"] == CheckInKind.ENTRY.value and row["accepted"] and row["id"] not in undone)
    expected_duplicates = sum(count - 1 for count in per_registration.values())
    duplicates = [open_review_keys(space, "duplicate_checkin") for space in spaces]
    assert all(d == duplicates[0] for d in duplicates), "the double-entry lists differ between desks"
    assert len(duplicates[0]) == expected_duplicates
    for space, listed in zip(spaces, duplicates, strict=True):
        with space.engine.connect() as connection:
            assert {(k[1], k[3]) for k in listed} == set(derived_duplicates(connection).items())
    conflicts = [{k[:3] for k in open_review_keys(space, "conflict")} for space in spaces]
    assert all(c == conflicts[0] for c in conflicts), "the conflict lists differ between desks"
    true_conflicts = {
        (a[0], a[1], a[2]) for a, b in itertools.combinations(edits, 2)
        if a[:3] == b[:3] and a[3] != b[3] and a[4] not in b[5] and b[4] not in a[5] and a[1] not in deleted
    }
    assert true_conflicts <= conflicts[0]
