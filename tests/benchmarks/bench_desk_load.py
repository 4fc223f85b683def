"""Issue 17, item 11: the desk under an organiser's load, with the real window (offscreen).

A network's five-year history: 100,000 registrations over ten events, 100,000 people, 2,000 structures. The
organiser visits every page (Participants, Personnes and Structures stay built, hidden), then the desk scans a
ticket every 2 s and a name is searched after each scan. Printed, each beside its floor:

  scan → verdict shown (p99; floor: raw sqlite3 indexed lookup + insert + commit with the same pragmas)
  search typed → results shown (p99, the 120 ms debounce included; floor: the raw FTS5 query)
  Personnes / Structures: page shown → first rows shown (floor: raw ORDER BY … LIMIT 200)
  the largest GUI-thread stall (a 10 ms timer's largest lateness) while the desk scans and searches, and apart
  the largest during the first visits of the pages (each page's first build imports its modules)

The workspace is as the application leaves it: the FTS index filled by its triggers, the duplicate search's keys
computed (core.services.duplicate_blocks, once per record); computing them for 100,000 people at once is timed
apart. ENVOL_BENCH_STALLS=1 also prints every scan's and search's time and each stall's stacks.
"""

from __future__ import annotations

import os
import random
import sqlite3
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from faker import Faker

from core.db.workspace import open_workspace
from core.models import EventKind
from core.services import agenda, duplicate_blocks
from core.services.events import choose_event
from core.services.tickets import signing_key
from core.tickets import new_code, sign_token
from tests.benchmarks.common import Figure, p99, report

NOW = "2026-11-01 10:00:00.000000"
KEYS_MS: list[float] = []  # computing every duplicate key of a new workspace, once
KINDS = ["association", "scop", "scic", "siae", "entreprise", "collectivite", "mutuelle", "regie_de_quartier"]


