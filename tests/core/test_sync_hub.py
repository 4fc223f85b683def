"""The hub and the file: the done scenario, idempotent imports, clear errors, a device killed mid-sync."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from core.db.workspace import open_workspace
from core.errors import EnvolError
from core.models import CheckIn, Person, Ticket
from core.services import directory, registrations
from core.sync.bundle import sync_with_bundle
from core.sync.credentials import credentials_file, load_password, save_password
from core.sync.hub import Hub, SyncError
from core.sync.review import mark_reviewed, open_reviews, resolve_conflict
from core.sync.service import sync_status, sync_with_hub
from tests.core.sync_helpers import blank_template, check_in, dump, new_replica, seed_event

ROOT = Path(__file__).resolve().parents[2]


def _two_desks(tmp_path: Path):
    template = blank_template(tmp_path)
    a = new_replica(template, tmp_path / "a.envol")
    b = new_replica(template, tmp_path / "b.envol")
    event, people = seed_event(a, 3)
    with a.unit_of_work() as uow:
        tickets = []
        for i, person in enumerate(people):
            reg = registrations.register(uow, person, event).registration
            ticket = Ticket(registration_id=reg.id, code=f"D{i}")
            uow.session.add(ticket)
            uow.session.flush()
            tickets.append(ticket.id)
    return a, b, people, tickets


def _entries(workspace) -> list[uuid.UUID]:
    with workspace.reading() as session:
        return sorted(session.scalars(select(CheckIn.id)))


@pytest.mark.postgres
def test_two_desks_offline_converge_through_the_hub(tmp_path: Path, hub: Hub) -> None:
    a, b, people, tickets = _two_desks(tmp_path)
    with a, b:
        sync_with_hub(a, hub)
        sync_with_hub(b, hub)
        # Offline: both desks let the same person in, and both correct the same e-mail differently.
        first = check_in(a, tickets[0])
        second = check_in(b, tickets[0])
        check_in(b, tickets[1])
        for space, email in ((a, "desk.a@exemple.fr"), (b, "desk.b@exemple.fr")):
            with space.unit_of_work() as uow:
                uow.session.get(Person, people[2]).email = email
        assert sync_status(a).waiting == 2
        for space in (a, b, a):
            sync_with_hub(space, hub)
        assert dump(a) == dump(b)
        assert _entries(a) == _entries(b) and len(_entries(a)) == 3
        for space in (a, b):
            reviews = open_reviews(space)
            duplicates = [r for r in reviews if r.kind == "duplicate_checkin"]
            assert [(d.row_id, d.other_id) for d in duplicates] == [(second, first)]
            assert duplicates[0].what == "Prénom0 Nom0"
            conflicts = [r for r in reviews if r.kind == "conflict"]
            assert [c.field for c in conflicts] == ["email"]
            assert {conflicts[0].mine, conflicts[0].theirs} == {"desk.a@exemple.fr", "desk.b@exemple.fr"}
        # Keep mine on desk A: the value wins everywhere and the conflict closes on B too.
        conflict = next(r for r in open_reviews(a) if r.kind == "conflict")
        resolve_conflict(a, conflict.id, "mine")
        mark_reviewed(a, next(r for r in open_reviews(a) if r.kind == "duplicate_checkin").id)
        for space in (a, b):
            sync_with_hub(space, hub)
        with b.reading() as session:
            assert session.get(Person, people[2]).email == conflict.mine
        assert not [r for r in open_reviews(b) if r.kind == "conflict"]
        assert sync_status(a).waiting == 0
        assert sync_with_hub(a, hub).applied == 0  # nothing to do is nothing done


def test_two_desks_converge_through_a_file_imported_twice(tmp_path: Path) -> None:
    a, b, _people, tickets = _two_desks(tmp_path)
    stick = tmp_path / "stick.envolsync"
    with a, b:
        sync_with_bundle(a, stick)
        sync_with_bundle(b, stick)
        check_in(a, tickets[0])
        check_in(b, tickets[0])
        for space in (a, b, a, a, b):  # importing the same file again changes nothing
            sync_with_bundle(space, stick)
        assert dump(a) == dump(b)
        assert len(_entries(a)) == 2
        assert sync_with_bundle(a, stick).imported == 0
        for space in (a, b):
            assert [r.kind for r in open_reviews(space)] == ["duplicate_checkin"]


def test_a_file_that_is_not_a_bundle_is_refused_untouched(tmp_path: Path, workspace) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("pas une base")
    with pytest.raises(SyncError) as caught:
        sync_with_bundle(workspace, other)
    assert caught.value.code == "bundle_invalid"
    assert other.read_text() == "pas une base"


def test_unreachable_hub_is_a_clear_message(workspace) -> None:
    hub = Hub("postgresql://postgres@127.0.0.1:9/test", connect_timeout=2)  # port 9: closed
    with pytest.raises(SyncError) as caught:
        sync_with_hub(workspace, hub)
    assert caught.value.code == "hub_unreachable"
    from desktop.messages import describe

    assert "injoignable" in describe(caught.value)


@pytest.mark.postgres
def test_refused_user_is_a_clear_message(workspace, postgres_url: str) -> None:
    # The local server trusts every known role; an unknown role is refused like a wrong password.
    url = postgres_url.replace("postgres@", "intrus:mauvais@")
    with pytest.raises(SyncError) as caught:
        sync_with_hub(workspace, Hub(url, schema="t_never_created"))
    assert caught.value.code == "hub_auth_failed"


@pytest.mark.postgres
def test_a_hub_of_a_newer_schema_is_refused(workspace, hub: Hub) -> None:
    hub.open()
    engine = create_engine(hub._engine.url)
    with engine.begin() as connection:
        connection.execute(text(f'UPDATE "{hub.schema}".envol_hub SET version = 99'))
    engine.dispose()
    fresh = Hub(hub._engine.url.render_as_string(hide_password=False), schema=hub.schema)
    with pytest.raises(SyncError) as caught:
        sync_with_hub(workspace, fresh)
    fresh.close()
    assert caught.value.code == "hub_newer"
    assert sync_status(workspace).last_sync_at is None


def test_bad_url_is_refused(workspace) -> None:
    with pytest.raises(EnvolError) as caught:
        Hub("mysql://x@y/z")
    assert caught.value.code == "hub_bad_url"


def test_password_is_kept_outside_the_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENVOL_NO_KEYRING", "1")
    url = "postgresql://envol@hub.exemple.fr/envol?sslmode=require"
    where = save_password(url, "s3cret")
    assert where == str(credentials_file())
    assert oct(credentials_file().stat().st_mode & 0o777) == "0o600"
    assert load_password(url) == "s3cret"
    assert load_password("postgresql://other@hub.exemple.fr/envol") is None


def _run_sync(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "desktop", "sync", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _kill_when(process: subprocess.Popen[bytes], ready, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if ready():
            break
        time.sleep(0.01)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()


@pytest.mark.postgres
def test_a_device_killed_mid_sync_loses_nothing_and_resumes(tmp_path: Path, hub: Hub, postgres_url: str) -> None:
    template = blank_template(tmp_path)
    source = new_replica(template, tmp_path / "source.envol")
    with source.unit_of_work() as uow:
        for i in range(1500):
            directory.create_person(uow, f"Prénom{i}", f"Nom{i}")
    source.close()
    hub.open()
    engine = create_engine(hub._engine.url)

    def hub_count() -> int:
        with engine.connect() as connection:
            return int(connection.scalar(text(f'SELECT count(*) FROM "{hub.schema}".envol_changes')))

    common = ["--hub", postgres_url, "--schema", hub.schema, "--page", "50"]
    push = _run_sync([str(tmp_path / "source.envol"), *common])
    _kill_when(push, lambda: hub_count() > 0)
    assert 0 < hub_count() < 1501, "the kill landed in the middle of the push"
    assert _run_sync([str(tmp_path / "source.envol"), *common]).wait() == 0
    assert hub_count() == 1501  # 1500 people and the source's device, each once

    target = tmp_path / "new.envol"
    new_replica(template, target).close()

    def pulled() -> bool:
        try:
            with open_workspace(target) as ws, ws.reading() as session:
                return (session.scalar(select(func.count()).select_from(Person)) or 0) > 0
        except EnvolError:
            return False

    pull = _run_sync([str(target), *common])
    _kill_when(pull, pulled)
    assert _run_sync([str(target), *common]).wait() == 0
    engine.dispose()
    with open_workspace(target) as ws, open_workspace(tmp_path / "source.envol") as src:
        assert {k: v for k, v in dump(ws).items() if k != "devices"} == \
            {k: v for k, v in dump(src).items() if k != "devices"}
