"""Probable duplicates, and merging B into A: B's registrations move to A, B's history follows, B goes.

Import matches what is certain (same e-mail, same name in the same structure); what is only probable
(same name elsewhere, a look-alike structure name, one SIRET) is left to a person to decide here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher

from sqlalchemy import select

from core.db.unit_of_work import UnitOfWork
from core.db.workspace import Workspace
from core.errors import NotFound, RuleViolation
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
from core.services import duplicate_blocks
from core.services.people import record
from core.services.similar_names import SIMILAR, candidate_pairs

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
    return find_person_duplicates(workspace) + find_organisation_duplicates(workspace)


def find_person_duplicates(workspace: Workspace, offset: int = 0, limit: int | None = None) -> list[DuplicatePair]:
    """People sharing a folded name or an e-mail: blocks of a stored key, read from SQL (core.services.
    duplicate_blocks), never compared pair by pair; `offset` and `limit` read a window of the review list."""
    duplicate_blocks.refresh(workspace, "person")
    pairs = duplicate_blocks.person_pairs(workspace, offset, limit)
    labels = person_labels(workspace, {i for pair in pairs for i in (pair.a_id, pair.b_id)})
    return [DuplicatePair("person", p.a_id, labels.get(p.a_id, ""), p.b_id, labels.get(p.b_id, ""), p.reason)
            for p in pairs]


def person_labels(workspace: Workspace, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """« First Last (Structure) <e-mail> » of these people, as the review list shows them."""
    found: dict[uuid.UUID, str] = {}
    wanted = list(ids)
    with workspace.reading() as session:
        for start in range(0, len(wanted), 500):
            for pid, first, last, email, org in session.execute(
                    select(Person.id, Person.first_name, Person.last_name, Person.email, Organisation.name)
                    .outerjoin(Organisation).where(Person.id.in_(wanted[start:start + 500]))):
                found[pid] = f"{first} {last}" + (f" ({org})" if org else "") + (f" <{email}>" if email else "")
    return found


def find_organisation_duplicates(workspace: Workspace) -> list[DuplicatePair]:
    """Structures with one SIRET, or names alike (SequenceMatcher ratio >= SIMILAR on their folded keys).

    Only candidate pairs are compared (core.services.similar_names: same key, same SIRET, or a shared rare
    trigram in the prefix that any pair this similar must share); the result is the one all pairs would give.
    The folded keys are stored (core.services.duplicate_blocks): only new or renamed structures are folded."""
    orgs = duplicate_blocks.organisation_keys(workspace)
    keys = [key for _oid, _name, _siret, key in orgs]
    sirets = [siret for _oid, _name, siret, _key in orgs]
    pairs: list[DuplicatePair] = []
    for i, j in sorted(candidate_pairs(keys, sirets)):
        (a, a_name, a_siret, _), (b, b_name, b_siret, _) = orgs[i], orgs[j]
        if a_siret and a_siret == b_siret:
            reason = "same_siret"
        elif keys[i] == keys[j] or _similar(keys[i], keys[j]):
            reason = "similar_name"
        else:
            continue
        pairs.append(DuplicatePair("organisation", a, a_name, b, b_name, reason))
    return pairs


def _similar(a: str, b: str) -> bool:
    matcher = SequenceMatcher(None, a, b)  # the two quick ratios are upper bounds of the ratio, and cheaper
    return matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


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
