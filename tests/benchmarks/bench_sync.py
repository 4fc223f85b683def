"""Sync against the real PostgreSQL hub: a new device pulls 100,000 tickets and their people (target 30 s),
pushes 5,000 check-ins (2 s), and a sync with nothing to do (100 ms); each beside a bare COPY/executemany.

Run: ENVOL_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test python -m tests.benchmarks.bench_sync
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import psycopg
from faker import Faker
from sqlalchemy.engine import make_url

from core.models import CheckIn, CheckInKind, utcnow
from core.sync.codec import to_json
from core.sync.hlc import encode
from core.sync.hub import Hub
from core.sync.service import sync_with_hub
from core.sync.tables import replicated_tables
from tests.benchmarks.common import Figure, once_ms, p99, report, timings_ms
from tests.core.sync_helpers import blank_template, new_replica

COLUMNS = ["change_id", "hlc", "device_id", "table_name", "row_id", "op", "fields", "base"]


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _full_row(table_name: str, values: dict[str, Any]) -> dict[str, Any]:
    """Fill the columns other features added, from their defaults, like an insert would."""
    for column in replicated_tables()[table_name].columns:
        if column.name in values:
            continue
        default = column.default
        if default is None:
            values[column.name] = None
        elif getattr(default, "is_callable", False):
            values[column.name] = default.arg(None)  # type: ignore[union-attr, operator]
        else:
            values[column.name] = getattr(default, "arg", None)
    return values


def _source_changes(tickets: int) -> list[tuple[Any, ...]]:
    device = uuid.uuid4()
    now = datetime.now(UTC)
    counter = 0
    out = []

    def add(table: str, values: dict[str, Any]) -> None:
        nonlocal counter
        counter += 1
        row = _full_row(table, {"id": uuid.uuid4(), "created_at": now, "updated_at": now, **values})
        out.append((uuid.uuid4(), encode(1_700_000_000_000, counter, device), device, table, row["id"], "insert",
                    json.dumps({k: to_json(v) for k, v in row.items()}, separators=(",", ":")), None))

    add("devices", {"id": device, "name": "bureau"})
    event = uuid.uuid4()
    add("events", {"id": event, "name": "Rencontres territoriales", "kind": "rencontres",
                   "starts_on": date(2026, 12, 3), "ends_on": date(2026, 12, 3), "timezone": "Europe/Paris"})
    fake = Faker("fr_FR", seed=1)
    names = [(fake.first_name(), fake.last_name()) for _ in range(500)]
    for i in range(tickets):
        person, registration = uuid.uuid4(), uuid.uuid4()
        first, last = names[i % len(names)]
        add("people", {"id": person, "first_name": first, "last_name": last, "email": f"p{i}@exemple.fr",
                       "consent_communication": False, "consent_photo": False})
        add("registrations", {"id": registration, "person_id": person, "event_id": event, "status": "confirmed",
                              "source": "import", "requested_at": now})
        add("tickets", {"registration_id": registration, "code": f"T{i:07d}"})
    return out


def _copy_into_hub(url: str, schema: str, rows: list[tuple[Any, ...]]) -> None:
    sql = f'COPY "{schema}".envol_changes ({", ".join(COLUMNS)}) FROM STDIN'
    with psycopg.connect(_libpq(url)) as connection, connection.cursor() as cursor, cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def run(scale: float = 1.0) -> None:
    url = os.environ.get("ENVOL_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    tickets = max(10, int(100_000 * scale))
    checkins = max(10, int(5_000 * scale))
    schema = f"bench_sync_{uuid.uuid4().hex[:8]}"
    hub = Hub(url, schema=schema)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        try:
            hub.open()
            rows = _source_changes(tickets)
            _copy_into_hub(url, schema, rows)
            template = blank_template(tmp)
            device = new_replica(template, tmp / "new.envol")
            reports = []
            cpu = time.process_time()
            pull_ms = once_ms(lambda: reports.append(sync_with_hub(device, hub)))
            pull_cpu_s = time.process_time() - cpu
            pull_lock_ms = reports[-1].compaction.longest_lock_ms
            sizes = _sizes(device.path)
            sizes["fresh"] = _fresh_copy_size(device.path, tmp / "live.sqlite")
            pull_floor = _pull_floor(url, schema, tmp / "floor.sqlite")

            _check_in_all(device, checkins)
            push_ms = once_ms(lambda: reports.append(sync_with_hub(device, hub)))
            push_lock_ms = reports[-1].compaction.longest_lock_ms
            push_floor = _push_floor(url, schema, checkins)

            idle = timings_ms(lambda: sync_with_hub(device, hub), repeat=20)
            idle_floor = timings_ms(lambda: hub.last_seq(), repeat=20)
            device.close()
        finally:
            hub.drop()
            hub.close()
    report(f"sync ({tickets} tickets and their people, {len(rows)} changes; {checkins} check-ins)", [
        Figure(f"new device pulls {tickets} tickets + people", pull_ms, pull_floor, 30_000, "total"),
        Figure(f"push {checkins} check-ins", push_ms, push_floor, 2_000, "total"),
        Figure("sync with nothing to do", p99(idle), p99(idle_floor), 100),
    ])
    mb = 1024 * 1024
    print(f"workspace after the pull: {sizes['file'] / mb:.1f} MB on disk (and a WAL of {sizes['wal'] / mb:.1f} MB, "
          "kept to 64 MB at most); the same rows copied into "
          f"a fresh SQLite file with no sync table: {sizes['fresh'] / mb:.1f} MB; file / live data = "
          f"{sizes['file'] / sizes['fresh']:.2f} (target about 2)")
    print(f"  in the workspace: live rows and their indexes {sizes['live'] / mb:.1f} MB; sync bookkeeping "
          f"{sizes['sync'] / mb:.1f} MB, of which row clocks {sizes['sync_rows'] / mb:.1f} MB and the change log "
          f"{sizes['sync_changes'] / mb:.1f} MB")
    print(f"  the pull's own CPU time (this process, so the machine's load left out): {pull_cpu_s:.1f} s")
    print(f"  longest write-lock hold by the log's compaction: pull {pull_lock_ms:.0f} ms, push {push_lock_ms:.0f} ms")


def _sizes(path: Path) -> dict[str, int]:
    """Bytes on disk (file and WAL), and by what they hold: the live rows, the sync's own tables (dbstat)."""
    with sqlite3.connect(path) as raw:
        owner = dict(raw.execute("SELECT name, tbl_name FROM sqlite_master"))
        by_name = raw.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    raw.close()
    wal = Path(f"{path}-wal")
    out = {"file": path.stat().st_size, "wal": wal.stat().st_size if wal.exists() else 0, "live": 0, "sync": 0, "sync_changes": 0, "sync_rows": 0}
    for name, size in by_name:
        table = owner.get(name, name)
        out["sync" if table.startswith("sync_") else "live"] += size
        if table in ("sync_changes", "sync_rows"):
            out[table] += size
    return out


