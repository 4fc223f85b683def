"""Create and update structures and people, with their input checked."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from core import validation as v
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound
from core.models import Organisation, OrganisationKind, Person


@dataclass(frozen=True, slots=True)
class OrganisationInfo:
    id: uuid.UUID
    name: str
    kind: OrganisationKind
    siret: str | None
    commune: str | None
    insee_code: str | None
    is_member: bool


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None
    organisation_id: uuid.UUID | None


def organisation_info(org: Organisation) -> OrganisationInfo:
    return OrganisationInfo(org.id, org.name, org.kind, org.siret, org.commune, org.insee_code, org.is_member)


def person_info(person: Person) -> PersonInfo:
    return PersonInfo(person.id, person.first_name, person.last_name, person.email, person.organisation_id)


def create_organisation(
    uow: UnitOfWork,
    name: str,
    kind: OrganisationKind = OrganisationKind.AUTRE,
    *,
    siret: str | None = None,
    commune: str | None = None,
    insee_code: str | None = None,
    is_member: bool = False,
) -> OrganisationInfo:
    org = Organisation(
        name=v.required_name(name, "name"),
        kind=OrganisationKind(kind),
        siret=v.optional_siret(siret),
        commune=v.clean_text(commune) or None,
        insee_code=v.optional_insee(insee_code),
        is_member=is_member,
    )
    uow.session.add(org)
    uow.session.flush()
    return organisation_info(org)


def create_person(
    uow: UnitOfWork,
    first_name: str,
    last_name: str,
    *,
    email: str | None = None,
    phone: str | None = None,
    organisation_id: uuid.UUID | None = None,
    role: str | None = None,
    accessibility_needs: str | None = None,
    consent_communication: bool = False,
    consent_photo: bool = False,
) -> PersonInfo:
    if organisation_id is not None and uow.session.get(Organisation, organisation_id) is None:
        raise NotFound("organisation_not_found", "no such organisation", id=str(organisation_id))
    person = Person(
        first_name=v.required_name(first_name, "first_name"),
        last_name=v.required_name(last_name, "last_name"),
        email=v.optional_email(email),
        phone=v.clean_text(phone) or None,
        organisation_id=organisation_id,
        role=v.clean_text(role) or None,
        accessibility_needs=v.clean_text(accessibility_needs) or None,
        consent_communication=consent_communication,
        consent_photo=consent_photo,
    )
    uow.session.add(person)
    uow.session.flush()
    return person_info(person)
