"""The directory as the organiser sees it: people and structures, their edits and a person's history."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from core import validation as v
from core.db.unit_of_work import UnitOfWork
from core.db.workspace import Workspace
from core.errors import NotFound
from core.models import (
    Event,
    EventSession,
    Organisation,
    OrganisationKind,
    Person,
    PersonHistory,
    Registration,
    SessionChoice,
    Status,
    utcnow,
)
from core.services.directory import OrganisationInfo, PersonInfo, organisation_info, person_info


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    organisation_id: uuid.UUID | None
    organisation: str | None
    registrations: int
    search_text: str
    checked_in: bool = False  # at the event the page shows (people_window's event_id)


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: uuid.UUID
    name: str
    kind: OrganisationKind
    siret: str | None
    commune: str | None
    is_member: bool
    people: int
    search_text: str


@dataclass(frozen=True, slots=True)
class PersonSession:
    event: str
    session: str | None  # None: the registration to the event itself
    starts_at: datetime | None
    status: Status


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    action: str
    detail: str | None


@dataclass(frozen=True, slots=True)
class PersonDetail:
    person: PersonInfo
    phone: str | None
    organisation: str | None
    sessions: tuple[PersonSession, ...]
    history: tuple[HistoryEntry, ...]


def list_people(workspace: Workspace) -> list[PersonRow]:
    count = (select(func.count()).where(Registration.person_id == Person.id, Registration.status != Status.CANCELLED)
             .correlate(Person).scalar_subquery())
    query = (select(Person.id, Person.first_name, Person.last_name, Person.email, Person.phone,
                    Person.organisation_id, Organisation.name, count)
             .outerjoin(Organisation, Person.organisation_id == Organisation.id)
             .order_by(Person.last_name, Person.first_name))
    with workspace.reading() as session:
        rows = session.execute(query).all()
    return [PersonRow(pid, first, last, email, phone, org_id, org, n, v.search_key(last, first, email, org))
            for pid, first, last, email, phone, org_id, org, n in rows]


def list_organisations(workspace: Workspace) -> list[OrganisationRow]:
    count = (select(func.count()).where(Person.organisation_id == Organisation.id)
             .correlate(Organisation).scalar_subquery())
    query = select(Organisation, count).order_by(Organisation.name)
    with workspace.reading() as session:
        return [OrganisationRow(o.id, o.name, o.kind, o.siret, o.commune, o.is_member, n,
                                v.search_key(o.name, o.commune, o.siret, o.kind.value))
                for o, n in session.execute(query).all()]


def person_detail(workspace: Workspace, person_id: uuid.UUID) -> PersonDetail:
    with workspace.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person_not_found", "no such person")
        sessions: list[PersonSession] = []
        regs = session.execute(select(Registration, Event.name).join(Event).where(Registration.person_id == person_id)
                               .order_by(Event.starts_on))
        for reg, event_name in regs:
            sessions.append(PersonSession(event_name, None, None, reg.status))
            choices = session.execute(select(SessionChoice.status, EventSession.title, EventSession.starts_at)
                                      .join(EventSession).where(SessionChoice.registration_id == reg.id)
                                      .order_by(EventSession.starts_at))
            sessions += [PersonSession(event_name, title, at, status) for status, title, at in choices]
        history = session.scalars(select(PersonHistory).where(PersonHistory.person_id == person_id)
                                  .order_by(PersonHistory.at))
        return PersonDetail(
            person_info(person), person.phone, person.organisation.name if person.organisation else None,
            tuple(sessions), tuple(HistoryEntry(h.at, h.action, h.detail) for h in history),
        )


def record(uow: UnitOfWork, person_id: uuid.UUID, action: str, detail: str | None = None) -> None:
    uow.session.add(PersonHistory(person_id=person_id, at=utcnow(), action=action, detail=detail))


@dataclass(frozen=True, slots=True)
class PersonForm:
    """Everything the edit form shows of a person."""

    id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    organisation_id: uuid.UUID | None
    role: str | None
    accessibility_needs: str | None
    consent_communication: bool
    consent_photo: bool


def person_form(workspace: Workspace, person_id: uuid.UUID) -> PersonForm:
    with workspace.reading() as session:
        p = session.get(Person, person_id)
        if p is None:
            raise NotFound("person_not_found", "no such person")
        return PersonForm(p.id, p.first_name, p.last_name, p.email, p.phone, p.organisation_id, p.role,
                          p.accessibility_needs, p.consent_communication, p.consent_photo)


def organisation_form(workspace: Workspace, org_id: uuid.UUID) -> OrganisationInfo:
    with workspace.reading() as session:
        org = session.get(Organisation, org_id)
        if org is None:
            raise NotFound("organisation_not_found", "no such organisation")
        return organisation_info(org)


def update_person(uow: UnitOfWork, person_id: uuid.UUID, *, first_name: str, last_name: str,
                  email: str | None, phone: str | None, organisation_id: uuid.UUID | None,
                  role: str | None = None, accessibility_needs: str | None = None,
                  consent_communication: bool | None = None, consent_photo: bool | None = None,
                  only: Collection[str] | None = None) -> PersonInfo:
    """Replace what the form shows; the optional fields left to None keep their value. With `only` (the fields the
    person changed in the form), every other field is neither checked nor written: it keeps its stored value."""
    person = uow.session.get(Person, person_id)
    if person is None:
        raise NotFound("person_not_found", "no such person")
    def wanted(name: str) -> bool:
        return only is None or name in only

    if wanted("organisation_id") and organisation_id is not None \
            and uow.session.get(Organisation, organisation_id) is None:
        raise NotFound("organisation_not_found", "no such organisation")
    changed = []
    cleaners: dict[str, Callable[[], object]] = {
        "first_name": lambda: v.required_name(first_name, "first_name"),
        "last_name": lambda: v.required_name(last_name, "last_name"),
        "email": lambda: v.optional_email(email), "phone": lambda: v.clean_text(phone)[:40] or None,
        "organisation_id": lambda: organisation_id,
    }
    if role is not None:
        cleaners["role"] = lambda: v.clean_text(role)[: v.MAX_NAME_LENGTH] or None
    if accessibility_needs is not None:
        cleaners["accessibility_needs"] = lambda: accessibility_needs.strip() or None
    if consent_communication is not None:
        cleaners["consent_communication"] = lambda: consent_communication
    if consent_photo is not None:
        cleaners["consent_photo"] = lambda: consent_photo
    values = {name: clean() for name, clean in cleaners.items() if wanted(name)}
    for name, value in values.items():
        if getattr(person, name) != value:
            setattr(person, name, value)
            changed.append(name)
    if changed:
        record(uow, person_id, "edited", ", ".join(changed))
    uow.session.flush()
    return person_info(person)


def update_organisation(uow: UnitOfWork, org_id: uuid.UUID, *, name: str, kind: OrganisationKind,
                        siret: str | None, commune: str | None, insee_code: str | None = None,
                        is_member: bool | None = None, only: Collection[str] | None = None) -> OrganisationInfo:
    """Replace what the form shows; with `only`, the other fields are neither checked nor written."""
    org = uow.session.get(Organisation, org_id)
    if org is None:
        raise NotFound("organisation_not_found", "no such organisation")
    cleaners: dict[str, Callable[[], object]] = {
        "name": lambda: v.required_name(name, "name"), "kind": lambda: OrganisationKind(kind),
        "siret": lambda: v.optional_siret(siret), "commune": lambda: v.clean_text(commune) or None,
    }
    if insee_code is not None:
        cleaners["insee_code"] = lambda: v.optional_insee(insee_code)
    if is_member is not None:
        cleaners["is_member"] = lambda: is_member
    values = {field: clean() for field, clean in cleaners.items() if only is None or field in only}
    for field, value in values.items():
        if getattr(org, field) != value:
            setattr(org, field, value)
    uow.session.flush()
    return organisation_info(org)
