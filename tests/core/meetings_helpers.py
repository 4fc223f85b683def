"""A small meeting programme built through the services: one Rendez-vous session of three 20-minute slots."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from core.checkin import CheckInTarget
from core.db.workspace import Workspace
from core.meetings import programme, requests
from core.models import EventKind, MeetingSide, OrganisationKind, RequestStatus, SessionKind
from core.services import agenda, checkin, directory, registrations, tickets

DAY = date(2027, 3, 18)  # any day: the tests set the clock around it


@dataclass
class Small:
    event_id: uuid.UUID
    programme_id: uuid.UUID
    session_id: uuid.UUID
    companies: list[uuid.UUID]  # participant ids
    structures: list[uuid.UUID]
    person_of: dict[uuid.UUID, uuid.UUID]  # participant -> person
    ticket_of: dict[uuid.UUID, uuid.UUID]  # person -> ticket


def at(hhmm: str) -> datetime:
    return agenda.local_time(DAY, hhmm)


def build_small(workspace: Workspace, *, companies: int = 4, structures: int = 8, tables: int = 4,
                asks: int = 3) -> Small:
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Rencontres territoriales", EventKind.RENCONTRES, DAY, DAY)
        session = agenda.create_session(uow, event, "Rendez-vous ESS – grandes entreprises", at("10:00"),
                                        at("11:00"), kind=SessionKind.RENDEZ_VOUS).id
        pid = programme.ensure_programme(uow, event, slot_minutes=20)
        programme.cut_slots(uow, pid, [session])
        programme.add_tables(uow, pid, tables)
        person_of, firms, ess = {}, [], []
        for i in range(companies + structures):
            company = i < companies
            org = directory.create_organisation(
                uow, f"Entreprise {i}" if company else f"Association {i}",
                OrganisationKind.ENTREPRISE if company else OrganisationKind.ASSOCIATION, commune="Sevran").id
            person = directory.create_person(uow, f"Prénom{i}", f"Nom{i}", email=f"p{i}@example.org",
                                             organisation_id=org).id
            registrations.register(uow, person, event)
            part = programme.join(uow, pid, person, MeetingSide.ENTREPRISE if company else MeetingSide.STRUCTURE,
                                  offers=["mecenat"] if company else ["achats"],
                                  seeks=["achats"] if company else ["mecenat"])
            person_of[part] = person
            (firms if company else ess).append(part)
        for n, s in enumerate(ess):
            for k in range(asks):
                requests.request(uow, pid, s, firms[(n + k) % len(firms)], priority=1 + (n + k) % 3,
                                 status=RequestStatus.ACCEPTED)
        issued = tickets.ensure_tickets(uow, event)
    with workspace.reading() as s:
        from core.models import Registration

        reg_person = {r.id: r.person_id for r in s.query(Registration)}
    return Small(event, pid, session, firms, ess, person_of,
                 {reg_person[t.registration_id]: t.id for t in issued})


def check_in_all_but(workspace: Workspace, small: Small, absent: set[uuid.UUID]) -> None:
    with workspace.unit_of_work() as uow:
        for part, person in small.person_of.items():
            if part not in absent:
                checkin.check_in_ticket(uow, small.ticket_of[person], CheckInTarget(small.event_id),
                                        scanned_at=at("09:00"))
