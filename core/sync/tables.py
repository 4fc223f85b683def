"""What replicates: every table of a model inheriting Replicated, found at run time.

Other features add tables all the time; the sync never lists them by hand.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
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


@dataclass
class RowClock:
    born: str | None = None
    deleted: str | None = None
    clocks: dict[str, str] = field(default_factory=dict)

    def field_clock(self, name: str) -> str | None:
        return self.clocks.get(name, self.born)


def load_row_clocks(connection: Connection, keys: Iterable[tuple[str, uuid.UUID]]) -> dict[tuple[str, uuid.UUID],
                                                                                              RowClock]:
    by_table: dict[str, set[uuid.UUID]] = {}
    for name, row_id in keys:
        by_table.setdefault(name, set()).add(row_id)
    t = table_of(SyncRowState)
    out: dict[tuple[str, uuid.UUID], RowClock] = {}
    for name, wanted in by_table.items():
        ids = list(wanted)
        for start in range(0, len(ids), 900):
            # table_name first: the primary key (table_name, row_id) serves the lookup.
            for row_id, born, deleted, clocks in connection.execute(
                select(t.c.row_id, t.c.born_hlc, t.c.deleted_hlc, t.c.clocks).where(
                    t.c.table_name == name, t.c.row_id.in_(ids[start:start + 900]))
            ):
                out[name, row_id] = RowClock(born, deleted, json.loads(clocks) if clocks else {})
    return out


def save_row_clocks(connection: Connection, states: dict[tuple[str, uuid.UUID], RowClock]) -> None:
    if not states:
        return
    insert_many(connection, table_of(SyncRowState), [
        {"table_name": name, "row_id": row_id, "born_hlc": s.born, "deleted_hlc": s.deleted,
         "clocks": json.dumps(s.clocks, separators=(",", ":")) if s.clocks else None}
        for (name, row_id), s in states.items()
    ], suffix=" ON CONFLICT (table_name, row_id) DO UPDATE SET born_hlc = excluded.born_hlc, "
              "deleted_hlc = excluded.deleted_hlc, clocks = excluded.clocks")


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
    """executemany straight to the driver with the columns' own bind processors.

    A pull writes hundreds of thousands of rows; SQLAlchemy's per-row parameter handling cost more than SQLite
    itself, and the types' processors are all that is needed here. Every row carries the same keys.
    """
    if not rows:
        return
    dialect = connection.dialect
    names = list(rows[0])
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in names]
    quoted = ", ".join(f'"{name}"' for name in names)
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" for _ in names)}){suffix}'
    params = [tuple(value if proc is None else proc(value)
                    for value, proc in zip((row[name] for name in names), processors, strict=True))
              for row in rows]
    connection.exec_driver_sql(sql, params)
