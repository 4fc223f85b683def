"""What replicates: every table of a model inheriting Replicated, found at run time.

Other features add tables all the time; the sync never lists them by hand.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, select, update

from core.models import Base, LocalSetting, Replicated, SyncReview, SyncRowState, utcnow

# Bookkeeping fields that every edit touches: last writer wins, never a conflict to review.
SILENT_FIELDS = frozenset({"updated_at"})


def table_of(model: Any) -> Table:
    """The model's Table, typed as one (the ORM types __table__ as a FromClause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


@cache
def replicated_tables() -> dict[str, Table]:
    tables: dict[str, Table] = {}
    for mapper in Base.registry.mappers:
        if issubclass(mapper.class_, Replicated) and isinstance(mapper.local_table, Table):
            tables[mapper.local_table.name] = mapper.local_table
    return tables


@cache
def insert_order() -> dict[str, int]:
    """Each replicated table's place when inserting: parents first. Foreign keys are checked at commit, but a
    trigger reading a parent row (the search index reads a person's organisation) needs it there already."""
    names = [t.name for t in Base.metadata.sorted_tables if t.name in replicated_tables()]
    return {name: place for place, name in enumerate(names)}


@cache
def parent_columns(table_name: str) -> tuple[tuple[str, str], ...]:
    """(column, parent table) for each foreign key to another replicated table."""
    tables = replicated_tables()
    out = []
    for fk in tables[table_name].foreign_keys:
        if fk.column.table.name in tables:
            out.append((fk.parent.name, fk.column.table.name))
    return tuple(out)


@cache
def child_columns(table_name: str) -> tuple[tuple[str, str], ...]:
    """(child table, column) for each replicated table whose foreign key points at table_name."""
    return tuple((child, column) for child in replicated_tables()
                 for column, parent in parent_columns(child) if parent == table_name)


@dataclass(slots=True)
class RowClock:
    born: str | None = None
    deleted: str | None = None
    clocks: dict[str, str] = field(default_factory=dict)

    def field_clock(self, name: str) -> str | None:
        return self.clocks.get(name, self.born)

    def stored(self) -> tuple[str | None, str | None, str | None]:
        """(born_hlc, deleted_hlc, clocks) as sync_rows holds them."""
        return self.born, self.deleted, json.dumps(self.clocks, separators=(",", ":")) if self.clocks else None


_LOAD_CLOCKS = ("SELECT row_id, born_hlc, deleted_hlc, clocks FROM sync_rows "
                "WHERE table_name = ? AND row_id IN (SELECT value FROM json_each(?))")


def load_row_clocks(connection: Connection, keys: Iterable[tuple[str, uuid.UUID]]) -> dict[tuple[str, uuid.UUID],
                                                                                              RowClock]:
    """The clocks these rows have; rows never seen are left out.

    One query per table whatever the number of rows: the ids go as one JSON array, and the primary key
    (table_name, row_id) serves each of them.
    """
    by_table: dict[str, dict[str, uuid.UUID]] = {}
    for name, row_id in keys:
        by_table.setdefault(name, {})[row_id.hex] = row_id  # row_id is stored as its 32 hex digits
    out: dict[tuple[str, uuid.UUID], RowClock] = {}
    for name, wanted in by_table.items():
        for row_hex, born, deleted, clocks in connection.exec_driver_sql(
                _LOAD_CLOCKS, (name, json.dumps(list(wanted)))):
            out[name, wanted[row_hex]] = RowClock(born, deleted, json.loads(clocks) if clocks else {})
    return out


_SAVE_CLOCKS = (" ON CONFLICT (table_name, row_id) DO UPDATE SET born_hlc = excluded.born_hlc, "
                "deleted_hlc = excluded.deleted_hlc, clocks = excluded.clocks")


def save_row_clocks(connection: Connection, states: dict[tuple[str, uuid.UUID], RowClock]) -> None:
    save_stored_clocks(connection, [(name, row_id.hex, *s.stored()) for (name, row_id), s in states.items()])


def save_stored_clocks(connection: Connection, rows: list[tuple[str, str, str | None, str | None, str | None]]) -> None:
    """Rows of sync_rows as stored: (table_name, row id in hex, born_hlc, deleted_hlc, clocks)."""
    insert_rows(connection, table_of(SyncRowState), ["table_name", "row_id", "born_hlc", "deleted_hlc", "clocks"],
                rows, suffix=_SAVE_CLOCKS)


def close_reviews(connection: Connection, rows: Iterable[tuple[str, uuid.UUID]]) -> None:
    """Nothing left to decide about rows that are gone: their open reviews close (on every device alike, since a
    device that got the delete first never listed them)."""
    by_table: dict[str, list[uuid.UUID]] = {}
    for name, row_id in rows:
        by_table.setdefault(name, []).append(row_id)
    reviews = table_of(SyncReview)
    for name, ids in by_table.items():
        for start in range(0, len(ids), 900):
            connection.execute(update(reviews).where(
                reviews.c.table_name == name, reviews.c.row_id.in_(ids[start:start + 900]),
                reviews.c.resolved_at.is_(None)).values(resolved_at=utcnow(), resolution="deleted"))


def read_setting(connection: Connection, key: str) -> str | None:
    return connection.scalar(select(LocalSetting.value).where(LocalSetting.key == key))


def write_setting(connection: Connection, key: str, value: str) -> None:
    from sqlalchemy.dialects.sqlite import insert

    stmt = insert(table_of(LocalSetting)).values(key=key, value=value)
    connection.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def row_values(connection: Connection, table: Table, row_id: uuid.UUID) -> dict[str, Any] | None:
    row = connection.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return dict(row) if row is not None else None


def insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]], *, suffix: str = "") -> None:
    """insert_rows for rows of Python values (every row with the same keys), through the columns' bind processors."""
    if not rows:
        return
    names = list(rows[0])
    columns = []
    for name in names:
        process = table.c[name].type._cached_bind_processor(connection.dialect)
        values = map(itemgetter(name), rows)
        columns.append(list(values) if process is None else list(map(process, values)))
    insert_rows(connection, table, names, list(zip(*columns, strict=True)), suffix=suffix)


def insert_rows(connection: Connection, table: Table, names: list[str], rows: list[tuple[Any, ...]], *,
                suffix: str = "") -> None:
    """executemany straight to the driver, of rows already in the form the database stores.

    A pull writes hundreds of thousands of rows: SQLAlchemy's per-row parameter handling would cost more than
    SQLite itself. The rows come from storage.TableStorer, or are built beside the call (a UUID as its hex).
    """
    if not rows:
        return
    quoted = ", ".join(f'"{name}"' for name in names)
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" for _ in names)}){suffix}'
    connection.exec_driver_sql(sql, rows)
