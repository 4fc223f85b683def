"""The demo's business meetings: the Rencontres of the day with ~60 companies and ~200 ESS structures, their
requests, a computed plan and a few no-shows (three companies among them), ready for the desk to re-plan."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from core import clock
from core.categories import DEFAULT_CATEGORIES
from core.checkin import CheckInTarget
from core.db.unit_of_work import UnitOfWork
from core.meetings import plan, programme, requests
from core.meetings.solver import SolverSettings
from core.models import (
    Event,
    EventSession,
    MeetingSide,
    Organisation,
    OrganisationKind,
    Person,
    Registration,
    RequestStatus,
    SessionKind,
    Source,
)
from core.services import checkin, directory, registrations, tickets

COMMUNES = [("Aulnay-sous-Bois", "93005"), ("Le Blanc-Mesnil", "93007"), ("Le Bourget", "93013"),
            ("Drancy", "93029"), ("Dugny", "93030"), ("Sevran", "93071"), ("Tremblay-en-France", "93073"),
            ("Villepinte", "93078")]
STRUCTURE_NAMES = [("Association {}", OrganisationKind.ASSOCIATION), ("Régie de quartier {}",
                   OrganisationKind.REGIE_DE_QUARTIER), ("SCOP {}", OrganisationKind.SCOP),
                   ("SCIC {}", OrganisationKind.SCIC), ("Ressourcerie {}", OrganisationKind.SIAE),
                   ("Chantier d'insertion {}", OrganisationKind.SIAE), ("Épicerie solidaire {}",
                   OrganisationKind.ASSOCIATION), ("Café associatif {}", OrganisationKind.ASSOCIATION)]
COMPANY_OFFERS = ["mecenat", "numerique", "locaux", "rh", "formation", "juridique", "communication", "financement"]
STRUCTURE_OFFERS = ["achats", "formation", "sante_travail", "mobilite", "communication", "gouvernance"]
CODES = [code for code, _label in DEFAULT_CATEGORIES]
# The companies' sectors (NAF sections, core.sectors), the big ones of the territory first: logistics around the
# airports, banks, energy, retail, construction, telecoms, health.
DEMO_SECTORS = ["H", "K", "D", "G", "F", "J", "Q", "H", "K", "C", "N", "M", "I", "G", "E"]
ABSENT_COMPANIES = 3
STRUCTURES_ABSENT = 0.06


def add_demo_meetings(uow: UnitOfWork, *, event_id: uuid.UUID, day: date, rng: random.Random, fake: Any,
                      scale: float = 1.0) -> uuid.UUID | None:
    """Meetings for the event's "Rendez-vous" sessions (none, or a scale of 0: nothing is added): 60 companies and
    200 structures at scale 1. Call it once the day's other guests are registered and checked in: it checks in its
    own people, all but its no-shows."""
    companies, structures = round(60 * scale), round(200 * scale)
    if companies < ABSENT_COMPANIES + 1 or structures < 2:
        return None
    sessions = uow.session.scalars(select(EventSession).where(EventSession.event_id == event_id,
                                                              EventSession.kind == SessionKind.RENDEZ_VOUS)
                                   .order_by(EventSession.starts_at)).all()
    if not sessions:
        return None
    event = uow.session.get(Event, event_id)
    assert event is not None
    if event.capacity is not None:  # the meetings' guests come on top of the day's others
        event.capacity += companies + structures
    programme_id = programme.ensure_programme(uow, event_id, slot_minutes=20)
    programme.cut_slots(uow, programme_id, [s.id for s in sessions])
    programme.add_tables(uow, programme_id, companies, room_id=sessions[0].room_id)

    def newcomer(name: str, kind: OrganisationKind, side: MeetingSide, offers: list[str]) -> tuple[uuid.UUID,
                                                                                                    uuid.UUID]:
        commune, insee = rng.choice(COMMUNES)
        org = directory.create_organisation(uow, name, kind, commune=commune, insee_code=insee,
                                            is_member=side == MeetingSide.STRUCTURE and rng.random() < 0.6)
        person = directory.create_person(uow, fake.first_name(), fake.last_name(), email=fake.unique.free_email(),
                                         organisation_id=org.id, role=fake.job()[:100],
                                         consent_communication=True)
        registrations.register(uow, person.id, event_id, source=Source.IMPORT)
        give = rng.sample(offers, k=2)
        seek = rng.sample([c for c in CODES if c not in give], k=2)
        pid = programme.join(uow, programme_id, person.id, side, offers=give, seeks=seek,
                             max_meetings=rng.choice([None, None, 4]) if side == MeetingSide.STRUCTURE else None)
        return pid, person.id

    used: set[str] = set()

    def unique(pattern: str, word: str) -> str:
        name = pattern.format(word)
        while name in used:
            name = f"{name} {rng.randint(2, 9)}"
        used.add(name)
        return name

    firms = [newcomer(unique("{}", f"{fake.company()} {rng.choice(['Groupe', 'France', 'Île-de-France'])}"),
                      OrganisationKind.ENTREPRISE, rng.choice([MeetingSide.ENTREPRISE] * 9 + [MeetingSide.FINANCEUR]),
                      COMPANY_OFFERS) for _ in range(companies)]
    for n, (_pid, person_id) in enumerate(firms):  # sectors by rank: no draw, the demo's other choices stay as they were
        person = uow.session.get(Person, person_id)
        org = uow.session.get(Organisation, person.organisation_id) if person and person.organisation_id else None
        if org is not None:
            org.sector = DEMO_SECTORS[n % len(DEMO_SECTORS)]
    ess = []
    for _ in range(structures):
        pattern, kind = rng.choice(STRUCTURE_NAMES)
        ess.append(newcomer(unique(pattern, rng.choice([fake.last_name(), fake.city()])),
                            kind, MeetingSide.STRUCTURE, STRUCTURE_OFFERS))
    _requests(uow, programme_id, firms, ess, rng)
    plan.compute_plan(uow, event_id, now=sessions[0].starts_at - timedelta(days=1),  # made the day before
                      settings=SolverSettings(deterministic_seconds=2.0, wall_seconds=4.0, gap_limit=0.02))
    absent = {person for _pid, person in firms[:ABSENT_COMPANIES]}
    absent |= {person for _pid, person in ess if rng.random() < STRUCTURES_ABSENT}
    _check_in(uow, event_id, sessions[0].starts_at, {person for _pid, person in firms + ess} - absent, rng)
    return programme_id


def _requests(uow: UnitOfWork, programme_id: uuid.UUID, firms: list[tuple[uuid.UUID, uuid.UUID]],
              ess: list[tuple[uuid.UUID, uuid.UUID]], rng: random.Random) -> None:
    def status() -> RequestStatus:
        draw = rng.random()
        return RequestStatus.ACCEPTED if draw < 0.82 else RequestStatus.DECLINED if draw < 0.92 \
            else RequestStatus.PENDING

    # The first companies are the most sought after, as on the day; the three absent ones among them.
    popularity = [1.0 / (1 + i / 8) for i in range(len(firms))]
    items: list[requests.NewRequest] = []
    for structure, _person in ess:
        chosen: set[uuid.UUID] = set()
        for _ in range(rng.randint(1, 3)):
            chosen.add(rng.choices([f for f, _p in firms], weights=popularity)[0])
        for firm in sorted(chosen, key=str):
            items.append(requests.NewRequest(
                structure, firm, rng.choice([1, 2, 2, 3]), rng.choice(
                    ["Trouver un mécène", "Vendre nos prestations", "Un partenariat", "Des locaux",
                     "Mécénat de compétences", None]), status()))
    for firm, _person in firms:
        for structure in rng.sample([s for s, _p in ess], k=rng.randint(0, 3)):
            items.append(requests.NewRequest(firm, structure, rng.choice([1, 2, 3]), None, status()))
    requests.add_requests(uow, programme_id, items)


def _check_in(uow: UnitOfWork, event_id: uuid.UUID, first_slot: datetime, present: set[uuid.UUID],
              rng: random.Random) -> None:
    """Those who came arrived between the doors' opening and a quarter of an hour before the first meetings;
    nobody after the demo's now (the clock's, when it is built)."""
    issued = tickets.ensure_tickets(uow, event_id)
    person_of = {a: b for a, b in uow.session.execute(select(Registration.id, Registration.person_id)
                                         .where(Registration.id.in_([t.registration_id for t in issued])))}
    doors, last, now = first_slot - timedelta(minutes=105), first_slot - timedelta(minutes=15), clock.now()
    for ticket in issued:
        arrived = doors + (last - doors) * rng.random()
        if person_of[ticket.registration_id] not in present or arrived > now:
            continue
        checkin.check_in_ticket(uow, ticket.id, CheckInTarget(event_id), scanned_at=arrived)
