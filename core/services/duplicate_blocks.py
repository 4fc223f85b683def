"""Probable duplicates as a blocking problem: records are compared only within blocks sharing a stored key.

At a network's scale (100,000 people) the duplicate search brought every person into Python, folded each name
and grouped them on every visit of Personnes: seconds of the interpreter's lock while the desk scanned. Each
person and structure now keeps its folded name in `search_duplicate_keys` (migration 0016): computed in Python
once per record (SQLite cannot fold like core.imports.values), dropped by triggers when the name changes or the
record goes, and computed again by `refresh` for the records that have none. The pairs of people sharing a key or
an e-mail are then read from SQL a window at a time (the review list is a paged model), never all built.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from core.db.workspace import Workspace
from core.errors import WorkspaceError
from core.imports.values import name_key, organisation_key
from core.services.rgpd import ERASED_FIRST, ERASED_LAST

TABLE = "search_duplicate_keys"
CHUNK = 5000  # keys written per transaction: a scan waiting for the write lock waits for one chunk at most

_MISSING = {
    "person": "SELECT p.id, p.first_name, p.last_name FROM people p WHERE NOT EXISTS "
              f"(SELECT 1 FROM {TABLE} k WHERE k.kind = 'person' AND k.record_id = p.id)",
    "organisation": "SELECT o.id, o.name, '' FROM organisations o WHERE NOT EXISTS "
                    f"(SELECT 1 FROM {TABLE} k WHERE k.kind = 'organisation' AND k.record_id = o.id)",
}
_UNKEYED = {kind: f"SELECT (SELECT count(*) FROM {table}) - (SELECT count(*) FROM {TABLE} WHERE kind = '{kind}')"
            for kind, table in (("person", "people"), ("organisation", "organisations"))}
# Written only if the record still has the name the key was computed from (an edit may have come in between);
# one statement per chunk (:rows, a JSON array of [id, a, b, key]), in the table's order.
_STORE = {
    "person": f"INSERT OR REPLACE INTO {TABLE} (kind, record_id, key, created_at) SELECT 'person', p.id, "
              "j.value ->> 3, p.created_at FROM json_each(:rows) j JOIN people p ON p.id = j.value ->> 0 "
              "AND p.first_name = j.value ->> 1 AND p.last_name = j.value ->> 2",
    "organisation": f"INSERT OR REPLACE INTO {TABLE} (kind, record_id, key, created_at) SELECT 'organisation', "
                    "o.id, j.value ->> 3, o.created_at FROM json_each(:rows) j JOIN organisations o "
                    "ON o.id = j.value ->> 0 AND o.name = j.value ->> 1",
}


def _key(kind: str, a: str, b: str) -> str:
    """The block a record falls in; "" for none (people erased under the RGPD all bear one name)."""
    if kind == "person":
        return "" if (a, b) == (ERASED_FIRST, ERASED_LAST) else name_key(a, b)
    return organisation_key(a)


def refresh(workspace: Workspace, kind: str = "person") -> int:
    """Compute the keys records lack (new, renamed, or all of them the first time); returns how many."""
    with workspace.reading() as session:
        if not session.scalar(text(_UNKEYED[kind])):  # keys only ever belong to existing records
            return 0
        missing = session.execute(text(_MISSING[kind])).all()
    rows = sorted([str(rid), a, b, _key(kind, a, b)] for rid, a, b in missing)
    for start in range(0, len(rows), CHUNK):
        try:
            with workspace.unit_of_work(own_identity=False) as uow:  # a local index: no change to stamp or sync
                uow.session.execute(text(_STORE[kind]), {"rows": json.dumps(rows[start:start + CHUNK])})
        except WorkspaceError as error:
            if error.code != "workspace_locked":
                raise
            return start  # another program writes for long (a sync): the rest is keyed at the next search
    return len(rows)


def organisation_keys(workspace: Workspace) -> list[tuple[uuid.UUID, str, str | None, str]]:
    """Every structure (id, name, SIRET, key) in creation order, keys refreshed first."""
    refresh(workspace, "organisation")
    with workspace.reading() as session:
        rows = session.execute(text(
            f"SELECT o.id, o.name, o.siret, k.key FROM organisations o JOIN {TABLE} k ON k.kind = 'organisation' "
            "AND k.record_id = o.id ORDER BY o.created_at, o.id")).all()
    return [(_uuid(rid), name, siret, key) for rid, name, siret, key in rows]


@dataclass(frozen=True, slots=True)
class PairIds:
    a_id: uuid.UUID
    b_id: uuid.UUID
    reason: str  # same_email, same_name


# Pairs sharing an e-mail come first (few, and the strongest sign); a pair sharing a name too is listed once,
# under its name. Within a block, `a` is the older record: the one a merge keeps.
_EMAIL_PAIRS = (
    "FROM (SELECT email FROM people WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1) s "
    "JOIN people a ON a.email = s.email "
    "JOIN people b ON b.email = s.email AND (b.created_at, b.id) > (a.created_at, a.id) "
    f"WHERE NOT EXISTS (SELECT 1 FROM {TABLE} ka JOIN {TABLE} kb ON kb.key = ka.key "
    "AND kb.kind = 'person' AND kb.record_id = b.id WHERE ka.kind = 'person' AND ka.record_id = a.id)"
)
_NAME_PAIRS = (
    f"FROM {TABLE} a JOIN {TABLE} b ON b.kind = 'person' AND b.key = a.key "
    "AND (b.created_at, b.record_id) > (a.created_at, a.record_id) WHERE a.kind = 'person' AND a.key <> ''"
)


def person_pair_count(workspace: Workspace) -> int:
    with workspace.reading() as session:
        emails = session.scalar(text(f"SELECT count(*) {_EMAIL_PAIRS}")) or 0
        names = session.scalar(text(
            f"SELECT coalesce(sum(n * (n - 1) / 2), 0) FROM (SELECT count(*) AS n FROM {TABLE} "
            "WHERE kind = 'person' AND key <> '' GROUP BY key HAVING n > 1)")) or 0
    return int(emails) + int(names)


def person_pairs(workspace: Workspace, offset: int = 0, limit: int | None = None) -> list[PairIds]:
    """Pairs offset … offset+limit-1 (all of them without a limit), in a stable order; keys as they stand."""
    with workspace.reading() as session:
        emails = session.execute(text(f"SELECT a.id, b.id {_EMAIL_PAIRS} ORDER BY a.email, a.created_at, a.id, "
                                      "b.created_at, b.id")).all()
        end = None if limit is None else offset + limit
        found: list[Sequence[Any]] = [(a, b, "same_email") for a, b in emails[offset:end]]
        wanted = None if limit is None else limit - len(found)
        if wanted is None or wanted > 0:
            skip = max(0, offset - len(emails))
            names = session.execute(text(
                f"SELECT a.record_id, b.record_id {_NAME_PAIRS} ORDER BY a.key, a.created_at, a.record_id, "
                "b.created_at, b.record_id LIMIT :limit OFFSET :offset"),
                {"limit": -1 if wanted is None else wanted, "offset": skip}).all()
            found += [(a, b, "same_name") for a, b in names]
    return [PairIds(_uuid(a), _uuid(b), reason) for a, b, reason in found]


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
