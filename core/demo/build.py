"""Build the demo workspace through the services, as an organiser would, with generated people.

The demo is anchored on the day it is built: the Rencontres territoriales take place today (the desk is live, some
people already in), the Mois de l'ESS spans the four weeks around them, and last year's Rencontres are past, with
check-ins, attestations to print and people a purge would anonymise. Same day, hour and seed: same demo.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from faker import Faker
from sqlalchemy import select

from core import clock
from core.checkin import CheckInTarget
from core.db.unit_of_work import UnitOfWork
from core.db.workspace import Workspace, open_workspace
from core.demo import programme as p
from core.demo.exchanges import add_demo_exchanges
from core.demo.meetings import add_demo_meetings
from core.demo.stamp import DEMO_DAY_SETTING, DEMO_SETTING, is_demo
from core.errors import WorkspaceError
from core.models import EventKind, Registration, Source, Status
from core.services import agenda, checkin, directory, registrations, tickets
from core.services.events import CURRENT_EVENT_KEY


def build_demo_workspace(path: Path, *, people: int = 300, seed: int = 2026,
                         progress: Callable[[int, int], None] | None = None) -> Workspace:
    """Create the demo at path, anchored on the clock's today. An existing file is replaced only if it is a demo.

    `progress(done, total)` hears how far the build is (it takes a quarter of a minute): a window shows it."""
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
    anchor = DemoDay.of(clock.local_now())
    workspace.set_setting(DEMO_DAY_SETTING, anchor.day.isoformat())
    _fill(workspace, anchor, people, random.Random(f"{seed}-{anchor.day.isoformat()}"), Faker("fr_FR", seed=seed),
          progress or (lambda _done, _total: None))
    return workspace


@dataclass(frozen=True)
class DemoDay:
    """When the demo happens: the Rencontres on `day`, opening at `opens` so that a session is running at `now`."""

    day: date
    opens: time
    now: datetime

    @classmethod
    def of(cls, local_now: datetime) -> DemoDay:
        # Open 90 minutes before now (to the quarter), so the plenary is over and the first workshops run; never
        # before 07:00 nor so late that the day would end after midnight.
        minutes = local_now.hour * 60 + local_now.minute // 15 * 15 - 90
        minutes = max(EARLIEST_OPENING, min(LATEST_OPENING, minutes))
        return cls(local_now.date(), time(minutes // 60, minutes % 60), local_now.astimezone(UTC))

    def at(self, hhmm: str, day: date | None = None) -> datetime:
        """A time of the 09:00-based programme moved to this day's opening."""
        shift = datetime.combine(self.day, self.opens) - datetime.combine(self.day, time(9, 0))
        moved = (datetime.combine(self.day, time.fromisoformat(hhmm)) + shift).time()
        return agenda.local_time(day or self.day, moved.strftime("%H:%M"))


EARLIEST_OPENING, LATEST_OPENING = 7 * 60, 17 * 60


