"""RGPD: everything known about one person, erasing a person (counts kept), purging an old event.

Erasing anonymises the person's row in place — registrations, session places and check-ins stay, so
the funder figures do not change — and removes their words everywhere else Envol copied them: form
answers, history, the sync change log, any full-text index. Then the file is vacuumed and the WAL
truncated, so that the old bytes are gone from the disk file too (SQLite leaves deleted text in free
pages otherwise).
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from core import clock
from core.db.unit_of_work import UnitOfWork
from core.db.workspace import Workspace
from core.errors import NotFound, RuleViolation
from core.exchanges.board import person_record
from core.meetings.read import person_record as meetings_record
from core.models import (
    CheckIn,
    Event,
    EventSession,
    Organisation,
    Person,
    PersonHistory,
    Registration,
    RegistrationAnswer,
    SessionChoice,
    SyncChange,
    SyncReview,
    Ticket,
)
from core.sync.erasure import ERASED_ACTION, erase_here, remember_erasures

ERASED_FIRST = "Personne"
ERASED_LAST = "effacée"


@dataclass(frozen=True, slots=True)
class EraseResult:
    person_id: uuid.UUID
    scrubbed_cells: int  # copies of the person's words cleared outside their own row


@dataclass(frozen=True, slots=True)
class PurgeResult:
    event_id: uuid.UUID
    erased_people: int
    answers_deleted: int


def export_person(workspace: Workspace, person_id: uuid.UUID) -> dict[str, Any]:
    """A JSON-ready record of all Envol holds about one person (right of access)."""
    with workspace.reading() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person_not_found", "no such person")
        org = session.get(Organisation, person.organisation_id) if person.organisation_id else None
        registrations = []
        for reg, event_name in session.execute(
                select(Registration, Event.name).join(Event).where(Registration.person_id == person_id)):
            choices = session.execute(select(EventSession.title, SessionChoice.status).join(EventSession)
                                      .where(SessionChoice.registration_id == reg.id)).all()
            answers = session.scalars(select(RegistrationAnswer).where(RegistrationAnswer.registration_id == reg.id))
            tickets = session.scalars(select(Ticket).where(Ticket.registration_id == reg.id)).all()
            checkins = session.scalars(select(CheckIn).where(CheckIn.ticket_id.in_([t.id for t in tickets]))).all()
            registrations.append({
                "event": event_name, "status": reg.status.value, "source": reg.source.value,
                "source_reference": reg.source_reference, "requested_at": reg.requested_at.isoformat(),
                "sessions": [{"title": title, "status": status.value} for title, status in choices],
                "answers": {a.question: a.answer for a in answers},
                "tickets": [t.code for t in tickets],
                "checkins": [{"kind": c.kind.value, "verdict": c.verdict, "at": c.scanned_at.isoformat()}
                             for c in checkins],
            })
        history = session.scalars(select(PersonHistory).where(PersonHistory.person_id == person_id)
                                  .order_by(PersonHistory.at))
        return {
            "id": str(person.id), "first_name": person.first_name, "last_name": person.last_name,
            "email": person.email, "phone": person.phone, "role": person.role,
            "accessibility_needs": person.accessibility_needs,
            "consent_communication": person.consent_communication, "consent_photo": person.consent_photo,
            "organisation": {"name": org.name, "kind": org.kind.value, "commune": org.commune} if org else None,
            "created_at": person.created_at.isoformat(),
            "registrations": registrations,
            "history": [{"at": h.at.isoformat(), "action": h.action, "detail": h.detail} for h in history],
            "exchanges": person_record(session, person_id),
            "meetings": meetings_record(session, person_id),
        }


def export_person_json(workspace: Workspace, person_id: uuid.UUID) -> str:
    return json.dumps(export_person(workspace, person_id), ensure_ascii=False, indent=2)


def erase_person(uow: UnitOfWork, person_id: uuid.UUID) -> EraseResult:
    """Anonymise in place; call compact(workspace) after the unit of work commits."""
    words, rows = _anonymise(uow.session, person_id)
    scrubbed = scrub_copies(uow.session, [(words, rows)])
    _reach_other_copies(uow.session, [person_id], words)
    return EraseResult(person_id, scrubbed)


def _reach_other_copies(session: Session, people: list[uuid.UUID], words: list[str] | None = None) -> None:
    """Other devices erase too when the "erased" history row reaches them; here, later arrivals come in redacted.
    words: what the person was called, read before the erasure (the scans that typed it are erased too)."""
    if people:
        connection = session.connection()
        remember_erasures(connection, set(people), words or ())
        erase_here(connection)


def _anonymise(session: Session, person_id: uuid.UUID) -> tuple[list[str], set[uuid.UUID]]:
    """The person's words, and the ids of every row that held them (for the copies in the sync log)."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person_not_found", "no such person")
    words = [w for w in (person.first_name, person.last_name, person.email, person.phone, person.role,
                         person.accessibility_needs, f"{person.first_name} {person.last_name}") if w]
    if person.email:
        words.append(person.email.split("@")[0])
    reg_ids = list(session.scalars(select(Registration.id).where(Registration.person_id == person_id)))
    rows = {person_id, *reg_ids}
    rows |= set(session.scalars(select(RegistrationAnswer.id).where(RegistrationAnswer.registration_id.in_(reg_ids))))
    rows |= set(session.scalars(select(PersonHistory.id).where(PersonHistory.person_id == person_id)))
    words += [a for a in session.scalars(select(RegistrationAnswer.answer)
                                         .where(RegistrationAnswer.registration_id.in_(reg_ids))) if len(a) >= 5]
    # Row by row through the ORM, not a bulk DELETE: the sync log must see each one so other devices delete it too.
    for row in [*session.scalars(select(RegistrationAnswer).where(RegistrationAnswer.registration_id.in_(reg_ids))),
                *session.scalars(select(PersonHistory).where(PersonHistory.person_id == person_id))]:
        session.delete(row)
    for reg in session.scalars(select(Registration).where(Registration.id.in_(reg_ids))):
        reg.source_reference = None
    person.first_name, person.last_name = ERASED_FIRST, ERASED_LAST
    person.email = person.phone = person.role = person.accessibility_needs = None
    person.consent_communication = person.consent_photo = False
    session.flush()
    session.add(PersonHistory(person_id=person_id, action=ERASED_ACTION, detail=None))
    session.flush()
    return words, rows


