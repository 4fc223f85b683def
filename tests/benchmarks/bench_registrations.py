"""Import of 10,000 generated rows (preview + apply, target 5 s) against a bare executemany of the same rows;
participants filtering over 20,000 people per keystroke (target 50 ms) against raw SQLite LIKE.

Run: python -m tests.benchmarks.bench_registrations
"""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from pathlib import Path

from faker import Faker

from core.demo import build_demo_workspace
from core.imports import apply_import, guess_mapping, plan_import, read_table
from core.services.events import list_events
from core.services.participants import ParticipantRow
from core.validation import search_key
from tests.benchmarks.common import Figure, once_ms, p99, report, timings_ms


def _csv(rows: int) -> tuple[bytes, list[tuple[str, str, str, str]]]:
    fake = Faker("fr_FR", seed=4)
    people = [(fake.first_name(), fake.last_name(), f"p{i}@example.org", f"Structure {i % 400}") for i in range(rows)]
    lines = ["Prénom;Nom;Email;Structure;Date"] + [f"{f};{n};{e};{o};03/11/2026" for f, n, e, o in people]
    return "\r\n".join(lines).encode("utf-8"), people


def bench_import(rows: int, folder: Path) -> list[Figure]:
    data, people = _csv(rows)
    workspace = build_demo_workspace(folder / "bench.envol", people=0)
    event_id = next(e.id for e in list_events(workspace) if "Mois" in e.name)

    def ours() -> None:
        table = read_table(data, "bench.csv")
        mapping = guess_mapping(table.headers)
        with workspace.reading() as session:
            preview = plan_import(session, table, mapping, event_id, "bench.csv")
        assert preview.can_apply
        with workspace.unit_of_work() as uow:
            apply_import(uow, table, mapping, event_id, "bench.csv", preview=preview)

    ours_ms = once_ms(ours)
    workspace.close()

    raw = sqlite3.connect(folder / "raw.sqlite")
    raw.execute("CREATE TABLE people (id BLOB PRIMARY KEY, first TEXT, last TEXT, email TEXT, org TEXT)")
    raw.execute("CREATE TABLE registrations (id BLOB PRIMARY KEY, person BLOB, event BLOB)")

    def floor() -> None:
        ids = [uuid.uuid4().bytes for _ in people]
        with raw:
            raw.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?)",
                            [(i, *person) for i, person in zip(ids, people, strict=True)])
            raw.executemany("INSERT INTO registrations VALUES (?, ?, ?)",
                            [(uuid.uuid4().bytes, i, event_id.bytes) for i in ids])

    floor_ms = once_ms(floor)
    raw.close()
    return [Figure(f"import {rows} rows (preview + apply)", ours_ms, floor_ms, 5000, "total")]


def bench_filter(people: int, folder: Path) -> list[Figure]:
    from desktop.pages.participants.table_model import ParticipantsModel

    fake = Faker("fr_FR", seed=5)
    rows = []
    for _ in range(people):
        first, last, email, org, commune = fake.first_name(), fake.last_name(), fake.email(), fake.company(), fake.city()
        rows.append(ParticipantRow(uuid.uuid4(), uuid.uuid4(), last, first, email, org, None, commune,
                                   "confirmed", "import", 1, search_key(last, first, email, org, commune),  # type: ignore[arg-type]
                                   search_key(last, first)))
    model = ParticipantsModel()
    model.set_rows(rows)
    keystrokes = ["m", "ma", "mar", "mart", "marti", "martin", "martin ", "martin p", "martin pa"]
    state = {"i": 0}

    def ours() -> None:
        model.set_filter(keystrokes[state["i"] % len(keystrokes)])
        state["i"] += 1

    ours_times = timings_ms(ours, repeat=len(keystrokes) * 5)
    raw = sqlite3.connect(":memory:")
    raw.execute("CREATE TABLE p (last TEXT, first TEXT, email TEXT, org TEXT, commune TEXT)")
    raw.executemany("INSERT INTO p VALUES (?, ?, ?, ?, ?)",
                    [(r.last_name, r.first_name, r.email, r.organisation, r.commune) for r in rows])

    def floor() -> None:
        word = keystrokes[state["i"] % len(keystrokes)].strip()
        state["i"] += 1
        raw.execute("SELECT * FROM p WHERE last LIKE ? OR first LIKE ? OR email LIKE ? OR org LIKE ?",
                    (f"%{word}%",) * 4).fetchall()

    floor_times = timings_ms(floor, repeat=len(keystrokes) * 5)
    return [Figure(f"participants filter over {people} people, per keystroke", p99(ours_times), p99(floor_times), 50)]


def run(scale: float = 1.0) -> None:
    with tempfile.TemporaryDirectory() as folder:
        figures = bench_import(max(20, int(10_000 * scale)), Path(folder))
        figures += bench_filter(max(50, int(20_000 * scale)), Path(folder))
    report("Registrations", figures)


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run()
