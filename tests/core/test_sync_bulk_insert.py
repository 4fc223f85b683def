"""People who arrive by sync are found at the desk exactly as on the desk that typed them in.

A large pull fills the search index with one set-based statement instead of the per-row trigger (see
core/sync/bulk_insert.py); the index must come out the same, and the trigger must be back afterwards.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from core.checkin import search_schema
from core.db.workspace import Workspace, open_workspace
from core.errors import EnvolError
from core.models import EventKind, Person
from core.services import agenda, directory, registrations
from core.services.checkin_search import search_people
from core.sync.bulk_insert import AT_LEAST
from core.sync.bundle import sync_with_bundle
from core.sync.hub import Hub
from core.sync.service import sync_with_hub
from tests.core.sync_helpers import blank_template, dump, new_replica
from tests.core.test_sync_hub import _kill_when, _run_sync

PEOPLE = AT_LEAST + 50


def _source(tmp_path: Path, template: Path, people: int = PEOPLE) -> tuple[Workspace, uuid.UUID]:
    source = new_replica(template, tmp_path / "source.envol")
    with source.unit_of_work() as uow:
        event = agenda.create_event(uow, "Rencontres territoriales", EventKind.RENCONTRES, date(2026, 12, 3),
                                    date(2026, 12, 3))
        structures = [directory.create_organisation(uow, f"Coopérative Élan {i}").id for i in range(5)]
        for i in range(people):
            person = directory.create_person(uow, f"Prénom{i}", f"Nom{i}", email=f"p{i}@exemple.fr",
                                             organisation_id=structures[i % 5]).id
            registrations.register(uow, person, event)
    return source, event


def _index(workspace: Workspace) -> set[tuple[str, str, str, str]]:
    with workspace.reading() as session:
        return {tuple(row) for row in session.execute(
            text(f"SELECT person_id, name, structure, email FROM {search_schema.TABLE}"))}


def _found(workspace: Workspace, event: uuid.UUID, query: str) -> set[str]:
    with workspace.reading() as session:
        return {hit.name for hit in search_people(session, event, query, limit=PEOPLE)}


def test_people_pulled_in_bulk_are_found_as_on_the_desk_that_made_them(tmp_path: Path) -> None:
    template = blank_template(tmp_path)
    source, event = _source(tmp_path, template)
    stick = tmp_path / "stick.envol-sync"
    sync_with_bundle(source, stick)
    target = new_replica(template, tmp_path / "target.envol")
    sync_with_bundle(target, stick)

    assert len(_index(target)) == PEOPLE
    assert _index(target) == _index(source)
    assert len(_found(target, event, "elan 3")) == PEOPLE // 5
    with target.unit_of_work() as uow:  # the trigger is back for what is typed in afterwards
        person = directory.create_person(uow, "Éloïse", "Nouvelle")
        registrations.register(uow, person.id, event)
    assert _found(target, event, "eloise") == {"Éloïse Nouvelle"}


def test_a_search_trigger_it_does_not_know_still_runs_for_every_row(tmp_path: Path) -> None:
    template = blank_template(tmp_path)
    source, _event = _source(tmp_path, template)
    stick = tmp_path / "stick.envol-sync"
    sync_with_bundle(source, stick)
    target = new_replica(template, tmp_path / "target.envol")
    trigger = search_schema.trigger_sql(search_schema.INSERT_TRIGGER)
    with target.engine.begin() as connection:  # as a later version might define it: it does something more
        connection.exec_driver_sql(f"DROP TRIGGER {search_schema.INSERT_TRIGGER}")
        connection.exec_driver_sql(trigger.replace(
            " BEGIN ", " BEGIN INSERT INTO local_settings(key, value) VALUES ('indexed.' || NEW.id, '1'); "))
    sync_with_bundle(target, stick)

    assert _index(target) == _index(source)
    with target.reading() as session:
        marked = session.scalar(text("SELECT count(*) FROM local_settings WHERE key LIKE 'indexed.%'"))
    assert marked == PEOPLE


@pytest.mark.postgres
def test_a_device_killed_while_indexing_a_page_resumes_with_its_search_whole(tmp_path: Path,
                                                                             postgres_url: str) -> None:
    template = blank_template(tmp_path)
    source, event = _source(tmp_path, template, people=4 * AT_LEAST)
    hub = Hub(postgres_url, schema=f"t_hub_{uuid.uuid4().hex[:10]}")
    try:
        sync_with_hub(source, hub)
        target = tmp_path / "target.envol"
        new_replica(template, target).close()

        def some_pulled() -> bool:
            try:
                with open_workspace(target) as ws, ws.reading() as session:
                    return (session.scalar(select(func.count()).select_from(Person)) or 0) > 0
            except EnvolError:
                return False

        # Pages with more than AT_LEAST people: each indexes them in one statement, its trigger dropped meanwhile.
        common = ["--hub", postgres_url, "--schema", hub.schema, "--page", str(2 * AT_LEAST + 50)]
        _kill_when(_run_sync([str(target), *common]), some_pulled)
        assert _run_sync([str(target), *common]).wait() == 0
        with open_workspace(target) as ws:
            assert {k: v for k, v in dump(ws).items() if k != "devices"} == \
                {k: v for k, v in dump(source).items() if k != "devices"}
            assert _index(ws) == _index(source)
            with ws.unit_of_work() as uow:  # the trigger survived the kill
                person = directory.create_person(uow, "Éloïse", "Nouvelle")
                registrations.register(uow, person.id, event)
            assert _found(ws, event, "eloise") == {"Éloïse Nouvelle"}
    finally:
        hub.drop()
        hub.close()
