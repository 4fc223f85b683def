"""Sync you can bet an event on: any order of arrival, one total order, refused files, reads beside a writer,
a hub restored from an older backup, a hub role without CREATE."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from core.db.workspace import open_workspace
from core.errors import EnvolError
from core.models import CheckIn, CheckInKind, Person, SyncChange, Ticket, utcnow
from core.services import registrations
from core.sync.bundle import sync_with_bundle
from core.sync.changelog import BASELINE_KEY
from core.sync.doubles import derived_duplicates
from core.sync.hlc import HLC_KEY
from core.sync.hub import Hub
from core.sync.service import outgoing, sync_with_hub
from core.sync.tables import write_setting
from desktop.cli import main
from tests.core.sync_helpers import blank_template, check_in, dump, new_replica, open_review_keys, seed_event


def _desk_with_tickets(tmp_path: Path, name: str = "a.envol", people: int = 4):
    template = blank_template(tmp_path)
    desk = new_replica(template, tmp_path / name)
    event, persons = seed_event(desk, people)
    tickets = []
    with desk.unit_of_work() as uow:
        for i, person in enumerate(persons):
            reg = registrations.register(uow, person, event).registration
            ticket = Ticket(registration_id=reg.id, code=f"R{i}")
            uow.session.add(ticket)
            uow.session.flush()
            tickets.append(ticket.id)
    return template, desk, persons, tickets


def _undo(workspace, checkin_id: uuid.UUID) -> None:
    with workspace.unit_of_work() as uow:
        target = uow.session.get(CheckIn, checkin_id)
        uow.session.add(CheckIn(ticket_id=target.ticket_id, kind=CheckInKind.UNDO, verdict="undo", accepted=True,
                                undoes_id=checkin_id, scanned_at=utcnow(), device_id=workspace.device_id,
                                nonce=uuid.uuid4().hex))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# 1. A new desk can always pull -----------------------------------------------------------------------------------

@pytest.mark.postgres
@pytest.mark.parametrize("page", [3, 20000])
def test_a_new_desk_pulls_a_hub_written_children_first(tmp_path: Path, hub: Hub, page: int) -> None:
    """Hubs already written in the wrong order (every parent after its children) still serve a new desk."""
    template, a, _people, tickets = _desk_with_tickets(tmp_path)
    with a:
        for ticket in tickets:
            check_in(a, ticket)
        with a.engine.connect() as connection:
            changes = [change for _seq, change in outgoing(connection, 0, 100_000)]
        hub.open()
        for change in reversed(changes):  # children first, parents last: the worst order there is
            hub.push([change])
        fresh = new_replica(template, tmp_path / "new.envol")
        with fresh:
            report = sync_with_hub(fresh, hub, page=page)
            assert report.held == 0
            sync_with_hub(a, hub)
            assert dump(fresh) == dump(a)
            assert len(dump(fresh)["checkins"]) == len(tickets)


@pytest.mark.postgres
def test_a_desk_logged_before_its_own_device_row_pushes_the_parent_first(tmp_path: Path, hub: Hub) -> None:
    """A file from before the Device row was logged at birth: its baseline logs it after the scans."""
    template, a, _people, tickets = _desk_with_tickets(tmp_path)
    with a:
        with a.engine.begin() as connection:  # as such files are: the device row never logged
            connection.execute(text("DELETE FROM sync_changes WHERE table_name = 'devices'"))
            connection.execute(text("DELETE FROM sync_rows WHERE table_name = 'devices'"))
            write_setting(connection, BASELINE_KEY, "0")
        for ticket in tickets:
            check_in(a, ticket)
        sync_with_hub(a, hub, page=2)
        engine = create_engine(hub._engine.url, connect_args={"options": f"-c search_path={hub.schema}"})
        with engine.connect() as connection:
            device_at = connection.scalar(text("SELECT min(seq) FROM envol_changes WHERE table_name = 'devices' "
                                               "AND op = 'insert'"))
            first_checkin = connection.scalar(text("SELECT min(seq) FROM envol_changes "
                                                   "WHERE table_name = 'checkins'"))
        engine.dispose()
        assert device_at < first_checkin
        fresh = new_replica(template, tmp_path / "new.envol")
        with fresh:
            sync_with_hub(fresh, hub, page=3)
            sync_with_hub(a, hub)  # and the new desk's own row back
            assert dump(fresh) == dump(a)


def test_a_sync_file_with_children_before_parents_is_imported_whole(tmp_path: Path) -> None:
    template, a, _people, tickets = _desk_with_tickets(tmp_path)
    bundle = tmp_path / "stick.db"
    with a:
        for ticket in tickets:
            check_in(a, ticket)
        sync_with_bundle(a, bundle)
        # Parents stamped after their children (a clock that went back): the file's HLC order puts them last.
        with sqlite3.connect(bundle) as raw:
            raw.execute("UPDATE changes SET hlc = '9' || substr(hlc, 2) WHERE table_name IN ('tickets', 'devices')")
        fresh = new_replica(template, tmp_path / "new.envol")
        with fresh:
            sync_with_bundle(fresh, bundle)
            assert len(dump(fresh)["checkins"]) == len(tickets)
            with fresh.engine.connect() as connection:
                assert connection.scalar(text("SELECT count(*) FROM sync_held")) == 0


# 2. Ties never diverge -------------------------------------------------------------------------------------------

@pytest.mark.postgres
def test_two_copies_with_a_clock_ahead_editing_one_phone_agree(tmp_path: Path, hub: Hub) -> None:
    template, a, people, _tickets = _desk_with_tickets(tmp_path)
    with a.engine.begin() as connection:  # the clock state is hours ahead of the wall clock
        write_setting(connection, HLC_KEY, f"{int(utcnow().timestamp() * 1000) + 6 * 3_600_000}.0")
    a.close()
    shutil.copy(tmp_path / "a.envol", tmp_path / "b.envol")
    with open_workspace(tmp_path / "a.envol") as a, open_workspace(tmp_path / "b.envol") as b:
        assert a.device_id == b.device_id  # a copy, until it writes
        for desk, phone in ((a, "01 11 11 11 11"), (b, "02 22 22 22 22")):
            with desk.unit_of_work() as uow:
                uow.session.get(Person, people[0]).phone = phone
        assert a.device_id != b.device_id  # the copy took its own identity before it stamped its edit
        with a.engine.connect() as ca, b.engine.connect() as cb:
            stamp = select(SyncChange.hlc).where(SyncChange.row_id == people[0], SyncChange.op == "update")
            assert ca.scalar(stamp) != cb.scalar(stamp)
        for _round in range(3):
            sync_with_hub(a, hub)
            sync_with_hub(b, hub)
        with a.reading() as sa, b.reading() as sb:
            assert sa.get(Person, people[0]).phone == sb.get(Person, people[0]).phone
        assert dump(a) == dump(b)


# 3. Reviews are a function of the data ---------------------------------------------------------------------------

@pytest.mark.postgres
def test_undoing_one_side_of_a_double_entry_closes_it_everywhere(tmp_path: Path, hub: Hub) -> None:
    template, a, _people, tickets = _desk_with_tickets(tmp_path)
    b = new_replica(template, tmp_path / "b.envol")
    with a, b:
        sync_with_hub(a, hub)
        sync_with_hub(b, hub)
        check_in(a, tickets[0])
        second = check_in(b, tickets[0])
        check_in(a, tickets[1]), check_in(b, tickets[1])
        for desk in (a, b, a):
            sync_with_hub(desk, hub)
        listed = [open_review_keys(desk, "duplicate_checkin") for desk in (a, b)]
        assert listed[0] == listed[1] and len(listed[0]) == 2
        _undo(b, second)  # whichever of the two is THE check-in, the other is alone now
        assert len(open_review_keys(b, "duplicate_checkin")) == 1  # closed here at once
        # A desk that receives everything at once lists what the others list.
        late = new_replica(template, tmp_path / "late.envol")
        with late:
            for desk in (b, a, late):
                sync_with_hub(desk, hub)
            lists = [open_review_keys(desk, "duplicate_checkin") for desk in (a, b, late)]
            assert lists[0] == lists[1] == lists[2] and len(lists[0]) == 1
            with late.engine.connect() as connection:
                derived = derived_duplicates(connection)
            assert {(k[1], k[3]) for k in lists[2]} == set(derived.items())


# 5. Files it must refuse -----------------------------------------------------------------------------------------

def _refused(capsys: pytest.CaptureFixture[str], argv: list[str], *files: Path) -> str:
    before = {f: _sha(f) for f in files if f.exists()}
    code = main(argv)
    err = capsys.readouterr().err
    assert code != 0
    assert {f: _sha(f) for f in files if f.exists()} == before, "a refused file was written to"
    return err


def test_files_the_sync_must_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _template, a, _people, tickets = _desk_with_tickets(tmp_path)
    b = tmp_path / "b.envol"
    with a:
        check_in(a, tickets[0])
        shutil.copy(tmp_path / "a.envol", b)
        good = tmp_path / "stick.db"
        sync_with_bundle(a, good)
    desk = tmp_path / "a.envol"
    # A workspace given as the sync file.
    assert "espace de travail, pas un fichier de synchronisation" in _refused(
        capsys, ["sync", str(desk), "--bundle", str(b)], desk, b)
    # A sync file cut short (a copy interrupted).
    data = good.read_bytes()
    cut = tmp_path / "cut.db"
    cut.write_bytes(data[: len(data) // 2])
    assert "endommagé" in _refused(capsys, ["sync", str(desk), "--bundle", str(cut)], desk, cut)
    # A sync file of a newer version.
    newer = tmp_path / "newer.db"
    shutil.copy(good, newer)
    with sqlite3.connect(newer) as raw:
        raw.execute("UPDATE bundle_meta SET value = '99' WHERE key = 'version'")
    assert "plus récente" in _refused(capsys, ["sync", str(desk), "--bundle", str(newer)], desk, newer)
    # An empty file given as the workspace.
    empty = tmp_path / "empty.envol"
    empty.touch()
    assert "est vide" in _refused(capsys, ["sync", str(empty), "--bundle", str(good)], empty, good)
    assert empty.stat().st_size == 0
    # A malformed hub URL.
    assert "Adresse de serveur invalide" in _refused(capsys, ["sync", str(desk), "--hub", "::::not a url"], desk)


# 7. Reads never need the write lock ------------------------------------------------------------------------------

def test_a_workspace_opens_and_reads_while_another_program_writes(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _template, a, _people, _tickets = _desk_with_tickets(tmp_path)
    a.close()
    path = tmp_path / "a.envol"
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # a sync or an import holding the write lock
        writer.execute("UPDATE local_settings SET value = value WHERE key = 'device_id'")
        assert main(["info", str(path)]) == 0
        assert "Rencontres territoriales" in capsys.readouterr().out
        with open_workspace(path, busy_timeout_ms=200) as reader, reader.reading() as session:
            assert session.scalar(select(Person.id).limit(1)) is not None
            with pytest.raises(EnvolError) as refused, reader.unit_of_work() as uow:  # only writers queue
                uow.session.get(Person, session.scalar(select(Person.id).limit(1))).phone = "03"
            assert refused.value.code == "workspace_locked"
    finally:
        writer.execute("ROLLBACK")
        writer.close()


# 4. A hub restored from a backup is noticed ----------------------------------------------------------------------

def _restore_to(hub: Hub, seq: int) -> None:
    """What restoring a dump taken at `seq` does: later changes gone, the numbers given again."""
    engine = create_engine(hub._engine.url, connect_args={"options": f"-c search_path={hub.schema}"})
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM envol_changes WHERE seq > :seq"), {"seq": seq})
        connection.execute(text("SELECT setval(pg_get_serial_sequence('envol_changes', 'seq'), :seq)"),
                           {"seq": seq})
    engine.dispose()


@pytest.mark.postgres
def test_a_hub_restored_from_an_older_dump_gets_everything_back(tmp_path: Path, hub: Hub) -> None:
    template, a, _people, tickets = _desk_with_tickets(tmp_path)
    b = new_replica(template, tmp_path / "b.envol")
    with a, b:
        sync_with_hub(a, hub)
        sync_with_hub(b, hub)
        morning = hub.last_seq()
        check_in(a, tickets[0])
        check_in(b, tickets[1])
        sync_with_hub(a, hub)
        sync_with_hub(b, hub)
        sync_with_hub(a, hub)
        _restore_to(hub, morning)
        check_in(b, tickets[2])  # made after the restore
        # The first desk to sync sees its marks gone, says so and sends back all it knows (its own check-in and
        # the one it had from the other desk): it pushes into the restored hub, whose numbers are given again.
        first = sync_with_hub(b, hub)
        assert first.hub_restored and first.resent >= 2
        assert sync_with_hub(a, hub).hub_restored
        fresh = new_replica(template, tmp_path / "new.envol")
        with fresh:
            for desk in (b, a, fresh, a, b):
                sync_with_hub(desk, hub)
            for table in dump(a):
                assert dump(a)[table] == dump(b)[table] == dump(fresh)[table], table
            assert len(dump(a)["checkins"]) == 3
            assert not sync_with_hub(a, hub).hub_restored  # said once


# 8. No CREATE once the schema exists -----------------------------------------------------------------------------

@pytest.mark.postgres
def test_a_role_with_rights_on_the_tables_only_syncs(tmp_path: Path, hub: Hub, postgres_url: str) -> None:
    hub.open()
    role = f"envol_desk_{uuid.uuid4().hex[:8]}"
    admin = create_engine(hub._engine.url)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'desk'"))
        for grant in (f"GRANT USAGE ON SCHEMA {hub.schema} TO {role}",
                      f"GRANT SELECT ON {hub.schema}.envol_hub TO {role}",
                      f"GRANT SELECT, INSERT, UPDATE ON {hub.schema}.envol_changes TO {role}",
                      f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {hub.schema} TO {role}"):
            connection.execute(text(grant))
    try:
        url = hub._engine.url.set(username=role, password="desk")
        desk_hub = Hub(url.render_as_string(hide_password=False), schema=hub.schema)
        _template, a, _people, tickets = _desk_with_tickets(tmp_path)
        with a:
            check_in(a, tickets[0])
            assert sync_with_hub(a, desk_hub).pushed > 0
        desk_hub.close()
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))
        admin.dispose()
