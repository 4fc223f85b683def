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
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, Text, delete, select, text
from sqlalchemy.orm import Session

from core.db.unit_of_work import UnitOfWork
from core.db.workspace import Workspace
from core.errors import NotFound, RuleViolation
from core.models import (
    Base,
    CheckIn,
    Event,
    EventSession,
    Organisation,
    Person,
    PersonHistory,
    Registration,
    RegistrationAnswer,
    SessionChoice,
    Ticket,
)

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
        }


def export_person_json(workspace: Workspace, person_id: uuid.UUID) -> str:
    return json.dumps(export_person(workspace, person_id), ensure_ascii=False, indent=2)


def erase_person(uow: UnitOfWork, person_id: uuid.UUID) -> EraseResult:
    """Anonymise in place; call compact(workspace) after the unit of work commits."""
    session = uow.session
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person_not_found", "no such person")
    words = [w for w in (person.first_name, person.last_name, person.email, person.phone, person.role,
                         person.accessibility_needs, f"{person.first_name} {person.last_name}") if w]
    if person.email:
        words.append(person.email.split("@")[0])
    reg_ids = list(session.scalars(select(Registration.id).where(Registration.person_id == person_id)))
    session.execute(delete(RegistrationAnswer).where(RegistrationAnswer.registration_id.in_(reg_ids)))
    session.execute(delete(PersonHistory).where(PersonHistory.person_id == person_id))
    for reg in session.scalars(select(Registration).where(Registration.id.in_(reg_ids))):
        reg.source_reference = None
    person.first_name, person.last_name = ERASED_FIRST, ERASED_LAST
    person.email = person.phone = person.role = person.accessibility_needs = None
    person.consent_communication = person.consent_photo = False
    session.flush()
    session.add(PersonHistory(person_id=person_id, action="erased", detail=None))
    session.flush()
    scrubbed = scrub_words(session, words)
    return EraseResult(person_id, scrubbed)


def scrub_words(session: Session, words: list[str]) -> int:
    """Clear the person's words from every text column of every table (sync log, reviews, indexes...)."""
    needles = sorted({form for w in words if len(w) >= 3 for form in _forms(w)}, key=len, reverse=True)
    if not needles:
        return 0
    count = 0
    for table in Base.metadata.sorted_tables:
        key_columns = [c.name for c in table.primary_key.columns]
        text_columns = [c.name for c in table.columns if isinstance(c.type, String | Text)
                        and c.name not in key_columns]
        if key_columns and text_columns:
            count += _scrub_table(session, table.name, key_columns, text_columns, needles)
    count += _scrub_fulltext(session, needles)
    return count


def _scrub_table(session: Session, table: str, keys: list[str], columns: list[str], needles: list[str]) -> int:
    count = 0
    for column in columns:
        for needle in needles:
            rows = session.execute(
                text(f'SELECT {", ".join(keys)}, "{column}" FROM "{table}" WHERE "{column}" LIKE :pattern'),
                {"pattern": f"%{needle}%"}).all()
            for row in rows:
                value = row[-1]
                if not isinstance(value, str):
                    continue
                where = " AND ".join(f'{k} = :k{i}' for i, k in enumerate(keys))
                params = {f"k{i}": row[i] for i in range(len(keys))}
                session.execute(text(f'UPDATE "{table}" SET "{column}" = :value WHERE {where}'),
                                {"value": _replace_all(value, needles), **params})
                count += 1
    return count


def _scrub_fulltext(session: Session, needles: list[str]) -> int:
    """A full-text index (FTS5) keeps its own copy of the words: rebuild it, or clean it when it owns them."""
    tables = session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5(%'")).all()
    count = 0
    for name, sql in tables:
        if "content=" in sql.replace(" ", "").lower():
            # External content: rebuilt from the (already anonymised) rows it indexes.
            with contextlib.suppress(Exception):
                session.execute(text(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')'))
        else:
            columns = [r[1] for r in session.execute(text(f'PRAGMA table_info("{name}")'))]
            count += _scrub_table(session, name, ["rowid"], columns, needles)
        with contextlib.suppress(Exception):
            session.execute(text(f'INSERT INTO "{name}"("{name}") VALUES (\'optimize\')'))
    return count


def _forms(word: str) -> set[str]:
    # JSON in the sync log may escape accents (\u00e9); LIKE is case-insensitive for ASCII only.
    return {word, json.dumps(word)[1:-1], word.lower(), word.upper()}


def _replace_all(value: str, needles: list[str]) -> str:
    lowered = value
    for needle in needles:
        lowered = lowered.replace(needle, "∅")
        start = lowered.lower().find(needle.lower())
        while start >= 0:
            lowered = lowered[:start] + "∅" + lowered[start + len(needle):]
            start = lowered.lower().find(needle.lower())
    return lowered


def compact(workspace: Workspace) -> None:
    """Make deleted bytes really go: checkpoint the WAL into the file, VACUUM, truncate the WAL."""
    workspace.engine.dispose()  # pooled connections would keep old WAL frames readable
    with workspace.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def purge_event(uow: UnitOfWork, event_id: uuid.UUID, retention_days: int, today: date | None = None) -> PurgeResult:
    """After the retention period, erase the people of this event who have no later event; counts stay."""
    session = uow.session
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event_not_found", "no such event")
    today = today or date.today()
    cutoff = today - timedelta(days=retention_days)
    if event.ends_on > cutoff:
        raise RuleViolation("retention_not_reached", "the retention period has not ended",
                            until=(event.ends_on + timedelta(days=retention_days)).isoformat())
    reg_ids = list(session.scalars(select(Registration.id).where(Registration.event_id == event_id)))
    answers = session.execute(delete(RegistrationAnswer).where(RegistrationAnswer.registration_id.in_(reg_ids)))
    people = set(session.scalars(select(Registration.person_id).where(Registration.event_id == event_id)))
    kept = set(session.scalars(select(Registration.person_id).join(Event)
                               .where(Registration.person_id.in_(people), Event.ends_on > cutoff)))
    erased = 0
    for person_id in sorted(people - kept):
        person = session.get(Person, person_id)
        if person is not None and person.last_name != ERASED_LAST:
            erase_person(uow, person_id)
            erased += 1
    return PurgeResult(event_id, erased, answers.rowcount or 0)  # type: ignore[attr-defined]
