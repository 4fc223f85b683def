"""Desk name search: results are tied to people by id, so VACUUM (run by the RGPD erase) and an index rebuild,
which may renumber the people table's implicit rowid, never make a search return the wrong person."""

from __future__ import annotations

import uuid
from datetime import date

from faker import Faker
from sqlalchemy import select, text

from core.checkin import search_schema
from core.models import EventKind, Person, Registration
from core.services import agenda
from core.services.checkin_search import search_people
from core.services.rgpd import compact


def _people(workspace, count: int, *, registered: bool, event_id: uuid.UUID | None, fake: Faker) -> list[Person]:
    with workspace.unit_of_work() as uow:
        people = [Person(id=uuid.uuid4(), first_name=fake.first_name(), last_name=f"{fake.last_name()}{tag}",
                         email=f"{tag}@example.org") for tag in (uuid.uuid4().hex[:8] for _ in range(count))]
        uow.session.add_all(people)
        uow.session.flush()
        if registered:
            uow.session.add_all(Registration(id=uuid.uuid4(), person_id=p.id, event_id=event_id) for p in people)
    return people


def _found(workspace, event_id: uuid.UUID, query: str) -> set[str]:
    with workspace.reading() as session:
        return {hit.name for hit in search_people(session, event_id, query)}


def _rowids(workspace) -> dict[str, int]:
    with workspace.reading() as session:
        return {pid: rowid for rowid, pid in session.execute(text("SELECT rowid, id FROM people"))}


def test_search_finds_the_right_people_after_vacuum_and_rebuild(workspace):
    fake = Faker("fr_FR", seed=3)
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Rencontres", EventKind.RENCONTRES, date(2026, 11, 13), date(2026, 11, 13))
    gone = _people(workspace, 30, registered=False, event_id=None, fake=fake)
    kept = _people(workspace, 20, registered=True, event_id=event, fake=fake)
    with workspace.unit_of_work() as uow:  # gaps at the start of people: VACUUM will close them
        for person in uow.session.scalars(select(Person).where(Person.id.in_([p.id for p in gone]))):
            uow.session.delete(person)
    before = _rowids(workspace)
    compact(workspace)  # what the RGPD erase does
    # SQLite documents that VACUUM may renumber the rowid of a table without an INTEGER PRIMARY KEY, though
    # today's versions often keep it: renumber here the way it would, behind the triggers' back.
    with workspace.engine.begin() as connection:
        for statement in search_schema.DROP[:4]:  # the triggers only; the index stays as it was
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql("UPDATE people SET rowid = 1000 - rowid")
        for statement in search_schema.CREATE:
            connection.exec_driver_sql(statement)
    after = _rowids(workspace)
    assert set(before) == set(after) and all(before[k] != after[k] for k in before)
    for person in kept:
        assert _found(workspace, event, person.email.split("@")[0]) == {f"{person.first_name} {person.last_name}"}

    with workspace.unit_of_work() as uow:  # the triggers still find the right search row after the renumbering
        renamed = uow.session.get(Person, kept[5].id)
        renamed.last_name = "Zéphyrin"
    assert _found(workspace, event, "zephyrin") == {f"{kept[5].first_name} Zéphyrin"}
    assert _found(workspace, event, kept[5].email.split("@")[0]) == {f"{kept[5].first_name} Zéphyrin"}
    with workspace.unit_of_work() as uow:
        uow.session.delete(uow.session.scalars(select(Registration).where(Registration.person_id == kept[6].id)).one())
        uow.session.delete(uow.session.get(Person, kept[6].id))
    assert _found(workspace, event, kept[6].email.split("@")[0]) == set()

    with workspace.engine.begin() as connection:  # what a later migration copying people must call
        search_schema.rebuild(lambda sql: connection.exec_driver_sql(sql))
    compact(workspace)
    for person in kept[7:]:
        assert _found(workspace, event, person.email.split("@")[0]) == {f"{person.first_name} {person.last_name}"}
    assert _found(workspace, event, "zephyrin") == {f"{kept[5].first_name} Zéphyrin"}
    with workspace.reading() as session:  # one search row per person, no stale entry left behind
        rows = session.execute(text(f"SELECT count(*), count(DISTINCT person_id) FROM {search_schema.TABLE}")).one()
        people = session.scalar(text("SELECT count(*) FROM people"))
    assert tuple(rows) == (people, people)


def test_a_broad_query_is_answered_unranked_with_the_same_people(workspace, monkeypatch):
    from core.services import checkin_search

    fake = Faker("fr_FR", seed=4)
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Rencontres", EventKind.RENCONTRES, date(2026, 11, 13), date(2026, 11, 13))
    kept = _people(workspace, 12, registered=True, event_id=event, fake=fake)
    target = kept[3]
    query = f"{target.last_name[:-4]} {target.first_name[0]}"  # a one-letter last word, as typed
    ranked = _found(workspace, event, query)
    monkeypatch.setattr(checkin_search, "RANK_AT_MOST", 0)  # every query counts as broad
    assert _found(workspace, event, query) == ranked
    assert f"{target.first_name} {target.last_name}" in ranked
