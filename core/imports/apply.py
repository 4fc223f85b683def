"""Write a planned import in one unit of work: all rows or none.

Capacities are counted once and kept up to date in memory, so that 10,000 rows do not cost 10,000
COUNT queries; the rule is the one of core.services.registrations (first come, then waiting list).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.db.unit_of_work import UnitOfWork
from core.errors import ValidationError
from core.imports.bulk import NewRows
from core.imports.identity import better_name
from core.imports.mapping import ColumnMapping
from core.imports.matching import fingerprint
from core.imports.plan import IdentityNote, ImportPreview, PlannedRow, Progress, plan_import
from core.imports.reading import RawTable
from core.models import (
    Event,
    EventSession,
    Organisation,
    OrganisationKind,
    Person,
    PersonHistory,
    Registration,
    RegistrationAnswer,
    SessionChoice,
    Source,
    Status,
    utcnow,
)
from core.services import registrations
from core.sync.gc_pause import cycle_collection_paused

BATCH = 2000  # rows planned, written and logged together
IMPORT_CACHE_KIB = 128 * 1024
MERGED_ACTION = "import_merged"  # history action of a person an import merged a row into without certainty


@dataclass(frozen=True, slots=True)
class ImportSummary:
    filename: str
    rows: int
    refused: int
    new_people: int
    matched_people: int
    new_organisations: int
    new_registrations: int
    waiting: int  # registrations on the event's waiting list
    waiting_choices: int  # session places on a waiting list
    known_registrations: int
    new_choices: int
    cancelled: int
    merges: tuple[str, ...] = ()  # the automatic merges, one line each ("Jean Dupond <a@x> ≈ Jean Dupont <a@x> …")
    renamed: int = 0


def apply_import(uow: UnitOfWork, table: RawTable, mapping: ColumnMapping, event_id: uuid.UUID,
                 filename: str = "", progress: Progress | None = None,
                 preview: ImportPreview | None = None) -> ImportSummary:
    """Plan (or reuse `preview`, the plan of this same table and mapping, if nothing changed since) and write."""
    if not _still_valid(uow, preview, table, mapping, event_id):
        preview = plan_import(uow.session, table, mapping, event_id, filename)
    assert preview is not None
    if not preview.can_apply:
        raise ValidationError("import_not_applicable", "the import has blocking problems", filename=filename)
    return write_plan(uow, preview, progress)


def _still_valid(uow: UnitOfWork, preview: ImportPreview | None, table: RawTable, mapping: ColumnMapping,
                 event_id: uuid.UUID) -> bool:
    return (preview is not None and bool(preview.fingerprint) and preview.event_id == event_id
            and preview.mapping == mapping and preview.total_rows == table.total_rows
            and preview.fingerprint == fingerprint(uow.session, event_id))


def write_plan(uow: UnitOfWork, preview: ImportPreview, progress: Progress | None = None) -> ImportSummary:
    connection = uow.session.connection()
    # The import's pages stay in memory until the commit rather than spilling to the WAL batch after batch
    # (the default cache is 2 MB); the connection goes back to the pool with its default afterwards.
    default_cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        # 100,000 rows make a few million short-lived objects beside the long-lived preview: Python's cycle
        # collector would walk the preview again and again (a tenth of the write); the few cycles wait for the end.
        with cycle_collection_paused():
            return _write_plan(uow, preview, progress)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(default_cache or -2000)}")


def _write_plan(uow: UnitOfWork, preview: ImportPreview, progress: Progress | None = None) -> ImportSummary:
    session = uow.session
    event = session.get(Event, preview.event_id)
    assert event is not None
    new = NewRows()
    for org in preview.organisations:
        new.add(Organisation, id=org.id, name=org.name, kind=org.kind, commune=org.commune, siret=org.siret,
                website=org.website)
    organisations = {o.id: new.queued(o.id) for o in preview.organisations}
    for row in preview.rows:  # a later row may tell a new structure's kind, commune or website
        if row.organisation_id in organisations and _tells_organisation(row):
            _complete_organisation(None, row, organisations[row.organisation_id])
    # Written now: an existing person completed below may point to one of them.
    new.write(session)
    counter = _Capacity(uow, event)
    existing = {
        reg.person_id: reg for reg in session.scalars(
            select(Registration).where(Registration.event_id == event.id))
    } if preview.known_registrations else {}
    loaded = _preload_existing(session, preview)  # held: the identity map only keeps weak references
    now = utcnow()
    note = f"import {preview.filename}".strip()
    new_regs = waiting = new_choices = cancelled = waiting_choices = renamed = 0
    for number, row in enumerate(preview.rows):
        if row.new_person:
            new.add(Person, **_person(row))
            if row.cancelled:  # no registration: the history says where the person came from
                new.add(PersonHistory, person_id=row.person_id, at=now, action="imported", detail=note)
        else:
            person = session.get(Person, row.person_id)
            _fill_blanks(person, row)
            if person is not None and row.renamed_from and _rename(person, row):
                renamed += 1
                new.add(PersonHistory, person_id=row.person_id, at=now, action="renamed",
                        detail=f"{row.renamed_from} → {row.first_name} {row.last_name} ({note})")
        if row.organisation_id is not None and row.organisation_id not in organisations \
                and _tells_organisation(row):
            _complete_organisation(session.get(Organisation, row.organisation_id), row)
        reg = existing.get(row.person_id)
        if reg is None:
            if row.cancelled:
                continue  # cancelled on the platform before we ever saw it: nothing to create
            status = counter.take_event()
            reg_id = new.add(Registration, person_id=row.person_id, event_id=event.id, status=status,
                             source=Source.IMPORT, source_reference=row.reference,
                             requested_at=row.registered_at or now)
            reg_status = status
            new_regs += 1
            waiting += status == Status.WAITING
            # One entry for a new person ("imported" to this event), not two: 10,000 rows fewer to write and log.
            new.add(PersonHistory, person_id=row.person_id, at=now,
                    action="imported" if row.new_person else "registered", detail=f"{event.name} ({note})")
            chosen: set[uuid.UUID] = set()
            known_answers: set[str] = set()
        else:
            if row.cancelled and reg.status != Status.CANCELLED:
                new.write(session)  # a promotion from the waiting list must see the rows added so far
                registrations.cancel(uow, reg.id)
                cancelled += 1
                new.add(PersonHistory, person_id=row.person_id, at=now, action="cancelled", detail=note)
                continue
            if row.reference and not reg.source_reference:
                reg.source_reference = row.reference
            reg_id, reg_status = reg.id, reg.status
            chosen = {c.session_id for c in reg.choices if c.status != Status.CANCELLED}
            known_answers = {a.question for a in session.scalars(
                select(RegistrationAnswer).where(RegistrationAnswer.registration_id == reg.id))}
        if reg_status != Status.CANCELLED:
            for session_id in row.session_ids:
                if session_id in chosen:
                    continue
                status = counter.take_session(session_id) if reg_status == Status.CONFIRMED else Status.WAITING
                new.add(SessionChoice, registration_id=reg_id, session_id=session_id, status=status,
                        requested_at=row.registered_at or now)
                new_choices += 1
                waiting_choices += status == Status.WAITING
        for question, answer in dict(row.answers).items():
            if question not in known_answers:
                new.add(RegistrationAnswer, registration_id=reg_id, question=question, answer=answer)
        if number % BATCH == BATCH - 1:
            # Bounded memory: the queued rows and their change log go to the database every BATCH rows
            # (still one transaction: a cancel or an error rolls everything back).
            new.write(session)
            if progress is not None:
                progress(number + 1, len(preview.rows))  # may raise ImportCancelled
    for merge in preview.merges:  # kept in the person's history: the review list reads them there
        new.add(PersonHistory, person_id=merge.person_id, at=now, action=MERGED_ACTION,
                detail=merge_detail(merge, note))
    new.write(session)
    if progress is not None:
        progress(len(preview.rows), len(preview.rows))
    del loaded
    return ImportSummary(
        preview.filename, preview.total_rows, len(preview.refused_lines), preview.new_people,
        preview.matched_people, len(preview.organisations), new_regs, waiting, waiting_choices,
        preview.known_registrations,
        new_choices, cancelled, tuple(merge_detail(m, note) for m in preview.merges), renamed,
    )


def _preload_existing(session: Session, preview: ImportPreview) -> list[object]:
    """People and structures the import completes, loaded in two queries rather than one `get` per row."""
    people = [r.person_id for r in preview.rows if not r.new_person]
    new_orgs = {o.id for o in preview.organisations}
    orgs = list({r.organisation_id for r in preview.rows
                 if r.organisation_id is not None and r.organisation_id not in new_orgs})
    loaded: list[object] = []
    for chunk in range(0, len(people), 500):
        loaded += session.scalars(select(Person).where(Person.id.in_(people[chunk:chunk + 500]))).all()
    for chunk in range(0, len(orgs), 500):
        loaded += session.scalars(select(Organisation).where(Organisation.id.in_(orgs[chunk:chunk + 500]))).all()
    return loaded


def _person(row: PlannedRow) -> dict[str, Any]:
    return {"id": row.person_id, "first_name": row.first_name, "last_name": row.last_name, "email": row.email,
            "phone": row.phone, "organisation_id": row.organisation_id, "accessibility_needs": row.accessibility}


def _rename(person: Person, row: PlannedRow) -> bool:
    """The better spelling the plan chose ("Francois" -> "François"); never back to a worse one."""
    first = row.first_name if better_name(person.first_name, row.first_name) else person.first_name
    last = row.last_name if better_name(person.last_name, row.last_name) else person.last_name
    if (first, last) == (person.first_name, person.last_name):
        return False
    person.first_name, person.last_name = first, last
    return True


def merge_detail(merge: IdentityNote, note: str) -> str:
    return f"{merge.label} ≈ {merge.look_alike_label} ({note}, ligne {merge.line})"


def _fill_blanks(person: Person | None, row: PlannedRow) -> None:
    """An updated export completes a record; it never overwrites what an organiser typed."""
    if person is None:
        return
    person.email = person.email or row.email
    person.phone = person.phone or row.phone
    person.organisation_id = person.organisation_id or row.organisation_id
    person.accessibility_needs = person.accessibility_needs or row.accessibility


def _tells_organisation(row: PlannedRow) -> bool:
    return bool(row.organisation_kind or row.commune or row.website)


def _complete_organisation(org: Organisation | None, row: PlannedRow, queued: dict[str, Any] | None = None) -> None:
    """A later row may tell a structure's kind, commune or website that an earlier one left blank."""
    if queued is not None:
        kind, commune, website = queued["kind"], queued["commune"], queued["website"]
    elif org is not None:
        kind, commune, website = org.kind, org.commune, org.website
    else:
        return
    if row.organisation_kind and row.organisation_kind != OrganisationKind.AUTRE \
            and kind in (None, OrganisationKind.AUTRE):
        kind = row.organisation_kind
    commune = commune or row.commune
    website = website or row.website
    if queued is not None:
        queued["kind"], queued["commune"], queued["website"] = kind, commune, website
    elif org is not None:
        if org.kind != kind:
            org.kind = kind
        if org.commune != commune:
            org.commune = commune
        if org.website != website:
            org.website = website


