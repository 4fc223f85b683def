"""Build the demo workspace through the services, as an organiser would, with generated people."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from pathlib import Path

from faker import Faker
from sqlalchemy import select

from core.checkin import CheckInTarget
from core.db.unit_of_work import UnitOfWork
from core.db.workspace import Workspace, open_workspace
from core.demo import programme as p
from core.demo.meetings import add_demo_meetings
from core.errors import WorkspaceError
from core.models import EventKind, Registration, Source, Status
from core.services import agenda, checkin, directory, registrations, tickets

DEMO_SETTING = "is_demo"


def is_demo(workspace: Workspace) -> bool:
    return workspace.setting(DEMO_SETTING) == "1"


def build_demo_workspace(path: Path, *, people: int = 300, seed: int = 2026) -> Workspace:
    """Create the demo at path. An existing file is replaced only if it is itself a demo."""
    path = Path(path)
    if path.exists():
        existing = open_workspace(path)
        try:
            if not is_demo(existing):
                raise WorkspaceError("not_a_demo", f"{path} is a real workspace; the demo never replaces one",
                                     path=str(path))
        finally:
            existing.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    workspace = open_workspace(path, create=True)
    workspace.set_setting(DEMO_SETTING, "1")
    _fill(workspace, people, random.Random(seed), Faker("fr_FR", seed=seed))
    return workspace


def _fill(workspace: Workspace, people: int, rng: random.Random, fake: Faker) -> None:
    Faker.seed(rng.randint(0, 10**6))
    with workspace.unit_of_work() as uow:
        orgs = [
            directory.create_organisation(uow, name, kind, commune=commune, insee_code=insee, is_member=member).id
            for name, kind, commune, insee, member in p.ORGANISATIONS
        ]
        rooms: dict[tuple[str, str], tuple[uuid.UUID, uuid.UUID]] = {}
        for key, name, address, commune, insee, access, venue_rooms in p.VENUES:
            venue_id = agenda.create_venue(uow, name, address=address, commune=commune, insee_code=insee,
                                           accessibility=access)
            for room_name, seats in venue_rooms:
                rooms[key, room_name] = (venue_id, agenda.create_room(uow, venue_id, room_name, seats))

        mois = agenda.create_event(uow, p.MOIS_ESS[0], EventKind.MOIS_ESS, date.fromisoformat(p.MOIS_ESS[1]),
                                   date.fromisoformat(p.MOIS_ESS[2]))
        mois_sessions = []
        for title, kind, day_of_month, start, end, venue_key, room, capacity, audience, facilitators in p.MOIS_SESSIONS:
            venue_id, room_id = rooms[venue_key, room]
            on = date(2026, 11, day_of_month)
            mois_sessions.append(agenda.create_session(
                uow, mois, title, agenda.local_time(on, start), agenda.local_time(on, end), kind=kind,
                venue_id=venue_id, room_id=room_id, capacity=capacity, audience=audience,
                facilitators=facilitators).id)

        day = date.fromisoformat(p.RENCONTRES[1])
        rencontres = agenda.create_event(uow, p.RENCONTRES[0], EventKind.RENCONTRES, day, day, capacity=400)
        rencontres_sessions = []
        for title, kind, start, end, room, capacity, audience, facilitators in p.RENCONTRES_SESSIONS:
            venue_id, room_id = rooms["espace", room]
            rencontres_sessions.append(agenda.create_session(
                uow, rencontres, title, agenda.local_time(day, start), agenda.local_time(day, end), kind=kind,
                venue_id=venue_id, room_id=room_id, capacity=capacity, audience=audience,
                facilitators=facilitators).id)

        for _ in range(people):
            person = directory.create_person(
                uow, fake.first_name(), fake.last_name(), email=fake.unique.free_email(),
                phone=fake.phone_number(), organisation_id=rng.choice(orgs), role=fake.job()[:100],
                consent_communication=rng.random() < 0.7, consent_photo=rng.random() < 0.5,
            )
            source = rng.choice([Source.IMPORT, Source.IMPORT, Source.MANUAL])
            if rng.random() < 0.8:
                registrations.register(uow, person.id, rencontres,
                                       rng.sample(rencontres_sessions, k=rng.randint(1, 3)), source=source)
            if rng.random() < 0.35:
                registrations.register(uow, person.id, mois, rng.sample(mois_sessions, k=rng.randint(1, 2)),
                                       source=source)
        # Every registration has its ticket (badges print its QR code).
        tickets.ensure_tickets(uow, mois)
        rencontres_tickets = tickets.ensure_tickets(uow, rencontres)
        _check_in_rencontres(uow, rencontres, rencontres_tickets, rng)
        add_demo_meetings(uow, event_id=rencontres, day=day, rng=rng, fake=fake)


def _check_in_rencontres(uow: UnitOfWork, event_id: uuid.UUID, issued: list[tickets.TicketInfo],
                         rng: random.Random) -> None:
    """About 60% of the confirmed came on 13 November: an entry scan each and one session, as at the desk."""
    confirmed = {r.id: r for r in uow.session.scalars(
        select(Registration).where(Registration.event_id == event_id, Registration.status == Status.CONFIRMED))}
    morning = agenda.local_time(date.fromisoformat(p.RENCONTRES[1]), "08:30")
    for ticket in issued:
        reg = confirmed.get(ticket.registration_id)
        if reg is None or rng.random() >= 0.6:
            continue
        arrived = morning + timedelta(minutes=rng.uniform(0, 75))
        checkin.check_in_ticket(uow, ticket.id, CheckInTarget(event_id), scanned_at=arrived)
        sessions = [c.session for c in reg.choices if c.status == Status.CONFIRMED]
        if sessions:
            chosen = rng.choice(sessions)
            checkin.check_in_ticket(uow, ticket.id, CheckInTarget(event_id, chosen.id),
                                    scanned_at=max(arrived, chosen.starts_at) + timedelta(minutes=rng.uniform(0, 10)))
