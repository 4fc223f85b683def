"""Once the hub holds a desk's changes, its change log keeps only what merging and erasure need
(core/sync/compact.py): the file stays small, and edits made elsewhere, older or newer by clock, still merge
the same on every desk; an erasure still leaves nothing; a new desk and a desk reached only by USB stick get
every row."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from core import clock
from core.models import Person, SyncChange, Ticket
from core.services import registrations, rgpd
from core.sync.bundle import sync_with_bundle
from core.sync.hub import Hub
from core.sync.service import sync_with_hub
from tests.core.sync_helpers import blank_template, check_in, dump, new_replica, open_review_keys, seed_event

PEOPLE = 30
EMAIL = "zephirine.effacable@exemple.fr"


def _log(workspace) -> list[tuple[str, str]]:
    with workspace.reading() as session:
        return [(op, table) for op, table in session.execute(select(SyncChange.op, SyncChange.table_name))]


def _set(workspace, person_id: uuid.UUID, **values: object) -> None:
    with workspace.unit_of_work() as uow:
        person = uow.session.get(Person, person_id)
        for name, value in values.items():
            setattr(person, name, value)


def _value(workspace, person_id: uuid.UUID, name: str) -> object:
    with workspace.reading() as session:
        return getattr(session.get(Person, person_id), name)


def _without_devices(rows: dict[str, list]) -> dict[str, list]:
    return {name: value for name, value in rows.items() if name != "devices"}


def _hub_mentions(postgres_url: str, schema: str, word: str) -> int:
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            return int(connection.scalar(text(f'SELECT count(*) FROM "{schema}".envol_changes WHERE fields ILIKE :w'),
                                         {"w": f"%{word}%"}) or 0)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_after_an_acknowledged_sync_the_log_is_compacted_and_later_edits_still_merge(
        tmp_path: Path, postgres_url: str) -> None:
    schema = f"t_compact_{uuid.uuid4().hex[:10]}"
    hub = Hub(postgres_url, schema=schema)
    template = blank_template(tmp_path)
    office, desk = new_replica(template, tmp_path / "office.envol"), new_replica(template, tmp_path / "desk.envol")
    start = clock.now()
    try:
        with clock.frozen(start):
            event, people = seed_event(office, PEOPLE)
            with office.unit_of_work() as uow:
                for person in people:
                    uow.session.add(Ticket(registration_id=registrations.register(uow, person, event).registration.id,
                                           code=f"T{person.hex[:8]}"))
            with office.reading() as session:
                tickets = list(session.scalars(select(Ticket.id)))
            logged = len(_log(office))
            sync_with_hub(office, hub)
            sync_with_hub(desk, hub)
            for ticket in tickets[:10]:
                check_in(desk, ticket)
            report = sync_with_hub(desk, hub)
            sync_with_hub(office, hub)
        # The hub holds everything: no insert of a live row stays in either log; what stays is a handful.
        assert report.compaction.dropped > 0
        for workspace in (office, desk):
            assert ("insert", "people") not in _log(workspace)
            assert len(_log(workspace)) < logged / 20
        target = people[0]

        # Older by clock: the desk's wall clock is behind; it edits the phone without having seen the office's edit.
        with clock.frozen(start + timedelta(minutes=10)):
            _set(office, target, phone="01 10 10 10 10")
            sync_with_hub(office, hub)  # its edit is acknowledged, and stays only as the field's latest write
        with clock.frozen(start + timedelta(minutes=5)):
            _set(desk, target, phone="01 05 05 05 05")
            sync_with_hub(desk, hub)
        # Newer by clock: the desk's e-mail edit is later than the office's, made offline meanwhile.
        with clock.frozen(start + timedelta(minutes=15)):
            _set(office, target, email="bureau@exemple.fr")
        with clock.frozen(start + timedelta(minutes=20)):
            _set(desk, target, email="accueil@exemple.fr")
        with clock.frozen(start + timedelta(minutes=25)):
            for workspace in (office, desk, office, desk):
                sync_with_hub(workspace, hub)
        for workspace in (office, desk):
            assert _value(workspace, target, "phone") == "01 10 10 10 10"  # the later edit by clock
            assert _value(workspace, target, "email") == "accueil@exemple.fr"
        assert dump(office) == dump(desk)
        conflicts = [{k[:3] for k in open_review_keys(w, "conflict")} for w in (office, desk)]
        assert conflicts[0] == conflicts[1]
        assert {("people", target, "phone"), ("people", target, "email")} <= conflicts[0]

        # A desk joining now, and one that only ever gets a USB stick, get every row.
        late = new_replica(template, tmp_path / "late.envol")
        stick = tmp_path / "stick.envol-sync"
        away = new_replica(template, tmp_path / "away.envol")
        with clock.frozen(start + timedelta(minutes=30)):
            sync_with_hub(late, hub)
            sync_with_bundle(office, stick)
            sync_with_bundle(away, stick)
            again = sync_with_bundle(office, stick)  # its own snapshots come back: nothing to apply or log
        assert again.imported == 1  # the USB-only desk's own device row, nothing else
        for joined in (late, away):  # each has its own device row besides
            assert _without_devices(dump(joined)) == _without_devices(dump(office))

        # An erasure after compaction still scrubs every copy: rows, logs, files, hub.
        second = people[1]
        with clock.frozen(start + timedelta(minutes=35)):
            _set(desk, second, email=EMAIL)
            for workspace in (desk, office):
                sync_with_hub(workspace, hub)
        with clock.frozen(start + timedelta(minutes=40)):
            with office.unit_of_work() as uow:
                rgpd.erase_person(uow, second)
            rgpd.compact(office)
            for workspace in (office, desk, office):
                sync_with_hub(workspace, hub)
            rgpd.compact(desk)
        for workspace in (office, desk):
            assert _value(workspace, second, "email") is None
            data = b"".join(Path(f"{workspace.path}{s}").read_bytes() for s in ("", "-wal")
                            if Path(f"{workspace.path}{s}").exists())
            assert EMAIL.encode() not in data
        assert _hub_mentions(postgres_url, schema, EMAIL) == 0
        for workspace in (late, away):
            workspace.close()
    finally:
        office.close()
        desk.close()
        hub.drop()
        hub.close()


def test_a_log_not_yet_on_a_hub_is_kept_whole(tmp_path: Path) -> None:
    """A desk that never reached a hub drops nothing: its changes are all still to send."""
    template = blank_template(tmp_path)
    desk = new_replica(template, tmp_path / "desk.envol")
    try:
        seed_event(desk, 5)
        sync_with_bundle(desk, tmp_path / "stick.envol-sync")
        with desk.reading() as session:
            assert session.scalar(select(func.count()).select_from(SyncChange)) > 5
    finally:
        desk.close()