class _Capacity:
    def __init__(self, uow: UnitOfWork, event: Event) -> None:
        session = uow.session
        self.event_capacity = event.capacity
        self.event_taken = session.scalar(select(func.count()).where(
            Registration.event_id == event.id, Registration.status == Status.CONFIRMED)) or 0
        self.capacity = dict(session.execute(
            select(EventSession.id, EventSession.capacity).where(EventSession.event_id == event.id)).all())
        self.taken: dict[uuid.UUID, int] = dict(session.execute(
            select(SessionChoice.session_id, func.count())
            .join(EventSession).where(EventSession.event_id == event.id, SessionChoice.status == Status.CONFIRMED)
            .group_by(SessionChoice.session_id)).all())

    def take_event(self) -> Status:
        if self.event_capacity is not None and self.event_taken >= self.event_capacity:
            return Status.WAITING
        self.event_taken += 1
        return Status.CONFIRMED

    def take_session(self, session_id: uuid.UUID) -> Status:
        capacity = self.capacity.get(session_id)
        taken = self.taken.get(session_id, 0)
        if capacity is not None and taken >= capacity:
            return Status.WAITING
        self.taken[session_id] = taken + 1
        return Status.CONFIRMED


def registered_at_or_now(value: datetime | None) -> datetime:
    return value or utcnow()
