"""Sync a workspace with a hub: push what is waiting, then pull what is new, page by page.

Each page is its own transaction and moves its cursor in that same transaction, so a sync killed at any point
resumes where it stopped; a page pushed twice or pulled twice changes nothing (change ids).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, func, select

from core.db.workspace import Workspace
from core.models import SyncChange, SyncReview, utcnow
from core.services.devices import take_new_identity
from core.services.rgpd import checkpoint
from core.sync.apply import ApplyResult, Change, apply_changes
from core.sync.changelog import ensure_baseline
from core.sync.compact import PUSHED_KEY, RESEND_KEY, Compaction, compact_log, snapshots
from core.sync.erasure import (
    HUB_SCRUBBED_KEY,
    erase_here,
    mark_scrubbed_on_hub,
    people_to_scrub_on_hub,
    redact_fields,
    redact_incoming,
)
from core.sync.gc_pause import cycle_collection_paused
from core.sync.hub import Hub
from core.sync.identity import changes_made_by_a_copy
from core.sync.tables import parent_columns, read_setting, replicated_tables, table_of, write_setting

PULLED_KEY = "sync.hub.pulled_seq"
HUB_ID_KEY = "sync.hub.id"
LAST_SYNC_KEY = "sync.last_at"
HUB_URL_KEY = "sync.hub.url"
# High-water marks: the last change this desk pulled (at the pull cursor) and the last one it pushed. A hub that
# no longer holds either was restored from an older backup (same hub id): see _check_hub.
PULLED_MARK_KEY = "sync.hub.pulled_mark"
PUSHED_MARK_KEY = "sync.hub.pushed_mark"
# Changes per transaction. Each transaction rewrites database pages all over a dozen UUID-keyed indexes, so
# fewer, larger ones write much less; but each holds the write lock while it is applied (1 to 2 s for 20,000 on
# a slow laptop), and a desk writing meanwhile waits, up to its 5 s busy timeout.
PAGE = 20000
PULL_CACHE_KIB = 64 * 1024  # see _pull_settings
PULL_FOLD_FRAMES = 50_000  # 4 KB each: the WAL is folded into the file about every other page of changes

ProgressFn = Callable[[str, int], None]  # (phase "push"/"pull", changes so far)


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    pulled: int
    applied: int
    conflicts: int
    duplicates: int
    # This file was a copy of another device's and took its own identity (see core/sync/identity.py).
    new_identity: bool = False
    # The hub had lost changes this desk knew it held (restored from an older backup): this desk sent it back
    # everything it knows; `resent` of them were missing.
    hub_restored: bool = False
    resent: int = 0
    held: int = 0  # received changes still waiting for a row that has not come yet (core.sync.held)
    # What left the log because the hub holds it, and the longest the desk's write lock was held for it.
    compaction: Compaction = field(default_factory=Compaction)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    waiting: int  # local changes the hub has not acknowledged
    last_sync_at: datetime | None
    hub_url: str | None
    open_conflicts: int
    open_duplicates: int


def _int(connection: Connection, key: str) -> int:
    return int(read_setting(connection, key) or 0)


def prepare(workspace: Workspace, hub_id: uuid.UUID) -> bool:
    """Log rows written before sync existed, and start the cursors afresh for a hub never seen. Returns whether
    this desk synced with another hub before: then it sends the new one everything it knows, since its log no
    longer holds what the old hub held (core.sync.compact)."""
    with workspace.engine.begin() as connection:
        ensure_baseline(connection, workspace.device_id)
        previous = read_setting(connection, HUB_ID_KEY)
        if previous != str(hub_id):
            write_setting(connection, HUB_ID_KEY, str(hub_id))
            for key in (PUSHED_KEY, PULLED_KEY):
                write_setting(connection, key, "0")
            write_setting(connection, RESEND_KEY, "1" if previous else "0")
            for key in (PULLED_MARK_KEY, PUSHED_MARK_KEY):
                write_setting(connection, key, "")
            return bool(previous)
    return False


def outgoing(connection: Connection, after: int, limit: int, *, everything: bool = False) -> list[tuple[int, Change]]:
    """Changes made here or received from a bundle, after the push cursor (the hub already has the others);
    everything: those received from the hub too (it lost them, see _check_hub)."""
    c = table_of(SyncChange)
    query = select(c.c.seq, c.c.change_id, c.c.hlc, c.c.device_id, c.c.table_name, c.c.row_id, c.c.op, c.c.fields,
                   c.c.base).where(c.c.seq > after)
    if not everything:
        query = query.where(c.c.origin != "hub")
    rows = connection.execute(query.order_by(c.c.seq).limit(limit)).all()
    return [(r[0], Change(*r[1:])) for r in rows]


def parents_first(connection: Connection, batch: list[tuple[int, Change]], *, everything: bool = False) -> list[Change]:
    """The batch, preceded by the inserts of the rows it points at that are still waiting further down the outbox.

    Rows logged before the outbox existed are logged at the first sync, after what was made since (a desk's own
    Device row after its 25,000 scans, in files from before it was logged at birth): pushed in log order, the
    hub would hold children before their parent. Pushed again when the cursor reaches them: harmless.
    """
    tables = replicated_tables()
    ahead: dict[int, Change] = {}
    wanted = [change for _s, change in batch]
    while wanted:
        ids = {v for change in wanted if change.op == "insert" and change.table_name in tables
               for column, _p in parent_columns(change.table_name)
               if isinstance(v := _values(change).get(column), str)}
        if not ids:
            break
        found = [(seq, Change(uuid.UUID(change_id), hlc, uuid.UUID(device), table, uuid.UUID(row), op_, fields,
                              base))
                 for seq, change_id, hlc, device, table, row, op_, fields, base in connection.exec_driver_sql(
                     "SELECT seq, change_id, hlc, device_id, table_name, row_id, op, fields, base FROM sync_changes "
                     "WHERE seq > ? AND (origin != 'hub' OR ?) AND op = 'insert' "
                     "AND row_id IN (SELECT value FROM json_each(?))",
                     (batch[-1][0], everything, json.dumps([uuid.UUID(i).hex for i in ids])))]
        wanted = [change for seq, change in found if seq not in ahead]
        ahead.update(found)
    return [ahead[seq] for seq in sorted(ahead)] + [change for _s, change in batch]


def _values(change: Change) -> dict[str, object]:
    values = json.loads(change.fields)
    return values if isinstance(values, dict) else {}


def sync_with_hub(workspace: Workspace, hub: Hub, *, page: int = PAGE, progress: ProgressFn | None = None,
                  cancelled: Callable[[], bool] = lambda: False) -> SyncReport:
    hub_id = hub.open()
    device_before = workspace.device_id
    workspace.own_identity()  # a copied file becomes its own device before its baseline is stamped
    other_hub = prepare(workspace, hub_id)
    restored = _check_hub(workspace, hub, hub_id)
    pushed = resent = 0
    compaction = Compaction()
    with workspace.engine.connect() as connection:
        everything = read_setting(connection, RESEND_KEY) == "1"
    if everything:  # what this desk dropped from its log once the hub held it, given again (core.sync.compact)
        with workspace.engine.connect() as connection:
            for changes in snapshots(connection, page):
                if cancelled():
                    break
                resent += hub.push(changes, count=True)
    while not cancelled():
        with workspace.engine.connect() as connection:
            batch = outgoing(connection, _int(connection, PUSHED_KEY), page, everything=everything)
            changes = parents_first(connection, batch, everything=everything) if batch else []
        if not batch:
            if everything:
                with workspace.engine.begin() as connection:
                    write_setting(connection, RESEND_KEY, "0")
            break
        added = hub.push(changes, count=everything)
        with workspace.engine.begin() as connection:
            write_setting(connection, PUSHED_KEY, str(batch[-1][0]))
            write_setting(connection, PUSHED_MARK_KEY, batch[-1][1].change_id.hex)
        pushed += len(batch)
        resent += added if everything else 0
        if progress:
            progress("push", pushed)
    # One connection for the whole pull: its page cache stays valid from page to page (another connection's
    # write would make SQLite drop it).
    with workspace.engine.connect() as connection:
        with _pull_settings(connection):
            pulled, total, copied, erasures = _pull(connection, workspace, hub, page, progress, cancelled,
                                                    compaction)
        if not cancelled():  # what the hub now holds leaves the log (core.sync.compact)
            compaction.add(compact_log(connection, workspace.device_id))
        if pulled or compaction.pages_freed:
            _fold_wal(connection)
    if copied:
        take_new_identity(workspace)
    if not cancelled():
        _scrub_hub(workspace, hub)
    if erasures:
        checkpoint(workspace)  # the erased words leave the WAL too (freed pages are zeroed as they go)
    if not cancelled():
        workspace.set_setting(LAST_SYNC_KEY, utcnow().isoformat())
    return SyncReport(pushed, pulled, total.applied, total.conflicts, total.duplicates,
                      new_identity=bool(copied) or workspace.device_id != device_before,
                      hub_restored=restored or (everything and not other_hub), resent=resent, held=total.held, compaction=compaction)


def _check_hub(workspace: Workspace, hub: Hub, hub_id: uuid.UUID) -> bool:
    """Does the hub still hold the last change this desk pulled (at the same number) and the last it pushed?

    A hub restored from a morning dump keeps its id but forgets what came after: the changes this desk pushed
    since are gone, and the numbers it had pulled up to are given again to new changes. Then this desk re-sends
    its whole log (the hub keeps what it has, takes what it lacks, so the other desks get it back too), pulls
    again from the start (what it has is skipped by change id), and carries its erasures to the hub again.
    """
    with workspace.engine.connect() as connection:
        pulled, pulled_mark = _int(connection, PULLED_KEY), read_setting(connection, PULLED_MARK_KEY)
        pushed_mark = read_setting(connection, PUSHED_MARK_KEY)
    lost = (pulled_mark and not hub.holds(uuid.UUID(pulled_mark), pulled)) or (
        pushed_mark and not hub.holds(uuid.UUID(pushed_mark)))
    if not lost:
        return False
    with workspace.engine.begin() as connection:
        for key, value in ((RESEND_KEY, "1"), (PUSHED_KEY, "0"), (PULLED_KEY, "0"), (PULLED_MARK_KEY, ""),
                           (PUSHED_MARK_KEY, ""), (f"{HUB_SCRUBBED_KEY}.{hub_id}", "[]")):
            write_setting(connection, key, value)
    return True


@contextmanager
def _pull_settings(connection: Connection) -> Iterator[None]:
    """SQLite settings for a pull, which inserts rows at random places of a dozen UUID-keyed indexes page after
    page, given back afterwards.

    A page cache that holds those indexes (the default is 2 MB): otherwise every insert reads them in again.
    And the WAL folded into the database file every few pages rather than after each one: each page changes the
    same index pages again, and each fold writes all of them (see _fold_wal for the last one).
    """
    with connection.begin():
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        fold = connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size = -{PULL_CACHE_KIB}")
        connection.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {PULL_FOLD_FRAMES}")
    try:
        yield
    finally:
        raw = connection.connection.dbapi_connection
        if raw is not None and raw.in_transaction:  # SQLite keeps a transaction whose COMMIT failed open
            raw.rollback()
        with connection.begin():
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or 0)}")
            connection.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {int(fold or 0)}")


def _fold_wal(connection: Connection) -> None:
    """Fold what the pull left in the WAL now, in the sync's thread, rather than in the next commit (a check-in
    at the desk, maybe). PASSIVE: it waits for nobody; what a reader still uses is folded by a later checkpoint."""
    raw = connection.connection.dbapi_connection  # outside any transaction, or SQLite refuses
    assert raw is not None
    raw.execute("PRAGMA wal_checkpoint(PASSIVE)")


def _scrub_hub(workspace: Workspace, hub: Hub) -> None:
    """Erasures this device knows and has not yet carried to this hub: rewrite the hub's copies."""
    hub_id = hub.open()
    with workspace.engine.connect() as connection:
        people, row_ids = people_to_scrub_on_hub(connection, hub_id)
    if people:
        hub.redact(row_ids, redact_fields)
        with workspace.engine.begin() as connection:
            mark_scrubbed_on_hub(connection, hub_id, people)


