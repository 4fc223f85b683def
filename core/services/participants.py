"""The participants list of an event: one flat row per registration, ready for a table and a filter box."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, text

from core.db.workspace import Workspace
from core.models import Organisation, OrganisationKind, Person, Registration, SessionChoice, Source, Status
from core.validation import search_key


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    registration_id: uuid.UUID
    person_id: uuid.UUID
    last_name: str
    first_name: str
    email: str | None
    organisation: str | None
    organisation_kind: OrganisationKind | None
    commune: str | None
    status: Status
    source: Source
    sessions: int
    # Accent-free, lower-case text of the row, so that a filter keystroke is a substring test.
    search_text: str
    # "last first", folded the same way: the default order, computed here off the GUI thread.
    sort_name: str
    checked_in: bool = False  # an entry at the event that no undo cancels


def participants(workspace: Workspace, event_id: uuid.UUID) -> list[ParticipantRow]:
    confirmed_sessions = (
        select(func.count())
        .where(SessionChoice.registration_id == Registration.id, SessionChoice.status == Status.CONFIRMED)
        .correlate(Registration)
        .scalar_subquery()
    )
    entered = text(
        "EXISTS (SELECT 1 FROM tickets t JOIN checkins c ON c.ticket_id = t.id WHERE t.registration_id = "
        "registrations.id AND c.session_id IS NULL AND c.accepted = 1 AND c.kind != 'undo' "
        "AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes_id = c.id))")
    query = (
        select(
            Registration.id, Person.id, Person.last_name, Person.first_name, Person.email,
            Organisation.name, Organisation.kind, Organisation.commune,
            Registration.status, Registration.source, confirmed_sessions, entered,
        )
        .join(Person, Registration.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Registration.event_id == event_id)
        .order_by(Person.last_name, Person.first_name)
    )
    with workspace.reading() as session:
        rows = session.execute(query).all()
    result = [
        ParticipantRow(
            reg_id, person_id, last, first, email, org, kind, commune, status, source, count,
            search_key(last, first, email, org, commune), search_key(last, first), bool(entered),
        )
        for reg_id, person_id, last, first, email, org, kind, commune, status, source, count, entered in rows
    ]
    result.sort(key=lambda row: row.sort_name)  # SQL's binary order would put "Émilie" after "Zoé"
    return result
