"""Row values to JSON and back, driven by the column types, so that any replicated table syncs as it is."""

from __future__ import annotations

import base64
import enum
import json
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import Column, Date, DateTime, Enum, LargeBinary, Numeric, Table, Uuid
from sqlalchemy.types import TypeDecorator

_last_instant: tuple[Any, str] = (None, "")  # datetimes are immutable: same object, same text
_PLAIN = frozenset({str, int, float, bool, type(None)})  # exact types: a str enum is not plain


def to_json(value: Any) -> Any:
    if type(value) in _PLAIN:  # most values: one set lookup (an import logs hundreds of thousands)
        return value
    if value is None or isinstance(value, bool | int | float | str) and not isinstance(value, enum.Enum):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        global _last_instant
        last = _last_instant  # one read of a tuple: safe if another thread replaces it meanwhile
        if value is last[0]:  # the one "now" of a whole batch (created_at, updated_at…): written once
            return last[1]
        text = (value.replace(tzinfo=UTC) if value.tzinfo is None else value).astimezone(UTC).isoformat()
        _last_instant = (value, text)
        return text
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


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # one, not one per call as json.dumps makes


def _general(value: Any) -> str:
    return _ENCODER.encode(to_json(value))


_last_quoted: tuple[Any, str] = (None, "")


def _instant(value: datetime) -> str:
    global _last_quoted
    last = _last_quoted  # the one "now" of a batch (created_at, updated_at…), as in to_json
    if value is last[0]:
        return last[1]
    if value.tzinfo is None or value.tzinfo is UTC:  # what to_json writes, without its conversions
        text = '"' + value.replace(tzinfo=None).isoformat() + '+00:00"'
    else:
        text = '"' + to_json(value) + '"'
    _last_quoted = (value, text)
    return text


# The JSON text of a value by its exact type (the types of nearly every column); any other type goes through
# to_json and the encoder. Output identical to json.dumps of to_json's values (tests/core/test_sync_codec.py).
_ENCODE: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    type(None): lambda _v: "null",
    bool: lambda v: "true" if v else "false",
    int: int.__repr__,
    uuid.UUID: lambda v: f'"{v}"',
    datetime: _instant,
}
_KEYS: dict[str, str] = {}  # column name -> its JSON key and colon


def _encoder(kind: type) -> Callable[[Any], str]:
    if issubclass(kind, enum.Enum) and all(type(m.value) is str for m in kind):
        encode: Callable[[Any], str] = lambda v: encode_basestring(v.value)  # noqa: E731
    else:
        encode = _general
    _ENCODE[kind] = encode
    return encode


def dumps(values: dict[str, Any]) -> str:
    """{column: value} as compact JSON (an import logs hundreds of thousands: the text is built here directly)."""
    keys, encoders = _KEYS, _ENCODE
    parts = []
    for key, value in values.items():
        prefix = keys.get(key)
        if prefix is None:
            prefix = keys[key] = encode_basestring(key) + ":"
        parts.append(prefix + (encoders.get(type(value)) or _encoder(type(value)))(value))
    return "{" + ",".join(parts) + "}"


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
