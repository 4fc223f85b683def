"""Probable duplicates, and merging B into A: B's registrations move to A, B's history follows, B goes.

Import matches what is certain (same e-mail, same name in the same structure); what is only probable
(same name elsewhere, a look-alike structure name, one SIRET) is left to a person to decide here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from itertools import combinations

from sqlalchemy import select

from core.db.unit_of_work import UnitOfWork
from core.db.workspace import Workspace
from core.errors import NotFound, RuleViolation
from core.imports.values import name_key, organisation_key
from core.models import (
    Organisation,
    Person,
    PersonHistory,
    Registration,
    RegistrationAnswer,
    SessionChoice,
    Status,
    Ticket,
)
from core.services.people import record

SIMILAR = 0.88
IMPORT_MERGED = "import_merged"  # core.imports.apply.MERGED_ACTION (not imported: imports never import services)


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    kind: str  # "person" or "organisation"
    a_id: uuid.UUID
    a_label: str
    b_id: uuid.UUID
    b_label: str
    reason: str  # same_name, same_email, similar_name, same_siret


@dataclass(frozen=True, slots=True)
class ImportMerge:
    """A row an import merged into a known person without certainty (core.imports.identity), to look at."""

    person_id: uuid.UUID
    label: str  # the person as they are now
    detail: str  # the row merged in, the rule, the file and line
    at: datetime


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept_id: uuid.UUID
    removed_id: uuid.UUID
    moved: int  # registrations (people) or people (structures) moved to the kept record


def find_duplicates(workspace: Workspace) -> list[DuplicatePair]:
    with workspace.reading() as session:
        people = session.execute(select(Person.id, Person.first_name, Person.last_name, Person.email,
                                        Organisation.name).outerjoin(Organisation)
                                 .order_by(Person.created_at)).all()
        orgs = session.execute(select(Organisation.id, Organisation.name, Organisation.siret)
                               .order_by(Organisation.created_at)).all()
    pairs: list[DuplicatePair] = []
    by_key: dict[str, list[tuple[uuid.UUID, str]]] = {}
    for pid, first, last, email, org in people:
        label = f"{first} {last}" + (f" ({org})" if org else "") + (f" <{email}>" if email else "")
        for key in (f"name:{name_key(first, last)}", f"email:{email}" if email else None):
            if key:
                by_key.setdefault(key, []).append((pid, label))
    seen: set[frozenset[uuid.UUID]] = set()
    for key, group in by_key.items():
        for (a, a_label), (b, b_label) in combinations(group, 2):
            if frozenset((a, b)) not in seen:
                seen.add(frozenset((a, b)))
                pairs.append(DuplicatePair("person", a, a_label, b, b_label,
                                           "same_email" if key.startswith("email:") else "same_name"))
    keyed = [(oid, name, siret, organisation_key(name)) for oid, name, siret in orgs]
    for (a, a_name, a_siret, a_key), (b, b_name, b_siret, b_key) in combinations(keyed, 2):
        if a_siret and a_siret == b_siret:
            reason = "same_siret"
        elif a_key == b_key or SequenceMatcher(None, a_key, b_key).ratio() >= SIMILAR:
            reason = "similar_name"
        else:
            continue
        pairs.append(DuplicatePair("organisation", a, a_name, b, b_name, reason))
    return pairs


def find_import_merges(workspace: Workspace) -> list[ImportMerge]:
    """Every automatic merge made by an import, newest first: read from the people's replicated history."""
    with workspace.reading() as session:
        rows = session.execute(
            select(PersonHistory.person_id, Person.first_name, Person.last_name, Person.email,
                   PersonHistory.detail, PersonHistory.at)
            .join(Person, Person.id == PersonHistory.person_id)
            .where(PersonHistory.action == IMPORT_MERGED).order_by(PersonHistory.at.desc())).all()
    return [ImportMerge(pid, f"{first} {last}" + (f" <{email}>" if email else ""), detail or "", at)
            for pid, first, last, email, detail, at in rows]


