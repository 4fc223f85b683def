"""The conflicting-edits review list, a function of the changes every device ends up holding.

Each edit of a field names the write it overwrote (its base: the field's clock when it was made), so the writes of
one field form a tree under the row's birth: an edit saw every write on its path to the root. Two edits neither of
which lies on the other's path were made without seeing each other; with different values, one of them was lost by
last-writer-wins, and a person should look. A "resolve" stamped after both settles them. Nothing depends on the
order in which the changes arrived, so every device lists the same fields; a field leaves the list when its cause
goes (a resolve, the row deleted).

What the list shows is the same everywhere too: `mine` is the value the clocks kept, `theirs` the latest value
that lost to a concurrent edit; "keep theirs" writes it back as a resolve.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from core.models import SyncAlias, SyncReview, SyncRowState
from core.sync.tables import SILENT_FIELDS, table_of

KIND = "conflict"


@dataclass(frozen=True, slots=True)
class _Write:
    hlc: str
    base: str | None  # the clock of the write it overwrote
    value: Any
    resolve: bool


def derived_conflicts(connection: Connection, keys: Iterable[tuple[str, uuid.UUID]]
                      ) -> dict[tuple[str, uuid.UUID, str], tuple[Any, Any]]:
    """{(table, row, field): (value kept, latest value lost)} for the open conflicts of these rows."""
    by_table: dict[str, set[uuid.UUID]] = {}
    for name, row_id in keys:
        by_table.setdefault(name, set()).add(row_id)
    out: dict[tuple[str, uuid.UUID, str], tuple[Any, Any]] = {}
    a, rs = table_of(SyncAlias), table_of(SyncRowState)
    for name, rows in by_table.items():
        ids = list(rows)
        owner: dict[uuid.UUID, uuid.UUID] = {row_id: row_id for row_id in ids}
        for start in range(0, len(ids), 900):  # rows folded into these: their edits are edits of the survivor
            owner.update((alias, survivor) for alias, survivor in connection.execute(
                select(a.c.row_id, a.c.survivor_id).where(a.c.table_name == name,
                                                          a.c.survivor_id.in_(ids[start:start + 900]))))
        gone = set()
        for start in range(0, len(ids), 900):
            gone |= set(connection.scalars(select(rs.c.row_id).where(
                rs.c.table_name == name, rs.c.row_id.in_(ids[start:start + 900]), rs.c.deleted_hlc.is_not(None))))
        writes: dict[tuple[uuid.UUID, str], list[_Write]] = {}
        births: dict[uuid.UUID, set[str]] = {}
        for row_hex, op, hlc, fields, base in connection.exec_driver_sql(
                "SELECT row_id, op, hlc, fields, base FROM sync_changes WHERE table_name = ? "
                "AND op IN ('insert', 'update', 'resolve') AND row_id IN (SELECT value FROM json_each(?))",
                (name, json.dumps([row_id.hex for row_id in owner]))):
            row_id = owner[uuid.UUID(row_hex)]
            if op == "insert":
                births.setdefault(row_id, set()).add(hlc)
                continue
            values = json.loads(fields)
            bases = json.loads(base) if base else {}
            for field, value in values.items():
                if field not in SILENT_FIELDS:
                    writes.setdefault((row_id, field), []).append(
                        _Write(hlc, bases.get(field), value, op == "resolve"))
        for (row_id, field), field_writes in writes.items():
            if row_id in gone:
                continue
            found = _open(field_writes)
            if found is not None:
                out[name, row_id, field] = found
    return out


def _open(writes: list[_Write]) -> tuple[Any, Any] | None:
    edits = [w for w in writes if not w.resolve]
    if len(edits) < 2:
        return None
    parent = {w.hlc: w.base for w in writes}

    def path(w: _Write) -> set[str]:
        seen, at = set(), w.base
        while at is not None and at not in seen:
            seen.add(at)
            at = parent.get(at)
        return seen

    ancestors = {w.hlc: path(w) for w in edits}
    settled = max((w.hlc for w in writes if w.resolve), default="")
    lost: list[_Write] = []
    for i, first in enumerate(edits):
        for second in edits[i + 1:]:
            if (first.value != second.value and first.hlc not in ancestors[second.hlc]
                    and second.hlc not in ancestors[first.hlc] and max(first.hlc, second.hlc) > settled):
                lost += [first, second]
    if not lost:
        return None
    kept = max(writes, key=lambda w: w.hlc)
    losers = [w for w in lost if w.value != kept.value]
    theirs = max(losers, key=lambda w: w.hlc).value if losers else min(lost, key=lambda w: w.hlc).value
    return kept.value, theirs


def refresh_conflicts(connection: Connection, keys: Iterable[tuple[str, uuid.UUID]]) -> int:
    """Make the listed conflicts of these rows what their changes say; returns how many fields are newly listed."""
    keys = set(keys)
    if not keys:
        return 0
    derived = derived_conflicts(connection, keys)
    r = table_of(SyncReview)
    listed: dict[tuple[str, uuid.UUID, str], tuple[int, str | None, str | None]] = {}
    by_table: dict[str, list[uuid.UUID]] = {}
    for name, row_id in keys:
        by_table.setdefault(name, []).append(row_id)
    for name, ids in by_table.items():
        for start in range(0, len(ids), 900):
            for review_id, row_id, field, mine, theirs in connection.execute(select(
                    r.c.id, r.c.row_id, r.c.field, r.c.mine, r.c.theirs).where(
                    r.c.kind == KIND, r.c.table_name == name, r.c.row_id.in_(ids[start:start + 900]),
                    r.c.resolved_at.is_(None))):
                listed[name, row_id, field] = (review_id, mine, theirs)
    gone = [review_id for key, (review_id, _m, _t) in listed.items() if key not in derived]
    for start in range(0, len(gone), 900):
        connection.execute(delete(r).where(r.c.id.in_(gone[start:start + 900])))
    new = []
    for (name, row_id, field), (kept, lost) in derived.items():
        mine, theirs = json.dumps(kept, ensure_ascii=False), json.dumps(lost, ensure_ascii=False)
        if (name, row_id, field) in listed:
            review_id, was_mine, was_theirs = listed[name, row_id, field]
            if (was_mine, was_theirs) != (mine, theirs):
                connection.execute(update(r).where(r.c.id == review_id).values(mine=mine, theirs=theirs,
                                                                                winner="mine"))
        else:
            new.append({"kind": KIND, "table_name": name, "row_id": row_id, "field": field, "mine": mine,
                        "theirs": theirs, "winner": "mine"})
    if new:
        connection.execute(insert(r), new)
    return len(new)
