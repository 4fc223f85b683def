"""Who is already known: people by ticket, e-mail and normalised name (rules: core.imports.identity); structures
by SIRET or name.

Loaded once per import into dictionaries, so that 10,000 rows cost 10,000 lookups, not 10,000 queries.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.imports.identity import Decision, Incoming, Known, decide
from core.imports.values import name_key, organisation_key
from core.models import EventSession, Organisation, Person, Registration, SessionChoice, Status, SyncChange


@dataclass
class KnownRegistration:
    id: uuid.UUID
    status: Status
    source_reference: str | None
    sessions: set[uuid.UUID] = field(default_factory=set)


@dataclass
class DirectoryIndex:
    people: dict[uuid.UUID, Known] = field(default_factory=dict)
    people_by_email: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    people_by_name: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    orgs_by_key: dict[str, uuid.UUID] = field(default_factory=dict)
    orgs_by_siret: dict[str, uuid.UUID] = field(default_factory=dict)
    registrations: dict[uuid.UUID, KnownRegistration] = field(default_factory=dict)  # by person
    by_reference: dict[str, uuid.UUID] = field(default_factory=dict)  # source reference -> person

    def find_organisation(self, name: str, siret: str | None) -> uuid.UUID | None:
        if siret and siret in self.orgs_by_siret:
            return self.orgs_by_siret[siret]
        return self.orgs_by_key.get(organisation_key(name)) if name else None

    def add_organisation(self, org_id: uuid.UUID, name: str, siret: str | None) -> None:
        self.orgs_by_key.setdefault(organisation_key(name), org_id)
        if siret:
            self.orgs_by_siret.setdefault(siret, org_id)

    def identify(self, row: Incoming) -> Decision:
        """Who this row is, by the rules of core.imports.identity."""
        ticket = self.by_reference.get(row.reference) if row.reference else None
        same_email = self.people_by_email.get(row.email, []) if row.email else []
        same_name = self.people_by_name.get(name_key(row.first_name, row.last_name), [])
        return decide(row, self.known(ticket) if ticket else None,
                      [self.known(p) for p in same_email], [self.known(p) for p in same_name])

    def known(self, person_id: uuid.UUID) -> Known:
        person = self.people[person_id]
        registration = self.registrations.get(person_id)
        if registration is None or not registration.source_reference \
                or registration.source_reference == person.reference:
            return person
        return replace(person, reference=registration.source_reference)

    def add_person(self, person: Known) -> None:
        self.people[person.id] = person
        if person.email:
            self.people_by_email.setdefault(person.email, []).append(person.id)
        self.people_by_name.setdefault(name_key(person.first_name, person.last_name), []).append(person.id)
        if person.reference:
            self.by_reference.setdefault(person.reference, person.id)

    def update_person(self, person_id: uuid.UUID, **changes: object) -> None:
        """A later row of the same file completes or renames a person: later rows see it."""
        old = self.people[person_id]
        new = replace(old, **changes)  # type: ignore[arg-type]
        self.people[person_id] = new
        if new.email and new.email != old.email:
            self.people_by_email.setdefault(new.email, []).append(person_id)
        key = name_key(new.first_name, new.last_name)
        if key != name_key(old.first_name, old.last_name):
            self.people_by_name.setdefault(key, []).append(person_id)
        if new.reference and new.reference != old.reference:
            self.by_reference.setdefault(new.reference, person_id)


def load_index(session: Session, event_id: uuid.UUID) -> DirectoryIndex:
    index = DirectoryIndex()
    for org_id, name, siret in session.execute(select(Organisation.id, Organisation.name, Organisation.siret)):
        index.add_organisation(org_id, name, siret)
    people = session.execute(
        select(Person.id, Person.first_name, Person.last_name, Person.email, Person.phone, Person.organisation_id)
        .order_by(Person.created_at)
    )
    for person_id, first, last, email, phone, person_org in people:
        index.add_person(Known(person_id, first, last, email, phone, person_org))
    regs = session.execute(
        select(Registration.id, Registration.person_id, Registration.status, Registration.source_reference)
        .where(Registration.event_id == event_id)
    )
    by_id: dict[uuid.UUID, KnownRegistration] = {}
    for reg_id, person_id, status, reference in regs:
        known = KnownRegistration(reg_id, status, reference)
        index.registrations[person_id] = known
        by_id[reg_id] = known
        if reference:
            index.by_reference[reference] = person_id
    choices = session.execute(
        select(SessionChoice.registration_id, SessionChoice.session_id)
        .join(Registration).where(Registration.event_id == event_id, SessionChoice.status != Status.CANCELLED)
    )
    for reg_id, session_id in choices:
        by_id[reg_id].sessions.add(session_id)
    return index


def fingerprint(session: Session, event_id: uuid.UUID) -> tuple[object, ...]:
    """What a plan depends on, in a few aggregate queries: if it is unchanged, a preview can be written as is.

    Every change made through a unit of work or received by sync adds to the change log (its last seq);
    counts and last update times also catch writes that bypass it.
    """
    def stamp(model: type, *where: object) -> tuple[object, ...]:
        row = session.execute(select(func.count(), func.max(model.updated_at))  # type: ignore[attr-defined]
                              .where(*where)).one()  # type: ignore[arg-type]
        return tuple(row)

    return (
        session.scalar(select(func.max(SyncChange.seq))),
        stamp(Person), stamp(Organisation),
        stamp(Registration, Registration.event_id == event_id),
        stamp(SessionChoice, SessionChoice.registration_id.in_(
            select(Registration.id).where(Registration.event_id == event_id))),
        stamp(EventSession, EventSession.event_id == event_id),
    )