def _fresh_copy_size(path: Path, target: Path) -> int:
    """The live data alone: the workspace copied into a fresh file (VACUUM INTO), its sync tables dropped, then
    compacted again."""
    with contextlib.closing(sqlite3.connect(path)) as raw:
        raw.execute("VACUUM INTO ?", (str(target),))
    with contextlib.closing(sqlite3.connect(target, isolation_level=None)) as raw:
        for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sync\\_%' "
                                   "ESCAPE '\\'").fetchall():
            raw.execute(f'DROP TABLE "{name}"')
        raw.execute("VACUUM")
    return target.stat().st_size


def _pull_floor(url: str, schema: str, path: Path) -> float:
    """Bare: read the same changes from PostgreSQL and executemany them into one SQLite table."""
    def bare() -> None:
        target = sqlite3.connect(path)
        target.execute("CREATE TABLE c (change_id, hlc, device_id, table_name, row_id, op, fields, base)")
        with psycopg.connect(_libpq(url)) as connection, connection.cursor() as cursor:
            cursor.execute(f'SELECT {", ".join(COLUMNS)} FROM "{schema}".envol_changes ORDER BY seq')
            target.executemany("INSERT INTO c VALUES (?,?,?,?,?,?,?,?)",
                               ((str(r[0]), r[1], str(r[2]), r[3], str(r[4]), r[5], r[6], r[7]) for r in cursor))
        target.commit()
        target.close()
    return once_ms(bare)


def _check_in_all(device: Any, count: int) -> None:
    from sqlalchemy import select

    from core.models import Ticket

    with device.unit_of_work() as uow:
        ids = list(uow.session.scalars(select(Ticket.id).limit(count)))
        uow.session.add_all(CheckIn(ticket_id=t, kind=CheckInKind.ENTRY, verdict="valid", accepted=True,
                                    scanned_at=utcnow(), device_id=device.device_id, nonce=uuid.uuid4().hex)
                            for t in ids)


def _push_floor(url: str, schema: str, count: int) -> float:
    rows = [(uuid.uuid4(), f"{i:020d}", uuid.uuid4(), "checkins", uuid.uuid4(), "insert", "{}", None)
            for i in range(count)]

    def bare() -> None:
        with psycopg.connect(_libpq(url)) as connection, connection.cursor() as cursor:
            cursor.execute(f'CREATE TEMP TABLE floor (LIKE "{schema}".envol_changes INCLUDING IDENTITY INCLUDING DEFAULTS INCLUDING INDEXES)')
            cursor.executemany("INSERT INTO floor (change_id, hlc, device_id, table_name, row_id, op, fields, base) "
                               "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", rows)
    return once_ms(bare)


if __name__ == "__main__":
    run()
