"""Merging changes from other devices into this workspace.

Rules: inserts create rows; other fields are last-writer-wins per field by HLC; deletes are tombstones that
win over later edits and take the rows that depend on them along (the same on every device, so all converge).
Two edits of a field made without seeing each other (the remote change's base clock differs from ours) with
different values are listed for review. Check-ins are only ever inserted: a union; a ticket entered on two
devices keeps both rows, the first by HLC is THE check-in, the later one is listed as a duplicate (per registration:
a person's two tickets entered on two desks are a double entry too).
Rows with a natural key born on two devices fold into one (core.sync.fold: the hooks below are marked "fold").
Everything is written with Core statements so nothing re-enters the outbox.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Dialect, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from core.models import (
    CheckIn,
    Registration,
    SyncChange,
    SyncReview,
    utcnow,
)
from core.sync.bulk_insert import BulkInsert
from core.sync.codec import TableCodec
from core.sync.conflicts import refresh_conflicts
from core.sync.doubles import refresh_duplicates, registrations_of
from core.sync.fold import Folder, unique_clash
from core.sync.held import held_count, hold, take_ready, waiting_ids
from core.sync.hlc import HLC_KEY, Clock
from core.sync.storage import TableStorer
from core.sync.tables import (
    SILENT_FIELDS,
    RowClock,
    child_columns,
    close_reviews,
    insert_order,
    insert_rows,
    load_row_clocks,
    parent_columns,
    read_setting,
    replicated_tables,
    row_values,
    save_stored_clocks,
    table_of,
    write_setting,
)


@dataclass(frozen=True, slots=True)
class Change:
    change_id: uuid.UUID
    hlc: str
    device_id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    op: str
    fields: str  # JSON
    base: str | None  # JSON

    def as_row(self, origin: str) -> dict[str, Any]:
        return {"change_id": self.change_id, "hlc": self.hlc, "device_id": self.device_id,
                "table_name": self.table_name, "row_id": self.row_id, "op": self.op, "fields": self.fields,
                "base": self.base, "origin": origin}


# In an insert's base: a snapshot of a row whose insert a desk dropped from its log (core.sync.compact).
SNAPSHOT = "@snapshot"


def is_snapshot(change: Change) -> bool:
    return change.op == "insert" and bool(change.base) and SNAPSHOT in change.base  # type: ignore[operator]


_LOG_COLUMNS = ["change_id", "hlc", "device_id", "table_name", "row_id", "op", "fields", "base", "origin"]
_NO_CLOCK: tuple[str | None, str | None, str | None] = (None, None, None)


@dataclass(slots=True)
class _Row:
    clock: RowClock
    exists: bool
    insert: dict[str, Any] | None = None  # JSON values of a row born in this batch
    update: dict[str, Any] = field(default_factory=dict)  # JSON values to write on an existing row
    delete: bool = False
    saved: tuple[str | None, str | None, str | None] = _NO_CLOCK  # the clock as sync_rows held it


@dataclass(frozen=True, slots=True)
class ApplyResult:
    applied: int
    already_had: int
    conflicts: int
    duplicates: int
    held: int = 0  # waiting for a row that has not come yet (core.sync.held)


_codecs: dict[str, TableCodec] = {}


def _codec(name: str) -> TableCodec:
    if name not in _codecs:
        _codecs[name] = TableCodec(replicated_tables()[name])
    return _codecs[name]


_storers: dict[tuple[str, str], TableStorer] = {}


def _storer(name: str, dialect: Dialect) -> TableStorer:
    key = (name, dialect.name)
    if key not in _storers:
        _storers[key] = TableStorer(replicated_tables()[name], dialect)
    return _storers[key]


_DECODER = json.JSONDecoder()


def _values_of(fields: str) -> Any:
    """json.loads(fields) without its wrappers, which cost a third as much as the parsing on a change's fields."""
    try:
        values, end = _DECODER.raw_decode(fields)
    except ValueError:
        return json.loads(fields)  # refused as it always was (or with spaces before it, accepted)
    return values if end == len(fields) else json.loads(fields)


def _seen(connection: Connection, stored_ids: list[str]) -> set[str]:
    # One query for the whole page: the ids as one JSON array, each looked up in the change_id unique index.
    return set(connection.exec_driver_sql(
        "SELECT change_id FROM sync_changes WHERE change_id IN (SELECT value FROM json_each(?))",
        (json.dumps(stored_ids),)).scalars())


