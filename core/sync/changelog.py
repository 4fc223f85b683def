"""The outbox: every change to a replicated row made through a unit of work is logged in the same transaction.

Registered as a unit-of-work flush listener. It reads what the flush wrote (after_flush, when defaults such as
new ids are known but the ORM history is still there) and appends one change per row with a fresh HLC.
Changes applied from elsewhere go through Core statements, never the ORM, so they never come back here.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, event, insert, inspect, select
from sqlalchemy.orm import Session

from core.models import CheckIn, CheckInKind, Replicated, SyncChange, SyncRowState, utcnow
from core.sync import codec
from core.sync.doubles import refresh_duplicates, registrations_of
from core.sync.fold import LocalFolds, fold_columns
from core.sync.hlc import HLC_KEY, Clock
from core.sync.tables import (
    RowClock,
    close_reviews,
    insert_rows,
    load_row_clocks,
    read_setting,
    replicated_tables,
    save_row_clocks,
    table_of,
    write_setting,
)

BASELINE_KEY = "sync.baseline"
_DELETED_KEYS = "envol.sync.deleted_keys"  # session.info: natural keys of rows being deleted, read before the flush


class ChangeLog:
    """One per workspace; `listener` is what the unit of work calls before each flush."""

    def __init__(self, device_id: Callable[[], uuid.UUID]) -> None:
        self._device_id = device_id
        self._after_flush = self._record  # one bound object, so that the session registers it once

    def listener(self, session: Session) -> None:
        if not event.contains(session, "after_flush", self._after_flush):
            event.listen(session, "after_flush", self._after_flush)
        # Set updated_at here rather than through onupdate, so that the logged change carries the value written.
        now = utcnow()
        for obj in session.dirty:
            if isinstance(obj, Replicated) and session.is_modified(obj, include_collections=False):
                obj.updated_at = now
        # After the flush a deleted row can no longer be read: keep its natural key now (a fold needs it).
        with session.no_autoflush:
            for obj in session.deleted:
                if isinstance(obj, Replicated):
                    key = _natural_key(obj)
                    if key is not None:
                        session.info.setdefault(_DELETED_KEYS, {})[key[0], obj.id] = key[1]

    def _record(self, session: Session, _flush_context: Any) -> None:
        changes: list[tuple[str, str, uuid.UUID, dict[str, Any]]] = []
        for obj in session.new:
            if isinstance(obj, Replicated):
                changes.append(("insert", *_values(obj, only_changed=False)))
        for obj in session.dirty:
            if isinstance(obj, Replicated):
                table, row_id, values = _values(obj, only_changed=True)
                if values:
                    changes.append(("update", table, row_id, values))
        for obj in session.deleted:
            if isinstance(obj, Replicated):
                changes.append(("delete", obj.__table__.name, obj.id, {}))  # type: ignore[attr-defined]
        deleted_keys = session.info.pop(_DELETED_KEYS, {})
        if changes:
            record_local(session.connection(), self._device_id(), changes, deleted_keys=deleted_keys)


def _values(obj: Replicated, *, only_changed: bool) -> tuple[str, uuid.UUID, dict[str, Any]]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for prop in state.mapper.column_attrs:
        column = prop.columns[0]
        if only_changed:
            history = state.attrs[prop.key].history
            if not history.added and not history.deleted:
                continue
            values[column.name] = history.added[0] if history.added else None
        else:
            values[column.name] = state.dict.get(prop.key)
    return state.mapper.local_table.name, obj.id, values


def _natural_key(obj: Replicated) -> tuple[str, list[Any]] | None:
    mapper = inspect(obj).mapper
    table = mapper.local_table
    columns = fold_columns(table.name) if isinstance(table, Table) else ()
    if not columns:
        return None
    return table.name, [getattr(obj, mapper.get_property_by_column(table.c[name]).key) for name in columns]


def record_local(connection: Connection, device_id: uuid.UUID,
                 changes: list[tuple[str, str, uuid.UUID, dict[str, Any]]], *,
                 deleted_keys: dict[tuple[str, uuid.UUID], list[Any]] | None = None, born_here: bool = False) -> None:
    """Append local changes (op, table, row id, values) to the log with fresh clocks, and move the row clocks.

    deleted_keys: the natural key (see core.sync.fold) of each foldable row deleted, read before it went.
    born_here: every change is the insert of a row this transaction created with a new id (an import's new rows):
    such a row has no clock yet, so none is read, and its clock is its birth.
    """
    clock = Clock.parse(device_id, read_setting(connection, HLC_KEY))
    folds = LocalFolds(connection)
    sqlite = connection.dialect.name == "sqlite"  # UUIDs stored as their hex: straight to the driver
    device = device_id.hex if sqlite else device_id
    rows: list[tuple[Any, ...]] = []
    states = {} if born_here else load_row_clocks(connection, [(t, r) for _op, t, r, _v in changes])
    deleted: list[tuple[str, uuid.UUID]] = []
    for (op, table, row_id, values), change_id in zip(changes, _uuid4s(len(changes)), strict=True):
        hlc = clock.tick(change_id)
        state = states.get((table, row_id)) or states.setdefault((table, row_id), RowClock())
        base = None
        if op == "insert":
            state.born = hlc
            gen = folds.insert_base(table, values)
            base = codec.dumps(gen) if gen else None
        elif op == "delete":
            state.deleted = hlc
            folds.deleted(table, (deleted_keys or {}).get((table, row_id)))
            deleted.append((table, row_id))
        else:
            base = codec.dumps({**{f: state.field_clock(f) for f in values}, **folds.edit_base(table, row_id, values)})
            state.clocks.update({f: hlc for f in values})
        rows.append((change_id.hex if sqlite else change_id, hlc, device, table, row_id.hex if sqlite else row_id,
                     op, codec.dumps(values), base, "local"))
    _insert_changes(connection, rows, sqlite)
    save_row_clocks(connection, states)
    close_reviews(connection, deleted)
    # Only an accepted entry or an undo can change the double-entry list (a refused scan is recorded too).
    entered = [values for op, table, _r, values in changes if op == "insert" and table == CheckIn.__tablename__
               and values.get("accepted") and values.get("kind") in (CheckInKind.ENTRY, CheckInKind.UNDO)]
    if entered:  # an entry made or undone here changes the double-entry list like one arriving (core.sync.doubles)
        refresh_duplicates(connection, registrations_of(
            connection, {v["ticket_id"] for v in entered if v.get("ticket_id")},
            {v["undoes_id"] for v in entered if v.get("undoes_id")}))
    write_setting(connection, HLC_KEY, clock.state())


def _insert_changes(connection: Connection, rows: list[tuple[Any, ...]], sqlite: bool) -> None:
    """Rows of _CHANGE_COLUMNS: on SQLite in stored form, straight to the driver (an import logs 100,000s)."""
    if sqlite:
        insert_rows(connection, table_of(SyncChange), list(_CHANGE_COLUMNS), rows)
    else:
        connection.execute(insert(table_of(SyncChange)), [dict(zip(_CHANGE_COLUMNS, r, strict=True)) for r in rows])


_V4_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_V4_SET = (0x8000 << 48) | (4 << 76)


def _uuid4s(count: int) -> list[uuid.UUID]:
    """What uuid.uuid4() gives, count times, from one read of the system's randomness (an import logs 300,000)."""
    raw = os.urandom(16 * count)
    return [uuid.UUID(int=int.from_bytes(raw[at:at + 16]) & _V4_CLEAR | _V4_SET) for at in range(0, 16 * count, 16)]


_CHANGE_COLUMNS = ("change_id", "hlc", "device_id", "table_name", "row_id", "op", "fields", "base", "origin")


def ensure_baseline(connection: Connection, device_id: uuid.UUID) -> int:
    """Log an insert for every replicated row that has no clock yet (rows written before sync existed).

    Runs once per workspace, before the first sync; returns how many rows it logged.
    """
    if read_setting(connection, BASELINE_KEY) == "1":
        return 0
    rs = table_of(SyncRowState)
    total = 0
    for name, table in replicated_tables().items():
        known = select(rs.c.row_id).where(rs.c.table_name == name, rs.c.born_hlc.is_not(None))
        rows = connection.execute(select(table).where(table.c.id.not_in(known))).mappings().all()
        if rows:
            record_local(connection, device_id, [("insert", name, row["id"], dict(row)) for row in rows])
            total += len(rows)
    write_setting(connection, BASELINE_KEY, "1")
    return total