def _fill(workspace: Workspace, anchor: DemoDay, people: int, rng: random.Random, fake: Faker,
          progress: Callable[[int, int], None]) -> None:
    # Steps: one per person of this year and of last year, then check-ins, exchanges and meetings.
    total = people + people // 4 + 3
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

        day, year = anchor.day, anchor.day.year
        span = timedelta(days=p.MOIS_SPAN_DAYS)
        mois = agenda.create_event(uow, p.MOIS_ESS.format(year=year), EventKind.MOIS_ESS, day - span, day + span)
        mois_sessions = []
        for title, kind, offset, start, end, venue_key, room, capacity, audience, facilitators in p.MOIS_SESSIONS:
            venue_id, room_id = rooms[venue_key, room]
            on = day + timedelta(days=offset)
            mois_sessions.append(agenda.create_session(
                uow, mois, title, agenda.local_time(on, start), agenda.local_time(on, end), kind=kind,
                venue_id=venue_id, room_id=room_id, capacity=capacity, audience=audience,
                facilitators=facilitators).id)

        rencontres = _rencontres(uow, p.RENCONTRES.format(year=year), day, rooms, anchor.at)
        last_day = day - timedelta(days=p.LAST_EDITION_DAYS)
        last_year = _rencontres(uow, p.RENCONTRES.format(year=last_day.year), last_day, rooms,
                                lambda hhmm: agenda.local_time(last_day, hhmm))

        attendees = []
        for n in range(people):
            progress(n, total)
            person = _person(uow, fake, rng, orgs)
            attendees.append(person)
            source = rng.choice([Source.IMPORT, Source.IMPORT, Source.MANUAL])
            if rng.random() < 0.8:
                registrations.register(uow, person, rencontres.id,
                                       rng.sample(rencontres.sessions, k=rng.randint(1, 3)), source=source)
            if rng.random() < 0.35:
                registrations.register(uow, person, mois, rng.sample(mois_sessions, k=rng.randint(1, 2)),
                                       source=source)
        # Last year's edition: a third of this year's people came already (a purge keeps them), and some who have
        # not come back since (a purge after a year's retention anonymises them).
        returning = [person for person in attendees if rng.random() < 0.3]
        progress(people, total)
        for person in returning + [_person(uow, fake, rng, orgs) for _ in range(people // 4)]:
            registrations.register(uow, person, last_year.id, rng.sample(last_year.sessions, k=rng.randint(1, 2)),
                                   source=Source.IMPORT)
        progress(people + people // 4, total)
        # Every registration has its ticket (badges print its QR code).
        _check_in(uow, last_year.id, tickets.ensure_tickets(uow, last_year.id), rng,
                  arrivals=(agenda.local_time(last_day, "08:30"), agenda.local_time(last_day, "09:45")), share=0.7)
        _check_in(uow, mois, tickets.ensure_tickets(uow, mois), rng, arrivals=None, share=0.7, until=anchor.now)
        doors = anchor.at("08:30")
        _check_in(uow, rencontres.id, tickets.ensure_tickets(uow, rencontres.id), rng,
                  arrivals=(doors, min(anchor.now, anchor.at("09:45"))), share=0.6, until=anchor.now)
        progress(total - 2, total)
        if people:  # a demo of the programme only (people=0) has no atelier d'échanges either
            add_demo_exchanges(uow, orgs=orgs, rng=rng, fake=fake)
        progress(total - 1, total)
        add_demo_meetings(uow, event_id=rencontres.id, day=day, rng=rng, fake=fake, scale=people / 300)
    workspace.set_setting(CURRENT_EVENT_KEY, str(rencontres.id))
    progress(total, total)


@dataclass(frozen=True)
class _Edition:
    id: uuid.UUID
    sessions: list[uuid.UUID]


def _rencontres(uow: UnitOfWork, name: str, day: date, rooms: dict[tuple[str, str], tuple[uuid.UUID, uuid.UUID]],
                at: Callable[[str], datetime]) -> _Edition:
    event = agenda.create_event(uow, name, EventKind.RENCONTRES, day, day, capacity=400)
    sessions = []
    for title, kind, start, end, room, capacity, audience, facilitators in p.RENCONTRES_SESSIONS:
        venue_id, room_id = rooms["espace", room]
        sessions.append(agenda.create_session(
            uow, event, title, at(start), at(end), kind=kind, venue_id=venue_id, room_id=room_id,
            capacity=capacity, audience=audience, facilitators=facilitators).id)
    return _Edition(event, sessions)


def _person(uow: UnitOfWork, fake: Faker, rng: random.Random, orgs: list[uuid.UUID]) -> uuid.UUID:
    return directory.create_person(
        uow, fake.first_name(), fake.last_name(), email=fake.unique.free_email(),
        phone=fake.phone_number(), organisation_id=rng.choice(orgs), role=fake.job()[:100],
        consent_communication=rng.random() < 0.7, consent_photo=rng.random() < 0.5,
    ).id


def _check_in(uow: UnitOfWork, event_id: uuid.UUID, issued: list[tickets.TicketInfo], rng: random.Random, *,
              arrivals: tuple[datetime, datetime] | None, share: float, until: datetime | None = None) -> None:
    """A share of the confirmed came: an entry scan each (between `arrivals`, or just before their session) and
    one of their sessions, as at the desk; nothing after `until` (the demo's now)."""
    confirmed = {r.id: r for r in uow.session.scalars(
        select(Registration).where(Registration.event_id == event_id, Registration.status == Status.CONFIRMED))}
    for ticket in issued:
        reg = confirmed.get(ticket.registration_id)
        if reg is None or rng.random() >= share:
            continue
        sessions = [c.session for c in reg.choices if c.status == Status.CONFIRMED]
        chosen = rng.choice(sessions) if sessions else None
        if arrivals is not None:
            first, last = arrivals
            if last <= first:
                continue
            arrived = first + (last - first) * rng.random()
        elif chosen is not None:
            arrived = chosen.starts_at - timedelta(minutes=rng.uniform(5, 25))
        else:
            continue
        if until is not None and arrived > until:
            continue
        checkin.check_in_ticket(uow, ticket.id, CheckInTarget(event_id), scanned_at=arrived)
        if chosen is not None:
            entered = max(arrived, chosen.starts_at) + timedelta(minutes=rng.uniform(0, 10))
            if until is None or entered <= until:
                checkin.check_in_ticket(uow, ticket.id, CheckInTarget(event_id, chosen.id), scanned_at=entered)