def seen_change_ids(connection: Connection, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    wanted = {change_id.hex: change_id for change_id in ids}  # a UUID is stored as its 32 hex digits
    return {wanted[stored] for stored in _seen(connection, list(wanted))}


def apply_changes(connection: Connection, changes: Sequence[Change], origin: str,
                  device_id: uuid.UUID) -> ApplyResult:
    """Apply changes inside the caller's transaction, in whatever order they come: a change that needs a row not
    here yet waits for it (core.sync.held), and runs when that row is born, in this call or a later one."""
    result, born = _apply(connection, changes, [origin] * len(changes), device_id)
    waited = result.held > 0
    while born:  # rows born now may be what held changes waited for; theirs may be awaited in turn
        ready = take_ready(connection, born)
        if not ready:
            break
        waited = True
        more, born = _apply(connection, [c for c, _o in ready], [o for _c, o in ready], device_id)
        result = ApplyResult(result.applied + more.applied, result.already_had, result.conflicts + more.conflicts,
                             result.duplicates + more.duplicates)
    return ApplyResult(result.applied, result.already_had, result.conflicts, result.duplicates,
                       held_count(connection) if waited else 0)


def _apply(connection: Connection, changes: Sequence[Change], origins: Sequence[str],
           device_id: uuid.UUID) -> tuple[ApplyResult, set[uuid.UUID]]:
    """Apply what can be, hold the rest: (the result, the ids of the rows born)."""
    # A child may be written before its parent within the batch; the check happens at commit.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    # Change ids as stored, worked out once: to look them up, to skip repeats and to log the fresh ones.
    stored_ids = [c.change_id.hex for c in changes]
    seen = _seen(connection, stored_ids) | _known_snapshots(connection, changes)
    fresh: list[Change] = []
    log: list[tuple[Any, ...]] = []
    fresh_origins: list[str] = []
    for change, stored_id, origin in zip(changes, stored_ids, origins, strict=True):
        if stored_id not in seen:
            seen.add(stored_id)
            fresh.append(change)
            fresh_origins.append(origin)
            log.append((stored_id, change.hlc, change.device_id.hex, change.table_name, change.row_id.hex,
                        change.op, change.fields, change.base, origin))
    if not fresh:
        return ApplyResult(0, len(changes), 0, 0), set()
    merger = _Merger(connection, waiting_ids(connection))
    tables = replicated_tables()
    parsed = [(c, _values_of(c.fields), o) for c, o in zip(fresh, fresh_origins, strict=True)
              if c.table_name in tables]
    keys = {(c.table_name, c.row_id) for c, _values, _o in parsed}
    for change, values, _origin in parsed:
        if change.op == "insert":
            for column, parent in parent_columns(change.table_name):
                if values.get(column):
                    keys.add((parent, merger.id_of(values[column])))
    merger.fold.prefetch([(c, v) for c, v, _o in parsed])  # fold
    merger.prefetch(keys)
    try:
        for change, values, origin in parsed:
            merger.origin = origin
            merger.merge(change, values)
        merger.write()
    except IntegrityError as error:  # a unique key no fold covers: stop with words, not a driver error
        raise unique_clash(error) from error
    if merger.held:
        hold(connection, merger.held)
        waiting = {c.change_id.hex for c, _o, _w in merger.held}
        log = [entry for entry in log if entry[0] not in waiting]
    log = _worth_logging(connection, log, merger.born)
    insert_rows(connection, table_of(SyncChange), _LOG_COLUMNS, log)
    clock = Clock.parse(device_id, read_setting(connection, HLC_KEY))
    clock.receive(max(c.hlc for c in fresh))
    write_setting(connection, HLC_KEY, clock.state())
    touched = registrations_of(connection, merger.checked_in_tickets, merger.undone)
    duplicates = refresh_duplicates(connection, touched | merger.fold.survivors_of(Registration.__tablename__))
    conflicts = refresh_conflicts(connection, merger.edited | merger.fold.absorbed())
    applied = len(fresh) - len(merger.held)
    return (ApplyResult(applied, len(changes) - len(fresh), conflicts, duplicates, len(merger.held)),
            merger.born)


def _known_snapshots(connection: Connection, changes: Sequence[Change]) -> set[str]:
    """The (stored) ids of snapshots of rows this desk has, or had, or folded: nothing to apply nor to log
    (a sync file carries them at every export, core.sync.compact)."""
    wanted: dict[str, dict[str, str]] = {}
    for change in changes:
        if is_snapshot(change):
            wanted.setdefault(change.table_name, {})[change.row_id.hex] = change.change_id.hex
    known: set[str] = set()
    for name, ids in wanted.items():
        for row_hex in connection.exec_driver_sql(
                "SELECT row_id FROM sync_rows WHERE table_name = ? AND row_id IN (SELECT value FROM json_each(?)) "
                "AND (born_hlc IS NOT NULL OR deleted_hlc IS NOT NULL) UNION SELECT row_id FROM sync_aliases "
                "WHERE table_name = ? AND row_id IN (SELECT value FROM json_each(?))",
                (name, json.dumps(list(ids)), name, json.dumps(list(ids)))).scalars():
            known.add(ids[row_hex])
    return known


def _worth_logging(connection: Connection, log: list[tuple[Any, ...]], born: set[uuid.UUID]) -> list[tuple[Any, ...]]:
    """The log entries to write: not the inserts from the hub of rows born now and still live, which the log's
    compaction would drop at once (core.sync.compact: the hub holds them, the row and its clocks say the rest).
    Writing 20,000 of them per page of a pull only to delete them again costs more than the pull itself."""
    candidates: dict[str, set[str]] = {}
    born_hex = {row_id.hex for row_id in born}
    for entry in log:
        if entry[8] == "hub" and entry[5] == "insert" and entry[4] in born_hex:
            candidates.setdefault(entry[3], set()).add(entry[4])
    if not candidates:
        return log
    live: set[tuple[str, str]] = set()
    for name, ids in candidates.items():  # born, and not folded into another or deleted later in the batch
        live.update((name, row_hex) for row_hex in connection.exec_driver_sql(
            f'SELECT id FROM "{name}" WHERE id IN (SELECT value FROM json_each(?))', (json.dumps(list(ids)),)
        ).scalars())
    return [entry for entry in log if not (entry[8] == "hub" and entry[5] == "insert" and (entry[3], entry[4]) in live)]


class _Merger:
    def __init__(self, connection: Connection, waiting: set[uuid.UUID]) -> None:
        self.connection = connection
        self.waiting = waiting  # rows whose insert is held: their edits wait too
        self.held: list[tuple[Change, str, uuid.UUID]] = []  # (change, origin, id of the row it waits for)
        self.born: set[uuid.UUID] = set()
        self.origin = ""
        self.rows: dict[tuple[str, uuid.UUID], _Row] = {}
        self.conflicts = 0
        self.checked_in_tickets: set[uuid.UUID] = set()
        self.undone: set[uuid.UUID] = set()  # check-ins an undo arriving now cancels
        self.edited: set[tuple[str, uuid.UUID]] = set()  # rows edited by this batch (their conflicts are redone)
        self._values: dict[tuple[str, uuid.UUID], dict[str, Any] | None] = {}
        self._pending_reviews: list[dict[str, Any]] = []
        self._resolved: list[tuple[str, uuid.UUID, str]] = []
        self._written: dict[tuple[str, uuid.UUID], RowClock] = {}  # clocks already saved by a flush
        self.fold = Folder(self)
        self._uuids: dict[str, uuid.UUID] = {}

    def id_of(self, text: str) -> uuid.UUID:
        """The UUID written in a change; parsed once per batch (a parent id is read for the lookups, then again)."""
        parsed = self._uuids.get(text)
        if parsed is None:
            parsed = self._uuids[text] = uuid.UUID(text)
        return parsed

    def merge(self, change: Change, values: dict[str, Any]) -> None:
        original = change
        change, values = self.fold.redirect(change, values)  # fold: what names a folded row goes to its survivor
        key = (change.table_name, change.row_id)
        row = self._row(key)
        if row.clock.deleted is not None:
            return  # a tombstone wins over anything that did not see it
        if change.op == "insert" and row.clock.born is not None and (
                change.hlc == row.clock.born or is_snapshot(change) or original.row_id != change.row_id):
            # Born already: the same insert again (a desk keeps no record of inserts the hub holds, see
            # core.sync.compact), a snapshot, or the insert of a row folded into this one (whose insert values
            # never count, core.sync.fold). Applied as an edit it would write its values, its id too. (Another
            # device's insert of a row with the same fixed id, a seeded category, merges as an edit.)
            return
        if change.op == "delete":
            self.fold.deleting(*key)  # fold: the natural key's generation ends
            self.kill(key, change.hlc)
            return
        if change.op == "insert" and not row.exists and row.clock.born is None:
            if self._parent_deleted(change.table_name, values):
                row.clock.deleted = change.hlc  # born under a deleted parent: it goes with it
                return
            missing = self._missing_parent(change.table_name, values)
            if missing is not None:  # its parent has not come yet: it waits for it (core.sync.held)
                self.held.append((original, self.origin, missing))
                self.waiting.add(change.row_id)
                return
            if self.fold.inserting(change, values):  # fold: its natural key is taken, or was deleted meanwhile
                return
            row = self._row(key)  # (a fold may have written what was pending)
            row.clock.born, row.exists, row.insert = change.hlc, True, values
            self.born.add(change.row_id)
            if change.table_name == CheckIn.__tablename__:
                if values.get("ticket_id"):
                    self.checked_in_tickets.add(uuid.UUID(values["ticket_id"]))
                if values.get("undoes_id"):
                    self.undone.add(uuid.UUID(values["undoes_id"]))
            return
        if not row.exists:
            if change.row_id in self.waiting:  # an edit of a row whose insert waits: it waits behind it
                self.held.append((original, self.origin, change.row_id))
            return  # an edit of a row we do not have: its insert carries the latest values when it comes
        moved = self.fold.editing(change, values)  # fold: moved to a natural key another row holds
        if moved is None:
            return
        change, key = moved, (moved.table_name, moved.row_id)
        self.edited.add(key)
        row = self._row(key)
        base = json.loads(change.base) if change.base else None
        for name, value in values.items():
            self._merge_field(change, key, row, name, value, base)
        if change.op == "resolve":
            self._resolved.extend((change.table_name, change.row_id, name) for name in values)

    def _merge_field(self, change: Change, key: tuple[str, uuid.UUID], row: _Row, name: str, value: Any,
                     base: dict[str, Any] | None) -> None:
        current_clock = row.clock.field_clock(name)
        # Against an edit only: a fold can hand an edit a base from the other row's birth, which no one edited here.
        concurrent = (base is not None and name not in SILENT_FIELDS and base.get(name) != current_clock
                      and current_clock != row.clock.born and change.op != "resolve")
        newer = current_clock is None or change.hlc > current_clock
        if concurrent:
            mine = self._current(key, row, name)
            if mine != value:
                self._conflict(change, name, mine, value, "theirs" if newer else "mine")
        if newer:
            row.clock.clocks[name] = change.hlc
            if row.insert is not None:
                row.insert[name] = value
            else:
                row.update[name] = value

    def _current(self, key: tuple[str, uuid.UUID], row: _Row, name: str) -> Any:
        if row.insert is not None:
            return row.insert.get(name)
        if name in row.update:
            return row.update[name]
        if key not in self._values:
            from core.sync.codec import to_json

            values = row_values(self.connection, replicated_tables()[key[0]], key[1])
            self._values[key] = {k: to_json(v) for k, v in values.items()} if values else None
        stored = self._values[key]
        return stored.get(name) if stored else None

    def _conflict(self, change: Change, name: str, mine: Any, theirs: Any, winner: str) -> None:
        # Counted only: the list itself is derived from the changes once the batch is in (core.sync.conflicts).
        self.conflicts += 1

    def _row(self, key: tuple[str, uuid.UUID]) -> _Row:
        row = self.rows.get(key)
        if row is None:
            written = self._written.pop(key, None)
            if written is None:
                self.prefetch([key])
                return self.rows[key]
            row = _Row(written, exists=written.born is not None and written.deleted is None, saved=written.stored())
            self.rows[key] = row
        return row

    def row(self, key: tuple[str, uuid.UUID]) -> _Row:
        return self._row(key)

    def kill(self, key: tuple[str, uuid.UUID], hlc: str) -> None:
        row = self._row(key)
        row.clock.deleted = hlc
        row.delete = row.exists
        row.insert, row.exists = None, False

    def flush(self) -> None:
        """Write what is pending now (a fold works on written rows); the batch goes on from the database."""
        self.write()
        self._written.update((key, row.clock) for key, row in self.rows.items())
        self.rows.clear()
        self._values.clear()
        self._pending_reviews.clear()
        self._resolved.clear()
        self.fold.flushed()

    def prefetch(self, keys: Iterable[tuple[str, uuid.UUID]]) -> None:
        # A UUID hashes in Python: on a page of new rows, skip the lookups that cannot find anything.
        missing = [k for k in keys if k not in self.rows] if self.rows else list(keys)
        found = load_row_clocks(self.connection, missing)
        for key in missing:
            clock = found.get(key) if found else None
            if clock is None:
                self.rows[key] = _Row(RowClock(), exists=False)
            else:
                self.rows[key] = _Row(clock, exists=clock.born is not None and clock.deleted is None,
                                      saved=clock.stored())

    def _missing_parent(self, table_name: str, values: dict[str, Any]) -> uuid.UUID | None:
        """The id of a parent row that is neither here nor born earlier in this batch, nor deleted."""
        for column, parent in parent_columns(table_name):
            if values.get(column):
                parent_id = self.id_of(values[column])
                clock = self._row((parent, parent_id)).clock
                if clock.born is None and clock.deleted is None:
                    return parent_id
        return None

    def _parent_deleted(self, table_name: str, values: dict[str, Any]) -> bool:
        for column, parent in parent_columns(table_name):
            if values.get(column) and self._row((parent, self.id_of(values[column]))).clock.deleted is not None:
                return True
        return False

    def write(self) -> None:
        # New rows: grouped by table and fields, turned straight from JSON into stored values, one executemany each.
        inserts: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
        for (name, _row_id), row in self.rows.items():
            if row.insert is not None:
                inserts.setdefault((name, tuple(row.insert)), []).append(row.insert)
        dialect = self.connection.dialect
        with BulkInsert(self.connection) as bulk:
            for (name, fields), rows in sorted(inserts.items(), key=lambda group: insert_order()[group[0][0]]):
                storer = _storer(name, dialect)
                columns = storer.columns(fields)
                bulk.insert(replicated_tables()[name], columns, storer.rows(columns, rows))
        for (name, row_id), row in self.rows.items():
            if row.update and row.insert is None and row.exists:
                table = replicated_tables()[name]
                self.connection.execute(update(table).where(table.c.id == row_id).values(
                    {**_keep_updated_at(table), **_codec(name).decode(row.update)}))
        gone: list[tuple[str, uuid.UUID]] = []
        for (name, row_id), row in list(self.rows.items()):
            if row.delete:
                self._delete_with_children(name, row_id, row.clock.deleted or "", gone)
        # Only the clocks that moved: a parent looked up for its children is usually unchanged.
        save_stored_clocks(self.connection, [(name, row_id.hex, *stored) for (name, row_id), row in self.rows.items()
                                             if (stored := row.clock.stored()) != row.saved])
        if self._pending_reviews:
            self.connection.execute(insert(table_of(SyncReview)), self._pending_reviews)
        reviews = table_of(SyncReview)
        for table_name, row_id, name in self._resolved:
            self.connection.execute(update(reviews).where(
                reviews.c.kind == "conflict", reviews.c.table_name == table_name, reviews.c.row_id == row_id,
                reviews.c.field == name, reviews.c.resolved_at.is_(None)).values(
                resolved_at=utcnow(), resolution="elsewhere"))
        close_reviews(self.connection, gone)  # last: a conflict listed in this batch may be about a row now gone

    def _delete_with_children(self, name: str, row_id: uuid.UUID, hlc: str,
                              gone: list[tuple[str, uuid.UUID]]) -> None:
        for child, column in child_columns(name):
            table = replicated_tables()[child]
            for child_id in list(self.connection.scalars(select(table.c.id).where(table.c[column] == row_id))):
                key = (child, child_id)
                row = self._row(key)
                row.clock.deleted = row.clock.deleted or hlc
                row.exists = False
                self._delete_with_children(child, child_id, hlc, gone)
        table = replicated_tables()[name]
        self.connection.execute(delete(table).where(table.c.id == row_id))
        gone.append((name, row_id))
        state = self.rows.setdefault((name, row_id), _Row(RowClock(), exists=False))
        state.clock.deleted = state.clock.deleted or hlc


def _keep_updated_at(table: Any) -> dict[str, Any]:
    # A Core UPDATE would fire the column's onupdate and stamp this device's wall clock, unlogged.
    return {"updated_at": table.c.updated_at} if "updated_at" in table.c else {}
