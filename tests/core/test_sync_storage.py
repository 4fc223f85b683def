"""A pull stores each value as the long way would (decode to a Python value, then the column type's bind
processor), whatever the column holds: the shortcuts for whole columns of UUIDs, instants, enums and booleans
must never store something else, nor accept what the long way refuses."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import Boolean, Column, Enum, Uuid
from sqlalchemy.dialects import sqlite

from core.models.base import UTCDateTime
from core.sync.codec import decoder, to_json
from core.sync.storage import column_storer
from core.sync.tables import replicated_tables

DIALECT = sqlite.dialect()
ID = str(uuid.UUID("6f1c2a6e-9b1d-4c51-8a43-2f0e1b7c9d10"))
NOW = datetime(2026, 12, 3, 8, 15, 0, 123456, tzinfo=UTC)


def _long_way(column: Column[Any], values: list[Any]) -> list[Any] | type[Exception]:
    decode = decoder(column)
    process = column.type._cached_bind_processor(DIALECT)
    try:
        return [process(decode(v)) if process else decode(v) for v in values]
    except Exception as error:  # noqa: BLE001 - the same refusal is what is compared
        return type(error)


def _ours(column: Column[Any], values: list[Any]) -> list[Any] | type[Exception]:
    store = column_storer(column, DIALECT)
    try:
        return list(values) if store is None else store(values)
    except Exception as error:  # noqa: BLE001 - the same refusal is what is compared
        return type(error)


def _columns_of(kind: type) -> list[Column[Any]]:
    return [c for t in replicated_tables().values() for c in t.columns if type(c.type) is kind]


UUID_COLUMNS = [
    [str(uuid.uuid4()) for _ in range(5)],
    [ID, None, str(uuid.uuid4())],
    [None, None],
    [],
    [ID.upper(), ID],  # not how to_json writes it, but a UUID all the same
    ["{" + ID + "}"],
    [ID.replace("-", "")],
    [ID[:-1] + "g"],  # not a UUID
    [ID + "0", ID[:-1]],  # one digit too many, one too few: together the right length
]

INSTANT_COLUMNS = [
    [to_json(NOW + timedelta(seconds=i, microseconds=7)) for i in range(5)],
    [to_json(NOW), None],
    [to_json(NOW.replace(microsecond=0))],  # isoformat drops a zero fraction
    [to_json(NOW.replace(year=999))],
    [NOW.astimezone(timezone(timedelta(hours=2))).isoformat()],  # same instant, another offset
    ["2026-02-30T08:15:00.123456+00:00"],  # no such day: refused
    ["2026-12-03T08:15:00.123456"],  # no time zone: refused
    ["2026-12-03T08:15:00.123456+00:00", "2026-12-03T08:15:00,123456+00:00"],
]


@pytest.mark.parametrize("values", UUID_COLUMNS)
def test_uuid_columns_store_what_the_long_way_stores(values: list[Any]) -> None:
    columns = _columns_of(Uuid)
    assert columns
    for column in columns:
        assert _ours(column, values) == _long_way(column, values), column


@pytest.mark.parametrize("values", INSTANT_COLUMNS)
def test_instant_columns_store_what_the_long_way_stores(values: list[Any]) -> None:
    columns = _columns_of(UTCDateTime)
    assert columns
    for column in columns:
        assert _ours(column, values) == _long_way(column, values), column


def test_enum_and_boolean_columns_store_what_the_long_way_stores() -> None:
    enums, booleans = _columns_of(Enum), _columns_of(Boolean)
    assert enums and booleans
    for column in enums:
        known = [to_json(m) for m in column.type.enum_class] if column.type.enum_class else list(column.type.enums)
        for values in (known, [*known, None], [known[0], "no such value"], [[known[0]]]):
            assert _ours(column, values) == _long_way(column, values), column
    for column in booleans:
        for values in ([True, False, None], [0, 1], ["yes"]):
            assert _ours(column, values) == _long_way(column, values), column


def test_every_other_column_stores_what_the_long_way_stores() -> None:
    samples = [None, "texte", 3, 2.5, True, "2026-12-03", "aGVsbG8="]
    shortcuts = (Uuid, UTCDateTime, Enum, Boolean)
    for table in replicated_tables().values():
        for column in (c for c in table.columns if type(c.type) not in shortcuts):
            for value in samples:
                assert _ours(column, [value]) == _long_way(column, [value]), (column, value)
