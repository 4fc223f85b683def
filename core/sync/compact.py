"""What a desk keeps of its change log once the hub holds the changes, and how the space comes back.

DESIGN. The log (sync_changes) is the outbox and the memory of every change seen. Kept whole, it was more than
half of every workspace file (three times the live data after a pull of 100,000 tickets). Once the hub holds a
change (pulled from it, or pushed and acknowledged: seq <= the push cursor), what merging and erasure still need is
much less, because the merge works from the row clocks (sync_rows: when each row was born, deleted, and each
field last written) and the live rows, not from the log:

- **kept**: every edit (update, resolve) of a live row. core.sync.conflicts reads each field's whole tree of writes
  (each names in its base the write it overwrote); with only the latest write kept, a desk that had compacted
  would list a different set of conflicts than one that had not (seen in the convergence test: an edit that
  overwrote a lost value with the very value of its concurrent rival). Edits are few beside inserts (every scan,
  import and pulled row is an insert), so this costs little;
- **kept**: deletes (tombstones), and the insert of every row that is no longer live (deleted, or folded into
  another by core.sync.fold): an RGPD erasure finds the erased person's rows there (a registration deleted long
  ago still sits on the hub with the person's words; its id and owner are only in its insert);
- **kept**: every change of a row with an open review (the review page reads them), the whole log while re-sending
  it to a hub restored from an older dump (service._check_hub), and the change with the highest seq (SQLite hands
  out max(seq) + 1: a new change must never get a seq the push cursor has already passed);
- **dropped**: the insert of a live row (the row itself, its born HLC in sync_rows and the fold generation of its
  natural key in sync_fold_ends say everything it said), and the edits of a row that is gone. A pull does not
  even log the inserts from the hub of the rows it creates (apply._worth_logging), rather than write and drop them.

What a dropped insert said is given again, when needed, as a **snapshot**: an insert stamped with the row's born
HLC, carrying its current values (its later writes follow as the kept updates), marked "@snapshot" in its base and
with a change id derived from (table, row, born HLC), so every desk that snapshots one row makes the same change.
A sync file gets them (another desk may only ever see this one through USB sticks), and so does a restored hub
(core.sync.service). A desk that already has the row ignores a snapshot (apply.py); a desk's own snapshots coming
back never look like the work of a copy of its file (core.sync.identity), nor do its own compacted changes
(COMPACTED_KEY: the highest clock of a change of its own it dropped).

A change seen again after its record was dropped (a restored hub pulled again from the start, an old sync file) is
applied again: an insert of a row that exists, an older write of a field, a delete of a dead row change nothing.

Space: dropping frees pages that the next writes reuse. A workspace made with auto_vacuum = INCREMENTAL (every one
created since) also gives them back to the disk, a few thousand pages per transaction so that a desk scanning
meanwhile waits a few tens of milliseconds at most; an older file keeps its size (a VACUUM would hold the desk).
The pull compacts each page of changes right after applying it, so the file never grows by a whole pull's log.
Compaction starts where it stopped (COMPACTED_SEQ_KEY): changes kept for an open review stay once it closes.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, select

from core.models import SyncAlias, SyncReview, SyncRowState
from core.sync.apply import SNAPSHOT, Change
from core.sync.codec import dumps, to_json
from core.sync.fold import LocalFolds
from core.sync.identity import COMPACTED_KEY
from core.sync.tables import insert_order, read_setting, replicated_tables, table_of, write_setting

PUSHED_KEY = "sync.hub.pushed_seq"  # service's push cursor (service imports this module)
RESEND_KEY = "sync.hub.resend"
COMPACTED_SEQ_KEY = "sync.compacted_seq"  # every change up to this seq was looked at
CHUNK = 5_000  # changes looked at per write transaction (a few hundred ms of the desk's write lock at most)
VACUUM_PAGES = 2_000  # pages given back to the disk per transaction (8 MB)
_SNAPSHOT_IDS = uuid.UUID("6c0d7f0e-5a1b-4c55-9d0e-70a5e4a1c0b1")


@dataclass
class Compaction:
    looked_at: int = 0
    dropped: int = 0
    pages_freed: int = 0
    longest_lock_ms: float = 0.0  # the longest write transaction it held

    def add(self, other: Compaction) -> None:
        self.looked_at += other.looked_at
        self.dropped += other.dropped
        self.pages_freed += other.pages_freed
        self.longest_lock_ms = max(self.longest_lock_ms, other.longest_lock_ms)


def snapshot_id(table_name: str, row_id: uuid.UUID, born: str) -> uuid.UUID:
    return uuid.uuid5(_SNAPSHOT_IDS, f"{table_name}/{row_id.hex}/{born}")


def compact_log(connection: Connection, device_id: uuid.UUID, *, vacuum: bool = True) -> Compaction:
    """Drop what the hub holds and nobody needs (see the module's text) among the changes not looked at yet, and
    give the space back. Each chunk is its own short write transaction (call outside any transaction)."""
    report = Compaction()
    with connection.begin():
        if read_setting(connection, RESEND_KEY) == "1":
            return report
        pushed = int(read_setting(connection, PUSHED_KEY) or 0)
        low = int(read_setting(connection, COMPACTED_SEQ_KEY) or 0)
        end = (connection.exec_driver_sql("SELECT max(seq) FROM sync_changes").scalar() or 0) - 1
    while low < end:
        high = min(low + CHUNK, end)
        started = time.perf_counter()
        with connection.begin():
            waiting = _compact_chunk(connection, device_id, low, high, pushed, report)
            # Looked at up to here, or up to the first change the hub has not acknowledged (looked at again later).
            low = high if waiting is None else waiting - 1
            write_setting(connection, COMPACTED_SEQ_KEY, str(low))
        report.longest_lock_ms = max(report.longest_lock_ms, (time.perf_counter() - started) * 1000)
        if waiting is not None:
            break
    if vacuum:
        give_back_space(connection, report)
    return report


def _compact_chunk(connection: Connection, device_id: uuid.UUID, low: int, high: int, pushed: int,
                   report: Compaction) -> int | None:
    """Compact seq in (low, high]; returns the first seq the hub has not acknowledged, if any."""
    waiting = connection.exec_driver_sql(
        "SELECT min(seq) FROM sync_changes WHERE seq > ? AND seq <= ? AND origin != 'hub' AND seq > ?",
        (low, high, pushed)).scalar()
    if waiting is not None:
        high = waiting - 1
    rows = connection.exec_driver_sql(
        "SELECT seq, table_name, row_id, op, hlc, device_id FROM sync_changes "
        "WHERE seq > ? AND seq <= ?", (low, high)).all()
    report.looked_at += len(rows)
    if not rows:
        return waiting
    tables = replicated_tables()
    reviewed = _reviewed(connection)
    ids: dict[str, set[str]] = {}
    for _seq, name, row_hex, *_rest in rows:
        ids.setdefault(name, set()).add(row_hex)
    live = {name: _live(connection, name, found) for name, found in ids.items() if name in tables}
    survivors = _survivors(connection, ids)
    clock_keys: dict[str, set[str]] = {}
    for _seq, name, row_hex, op, *_rest in rows:
        if op in ("update", "resolve"):
            clock_keys.setdefault(name, set()).add(survivors.get((name, row_hex), row_hex))
    clocks = _clocks(connection, clock_keys)
    dropped: list[int] = []
    own, own_hex = "", device_id.hex
    for seq, name, row_hex, op, hlc, device_hex in rows:
        if name not in tables or (name, row_hex) in reviewed or op == "delete":
            continue
        if op == "insert":
            if row_hex not in live.get(name, ()):
                continue  # not live (deleted, folded): its insert says whose it was, for an erasure
        elif op in ("update", "resolve"):
            target = survivors.get((name, row_hex), row_hex)
            clock = clocks.get((name, target))
            if clock is None or (name, target) in reviewed:
                continue  # an edit of a row never seen here: its insert may still come
            if clock[1] is None:
                continue  # a live row's edits all stay (see the module's text)
        else:
            continue
        dropped.append(seq)
        if device_hex == own_hex and hlc > own:
            own = hlc
    if dropped:
        connection.exec_driver_sql("DELETE FROM sync_changes WHERE seq IN (SELECT value FROM json_each(?))",
                                   (json.dumps(dropped),))
    if own and own > (read_setting(connection, COMPACTED_KEY) or ""):
        write_setting(connection, COMPACTED_KEY, own)
    report.dropped += len(dropped)
    return waiting


def _reviewed(connection: Connection) -> set[tuple[str, str]]:
    r = table_of(SyncReview)
    return {(name, row_id.hex) for name, row_id in connection.execute(
        select(r.c.table_name, r.c.row_id).where(r.c.resolved_at.is_(None)))}


def _live(connection: Connection, name: str, ids: set[str]) -> set[str]:
    return set(connection.exec_driver_sql(
        f'SELECT id FROM "{name}" WHERE id IN (SELECT value FROM json_each(?))', (json.dumps(list(ids)),)).scalars())


def _survivors(connection: Connection, ids: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """Rows folded into another (core.sync.fold): their edits are the survivor's writes."""
    a = table_of(SyncAlias)
    if connection.scalar(select(a.c.row_id).limit(1)) is None:
        return {}
    out = {}
    for name, found in ids.items():
        for row_hex, survivor_hex in connection.exec_driver_sql(
                "SELECT row_id, survivor_id FROM sync_aliases WHERE table_name = ? "
                "AND row_id IN (SELECT value FROM json_each(?))", (name, json.dumps(list(found)))):
            out[name, row_hex] = survivor_hex
    return out


def _clocks(connection: Connection, keys: dict[str, set[str]]
            ) -> dict[tuple[str, str], tuple[str | None, str | None, dict[str, str]]]:
    out = {}
    for name, found in keys.items():
        for row_hex, born, deleted, clocks in connection.exec_driver_sql(
                "SELECT row_id, born_hlc, deleted_hlc, clocks FROM sync_rows WHERE table_name = ? "
                "AND row_id IN (SELECT value FROM json_each(?))", (name, json.dumps(list(found)))):
            out[name, row_hex] = (born, deleted, json.loads(clocks) if clocks else {})
    return out


def give_back_space(connection: Connection, report: Compaction) -> None:
    """Free pages back to the disk, VACUUM_PAGES per write transaction, in a file made for it (INCREMENTAL).
    Call outside any transaction."""
    raw = connection.connection.dbapi_connection
    assert raw is not None
    if raw.execute("PRAGMA auto_vacuum").fetchone()[0] != 2:
        return
    while (free := raw.execute("PRAGMA freelist_count").fetchone()[0]) > VACUUM_PAGES // 4:
        started = time.perf_counter()
        # A script: the pragma frees one page per step, and only a script steps it to the end.
        raw.executescript(f"BEGIN IMMEDIATE; PRAGMA incremental_vacuum({VACUUM_PAGES}); COMMIT;")
        report.longest_lock_ms = max(report.longest_lock_ms, (time.perf_counter() - started) * 1000)
        left = raw.execute("PRAGMA freelist_count").fetchone()[0]
        report.pages_freed += free - left
        if left >= free:
            break


def snapshots(connection: Connection, batch: int = 5000) -> Iterator[list[Change]]:
    """Inserts for the live rows whose insert was dropped from the log, parents first, a batch at a time."""
    logged = {(name, row_hex) for name, row_hex in connection.exec_driver_sql(
        "SELECT table_name, row_id FROM sync_changes WHERE op = 'insert'")}
    folds = LocalFolds(connection)
    rs = table_of(SyncRowState)
    tables = replicated_tables()
    for name in sorted(tables, key=lambda n: insert_order()[n]):
        table = tables[name]
        out: list[Change] = []
        for row in connection.execute(select(rs.c.born_hlc.label("@born"), table).join(
                table, table.c.id == rs.c.row_id).where(rs.c.table_name == name, rs.c.born_hlc.is_not(None),
                                                        rs.c.deleted_hlc.is_(None))).mappings():
            row_id, born = row["id"], row["@born"]
            if (name, row_id.hex) in logged:
                continue
            values = {column.name: to_json(row[column.name]) for column in table.columns}
            gen = folds.insert_base(name, values) or {}
            out.append(Change(snapshot_id(name, row_id, born), born, _maker(born), name, row_id, "insert",
                              dumps(values), json.dumps({SNAPSHOT: 1, **gen}, separators=(",", ":"))))
            if len(out) >= batch:
                yield out
                out = []
        if out:
            yield out


def _maker(hlc: str) -> uuid.UUID:
    """The device that stamped a clock (core.sync.hlc: "<ms>.<counter>.<device>[.<change>]")."""
    try:
        return uuid.UUID(hlc.split(".")[2])
    except (IndexError, ValueError):
        return uuid.UUID(int=0)
