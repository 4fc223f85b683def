"""The registrations and attendance lists of an event, as sheets ready for CSV or XLSX."""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from core.db.workspace import Workspace
from core.errors import NotFound
from core.exports.writers import Sheet
from core.models import Event, EventSession, Organisation, Person, Registration, SessionChoice, Status
from core.services.attendance import checked_in_registrations

STATUS_WORDS = {Status.CONFIRMED: "Confirmé", Status.WAITING: "Liste d'attente", Status.CANCELLED: "Annulé"}
SOURCE_WORDS = {"import": "Import", "desk": "Accueil", "manual": "Saisie"}


def _rows(workspace: Workspace, event_id: uuid.UUID) -> tuple[Event, list[Any], dict[uuid.UUID, list[str]]]:
    with workspace.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise NotFound("event_not_found", "no such event")
        zone = ZoneInfo(event.timezone)
        rows = session.execute(
            select(Registration.id, Person.last_name, Person.first_name, Person.email, Person.phone,
                   Organisation.name, Organisation.kind, Organisation.commune, Registration.status,
                   Registration.source, Registration.source_reference, Registration.requested_at)
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Registration.event_id == event_id)
            .order_by(Person.last_name, Person.first_name)).all()
        sessions: dict[uuid.UUID, list[str]] = defaultdict(list)
        for reg_id, title, status, starts in session.execute(
                select(SessionChoice.registration_id, EventSession.title, SessionChoice.status, EventSession.starts_at)
                .join(EventSession).where(EventSession.event_id == event_id).order_by(EventSession.starts_at)):
            if status != Status.CANCELLED:
                suffix = "" if status == Status.CONFIRMED else " (liste d'attente)"
                sessions[reg_id].append(f"{starts.astimezone(zone):%d/%m %H:%M} {title}{suffix}")
        session.expunge(event)
    return event, list(rows), sessions


def registrations_sheet(workspace: Workspace, event_id: uuid.UUID) -> Sheet:
    event, rows, sessions = _rows(workspace, event_id)
    zone = ZoneInfo(event.timezone)
    headers = ["Nom", "Prénom", "E-mail", "Téléphone", "Structure", "Type de structure", "Commune", "Statut",
               "Origine", "N° billet plateforme", "Inscrit le", "Sessions"]
    out = []
    for reg_id, last, first, email, phone, org, kind, commune, status, source, reference, requested in rows:
        out.append([last, first, email, phone, org, kind.value if kind else None, commune,
                    STATUS_WORDS[status], SOURCE_WORDS.get(str(source), str(source)), reference,
                    requested.astimezone(zone).replace(tzinfo=None),
                    " | ".join(sessions.get(reg_id, []))])
    return Sheet("Inscriptions", headers, out)


def attendance_sheet(workspace: Workspace, event_id: uuid.UUID) -> Sheet:
    event, rows, _sessions = _rows(workspace, event_id)
    with workspace.reading() as session:
        present = checked_in_registrations(session, event_id)
        titles = list(session.execute(select(EventSession.id, EventSession.title)
                                      .where(EventSession.event_id == event_id).order_by(EventSession.starts_at)))
        by_session = {sid: checked_in_registrations(session, event_id, session_ids=[sid]) for sid, _ in titles}
    headers = ["Nom", "Prénom", "Structure", "Type de structure", "Commune", "Statut", "Présent"] + \
        [title for _, title in titles]
    out = []
    for reg_id, last, first, _email, _phone, org, kind, commune, status, *_rest in rows:
        if status == Status.CANCELLED:
            continue
        out.append([last, first, org, kind.value if kind else None, commune, STATUS_WORDS[status],
                    "oui" if reg_id in present else "non"]
                   + ["oui" if reg_id in by_session[sid] else "" for sid, _ in titles])
    return Sheet("Émargement", headers, out)