def scrub_copies(session: Session, people: list[tuple[list[str], set[uuid.UUID]]]) -> int:
    """Clear each person's words from the copies Envol keeps of their rows: the sync log and review list, and the
    full-text index (kept in step by triggers; optimised so that old tokens leave its segments).

    `people` holds (words, row ids) per person: each row is searched for its own person's words only, so a purge
    of hundreds of people stays one pass with small patterns rather than one pattern of every name.
    """
    patterns: dict[uuid.UUID, re.Pattern[str]] = {}
    for words, row_ids in people:
        needles = sorted({form for w in words if len(w) >= 2 for form in _forms(w)}, key=len, reverse=True)
        if needles:
            pattern = re.compile("|".join(re.escape(n) for n in needles), re.IGNORECASE)
            patterns.update(dict.fromkeys(row_ids, pattern))
    count = 0
    ids = list(patterns)
    copies: tuple[tuple[type[SyncChange] | type[SyncReview], tuple[str, str]], ...] = (
        (SyncChange, ("fields", "base")), (SyncReview, ("mine", "theirs")))
    for model, columns in copies:
        for start in range(0, len(ids), 900):
            for row, row_id in session.execute(select(model, model.row_id).where(
                    model.row_id.in_(ids[start:start + 900]))):
                pattern = patterns[row_id]
                for column in columns:
                    value = getattr(row, column)
                    if isinstance(value, str) and pattern.search(value):
                        setattr(row, column, pattern.sub("∅", value))
                        count += 1
    session.flush()
    optimise_search_indexes(session.connection())
    return count


def optimise_search_indexes(connection: Connection) -> None:
    """Full-text indexes (kept in step by triggers) keep old tokens in their segments until merged."""
    tables = connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5(%'")).scalars().all()
    for name in tables:
        with contextlib.suppress(Exception):
            connection.execute(text(f'INSERT INTO "{name}"("{name}") VALUES (\'optimize\')'))


def checkpoint(workspace: Workspace) -> None:
    """Fold the WAL into the file and truncate it: old page images of erased rows leave the disk. Brief, unlike
    VACUUM, so a sync that brings an erasure can do it while the desk scans."""
    with workspace.engine.connect() as connection:
        raw = connection.connection.dbapi_connection  # outside any transaction, or SQLite refuses
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _forms(word: str) -> set[str]:
    # JSON in the sync log may escape accents (\u00e9); LIKE is case-insensitive for ASCII only.
    return {word, json.dumps(word)[1:-1], word.lower(), word.upper()}


def compact(workspace: Workspace) -> None:
    """Make deleted bytes really go: checkpoint the WAL into the file, VACUUM, truncate the WAL."""
    workspace.engine.dispose()  # pooled connections would keep old WAL frames readable
    with workspace.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@dataclass(frozen=True, slots=True)
class PurgePlan:
    """What purging an event would do, shown before anything is erased."""

    event_id: uuid.UUID
    people: tuple[uuid.UUID, ...]  # to anonymise: registered to this event and to no event still kept
    kept_for_later_events: int
    answers: int


def plan_purge(session: Session, event_id: uuid.UUID, retention_days: int, today: date | None = None) -> PurgePlan:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event_not_found", "no such event")
    cutoff = (today or clock.today()) - timedelta(days=retention_days)
    if event.ends_on > cutoff:
        raise RuleViolation("retention_not_reached", "the retention period has not ended",
                            until=(event.ends_on + timedelta(days=retention_days)).isoformat())
    people = set(session.scalars(select(Registration.person_id).where(Registration.event_id == event_id)))
    kept = set(session.scalars(select(Registration.person_id).join(Event)
                               .where(Registration.person_id.in_(people), Event.ends_on > cutoff)))
    candidates = list(people - kept)
    erasable = sorted(person_id for start in range(0, len(candidates), 900)
                      for person_id in session.scalars(select(Person.id).where(
                          Person.id.in_(candidates[start:start + 900]), Person.last_name != ERASED_LAST)))
    answers = session.scalar(select(func.count()).select_from(RegistrationAnswer).join(Registration).where(
        Registration.event_id == event_id)) or 0
    return PurgePlan(event_id, tuple(erasable), len(kept), answers)


def purge_event(uow: UnitOfWork, event_id: uuid.UUID, retention_days: int, today: date | None = None) -> PurgeResult:
    """After the retention period, erase the people of this event who have no later event; counts stay."""
    session = uow.session
    plan = plan_purge(session, event_id, retention_days, today)
    reg_ids = list(session.scalars(select(Registration.id).where(Registration.event_id == event_id)))
    answers = list(session.scalars(select(RegistrationAnswer).where(RegistrationAnswer.registration_id.in_(reg_ids))))
    for answer in answers:  # through the ORM: the sync log must see each delete
        session.delete(answer)
    session.flush()
    erased = [person_id for person_id in plan.people if session.get(Person, person_id) is not None]
    scrub_copies(session, [_anonymise(session, person_id) for person_id in erased])
    _reach_other_copies(session, erased)
    return PurgeResult(event_id, len(erased), len(answers))
