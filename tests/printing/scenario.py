"""A small event for the printing tests: accented names, tickets with tokens, real check-ins and an undo."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from core.db.workspace import Workspace
from core.models import CheckIn, CheckInKind, EventKind, OrganisationKind, Ticket
from core.services import agenda, directory, registrations

ACCENTED = [("Éloïse", "N'Diaye-Lefèvre"), ("Çağla", "Öztürk"), ("Thị Minh", "Nguyễn")]
DAY = date(2026, 11, 13)


@dataclass
class Scenario:
    event_id: uuid.UUID
    morning: uuid.UUID  # 09:00-12:00, atelier
    afternoon: uuid.UUID  # 14:00-15:30
    empty: uuid.UUID  # nobody registered
    tokens: dict[uuid.UUID, str] = field(default_factory=dict)  # registration -> token
    names: dict[uuid.UUID, tuple[str, str]] = field(default_factory=dict)
    checked_in: set[uuid.UUID] = field(default_factory=set)
    undone: set[uuid.UUID] = field(default_factory=set)


def _checkin(uow: object, ticket: Ticket, event_id: uuid.UUID, kind: CheckInKind, session_id: uuid.UUID | None,
             hour: int) -> CheckIn:
    row = CheckIn(ticket_id=ticket.id, event_id=event_id, session_id=session_id, kind=kind, verdict="valid",
                  accepted=True, scanned_at=agenda.local_time(DAY, f"{hour:02d}:05"), nonce=secrets.token_hex(8))
    uow.session.add(row)  # type: ignore[attr-defined]
    uow.session.flush()  # type: ignore[attr-defined]
    return row


def build(workspace: Workspace, extra_people: int = 9, seed: int = 7) -> Scenario:
    fake = Faker("fr_FR", seed=seed)
    Faker.seed(seed)
    with workspace.unit_of_work() as uow:
        org = directory.create_organisation(
            uow, "Association pour le développement de l'économie sociale et solidaire des quartiers nord",
            OrganisationKind.ASSOCIATION, commune="Sevran").id
        company = directory.create_organisation(uow, "Logistique Grand Roissy", OrganisationKind.ENTREPRISE).id
        venue = agenda.create_venue(uow, "Espace Jacques Prévert", commune="Aulnay-sous-Bois")
        event = agenda.create_event(uow, "Rencontres territoriales de l'ESS 2026", EventKind.RENCONTRES,
                                    DAY, DAY)
        sessions = [agenda.create_session(uow, event, title, agenda.local_time(DAY, a), agenda.local_time(DAY, b),
                                          venue_id=venue, facilitators="France Active Métropole").id
                    for title, a, b in [("Atelier commercial", "09:00", "12:00"),
                                        ("Coopérer entre structures", "14:00", "15:30"),
                                        ("Session sans inscrit", "16:00", "17:00")]]
        scenario = Scenario(event, *sessions)
        people = ACCENTED + [(fake.first_name(), fake.last_name()) for _ in range(extra_people)]
        for index, (first, last) in enumerate(people):
            person = directory.create_person(uow, first, last, organisation_id=company if index == 4 else org)
            reg = registrations.register(uow, person.id, event, [sessions[0], sessions[1]]).registration.id
            token = "ENV1." + secrets.token_urlsafe(60)
            ticket = Ticket(registration_id=reg, code=f"T{index:04d}", token=token)
            uow.session.add(ticket)
            uow.session.flush()
            scenario.tokens[reg] = token
            scenario.names[reg] = (first, last)
            if index % 2 == 0:  # half come: entry in the morning, one also scanned into the afternoon session
                _checkin(uow, ticket, event, CheckInKind.ENTRY, None, 9)
                if index == 0:
                    _checkin(uow, ticket, event, CheckInKind.SESSION, sessions[1], 14)
                scenario.checked_in.add(reg)
            elif index == 3:  # checked in by mistake, then undone: no attestation
                wrong = _checkin(uow, ticket, event, CheckInKind.ENTRY, None, 10)
                undo = _checkin(uow, ticket, event, CheckInKind.UNDO, None, 10)
                undo.undoes_id = wrong.id
                scenario.undone.add(reg)
            elif index == 5:  # a refused scan is no presence
                row = _checkin(uow, ticket, event, CheckInKind.ENTRY, None, 11)
                row.accepted = False
                row.verdict = "wrong_event"
    _ = timedelta
    return scenario
