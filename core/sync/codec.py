"""Row values to JSON and back, driven by the column types, so that any replicated table syncs as it is."""

from __future__ import annotations

import base64
import enum
import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Date, DateTime, Enum, LargeBinary, Numeric, Table, Uuid
from sqlalchemy.types import TypeDecorator


def to_json(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str) and not isinstance(value, enum.Enum):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    raise TypeError(f"cannot replicate a value of type {type(value).__name__}")


def dumps(values: dict[str, Any]) -> str:
    return json.dumps({k: to_json(v) for k, v in values.items()}, ensure_ascii=False, separators=(",", ":"))


def _base_type(column: Column[Any]) -> Any:
    kind = column.type
    while isinstance(kind, TypeDecorator):
        kind = kind.impl if not isinstance(kind.impl, type) else kind.impl()
    return kind


def same(value: Any) -> Any:
    """The decoder of a column whose JSON form is what it binds (text, numbers, booleans)."""
    return value


def decoder(column: Column[Any]) -> Any:
    """A function turning the JSON form back into what the column's type binds."""
    kind = _base_type(column)
    if isinstance(kind, Uuid):
        return lambda v: None if v is None else uuid.UUID(v)
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        enum_class = kind.enum_class
        return lambda v: None if v is None else enum_class(v)
    if isinstance(kind, Numeric) and kind.asdecimal:
        return lambda v: None if v is None else Decimal(v)
    return same


class TableCodec:
    """Decoders for one table's columns, built once per table."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self._decoders = {c.name: decoder(c) for c in table.columns}

    def decode(self, values: dict[str, Any]) -> dict[str, Any]:
        # Columns unknown here (a newer device added them) are ignored rather than fail the sync.
        return {k: self._decoders[k](v) for k, v in values.items() if k in self._decoders}
