"""New rows of an import written with one executemany per table, and logged for sync like a flush would.

The ORM unit of work costs ~0.2 ms per object (identity map, attribute events, per-object change
history): for 10,000 rows that is most of an import. Rows the import *creates* need none of it, so
they go through Core inserts; `record_local` then appends exactly what the change-log listener would
have appended for an ORM insert (one "insert" change per row with every column), in the same
transaction. Existing rows are still edited through the ORM and logged by the listener.
"""

from __future__ import annotations

import uuid
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Dialect, Enum, Uuid
from sqlalchemy.orm import Session

from core.db.workspace import DEVICE_KEY
from core.models import (
    LocalSetting,
    Organisation,
    Person,
    PersonHistory,
    Registration,
    RegistrationAnswer,
    SessionChoice,
    utcnow,
)

# Parents before children (foreign keys).
ORDER: tuple[type, ...] = (Organisation, Person, Registration, SessionChoice, RegistrationAnswer, PersonHistory)


class NewRows:
    def __init__(self) -> None:
        self._rows: dict[type, list[dict[str, Any]]] = {model: [] for model in ORDER}
        self._queued: dict[uuid.UUID, dict[str, Any]] = {}
        self._now = utcnow()

    def add(self, model: type, **values: Any) -> uuid.UUID:
        """Queue one row; every column gets a value (given, or the model's default), as after an ORM flush."""
        row: dict[str, Any] = {"id": values.pop("id", None) or uuid.uuid4(), "created_at": self._now,
                               "updated_at": self._now}
        scalars, callables = _defaults(model)
        row.update(scalars)  # every column in the table's order, then what is given
        for name, make in callables:
            row[name] = make(None)  # SQLAlchemy wraps zero-argument callables to take a context
        row.update(values)
        self._rows[model].append(row)
        self._queued[row["id"]] = row
        return row["id"]  # type: ignore[no-any-return]

    def queued(self, row_id: uuid.UUID) -> dict[str, Any] | None:
        """A row not written yet, to complete it in place."""
        return self._queued.get(row_id)

    def __len__(self) -> int:
        return sum(len(rows) for rows in self._rows.values())

    def write(self, session: Session) -> None:
        """Insert and log what is queued, after the ORM's pending changes (so that the clocks stay in order)."""
        if not len(self):
            return
        from core.sync.bulk_insert import BulkInsert
        from core.sync.changelog import record_local  # core.sync imports the models: keep the import lazy

        session.flush()
        connection = session.connection()
        setting = session.get(LocalSetting, DEVICE_KEY)
        assert setting is not None, "a workspace always has its device id"
        changes: list[tuple[str, str, uuid.UUID, dict[str, Any]]] = []
        # Straight to the driver in stored form (SQLAlchemy's per-row parameter handling costs more than SQLite),
        # and the people search index filled once per batch rather than by its trigger row by row.
        with BulkInsert(connection) as bulk:
            for model in ORDER:
                rows = self._rows[model]
                if rows:
                    table = model.__table__  # type: ignore[attr-defined]
                    names, storers = _storers(model, connection.dialect)
                    columns = [list(map(itemgetter(name), rows)) for name in names]  # a column at a time
                    for at, store in enumerate(storers):
                        if store is not None:
                            columns[at] = list(map(store, columns[at]))
                    bulk.insert(table, list(names), list(zip(*columns, strict=True)))
                    changes += [("insert", table.name, row["id"], row) for row in rows]
                    self._rows[model] = []
        self._queued.clear()
        record_local(connection, uuid.UUID(setting.value), changes, born_here=True)


_STORERS: dict[tuple[type, str], tuple[tuple[str, ...], tuple[Any, ...]]] = {}


def _storers(model: type, dialect: Dialect) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """Every column of the table and the function turning a value into what the database stores (None: as is)."""
    key = (model, dialect.name)
    if key not in _STORERS:
        columns = list(model.__table__.columns)  # type: ignore[attr-defined]
        _STORERS[key] = (tuple(c.name for c in columns), tuple(_storer(c, dialect) for c in columns))
    return _STORERS[key]


def _storer(column: Any, dialect: Dialect) -> Any:
    """What the column's bind processor does, the short way for a UUID or an enum on SQLite (checked against it)."""
    process = column.type._cached_bind_processor(dialect)
    if process is None:
        return None
    kind = column.type
    if dialect.name == "sqlite" and type(kind) is Uuid and kind.as_uuid:
        sample: list[Any] = [uuid.uuid4()]
        short: Any = _hex
    elif dialect.name == "sqlite" and type(kind) is Enum and kind.enum_class is not None:
        sample = list(kind.enum_class)
        known = {member: process(member) for member in sample}

        def short(value: Any) -> Any:
            return known[value] if value in known else process(value)
    else:
        return _same_object_once(process)
    if all(short(value) == process(value) for value in [*sample, None]):
        return short
    return _same_object_once(process)


def _hex(value: uuid.UUID | None) -> str | None:
    return None if value is None else value.hex


def _same_object_once(process: Any) -> Any:
    """The processor, remembering its last value: a batch's rows share one `now` (created_at, updated_at)."""
    if process is None:
        return None
    last: list[tuple[Any, Any]] = [(object(), None)]

    def store(value: Any) -> Any:
        seen = last[0]  # one read of a tuple: safe if another thread replaces it meanwhile
        if value is seen[0]:
            return seen[1]
        stored = process(value)
        last[0] = (value, stored)
        return stored
    return store


@cache
def _defaults(model: type) -> tuple[dict[str, Any], tuple[tuple[str, Any], ...]]:
    """Each column but the id and the stamps with its default value (None when it has none), and the columns whose
    default is computed for each row."""
    scalars: dict[str, Any] = {}
    callables = []
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if column.name in ("id", "created_at", "updated_at"):
            continue
        default = column.default
        scalars[column.name] = default.arg if default is not None and default.is_scalar else None
        if default is not None and default.is_callable:
            callables.append((column.name, default.arg))
    return scalars, tuple(callables)