def _pull(connection: Connection, workspace: Workspace, hub: Hub, page: int, progress: ProgressFn | None,
          cancelled: Callable[[], bool], compaction: Compaction) -> tuple[int, ApplyResult, int, set[uuid.UUID]]:
    """Apply the hub's changes after the cursor, page by page: (pulled, their results, made by a copy, erasures)."""
    pulled, total, copied = 0, ApplyResult(0, 0, 0, 0), 0
    erasures: set[uuid.UUID] = set()
    while not cancelled():
        with connection.begin():
            cursor = _int(connection, PULLED_KEY)
        with cycle_collection_paused():
            changes = hub.pull(cursor, page)
            if not changes:
                break
            with connection.begin():
                incoming, erased_now = redact_incoming(connection, [h.change for h in changes])
                copied += changes_made_by_a_copy(connection, workspace.device_id, incoming)
                result = apply_changes(connection, incoming, "hub", workspace.device_id)
                if erased_now:
                    erase_here(connection)
                write_setting(connection, PULLED_KEY, str(changes[-1].seq))
                write_setting(connection, PULLED_MARK_KEY, changes[-1].change.change_id.hex)
        erasures |= erased_now
        # The page just applied leaves the log at once: the next page reuses its space (core.sync.compact).
        compaction.add(compact_log(connection, workspace.device_id, vacuum=False))
        pulled += len(changes)
        total = _add(total, result)
        if progress:
            progress("pull", pulled)
    return pulled, total, copied, erasures


def _add(a: ApplyResult, b: ApplyResult) -> ApplyResult:
    return ApplyResult(a.applied + b.applied, a.already_had + b.already_had, a.conflicts + b.conflicts,
                       a.duplicates + b.duplicates, b.held)


def sync_status(workspace: Workspace) -> SyncStatus:
    c = table_of(SyncChange)
    r = table_of(SyncReview)
    with workspace.engine.connect() as connection:
        pushed = _int(connection, PUSHED_KEY)
        waiting = connection.scalar(select(func.count()).select_from(c).where(c.c.seq > pushed,
                                                                              c.c.origin != "hub")) or 0
        last = read_setting(connection, LAST_SYNC_KEY)
        url = read_setting(connection, HUB_URL_KEY)
        rows = connection.execute(select(r.c.kind, func.count()).where(r.c.resolved_at.is_(None))
                                  .group_by(r.c.kind)).all()
        counts: dict[str, int] = {str(kind): int(n) for kind, n in rows}
    return SyncStatus(int(waiting), datetime.fromisoformat(last) if last else None, url,
                      int(counts.get("conflict", 0)), int(counts.get("duplicate_checkin", 0)))
