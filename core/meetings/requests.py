"""Requests: A asks to meet B with a priority and a reason; B (or the organiser for both) accepts or declines.

Entered in the app or imported from a form export (CSV/XLSX read by the registrations' import reader). People are
named by e-mail (or full name) among the programme's participants.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation, ValidationError
from core.imports.reading import read_table
from core.meetings.programme import slots
from core.models import MeetingParticipant, MeetingRequest, Organisation, Person, RequestStatus

PRIORITIES = (1, 2, 3)  # 1: most wanted


@dataclass(frozen=True, slots=True)
class RequestInfo:
    id: uuid.UUID
    requester_id: uuid.UUID
    target_id: uuid.UUID
    priority: int
    status: RequestStatus


@dataclass(frozen=True, slots=True)
class ImportProblem:
    row: int  # the file's line or sheet row
    code: str  # meetings_unknown_person, meetings_self_request, meetings_bad_priority
    detail: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    created: int
    updated: int
    problems: tuple[ImportProblem, ...]
    # (participant id, their requests, the programme's slots): more requests than they could ever hold
    over_asked: tuple[tuple[uuid.UUID, int, int], ...]


def request(uow: UnitOfWork, programme_id: uuid.UUID, requester_id: uuid.UUID, target_id: uuid.UUID, *,
            priority: int = 2, reason: str | None = None,
            status: RequestStatus = RequestStatus.PENDING, by_organiser: bool = False) -> RequestInfo:
    """A asks to meet B (asking again updates the priority and reason)."""
    if priority not in PRIORITIES:
        raise ValidationError("meetings_bad_priority", "a priority is 1, 2 or 3", priority=priority)
    for participant_id in (requester_id, target_id):
        who = uow.session.get(MeetingParticipant, participant_id)
        if who is None or who.programme_id != programme_id:
            raise NotFound("meetings_unknown_person", "this person does not take part in the meetings",
                           participant=str(participant_id))
    if requester_id == target_id:
        raise RuleViolation("meetings_self_request", "a person cannot ask to meet themselves")
    row = uow.session.scalar(select(MeetingRequest).where(MeetingRequest.requester_id == requester_id,
                                                          MeetingRequest.target_id == target_id))
    if row is None:
        row = MeetingRequest(programme_id=programme_id, requester_id=requester_id, target_id=target_id)
        uow.session.add(row)
    row.priority = priority
    row.reason = (reason or "").strip() or None
    row.status = RequestStatus(status)
    row.decided_by_organiser = by_organiser
    uow.session.flush()
    return info(row)


@dataclass(frozen=True, slots=True)
class NewRequest:
    requester_id: uuid.UUID
    target_id: uuid.UUID
    priority: int = 2
    reason: str | None = None
    status: RequestStatus = RequestStatus.PENDING


def add_requests(uow: UnitOfWork, programme_id: uuid.UUID, items: list[NewRequest]) -> tuple[int, int]:
    """Many requests at once (an import, the demo): checked like `request`, written in one flush.
    Returns (created, updated)."""
    known = set(uow.session.scalars(select(MeetingParticipant.id)
                                    .where(MeetingParticipant.programme_id == programme_id)))
    existing = {(r.requester_id, r.target_id): r for r in uow.session.scalars(
        select(MeetingRequest).where(MeetingRequest.programme_id == programme_id))}
    created = updated = 0
    for item in items:
        if item.priority not in PRIORITIES:
            raise ValidationError("meetings_bad_priority", "a priority is 1, 2 or 3", priority=item.priority)
        for participant_id in (item.requester_id, item.target_id):
            if participant_id not in known:
                raise NotFound("meetings_unknown_person", "this person does not take part in the meetings",
                               participant=str(participant_id))
        if item.requester_id == item.target_id:
            raise RuleViolation("meetings_self_request", "a person cannot ask to meet themselves")
        row = existing.get((item.requester_id, item.target_id))
        if row is None:
            row = MeetingRequest(programme_id=programme_id, requester_id=item.requester_id,
                                 target_id=item.target_id)
            uow.session.add(row)
            existing[item.requester_id, item.target_id] = row
            created += 1
        else:
            updated += 1
        row.priority, row.reason, row.status = item.priority, (item.reason or "").strip() or None, item.status
    uow.session.flush()
    return created, updated


def decide(uow: UnitOfWork, request_id: uuid.UUID, accepted: bool, *, by_organiser: bool = False) -> RequestInfo:
    row = uow.session.get(MeetingRequest, request_id)
    if row is None:
        raise NotFound("meetings_request_not_found", "no such request")
    new = RequestStatus.ACCEPTED if accepted else RequestStatus.DECLINED
    if row.status != new or row.decided_by_organiser != by_organiser:  # deciding again the same way writes nothing
        row.status, row.decided_by_organiser = new, by_organiser
    uow.session.flush()
    return info(row)


def info(row: MeetingRequest) -> RequestInfo:
    return RequestInfo(row.id, row.requester_id, row.target_id, row.priority, row.status)


def weight(priority: int) -> int:
    return 4 - priority  # priority 1 weighs 3


MUTUAL_BONUS = 2  # both asked: worth more than the sum of the two requests


# --- import ---------------------------------------------------------------------------------------------------

_COLUMNS = {
    "requester": ("demandeur", "de", "requester", "from", "email demandeur", "e-mail demandeur"),
    "target": ("destinataire", "rencontrer", "avec", "target", "to", "email destinataire", "e-mail destinataire"),
    "priority": ("priorite", "priority"),
    "reason": ("motif", "raison", "reason", "pourquoi"),
    "status": ("statut", "status", "reponse", "réponse"),
}
_ACCEPTED = {"acceptee", "accepte", "oui", "accepted", "yes", "ok"}
_DECLINED = {"refusee", "refuse", "non", "declined", "no"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def import_requests(uow: UnitOfWork, programme_id: uuid.UUID, data: bytes, filename: str = "") -> ImportReport:
    """Requests from a form export. Each bad row is named with its line; the good rows are kept."""
    table = read_table(data, filename)
    headers = [_fold(h) for h in table.headers]
    where: dict[str, int] = {}
    for key, names in _COLUMNS.items():
        for i, header in enumerate(headers):
            if header in {_fold(n) for n in names}:
                where.setdefault(key, i)
    for key in ("requester", "target"):
        if key not in where:
            raise ValidationError("meetings_import_columns", "the file needs a requester and a target column",
                                  missing=key)
    people = _participants_by_name(uow, programme_id)
    problems: list[ImportProblem] = []
    items: list[NewRequest] = []
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        def cell(key: str, row: tuple[str, ...] = row) -> str:
            return row[where[key]].strip() if key in where and where[key] < len(row) else ""
        who, whom = people.get(_fold(cell("requester"))), people.get(_fold(cell("target")))
        if who is None or whom is None:
            missing = cell("requester") if who is None else cell("target")
            problems.append(ImportProblem(number, "meetings_unknown_person", missing))
            continue
        if who == whom:
            problems.append(ImportProblem(number, "meetings_self_request", cell("requester")))
            continue
        text = cell("priority") or "2"
        if text not in {"1", "2", "3"}:
            problems.append(ImportProblem(number, "meetings_bad_priority", text))
            continue
        answer = _fold(cell("status"))
        status = (RequestStatus.ACCEPTED if answer in _ACCEPTED else
                  RequestStatus.DECLINED if answer in _DECLINED else RequestStatus.PENDING)
        items.append(NewRequest(who, whom, int(text), cell("reason") or None, status))
    created, updated = add_requests(uow, programme_id, items)
    return ImportReport(created, updated, tuple(problems), over_asked(uow, programme_id))


def over_asked(uow: UnitOfWork, programme_id: uuid.UUID) -> tuple[tuple[uuid.UUID, int, int], ...]:
    """Participants named in more requests than the programme has slots: some cannot be placed."""
    count = len(slots(uow, programme_id))
    asked: Counter[uuid.UUID] = Counter()
    for r in uow.session.scalars(select(MeetingRequest).where(MeetingRequest.programme_id == programme_id,
                                                              MeetingRequest.status != RequestStatus.DECLINED)):
        asked[r.requester_id] += 1
    return tuple(sorted((p, n, count) for p, n in asked.items() if n > count))


def _participants_by_name(uow: UnitOfWork, programme_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """Each participant under their e-mail, their full name and "name (structure)"."""
    out: dict[str, uuid.UUID] = {}
    rows = uow.session.execute(
        select(MeetingParticipant.id, Person.first_name, Person.last_name, Person.email, Organisation.name)
        .join(Person, Person.id == MeetingParticipant.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(MeetingParticipant.programme_id == programme_id))
    for pid, first, last, email, org in rows:
        if email:
            out[_fold(email)] = pid
        out.setdefault(_fold(f"{first} {last}"), pid)
        if org:
            out.setdefault(_fold(org), pid)  # a company's single representative, named by the company
    return out
