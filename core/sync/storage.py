"""Pulled rows from their JSON form straight to what SQLite stores, a column at a time.

The long way is codec.decoder() then the column type's bind processor, value by value, through Python objects
(a UUID, a datetime) that are at once turned back into text. A pull stores hundreds of thousands of rows, so
the common types go from the JSON text to the stored text a whole column per step: the column's values are
checked against the exact form to_json writes (one regular expression over the joined column), and a column
holding anything else takes the long way. Each shortcut is compared with the long way when it is built (and in
tests/core/test_sync_storage.py); a type it does not know takes the long way.
"""

from __future__ import annotations

import re
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Column, Dialect, Enum, Table, Uuid

from core import clock
from core.models.base import UTCDateTime
from core.sync.codec import decoder, same, to_json

ColumnStorer = Callable[[Sequence[Any]], list[Any]]

# What to_json writes: a UUID in lower case with dashes, an instant in UTC with microseconds (every instant but
# the one in a million that falls on a whole second, which takes the long way).
_UUIDS = re.compile(r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})*").fullmatch
_UTC_INSTANTS = re.compile(r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00)*").fullmatch
_PIECES_OF_32 = re.compile(".{32}", re.DOTALL).findall
_PIECES_OF_26 = re.compile(".{26}", re.DOTALL).findall


def column_storer(column: Column[Any], dialect: Dialect) -> ColumnStorer | None:
    """A function turning a column of JSON values into stored values; None when they are stored as they are."""
    decode = decoder(column)
    process = column.type._cached_bind_processor(dialect)
    if process is None:
        return None if decode is same else _each(decode)

    def long_way(value: Any) -> Any:
        return process(decode(value))

    each = _each(long_way)
    kind = column.type
    if dialect.name != "sqlite":
        return each
    sample: list[Any]
    if type(kind) is Uuid and kind.as_uuid:
        shortcut, sample = _uuids(each), [str(uuid.uuid4()), str(uuid.uuid4())]
    elif type(kind) is UTCDateTime:
        now = clock.now()
        sample = [to_json(now.replace(microsecond=123456)), to_json(now.replace(year=999, microsecond=1))]
        shortcut = _utc_instants(each)
    elif type(kind) is Enum:
        sample = [m.value for m in kind.enum_class] if kind.enum_class else list(kind.enums)
        shortcut = _lookup(each, {value: long_way(value) for value in [*sample, None]})
    elif type(kind) is Boolean:
        sample = [True, False]
        shortcut = _lookup(each, {value: long_way(value) for value in [*sample, None]})
    else:
        return each
    for values in (sample, [*sample, None], []):
        if shortcut(values) != each(values):
            return each
    return shortcut


def _each(store: Callable[[Any], Any]) -> ColumnStorer:
    def column(values: Sequence[Any]) -> list[Any]:
        return list(map(store, values))
    return column


def _joined(values: Sequence[Any], length: int) -> str | None:
    """The values end to end, when every one is a str of that length (so pieces of it are the values)."""
    if set(map(type, values)) <= {str} and set(map(len, values)) <= {length}:
        return "".join(values)
    return None


def _uuids(each: ColumnStorer) -> ColumnStorer:
    def column(values: Sequence[Any]) -> list[Any]:
        joined = _joined(values, 36)
        if joined is not None and _UUIDS(joined):
            return _PIECES_OF_32(joined.replace("-", ""))  # what Uuid binds on SQLite: the 32 hex digits
        return each(values)
    return column


def _utc_instants(each: ColumnStorer) -> ColumnStorer:
    def column(values: Sequence[Any]) -> list[Any]:
        joined = _joined(values, 32)
        if joined is None or not _UTC_INSTANTS(joined):
            return each(values)
        deque(map(datetime.fromisoformat, values), maxlen=0)  # a 30 February raises, as it would the long way
        # 2026-12-03T08:15:00.123456+00:00 -> 2026-12-03 08:15:00.123456, what UTCDateTime binds on SQLite.
        return _PIECES_OF_26(joined.replace("T", " ").replace("+00:00", ""))
    return column


def _lookup(each: ColumnStorer, known: dict[Any, Any]) -> ColumnStorer:
    get = known.__getitem__

    def column(values: Sequence[Any]) -> list[Any]:
        try:
            return list(map(get, values))
        except (KeyError, TypeError):  # a value it does not know, or cannot hash: the long way says what it is
            return each(values)
    return column


class TableStorer:
    """Rows in JSON form (dicts with the same keys) turned into tuples of stored values, for executemany."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        self.table = table
        self._storers = {c.name: column_storer(c, dialect) for c in table.columns}

    def columns(self, names: Sequence[str]) -> list[str]:
        """The names this table has (columns a newer device added are ignored rather than fail the sync)."""
        return [name for name in names if name in self._storers]

    def rows(self, names: Sequence[str], rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
        if not rows or not names:
            return [() for _row in rows]
        get = itemgetter(*names)
        columns: list[Sequence[Any]] = [list(map(get, rows))] if len(names) == 1 else list(zip(*map(get, rows), strict=True))
        for at, name in enumerate(names):
            store = self._storers[name]
            if store is not None:
                columns[at] = store(columns[at])
        return list(zip(*columns, strict=True))
