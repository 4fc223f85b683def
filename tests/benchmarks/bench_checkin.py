"""Check-in speed at 100,000 tickets: scan -> verdict committed, name search, camera frame decoding.

Each figure is printed beside its floor: raw sqlite3 with the same pragmas (indexed lookup + insert + commit),
a raw FTS5 query, zxing-cpp alone. The workspace is filled with bulk inserts, not per-row services.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import uuid
from datetime import date
from pathlib import Path

import qrcode
import zxingcpp
from faker import Faker
from PIL import Image

from core.checkin import CheckInTarget
from core.db.workspace import open_workspace
from core.models import EventKind
from core.services import agenda, checkin
from core.services.checkin_search import search_people
from core.services.tickets import signing_key
from core.tickets import new_code, sign_token
from desktop.pages.desk.decoding import decode_qr
from tests.benchmarks.common import Figure, p99, report, timings_ms

NOW = "2026-11-01 10:00:00.000000"


def build(path: Path, tickets: int) -> tuple[uuid.UUID, list[str], list[str]]:
    fake = Faker("fr_FR", seed=5)
    rng = random.Random(5)
    with open_workspace(path, create=True) as ws, ws.unit_of_work() as uow:
        event = agenda.create_event(uow, "Rencontres", EventKind.RENCONTRES, date(2026, 11, 13), date(2026, 11, 13))
        device, key = signing_key(uow)
    connection = sqlite3.connect(path)
    orgs = [(uuid.uuid4().hex, fake.company()[:200]) for _ in range(400)]
    connection.executemany("INSERT INTO organisations (id, name, kind, is_member, created_at, updated_at) "
                           f"VALUES (?, ?, 'association', 1, '{NOW}', '{NOW}')", orgs)
    people, regs, rows, codes, names = [], [], [], set(), []
    first_names = [fake.first_name() for _ in range(500)]
    last_names = [fake.last_name() for _ in range(2000)]
    for i in range(tickets):
        pid, rid, tid = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        first, last = rng.choice(first_names), rng.choice(last_names)
        names.append(f"{first} {last}")
        people.append((pid.hex, first, last, f"p{i}@example.org", rng.choice(orgs)[0]))
        regs.append((rid.hex, pid.hex, event.hex))
        code = new_code()
        while code in codes:
            code = new_code()
        codes.add(code)
        rows.append((tid.hex, rid.hex, code, sign_token(key, event, tid, device), device.hex))
    connection.executemany("INSERT INTO people (id, first_name, last_name, email, organisation_id, "
                           "consent_communication, consent_photo, created_at, updated_at) "
                           f"VALUES (?, ?, ?, ?, ?, 0, 0, '{NOW}', '{NOW}')", people)
    connection.executemany("INSERT INTO registrations (id, person_id, event_id, status, source, requested_at, "
                           f"created_at, updated_at) VALUES (?, ?, ?, 'confirmed', 'import', '{NOW}', '{NOW}', '{NOW}')",
                           regs)
    connection.executemany("INSERT INTO tickets (id, registration_id, code, token, issued_by_device_id, created_at,"
                           f" updated_at) VALUES (?, ?, ?, ?, ?, '{NOW}', '{NOW}')", rows)
    connection.commit()
    connection.close()
    return event, [r[2] for r in rows], names


def _raw_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("busy_timeout = 5000", "journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def run(scale: float = 1.0) -> None:
    tickets = max(200, int(100_000 * scale))
    repeat = max(20, int(500 * min(1.0, scale * 10)))
    folder = Path(tempfile.mkdtemp(prefix="bench-checkin-"))
    path = folder / "bench.envol"
    event, codes, names = build(path, tickets)
    rng = random.Random(7)
    order = iter(rng.sample(codes, min(len(codes), repeat * 2 + 10)))
    figures = []
    with open_workspace(path) as ws:
        target = CheckInTarget(event)

        def scan_once() -> None:
            with ws.unit_of_work() as uow:
                checkin.scan(uow, next(order), target)

        ours = p99(timings_ms(scan_once, repeat))
        raw = _raw_connection(path)
        raw.execute("CREATE TABLE bench_scans (id TEXT PRIMARY KEY, ticket_id TEXT, at TEXT)")

        def raw_once() -> None:
            raw.execute("BEGIN IMMEDIATE")
            row = raw.execute("SELECT t.id, r.status FROM tickets t JOIN registrations r ON r.id = t.registration_id"
                              " WHERE t.code = ?", (next(order),)).fetchone()
            raw.execute("INSERT INTO bench_scans VALUES (?, ?, ?)", (uuid.uuid4().hex, row[0], NOW))
            raw.execute("COMMIT")

        floor = p99(timings_ms(raw_once, repeat))
        figures.append(Figure(f"scan -> verdict committed ({tickets} tickets)", ours, floor, 10))

        queries = []
        for name in rng.sample(names, repeat):
            cut = rng.randint(2, min(20, len(name)))
            queries.append(name[:cut].lower())
        queries_iter = iter(queries * 3)
        with ws.reading() as session:
            search_people(session, event, "zzzz")  # the spelling index, built once per workspace
            ours_search = p99(timings_ms(lambda: search_people(session, event, next(queries_iter)), repeat))
        raw_iter = iter(queries * 3)

        def raw_search() -> None:
            words = next(raw_iter).split()
            match = " AND ".join('"' + w.replace('"', "") + '"*' for w in words if w.replace('"', ""))
            raw.execute("SELECT rowid FROM search_people WHERE search_people MATCH ? LIMIT 20", (match,)).fetchall()

        figures.append(Figure("name search, 2-20 characters", ours_search, p99(timings_ms(raw_search, repeat)), 15))
        raw.close()

    token = codes[0] * 30
    frame = Image.new("L", (1280, 720), 210)
    code = qrcode.make(token[:181], box_size=4).get_image().convert("L")
    frame.paste(code, (400, 100))
    ours_decode = p99(timings_ms(lambda: decode_qr(frame), max(10, repeat // 5)))
    alone = p99(timings_ms(lambda: zxingcpp.read_barcodes(frame), max(10, repeat // 5)))
    figures.append(Figure("decode a 1280x720 camera frame", ours_decode, alone, 30))
    report("check-in", figures)


if __name__ == "__main__":
    run()
