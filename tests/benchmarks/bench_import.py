"""Import of 10,000 and 100,000 generated rows (read + preview + apply; targets 5 s and 30 s, peak memory under
500 MB) beside the floor: a bare executemany of the same people and registrations into raw SQLite. The CPU time
of ours is printed too: on a shared machine the wall time mostly measures the others.

Each size runs in a child process, so that its peak memory (the child's maximum RSS) is its own.

Run: python -m tests.benchmarks.bench_import
"""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from faker import Faker

from tests.benchmarks.common import Figure, report

TARGETS_MS = {10_000: 5_000, 100_000: 30_000}
MEMORY_TARGET_MB = 500
HEADER = "Prénom;Nom;Email;Structure;Commune;Date;Ateliers"


def make_csv(rows: int, path: Path) -> list[tuple[str, str, str, str]]:
    """A form export: 400 structures, each row its own person and e-mail, streamed to disk."""
    fake = Faker("fr_FR", seed=4)
    firsts = sorted({fake.first_name() for _ in range(2000)})
    lasts = sorted({fake.last_name() for _ in range(2000)})

    def last(k: int) -> str:  # double-barrelled beyond the list: every (first, last) pair is someone else
        return lasts[k % len(lasts)] + ("" if k < len(lasts) else f"-{lasts[(k // len(lasts)) % len(lasts)]}")

    people = [(firsts[i % len(firsts)], last(i // len(firsts)), f"p{i}@example.org", f"Structure {i % 400}")
              for i in range(rows)]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "\r\n")
        for first, last, email, org in people:
            out.write(f"{first};{last};{email};{org};Sevran;03/11/2026 10:{len(email) % 60:02d};\r\n")
    return people


def measure(rows: int, folder: Path) -> dict[str, float]:
    """One size, in this process: our import, then the floor. Returns milliseconds and peak RSS in MB."""
    from core.db.workspace import open_workspace
    from core.demo import build_demo_workspace
    from core.imports import apply_import, guess_mapping, plan_import, read_file
    from core.services.events import list_events

    csv_path = folder / "export.csv"
    people = make_csv(rows, csv_path)
    build_demo_workspace(folder / "bench.envol", people=0).close()
    workspace = open_workspace(folder / "bench.envol")
    event_id = next(e.id for e in list_events(workspace) if "Mois" in e.name)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    start, cpu_start = time.perf_counter(), time.process_time()
    table = read_file(csv_path)
    mapping = guess_mapping(table.headers)
    with workspace.reading() as session:
        preview = plan_import(session, table, mapping, event_id, csv_path.name)
    assert preview.can_apply and preview.new_people == rows
    planned = time.perf_counter()
    with workspace.unit_of_work() as uow:
        summary = apply_import(uow, table, mapping, event_id, csv_path.name, preview=preview)
    ours_ms = (time.perf_counter() - start) * 1000
    ours_cpu_ms = (time.process_time() - cpu_start) * 1000
    apply_ms = (time.perf_counter() - planned) * 1000
    assert summary.new_registrations == rows
    workspace.close()
    del table, preview
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    raw = sqlite3.connect(folder / "raw.sqlite")
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("CREATE TABLE people (id BLOB PRIMARY KEY, first TEXT, last TEXT, email TEXT, org TEXT)")
    raw.execute("CREATE TABLE registrations (id BLOB PRIMARY KEY, person BLOB, event BLOB)")
    start = time.perf_counter()
    ids = [uuid.uuid4().bytes for _ in people]
    with raw:
        raw.executemany("INSERT INTO people VALUES (?, ?, ?, ?, ?)",
                        [(i, *person) for i, person in zip(ids, people, strict=True)])
        raw.executemany("INSERT INTO registrations VALUES (?, ?, ?)",
                        [(uuid.uuid4().bytes, i, event_id.bytes) for i in ids])
    floor_ms = (time.perf_counter() - start) * 1000
    raw.close()
    return {"ours_ms": ours_ms, "ours_cpu_ms": ours_cpu_ms, "apply_ms": apply_ms, "floor_ms": floor_ms, "rss_before_mb": rss_before,
            "rss_peak_mb": rss_peak}


def measure_in_child(rows: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_import", "--child", str(rows)],
                         check=True, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run(scale: float = 1.0) -> None:
    figures: list[Figure] = []
    memory: list[str] = []
    for rows, target in TARGETS_MS.items():
        n = max(20, int(rows * scale))
        m = measure_in_child(n)
        figures.append(Figure(f"import {n} rows (read + preview + apply)", m["ours_ms"], m["floor_ms"],
                              target if n == rows else None, "total"))
        memory.append(f"import {n} rows: peak RSS {m['rss_peak_mb']:.0f} MB (workspace open: "
                      f"{m['rss_before_mb']:.0f} MB; target {MEMORY_TARGET_MB} MB) · apply alone "
                      f"{m['apply_ms']:.0f} ms · CPU time of ours {m['ours_cpu_ms']:.0f} ms (the wall time above "
                      f"counts the waits of a loaded machine)")
    report("Import", figures)
    for line in memory:
        print(line)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        with tempfile.TemporaryDirectory() as folder:
            print(json.dumps(measure(int(sys.argv[2]), Path(folder))))
    else:
        run()
