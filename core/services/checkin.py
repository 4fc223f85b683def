"""Check people in: every scan attempt is recorded append-only, with its nonce, device and time.

scan() reads the text, gathers the facts, asks the pure decision for a verdict and records it, all in the
caller's unit of work. An undo is a new record that points at the one it cancels; nothing is ever deleted.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select

from core.checkin import (
    CheckInTarget,
    IssuerFacts,
    PriorCheckIn,
    Reason,
    TicketFacts,
    Verdict,
    decide,
    read_scan,
)
from core.checkin.decision import verified_token
from core.checkin.reading import MAX_INPUT, Reading, ReadingKind
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation
from core.models import (
    CheckIn,
    CheckInKind,
    Device,
    EventSession,
    Organisation,
    Person,
    Registration,
    SessionChoice,
    Status,
    Ticket,
    utcnow,
)
from core.services.tickets import this_device_id, ticket_for_registration


@dataclass(frozen=True, slots=True)
class ScanResult:
    checkin_id: uuid.UUID
    verdict: Verdict
    scanned_at: datetime
    name: str | None = None  # "Éloïse Martin", for the big verdict line
    structure: str | None = None
    ticket_code: str | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict.accepted


@dataclass(frozen=True, slots=True)
class UndoResult:
    undo_id: uuid.UUID
    undone_id: uuid.UUID
    name: str | None


def scan(
    uow: UnitOfWork, text: str, target: CheckInTarget, *, scanned_at: datetime | None = None,
    nonce: str | None = None, device_id: uuid.UUID | None = None,
) -> ScanResult:
    """Decide on a scanned or typed text (token, short code, form platform barcode) and record the attempt."""
    replay = _replayed(uow, nonce)
    if replay is not None:
        return replay
    reading = read_scan(text)  # never raises: any text, even undecodable bytes, gets a verdict
    issuers = _issuers(uow, reading)
    found = _facts_for_reading(uow, reading, issuers, target)
    if found == AMBIGUOUS:
        return _record(uow, Verdict(Reason.AMBIGUOUS), target, reading.raw, scanned_at, nonce, device_id)
    verdict = decide(reading, target, found.facts if found else None, issuers)
    return _record(uow, verdict, target, reading.raw, scanned_at, nonce, device_id, found)


def scan_typed(
    uow: UnitOfWork, text: str, target: CheckInTarget, *, nonce: str | None = None,
) -> ScanResult | None:
    """A text typed by hand at the desk (a short code, a platform number) is scanned only if it names a ticket or a
    registration here; None otherwise, so that a name that happens to look like a code is searched, not logged as a
    failed scan."""
    reading = read_scan(text)
    known = reading.kind is ReadingKind.TOKEN or (
        bool(reading.codes) and uow.session.scalar(
            select(Ticket.id).where(Ticket.code.in_(reading.codes)).limit(1)) is not None) or (
        bool(reading.references) and uow.session.scalar(
            select(Registration.id).where(Registration.source_reference.in_(reading.references)).limit(1)) is not None)
    return scan(uow, text, target, nonce=nonce) if known else None


def check_in_ticket(
    uow: UnitOfWork, ticket_id: uuid.UUID, target: CheckInTarget, *, scanned_at: datetime | None = None,
    nonce: str | None = None, device_id: uuid.UUID | None = None,
) -> ScanResult:
    """Check in a ticket chosen on screen (a name search result, a walk-in): same rules, same record."""
    replay = _replayed(uow, nonce)
    if replay is not None:
        return replay
    found = _facts_for_ticket(uow, ticket_id)
    if found is None:
        raise NotFound("ticket_not_found", "no such ticket", id=str(ticket_id))
    verdict = decide(Reading(ReadingKind.TEXT, ""), target, found.facts)
    return _record(uow, verdict, target, None, scanned_at, nonce, device_id, found)


def check_in_registration(uow: UnitOfWork, registration_id: uuid.UUID, target: CheckInTarget,
                          **options: object) -> ScanResult:
    ticket = ticket_for_registration(uow, registration_id)
    return check_in_ticket(uow, ticket.id, target, **options)  # type: ignore[arg-type]


def undo(uow: UnitOfWork, checkin_id: uuid.UUID, *, device_id: uuid.UUID | None = None) -> UndoResult:
    """Cancel a mistaken check-in with a new record; the original stays for the audit trail."""
    original = uow.session.get(CheckIn, checkin_id)
    if original is None:
        raise NotFound("checkin_not_found", "no such check-in", id=str(checkin_id))
    if original.kind is CheckInKind.UNDO or not original.accepted:
        raise RuleViolation("checkin_not_undoable", "only an accepted check-in can be undone")
    if uow.session.scalar(select(CheckIn.id).where(CheckIn.undoes_id == checkin_id)) is not None:
        raise RuleViolation("checkin_already_undone", "this check-in was already undone")
    row = CheckIn(
        id=uuid.uuid4(), ticket_id=original.ticket_id, event_id=original.event_id, session_id=original.session_id,
        kind=CheckInKind.UNDO, verdict="undo", accepted=True, undoes_id=original.id, scanned_at=utcnow(),
        device_id=device_id or this_device_id(uow), nonce=uuid.uuid4().hex,
    )
    uow.session.add(row)
    uow.session.flush()
    name, _structure, _code = _labels(uow, original.ticket_id)
    return UndoResult(row.id, original.id, name)


ADMITTED_NOTE = "admis sans inscription"


def admit_unregistered(uow: UnitOfWork, refused_id: uuid.UUID, *, nonce: str | None = None,
                       device_id: uuid.UUID | None = None) -> ScanResult:
    """Let a person into a session they had not chosen, after the desk said so: a new accepted record, with its
    reason, pointing at nothing (the refusal stays as it was). Counted apart from the registered attendees."""
    replay = _replayed(uow, nonce)
    if replay is not None:
        return replay
    refused = uow.session.get(CheckIn, refused_id)
    if refused is None:
        raise NotFound("checkin_not_found", "no such check-in", id=str(refused_id))
    if refused.verdict != Reason.NOT_REGISTERED_TO_SESSION or refused.ticket_id is None \
            or refused.session_id is None:
        raise RuleViolation("checkin_not_admissible", "only a person refused for not being registered to the "
                            "session can be admitted anyway")
    found = _facts_for_ticket(uow, refused.ticket_id)
    prior = [p for p in (found.facts.prior if found else ()) if p.session_id == refused.session_id]
    if prior:  # admitted meanwhile (another desk, a double key press): the first admission stands
        first = min(prior, key=lambda p: p.scanned_at)
        name, structure, code = _labels(uow, refused.ticket_id)
        return ScanResult(first.id, Verdict(Reason.ALREADY_CHECKED_IN, refused.ticket_id, None, first),
                          first.scanned_at, name, structure, code)
    target = CheckInTarget(refused.event_id, refused.session_id) if refused.event_id else None
    if target is None:
        raise RuleViolation("checkin_not_admissible", "the refused scan has no event")
    registration_id = found.facts.registration_id if found else None
    verdict = Verdict(Reason.ADMITTED_UNREGISTERED, refused.ticket_id, registration_id)
    return _record(uow, verdict, target, ADMITTED_NOTE, None, nonce, device_id, found)


def active_checkins(rows: Sequence[Any]) -> list[Any]:
    """Accepted entry/session records of one ticket that no undo cancels (ORM objects or selected rows)."""
    undone = {r.undoes_id for r in rows if r.kind is CheckInKind.UNDO}
    return [r for r in rows if r.accepted and r.kind is not CheckInKind.UNDO and r.id not in undone]


def _replayed(uow: UnitOfWork, nonce: str | None) -> ScanResult | None:
    """The same attempt sent twice (a retry after a crash) is recorded once."""
    if nonce is None:
        return None
    row = uow.session.scalar(select(CheckIn).where(CheckIn.nonce == nonce))
    if row is None:
        return None
    name, structure, code = _labels(uow, row.ticket_id)
    verdict = Verdict(Reason(row.verdict), row.ticket_id)
    return ScanResult(row.id, verdict, row.scanned_at, name, structure, code)


def _issuers(uow: UnitOfWork, reading: Reading) -> dict[uuid.UUID, IssuerFacts]:
    device_ids = {t.device_id for t in reading.tokens}
    if not device_ids:
        return {}
    rows = uow.session.execute(
        select(Device.id, Device.public_key, Device.key_revoked_at).where(Device.id.in_(device_ids))
    ).all()
    return {d: IssuerFacts(key, revoked is not None) for d, key, revoked in rows}


@dataclass(frozen=True, slots=True)
class _Found:
    """The facts about a scanned ticket, with the words for the verdict line, read in one go."""

    facts: TicketFacts
    name: str | None = None
    structure: str | None = None
    code: str | None = None


# One indexed query for ticket, registration, person and structure: the scan path is latency-bound.
_TICKET = (
    select(Ticket.id, Ticket.registration_id, Ticket.revoked_at, Ticket.code, Registration.event_id,
           Registration.status, Person.first_name, Person.last_name, Organisation.name)
    .select_from(Ticket)
    .join(Registration, Ticket.registration_id == Registration.id)
    .join(Person, Registration.person_id == Person.id)
    .outerjoin(Organisation, Person.organisation_id == Organisation.id)
)


AMBIGUOUS: Literal["ambiguous"] = "ambiguous"


def _facts_for_reading(uow: UnitOfWork, reading: Reading, issuers: dict[uuid.UUID, IssuerFacts],
                       target: CheckInTarget) -> _Found | Literal["ambiguous"] | None:
    if reading.kind is ReadingKind.TOKEN:
        token = verified_token(reading.tokens, issuers)
        return _facts_for_ticket(uow, token.ticket_id) if token is not None else None
    for code in reading.codes:
        rows = uow.session.execute(_TICKET.where(Ticket.code == code)).all()
        if len(rows) > 1:
            # Two devices offline drew the same code (the sync keeps both tickets): the one of this event if only
            # one is, else nobody is let in on a guess.
            rows = [row for row in rows if row.event_id == target.event_id]
            if len(rows) != 1:
                return AMBIGUOUS
        if rows:
            return _found(uow, rows[0])
    for reference in reading.references:
        reg = uow.session.execute(
            select(Registration.id, Registration.status).where(Registration.source_reference == reference).limit(1)
        ).first()
        if reg is not None:
            if reg.status is Status.CANCELLED:
                return _Found(_facts(uow, None, reg.id, False))
            return _facts_for_ticket(uow, ticket_for_registration(uow, reg.id).id)
    return None


def _facts_for_ticket(uow: UnitOfWork, ticket_id: uuid.UUID) -> _Found | None:
    return _found(uow, uow.session.execute(_TICKET.where(Ticket.id == ticket_id)).first())


def _found(uow: UnitOfWork, row: Any) -> _Found | None:
    if row is None:
        return None
    ticket_id, registration_id, revoked_at, code, event_id, status, first, last, structure = row
    facts = _facts(uow, ticket_id, registration_id, revoked_at is not None, (event_id, status))
    return _Found(facts, f"{first} {last}", structure, code)


def _facts(uow: UnitOfWork, ticket_id: uuid.UUID | None, registration_id: uuid.UUID, revoked: bool,
           registration: tuple[uuid.UUID, Status] | None = None) -> TicketFacts:
    event_id, status = registration or uow.session.execute(
        select(Registration.event_id, Registration.status).where(Registration.id == registration_id)
    ).one()
    choices = uow.session.execute(
        select(SessionChoice.session_id, SessionChoice.status).where(SessionChoice.registration_id == registration_id)
    ).all()
    prior: tuple[PriorCheckIn, ...] = ()
    if ticket_id is not None:
        # Every ticket of the registration: a reissued ticket, or two folded by the sync, is still the same person.
        # Columns, not ORM objects: a ticket scanned many times should not load (and track) its whole history.
        rows = uow.session.execute(
            select(CheckIn.id, CheckIn.kind, CheckIn.accepted, CheckIn.undoes_id, CheckIn.session_id,
                   CheckIn.scanned_at, CheckIn.device_id).where(CheckIn.ticket_id.in_(
                       select(Ticket.id).where(Ticket.registration_id == registration_id)))
        ).all()
        active = active_checkins(rows)
        names = _device_names(uow, {r.device_id for r in active if r.device_id})
        prior = tuple(PriorCheckIn(r.id, r.session_id, r.scanned_at, names.get(r.device_id)) for r in active)
    return TicketFacts(
        ticket_id=ticket_id, registration_id=registration_id, event_id=event_id, registration_status=status,
        ticket_revoked=revoked,
        confirmed_sessions=frozenset(s for s, st in choices if st is Status.CONFIRMED),
        waiting_sessions=frozenset(s for s, st in choices if st is Status.WAITING),
        prior=prior,
    )


def _device_names(uow: UnitOfWork, ids: set[uuid.UUID | None]) -> dict[uuid.UUID | None, str]:
    if not ids:
        return {}
    return {d: n for d, n in uow.session.execute(select(Device.id, Device.name).where(Device.id.in_(ids)))}


def _record(uow: UnitOfWork, verdict: Verdict, target: CheckInTarget, raw: str | None,
            scanned_at: datetime | None, nonce: str | None, device_id: uuid.UUID | None,
            found: _Found | None = None) -> ScanResult:
    known = found is not None and found.facts.ticket_id is not None and found.facts.ticket_id == verdict.ticket_id
    row = CheckIn(
        id=uuid.uuid4(), ticket_id=verdict.ticket_id if known or _ticket_exists(uow, verdict.ticket_id) else None,
        event_id=target.event_id, session_id=target.session_id,
        kind=CheckInKind.SESSION if target.session_id else CheckInKind.ENTRY,
        verdict=verdict.reason.value, accepted=verdict.accepted, scanned_at=scanned_at or utcnow(),
        device_id=device_id or this_device_id(uow), nonce=nonce or uuid.uuid4().hex,
        raw_input=raw[:MAX_INPUT] if raw else None,
    )
    uow.session.add(row)
    uow.session.flush()
    if known and found is not None:  # the words were read with the facts: no second query
        return ScanResult(row.id, verdict, row.scanned_at, found.name, found.structure, found.code)
    name, structure, code = _labels(uow, row.ticket_id)
    return ScanResult(row.id, verdict, row.scanned_at, name, structure, code)


def _ticket_exists(uow: UnitOfWork, ticket_id: uuid.UUID | None) -> bool:
    # A genuine token of a ticket not yet synced here names a ticket id with no row: keep the record anyway.
    return ticket_id is not None and uow.session.scalar(select(Ticket.id).where(Ticket.id == ticket_id)) is not None


def _labels(uow: UnitOfWork, ticket_id: uuid.UUID | None) -> tuple[str | None, str | None, str | None]:
    if ticket_id is None:
        return None, None, None
    row = uow.session.execute(
        select(Person.first_name, Person.last_name, Organisation.name, Ticket.code)
        .select_from(Ticket)
        .join(Registration, Ticket.registration_id == Registration.id)
        .join(Person, Registration.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Ticket.id == ticket_id)
    ).first()
    if row is None:
        return None, None, None
    return f"{row[0]} {row[1]}", row[2], row[3]


def session_of_event(uow: UnitOfWork, session_id: uuid.UUID, event_id: uuid.UUID) -> None:
    """Refuse a desk target whose session is not part of the event."""
    found = uow.session.get(EventSession, session_id)
    if found is None or found.event_id != event_id:
        raise RuleViolation("session_of_other_event", "this session belongs to another event")