def build(path: Path, registrations: int, structures: int) -> tuple[uuid.UUID, list[str], list[str]]:
    """Ten events; the last (the current one) holds a tenth of the registrations, each with a ticket."""
    fake = Faker("fr_FR")
    fake.seed_instance(11)
    rng = random.Random(11)
    events = []
    with open_workspace(path, create=True) as ws, ws.unit_of_work() as uow:
        for n in range(10):
            day = date(2022, 6, 1) + timedelta(days=180 * n)
            events.append(agenda.create_event(uow, f"Rencontres {day:%Y-%m}", EventKind.RENCONTRES, day, day))
        device, key = signing_key(uow)
    current = events[-1]
    connection = sqlite3.connect(path)
    orgs = [(uuid.uuid4().hex, f"{fake.company()} {fake.city()}"[:200], rng.choice(KINDS), fake.city())
            for _ in range(structures)]
    connection.executemany("INSERT INTO organisations (id, name, kind, commune, is_member, created_at, updated_at) "
                           f"VALUES (?, ?, ?, ?, 1, '{NOW}', '{NOW}')", orgs)
    first_names = [fake.first_name() for _ in range(600)]
    last_names = [fake.last_name() for _ in range(3000)]
    people, regs, tickets, codes, names = [], [], [], set(), []
    for i in range(registrations):
        pid, rid = uuid.uuid4(), uuid.uuid4()
        first, last = rng.choice(first_names), rng.choice(last_names)
        event = events[i * 10 // registrations]
        people.append((pid.hex, first, last, f"p{i}@exemple.fr", rng.choice(orgs)[0]))
        regs.append((rid.hex, pid.hex, event.hex))
        if event == current:
            tid, code = uuid.uuid4(), new_code()
            while code in codes:
                code = new_code()
            codes.add(code)
            names.append(f"{first} {last}")
            tickets.append((tid.hex, rid.hex, code, sign_token(key, current, tid, device), device.hex))
    connection.executemany("INSERT INTO people (id, first_name, last_name, email, organisation_id, "
                           "consent_communication, consent_photo, created_at, updated_at) "
                           f"VALUES (?, ?, ?, ?, ?, 0, 0, '{NOW}', '{NOW}')", people)
    connection.executemany("INSERT INTO registrations (id, person_id, event_id, status, source, requested_at, "
                           f"created_at, updated_at) VALUES (?, ?, ?, 'confirmed', 'import', '{NOW}', '{NOW}', '{NOW}')",
                           regs)
    connection.executemany("INSERT INTO tickets (id, registration_id, code, token, issued_by_device_id, created_at,"
                           f" updated_at) VALUES (?, ?, ?, ?, ?, '{NOW}', '{NOW}')", tickets)
    connection.commit()
    connection.close()
    with open_workspace(path) as ws:
        choose_event(ws, current)
        # As the application leaves a workspace: the duplicate search's keys of people and structures known
        # (each computed once, when the record comes; a first search over 100,000 new people is timed apart).
        started = time.perf_counter()
        for kind in ("person", "organisation"):
            duplicate_blocks.refresh(ws, kind)
        KEYS_MS.append((time.perf_counter() - started) * 1000)
    return current, [t[2] for t in tickets], names


def floors(path: Path, codes: list[str], names: list[str]) -> dict[str, float]:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("busy_timeout = 5000", "journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        connection.execute(f"PRAGMA {pragma}")
    scans, searches = [], []
    for code, name in zip(codes[:50], names[:50], strict=True):
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("SELECT id, registration_id FROM tickets WHERE code = ?", (code,)).fetchone()
        connection.execute("CREATE TABLE IF NOT EXISTS floor_scans (id TEXT, at TEXT)")
        connection.execute("INSERT INTO floor_scans VALUES (?, ?)", (uuid.uuid4().hex, NOW))
        connection.execute("COMMIT")
        scans.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        connection.execute("SELECT person_id FROM search_people WHERE search_people MATCH ? LIMIT 50",
                           (" ".join(f'"{w}"*' for w in name.split()[:2]),)).fetchall()
        searches.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    connection.execute("SELECT count(*) FROM people").fetchone()
    connection.execute("SELECT id, last_name, first_name FROM people ORDER BY lower(last_name), lower(first_name) "
                       "LIMIT 200").fetchall()
    people_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    connection.execute("SELECT id, name FROM organisations ORDER BY lower(name) LIMIT 200").fetchall()
    structures_ms = (time.perf_counter() - started) * 1000
    connection.close()
    return {"scan": p99(scans), "search": p99(searches), "people": people_ms, "structures": structures_ms}


class _StallWatch:
    """ENVOL_BENCH_STALLS=1: what the GUI thread was doing during each stall over 100 ms (its Python stack, sampled
    from another thread), and every scan's and search's time: where the largest stall comes from."""

    def __init__(self, stall: dict[str, float]) -> None:
        import sys
        import threading
        import traceback

        self.found: list[tuple[float, str]] = []
        gui = threading.get_ident()

        def watch() -> None:
            sampled_for = 0.0
            while True:
                time.sleep(0.02)
                late = time.perf_counter() - stall["last"]
                if stall["on"] and late > 0.1 and sampled_for != stall["last"]:
                    sampled_for = stall["last"]
                    frames = sys._current_frames()
                    stack = "".join(traceback.format_stack(frames[gui], limit=16)) if gui in frames else "?"
                    for ident, frame in frames.items():  # the others: which of them holds the interpreter?
                        if ident not in (gui, threading.get_ident()):
                            stack += f"  [thread {ident}]\n" + "".join(traceback.format_stack(frame, limit=4))
                    self.found.append((sampled_for, stack))

        threading.Thread(target=watch, daemon=True).start()

    def print(self, verdicts: list[float], searches: list[float], lengths: dict[float, float]) -> None:
        print("scans (ms):", " ".join(f"{v:.0f}" for v in verdicts))
        print("searches (ms):", " ".join(f"{v:.0f}" for v in searches))
        for at, stack in self.found:
            print(f"--- GUI thread stalled {lengths.get(at, 0):.0f} ms:\n{stack}")


def run(scale: float = 1.0) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    count = max(500, int(100_000 * scale))
    rounds = max(3, int(30 * min(1.0, scale * 10)))
    pause_s = 2.0 if scale >= 0.5 else 0.2
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "desk-load.envol"
        _event, codes, names = build(path, count, max(20, count // 50))
        floor = floors(path, codes[-60:], names[-60:])  # tickets the desk will not scan

        app = QApplication.instance() or QApplication([])
        from core.services.events import current_event
        from desktop import design
        from desktop.app import install_translators, tune_interpreter
        from desktop.background import Tasks
        from desktop.context import AppContext
        from desktop.main_window import MainWindow

        tune_interpreter()
        install_translators(app, "fr")  # type: ignore[arg-type]
        design.apply(app)  # type: ignore[arg-type]
        stall = {"last": time.perf_counter(), "worst": 0.0, "on": False}
        lengths: dict[float, float] = {}  # stalls over 100 ms: their start and length

        def tick() -> None:
            now = time.perf_counter()
            if stall["on"]:
                late = (now - stall["last"]) * 1000 - 10
                stall["worst"] = max(stall["worst"], late)
                if late > 100:
                    lengths[stall["last"]] = late
            stall["last"] = now

        ticker = QTimer(interval=10)
        ticker.timeout.connect(tick)
        ticker.start()
        stalls = _StallWatch(stall) if os.environ.get("ENVOL_BENCH_STALLS") else None

        errors: list[BaseException] = []

        def pump_until(done: object, timeout_s: float = 120.0) -> float:
            started = time.perf_counter()
            while not done():  # type: ignore[operator]
                if errors:
                    raise errors[0]
                if time.perf_counter() - started > timeout_s:
                    raise TimeoutError("the window did not answer in time")
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
            return (time.perf_counter() - started) * 1000

        def pump_for(seconds: float) -> None:
            end = time.perf_counter() + seconds
            while time.perf_counter() < end:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)

        with open_workspace(path) as ws:
            tasks = Tasks()
            window = MainWindow(AppContext(ws, tasks, current_event(ws)))
            tasks.unhandled.disconnect(window.show_error)  # a modal box would hang the benchmark: fail instead
            tasks.unhandled.connect(errors.append)
            window.resize(1366, 768)
            window.show()
            stall["on"] = True
            shown: dict[str, float] = {}
            for key in ("participants", "personnes", "structures", "agenda", "impressions", "synchronisation"):
                started = time.perf_counter()
                window.show_page(key)
                page = window.pages[key]
                model = getattr(page, "model", None)
                if key in ("personnes", "structures"):
                    pump_until(lambda m=model: m.loaded_once)
                    window.grab()
                elif key == "participants":
                    pump_until(lambda p=page: not p.loading)
                shown[key] = (time.perf_counter() - started) * 1000
                pump_for(0.3)
            window.show_page("accueil")
            desk = window.pages["accueil"]
            pump_until(lambda: desk.target() is not None)
            pump_for(0.3)  # as after every page's first visit
            verdicts: list[float] = []
            searches: list[float] = []
            visits_worst, stall["worst"] = stall["worst"], 0.0  # from here: the desk's scans and searches only
            for n in range(rounds):
                seen = {"verdict": False, "search": False}
                real_show, real_searched = desk.verdict.show_result, desk.search._show
                desk.verdict.show_result = lambda r, s=seen, f=real_show: (f(r), s.__setitem__("verdict", True))
                started = time.perf_counter()
                desk.scan(codes[n])
                verdicts.append(pump_until(lambda s=seen: s["verdict"]))
                desk.verdict.show_result = real_show
                desk.search._show = lambda q, hits, s=seen, f=real_searched: (f(q, hits), s.__setitem__("search", True))
                started = time.perf_counter()
                desk.search_box.setText(names[-(n + 1)].split()[-1][:5])
                pump_until(lambda s=seen: s["search"])
                searches.append((time.perf_counter() - started) * 1000)
                desk.search._show = real_searched
                pump_for(pause_s)
            stall["on"] = False
            if stalls is not None:
                stalls.print(verdicts, searches, lengths)
            window.close()
            tasks.wait_idle()

    report(f"Desk under an organiser's load: {count} registrations, {max(20, count // 50)} structures, "
           f"{rounds} scans {pause_s:g} s apart, every page visited", [
               Figure("scan → verdict shown", p99(verdicts), floor["scan"], 100),
               Figure("search typed → results shown (debounce incl.)", p99(searches), floor["search"], 200),
               Figure("Personnes: shown → rows shown", shown["personnes"], floor["people"], 1000, "once"),
               Figure("Structures: shown → rows shown", shown["structures"], floor["structures"], 1000, "once"),
               Figure("Participants: shown → rows loaded", shown["participants"], None, None, "once"),
               Figure("largest GUI-thread stall, scans and searches", stall["worst"], None, 100, "max"),
               Figure("largest GUI-thread stall, first visits of the pages", visits_worst, None, None, "max"),
               Figure(f"duplicate keys of {count} people computed at once", KEYS_MS[-1], None, None, "once"),
           ])


if __name__ == "__main__":
    import sys

    run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
