"""Changes that arrive before the row they need wait aside until it comes.

A hub (or a sync file) does not always hold parents before children: a desk that made 25,000 scans before its
first sync used to push its own Device row after them, and hubs written that way still serve new desks. So the
pull never relies on the order of arrival: an insert whose parent row is neither here nor arriving in the same
page, and any edit of such a row, is held in sync_held (unapplied, and not in the log, so that it stays "new"
until applied), keyed by the id of the row it waits for. When that row is born, here or in a later page, the
changes waiting for it are applied in clock order (HLC order follows causality), and so on down the chain.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from core.models import SyncHeld
from core.sync.tables import table_of

if TYPE_CHECKING:
    from core.sync.apply import Change

_COLUMNS = ("change_id", "hlc", "device_id", "table_name", "row_id", "op", "fields", "base", "origin", "waits_for")


def waiting_ids(connection: Connection) -> set[uuid.UUID]:
    """Rows held changes are about (their edits must wait too); nearly always empty, so one cheap query."""
    h = table_of(SyncHeld)
    return set(connection.scalars(select(h.c.row_id).where(h.c.op == "insert")))


def hold(connection: Connection, held: Sequence[tuple[Change, str, uuid.UUID]]) -> None:
    """(change, origin, id of the row it waits for): kept once per change id, however often it comes."""
    if not held:
        return
    rows = [(c.change_id.hex, c.hlc, c.device_id.hex, c.table_name, c.row_id.hex, c.op, c.fields, c.base, origin,
             waits.hex) for c, origin, waits in held]
    names = ", ".join(_COLUMNS)
    connection.exec_driver_sql(
        f"INSERT OR IGNORE INTO sync_held ({names}) VALUES ({', '.join('?' for _ in _COLUMNS)})", rows)


def take_ready(connection: Connection, born: Iterable[uuid.UUID]) -> list[tuple[Change, str]]:
    """The held changes waiting for any of these rows, in clock order, taken out of sync_held."""
    from core.sync.apply import Change

    ids = [row_id.hex for row_id in born]
    if not ids or not connection.scalar(select(func.count()).select_from(table_of(SyncHeld))):
        return []
    rows = connection.exec_driver_sql(
        f"SELECT {', '.join(_COLUMNS[:-1])} FROM sync_held WHERE waits_for IN (SELECT value FROM json_each(?)) "
        "ORDER BY hlc", (json.dumps(ids),)).all()
    if not rows:
        return []
    connection.exec_driver_sql("DELETE FROM sync_held WHERE change_id IN (SELECT value FROM json_each(?))",
                               (json.dumps([r[0] for r in rows]),))
    return [(Change(uuid.UUID(r[0]), r[1], uuid.UUID(r[2]), r[3], uuid.UUID(r[4]), r[5], r[6], r[7]), r[8])
            for r in rows]


def held_count(connection: Connection) -> int:
    return int(connection.scalar(select(func.count()).select_from(table_of(SyncHeld))) or 0)
