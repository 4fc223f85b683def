"""Business meetings: 300 participants, 1,500 requests, 12 slots, 60 tables.

- the plan (CP-SAT): within 2 % of the solver's bound in under 10 s — the pure solver, and the whole service
  (read the workspace, solve, write 700 meetings), beside the bound and beside its floor, the greedy plan alone;
- re-planning a slot after 20 no-shows in under 1 s, beside its floor: raw SQLite reading the same slot's
  meetings and the event's check-ins;
- 300 personal schedules printed in under 3 s, beside bare ReportLab drawing the same strings and QR codes.

    python -m tests.benchmarks.bench_meetings
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from faker import Faker
from sqlalchemy import select

from core import clock
from core.checkin import CheckInTarget
from core.db.workspace import open_workspace
from core.meetings import plan, programme, replan, requests
from core.meetings import solver as sv
from core.meetings.read import overview, schedule_of, ticket_codes
from core.models import (
    EventKind,
    Meeting,
    MeetingSide,
    MeetingSlot,
    OrganisationKind,
    Registration,
    RequestStatus,
    SessionKind,
    Ticket,
)
from core.services import agenda, checkin, directory, registrations, tickets
from printing.meetings import Heading, render_schedules
from printing.qr import _operators, matrix
from tests.benchmarks.bench_printing import _floor
from tests.benchmarks.common import Figure, once_ms, report

DAY = date(2027, 3, 18)


def _build(path: Path, participants: int, n_requests: int, n_tables: int, rng: random.Random):  # type: ignore[no-untyped-def]
    fake = Faker("fr_FR", seed=7)
    workspace = open_workspace(path, create=True)
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Rencontres territoriales", EventKind.RENCONTRES, DAY, DAY)
        sessions = [agenda.create_session(uow, event, title, agenda.local_time(DAY, start),
                                          agenda.local_time(DAY, end), kind=SessionKind.RENDEZ_VOUS).id
                    for title, start, end in [("Rendez-vous (matin)", "09:30", "11:30"),
                                              ("Rendez-vous (après-midi)", "14:00", "16:00")]]
        pid = programme.ensure_programme(uow, event, slot_minutes=20)
        programme.cut_slots(uow, pid, sessions)
        programme.add_tables(uow, pid, n_tables)
        companies = max(2, participants // 5)
        firms, ess = [], []
        for i in range(participants):
            company = i < companies
            org = directory.create_organisation(uow, fake.company() if company else f"Association {fake.city()}",
                                                OrganisationKind.ENTREPRISE if company else
                                                OrganisationKind.ASSOCIATION).id
            person = directory.create_person(uow, fake.first_name(), fake.last_name(), organisation_id=org).id
            registrations.register(uow, person, event)
            part = programme.join(uow, pid, person, MeetingSide.ENTREPRISE if company else MeetingSide.STRUCTURE)
            (firms if company else ess).append((part, person))
        wanted: set[tuple[object, object]] = set()
        while len(wanted) < min(n_requests, len(firms) * len(ess)):
            wanted.add((rng.choice(ess)[0], rng.choice(firms)[0]))
        requests.add_requests(uow, pid, [requests.NewRequest(a, b, rng.choice([1, 2, 3]), None,
                                                             RequestStatus.ACCEPTED) for a, b in sorted(wanted, key=str)])
        tickets.ensure_tickets(uow, event)
    return workspace, event, firms, ess


def run(scale: float = 1.0) -> None:
    participants, n_requests = max(12, int(300 * scale)), max(10, int(1500 * scale))
    n_tables, no_shows = max(2, int(60 * scale)), max(2, int(20 * scale))
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as tmp:
        workspace, event, firms, ess = _build(Path(tmp) / "bench.envol", participants, n_requests, n_tables, rng)

        # The pure solver on the same problem the service builds, and its floor: the greedy start alone.
        captured: dict[str, object] = {}
        solve = sv.solve

        def capture(problem: sv.Problem, settings: sv.SolverSettings | None = None) -> sv.PlanResult:
            captured["problem"] = problem
            result = solve(problem, settings)
            captured["result"] = result
            return result

        sv.solve = capture  # type: ignore[assignment]
        try:
            with clock.frozen(agenda.local_time(DAY, "08:00")), workspace.unit_of_work() as uow:
                started = time.perf_counter()
                service = plan.compute_plan(uow, event)
            service_ms = (time.perf_counter() - started) * 1000
        finally:
            sv.solve = solve  # type: ignore[assignment]
        problem = captured["problem"]
        assert isinstance(problem, sv.Problem)
        pure: list[sv.PlanResult] = []
        solver_ms = once_ms(lambda: pure.append(sv.solve(problem)))
        greedy_ms = once_ms(lambda: _greedy_only(problem))

        # 20 no-shows in the first slot: everybody else checked in.
        with workspace.reading() as session:
            first = session.scalar(select(MeetingSlot.id).order_by(MeetingSlot.starts_at))
            in_first = session.scalars(select(Meeting).where(Meeting.slot_id == first)).all()
            absent = {m.first_id for m in in_first[:no_shows]}
            person_of = {p: person for p, person in firms + ess}
            regs = {r.person_id: r.id for r in session.scalars(select(Registration))}
            ticket = {reg: t for reg, t in session.execute(
                select(Registration.id, Ticket.id).join(Ticket))}
        with workspace.unit_of_work() as uow:
            for part, person in firms + ess:
                if part not in absent:
                    checkin.check_in_ticket(uow, ticket[regs[person]], CheckInTarget(event),
                                            scanned_at=agenda.local_time(DAY, "09:00"))
        with clock.frozen(agenda.local_time(DAY, "09:30") + timedelta(minutes=1)):
            started = time.perf_counter()
            with workspace.unit_of_work() as uow:
                replanned = replan.replan_slot(uow, event, first)
            replan_ms = (time.perf_counter() - started) * 1000
        replan_floor = once_ms(lambda: _raw_slot(workspace.path, first.hex))
        del person_of

        # 300 personal schedules (everyone, even those without a meeting).
        with workspace.reading() as session:
            view = overview(session, event)
            codes = ticket_codes(session, event)
        assert view is not None
        heading = Heading("Rencontres territoriales de l'ESS", "jeudi 18 mars 2027")
        matrix.cache_clear()
        _operators.cache_clear()
        print_ms = once_ms(lambda: render_schedules(view, codes, heading))
        matrix.cache_clear()
        _operators.cache_clear()
        lines = [[w.name, w.structure] + [f"{m.table_number} {o.structure}" for m, o in
                                          schedule_of(view.meetings, w.participant_id)] for w in view.people]
        floor_ms = once_ms(lambda: _floor(lines, [(codes.get(w.person_id) or ("", None))[1] or "x"
                                                  for w in view.people], 1))
        workspace.close()

    result = pure[0]
    print(f"\nplan: {service.placed} meetings placed of {len(problem.wants)} requests; objective {result.objective}, "
          f"bound {result.bound}, gap {100 * result.gap:.2f} % (service run: {100 * service.gap:.2f} %); "
          f"{service.gaps} idle gaps")
    print(f"re-plan: {len(replanned.freed)} meetings freed, {len(replanned.replacements)} replacements, "
          f"{len(replanned.left_alone)} left without")
    report(f"Meetings (scale {scale}: {participants} participants, {n_requests} requests, "
           f"{len(view.slots)} slots, {n_tables} tables)", [
        Figure("plan: CP-SAT solve (floor: greedy plan alone)", solver_ms, greedy_ms, 10000, "total"),
        Figure("plan: the service (read, solve, write)", service_ms, greedy_ms, 10000, "total"),
        Figure("plan: gap to the solver's bound, % ×1000", 1000 * 100 * result.gap, 0.0, 2000, "gap"),
        Figure(f"re-plan a slot after {no_shows} no-shows (floor: raw SQLite)", replan_ms, replan_floor, 1000,
               "total"),
        Figure(f"{len(view.people)} schedules A4 with QR", print_ms, floor_ms, 3000 * max(scale, 0.01), "total"),
    ])


def _greedy_only(problem: sv.Problem) -> dict[int, int]:
    fixed_busy: set[tuple[int, object]] = set()
    free = {s: len(problem.tables) for s in range(problem.slots)}
    all_slots = frozenset(range(problem.slots))
    return sv._greedy(problem, fixed_busy, defaultdict(int), free,  # noqa: SLF001 - the floor is the greedy
                      lambda p: problem.available.get(p, all_slots))


def _raw_slot(path: Path, slot_hex: str) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("SELECT id, first_id, second_id, table_id FROM meetings WHERE slot_id = ?", (slot_hex,)).fetchall()
        raw.execute("SELECT ticket_id FROM checkins WHERE accepted = 1").fetchall()


if __name__ == "__main__":
    run()