def merge_people(uow: UnitOfWork, keep_id: uuid.UUID, remove_id: uuid.UUID) -> MergeResult:
    session = uow.session
    if keep_id == remove_id:
        raise RuleViolation("merge_same_record", "a record cannot be merged with itself")
    keep, remove = session.get(Person, keep_id), session.get(Person, remove_id)
    if keep is None or remove is None:
        raise NotFound("person_not_found", "no such person")
    label = f"{remove.first_name} {remove.last_name}" + (f" <{remove.email}>" if remove.email else "")
    kept_regs = {r.event_id: r for r in session.scalars(select(Registration).where(Registration.person_id == keep_id))}
    moved = 0
    for reg in list(session.scalars(select(Registration).where(Registration.person_id == remove_id))):
        target = kept_regs.get(reg.event_id)
        if target is None:
            reg.person_id = keep_id
            moved += 1
            continue
        _fold_registration(uow, reg, target)
    # Fill what A lacks from B; what A has stays (A is the record the organiser chose to keep).
    for name in ("email", "phone", "organisation_id", "role", "accessibility_needs"):
        if getattr(keep, name) is None and getattr(remove, name) is not None:
            value = getattr(remove, name)
            if name == "email":
                remove.email = None  # one address, one person
                session.flush()
            setattr(keep, name, value)
    keep.consent_communication = keep.consent_communication or remove.consent_communication
    # Row by row through the ORM (not a bulk UPDATE): every replicated change must reach the sync change log.
    for entry in session.scalars(select(PersonHistory).where(PersonHistory.person_id == remove_id)):
        entry.person_id = keep_id
    record(uow, keep_id, "merged", label)
    session.flush()
    session.delete(remove)
    session.flush()
    return MergeResult(keep_id, remove_id, moved)


def _fold_registration(uow: UnitOfWork, reg: Registration, target: Registration) -> None:
    """Both were registered to the same event: B's sessions, answers and tickets join A's registration."""
    session = uow.session
    if target.status == Status.CANCELLED and reg.status != Status.CANCELLED:
        target.status = reg.status
    target.source_reference = target.source_reference or reg.source_reference
    chosen = {c.session_id: c for c in target.choices}
    for choice in list(reg.choices):
        mine = chosen.get(choice.session_id)
        if mine is None:
            choice.registration = target  # through the relationship: both collections follow
        else:
            if mine.status == Status.CANCELLED and choice.status != Status.CANCELLED:
                mine.status = choice.status
            session.delete(choice)
    questions = {a.question for a in session.scalars(
        select(RegistrationAnswer).where(RegistrationAnswer.registration_id == target.id))}
    for answer in session.scalars(select(RegistrationAnswer).where(RegistrationAnswer.registration_id == reg.id)):
        if answer.question in questions:
            session.delete(answer)
        else:
            answer.registration_id = target.id
    # A ticket printed for B still scans: it now belongs to A's registration.
    for ticket in session.scalars(select(Ticket).where(Ticket.registration_id == reg.id)):
        ticket.registration_id = target.id
    session.flush()
    for leftover in session.scalars(select(SessionChoice).where(SessionChoice.registration_id == reg.id)):
        session.delete(leftover)
    session.delete(reg)
    session.flush()


def merge_organisations(uow: UnitOfWork, keep_id: uuid.UUID, remove_id: uuid.UUID) -> MergeResult:
    session = uow.session
    if keep_id == remove_id:
        raise RuleViolation("merge_same_record", "a record cannot be merged with itself")
    keep, remove = session.get(Organisation, keep_id), session.get(Organisation, remove_id)
    if keep is None or remove is None:
        raise NotFound("organisation_not_found", "no such organisation")
    people = list(session.scalars(select(Person).where(Person.organisation_id == remove_id)))
    for person in people:
        person.organisation_id = keep_id
        record(uow, person.id, "structure_merged", f"{remove.name} → {keep.name}")
    keep.siret = keep.siret or remove.siret
    keep.commune = keep.commune or remove.commune
    keep.insee_code = keep.insee_code or remove.insee_code
    keep.is_member = keep.is_member or remove.is_member
    if keep.kind.value == "autre":
        keep.kind = remove.kind
    session.flush()
    session.delete(remove)
    session.flush()
    return MergeResult(keep_id, remove_id, len(people))
