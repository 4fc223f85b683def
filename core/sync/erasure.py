"""An RGPD erasure reaches every copy: the other devices' rows, their sync logs and review lists, and the hub.

Erasing a person on one device (core/services/rgpd.py) anonymises their row, deletes their answers and history
and logs an "erased" history row. Wherever that row arrives, the columns marked `personal()` on the models, in
every row that belongs to the person (their own, their registrations, answers, history), are written over with
their erased values: in the live rows, in every change this device keeps, in every change still to come in, and
then in the hub's copies. An erasure wins over any edit whatever its clock, so an offline edit of an erased
person's e-mail, synced later, never brings it back.

The erased people and the ids of their rows are kept in a local setting, so a pull checks each change against
a set in memory instead of searching the log.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from sqlalchemy import Connection, func, select, update

from core.models import CheckIn, Person, PersonHistory, SyncChange, SyncHeld, SyncReview
from core.sync.apply import Change
from core.sync.codec import dumps
from core.sync.tables import parent_columns, read_setting, replicated_tables, table_of, write_setting

ERASED_ACTION = "erased"
STATE_KEY = "rgpd.erased"
HUB_SCRUBBED_KEY = "sync.hub.scrubbed_people"
_HISTORY = PersonHistory.__tablename__
_PEOPLE = Person.__tablename__
_CHECKINS = CheckIn.__tablename__


@cache
def personal_columns() -> dict[str, dict[str, Any]]:
    """{table: {column: erased value}} for every replicated table holding personal data."""
    out: dict[str, dict[str, Any]] = {}
    for name, table in replicated_tables().items():
        columns = {c.name: c.info["erased"] for c in table.columns if c.info.get("personal")}
        if columns:
            out[name] = columns
    return out


@dataclass
class ErasedState:
    people: set[uuid.UUID] = field(default_factory=set)
    rows: dict[str, set[uuid.UUID]] = field(default_factory=dict)  # table -> ids of rows owned by erased people

    def owns(self, table: str, row_id: uuid.UUID) -> bool:
        return row_id in self.rows.get(table, ())


def load_state(connection: Connection) -> ErasedState:
    raw = read_setting(connection, STATE_KEY)
    if not raw:
        return ErasedState()
    data = json.loads(raw)
    return ErasedState({uuid.UUID(p) for p in data["people"]},
                       {t: {uuid.UUID(i) for i in ids} for t, ids in data["rows"].items()})


def _save_state(connection: Connection, state: ErasedState) -> None:
    write_setting(connection, STATE_KEY, json.dumps({
        "people": sorted(str(p) for p in state.people),
        "rows": {t: sorted(str(i) for i in ids) for t, ids in state.rows.items()}}))


def redact_fields(table: str, fields: str) -> str:
    """The change's JSON values with the personal columns replaced by their erased values."""
    columns = personal_columns().get(table)
    if not columns:
        return fields
    values = json.loads(fields)
    hits = {name: erased for name, erased in columns.items() if name in values and values[name] != erased}
    return dumps({**values, **hits}) if hits else fields


# Tables without personal columns through which rows of a person are reached: a check-in (whose scan field may
# hold what a volunteer typed) hangs from a ticket, which hangs from a registration.
_LINKS = ("tickets",)


def _owner_paths() -> list[tuple[str, str, str]]:
    """(table, column, parent table) for each link from a personal table up towards people."""
    owned = [*personal_columns(), *_LINKS]
    return [(name, column, parent) for name in owned if name != _PEOPLE
            for column, parent in parent_columns(name) if parent in owned]


def _owned_rows(connection: Connection, people: set[uuid.UUID], incoming: Sequence[Change],
                words: Iterable[str] = ()) -> dict[str, set[uuid.UUID]]:
    """Every row of a personal table that belongs to these people: live, in the log, or arriving now; and the
    scans whose typed text names them (an e-mail or a name typed in the scan field, even a rejected scan)."""
    c = table_of(SyncChange)
    rows: dict[str, set[uuid.UUID]] = {_PEOPLE: set(people)}
    grew = True
    while grew:  # registrations hang from people, answers from registrations: follow the links to a fixed point
        grew = False
        for name, column, parent in _owner_paths():
            parents = rows.get(parent, set())
            if not parents:
                continue
            table = replicated_tables()[name]
            found = set(connection.scalars(select(table.c.id).where(table.c[column].in_(parents))))
            wanted = [str(p) for p in parents]
            found |= set(connection.scalars(select(c.c.row_id).where(
                c.c.table_name == name, c.c.op == "insert",
                _json_field(c.c.fields, column).in_(wanted))))
            found |= {ch.row_id for ch in incoming if ch.table_name == name and ch.op == "insert"
                      and json.loads(ch.fields).get(column) in wanted}
            if not found <= rows.setdefault(name, set()):
                rows[name] |= found
                grew = True
    rows.setdefault(_CHECKINS, set()).update(_scans_naming(connection, people, incoming, words))
    return rows


def _scans_naming(connection: Connection, people: set[uuid.UUID], incoming: Sequence[Change],
                  words: Iterable[str]) -> set[uuid.UUID]:
    """Check-ins whose typed text holds one of these people's words (read before they are erased)."""
    p = table_of(Person)
    # Whole e-mails, phones and full names only: a first name alone would erase other people's scans.
    needles = {w.strip().lower() for w in words if "@" in w or " " in w.strip() or sum(ch.isdigit() for ch in w) >= 6}
    for first, last, email, phone in connection.execute(select(p.c.first_name, p.c.last_name, p.c.email, p.c.phone)
                                                        .where(p.c.id.in_(list(people)))):
        erased = personal_columns()[_PEOPLE]
        if (first, last) != (erased["first_name"], erased["last_name"]):
            needles |= {f"{first} {last}".lower(), f"{last} {first}".lower()}
        needles |= {w.lower() for w in (email, phone) if w}
    needles = {n for n in needles if len(n) >= 5}
    if not needles:
        return set()
    c = table_of(CheckIn)
    found: set[uuid.UUID] = set()
    for needle in needles:
        found |= set(connection.scalars(select(c.c.id).where(func.lower(c.c.raw_input).contains(needle,
                                                                                                autoescape=True))))
    for change in incoming:
        if change.table_name == _CHECKINS and change.op == "insert":
            typed = json.loads(change.fields).get("raw_input")
            if isinstance(typed, str) and any(n in typed.lower() for n in needles):
                found.add(change.row_id)
    return found


def _json_field(column: Any, name: str) -> Any:
    return func.json_extract(column, f"$.{name}")


def _erasures_in(changes: Iterable[Change]) -> set[uuid.UUID]:
    found = set()
    for change in changes:
        if change.table_name == _HISTORY and change.op == "insert":
            values = json.loads(change.fields)
            if values.get("action") == ERASED_ACTION and values.get("person_id"):
                found.add(uuid.UUID(values["person_id"]))
    return found


def remember_erasures(connection: Connection, people: set[uuid.UUID], words: Iterable[str] = ()) -> None:
    """Called by the local erase (with the person's words, read before they went): changes about these people that
    arrive later come in redacted."""
    state = load_state(connection)
    state.people |= people
    owned = _owned_rows(connection, state.people, (), words)
    for name, ids in state.rows.items():  # scans matched by words earlier cannot be matched again
        owned.setdefault(name, set()).update(ids)
    state.rows = owned
    _save_state(connection, state)


def redact_incoming(connection: Connection, changes: Sequence[Change]) -> tuple[list[Change], set[uuid.UUID]]:
    """The changes with erased people's personal values redacted, and the people whose erasure arrives now."""
    state = load_state(connection)
    arriving = _erasures_in(changes) - state.people
    if not state.people and not arriving:
        return list(changes), set()
    if arriving:
        state.people |= arriving
        owned = _owned_rows(connection, state.people, changes)
        for name, ids in state.rows.items():
            owned.setdefault(name, set()).update(ids)
        state.rows = owned
        _save_state(connection, state)
    else:
        _follow_new_children(state, changes, connection)
    out = [replace(c, fields=redact_fields(c.table_name, c.fields)) if state.owns(c.table_name, c.row_id) else c
           for c in changes]
    return out, arriving


def _follow_new_children(state: ErasedState, changes: Sequence[Change], connection: Connection) -> None:
    """A registration (say) made offline for a person erased meanwhile belongs to them too."""
    grew = False
    for name, column, parent in _owner_paths():
        for change in changes:
            if change.table_name == name and change.op == "insert" and not state.owns(name, change.row_id):
                value = json.loads(change.fields).get(column)
                if value and state.owns(parent, uuid.UUID(value)):
                    state.rows.setdefault(name, set()).add(change.row_id)
                    grew = True
    if grew:
        _save_state(connection, state)


def erase_here(connection: Connection) -> None:
    """Write the erased values over the live rows and every kept copy of the erased people's rows (no logging:
    every device does the same when the erasure reaches it)."""
    from core.services.rgpd import optimise_search_indexes  # the services layer uses this module too

    _overwrite(connection, load_state(connection))
    optimise_search_indexes(connection)


def _overwrite(connection: Connection, state: ErasedState) -> None:
    c, r, h = table_of(SyncChange), table_of(SyncReview), table_of(SyncHeld)
    for name, columns in personal_columns().items():
        ids = list(state.rows.get(name, ()))
        if not ids:
            continue
        table = replicated_tables()[name]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            # updated_at kept: a Core UPDATE would stamp this device's clock on it, unlogged, and replicas would differ.
            connection.execute(update(table).where(table.c.id.in_(chunk)).values(
                {**columns, "updated_at": table.c.updated_at}))
            for seq, fields in connection.execute(select(c.c.seq, c.c.fields).where(
                    c.c.table_name == name, c.c.row_id.in_(chunk))).all():
                redacted = redact_fields(name, fields)
                if redacted != fields:
                    connection.execute(update(c).where(c.c.seq == seq).values(fields=redacted))
            for change_id, fields in connection.execute(select(h.c.change_id, h.c.fields).where(
                    h.c.table_name == name, h.c.row_id.in_(chunk))).all():  # changes waiting for a parent
                redacted = redact_fields(name, fields)
                if redacted != fields:
                    connection.execute(update(h).where(h.c.change_id == change_id).values(fields=redacted))
            for column, erased in columns.items():
                value = json.dumps(erased, ensure_ascii=False)
                connection.execute(update(r).where(r.c.table_name == name, r.c.row_id.in_(chunk),
                                                   r.c.field == column).values(mine=value, theirs=value))


def people_to_scrub_on_hub(connection: Connection, hub_id: uuid.UUID) -> tuple[set[uuid.UUID], list[uuid.UUID]]:
    """(erased people not yet scrubbed on this hub by this device, ids of their rows)."""
    state = load_state(connection)
    done = set(json.loads(read_setting(connection, f"{HUB_SCRUBBED_KEY}.{hub_id}") or "[]"))
    todo = {p for p in state.people if str(p) not in done}
    if not todo:
        return set(), []
    rows = _owned_rows(connection, todo, ())
    for name, ids in state.rows.items():  # with the scans matched by words when the erasure came
        rows.setdefault(name, set()).update(ids)
    return todo, [row_id for ids in rows.values() for row_id in ids]


def mark_scrubbed_on_hub(connection: Connection, hub_id: uuid.UUID, people: set[uuid.UUID]) -> None:
    key = f"{HUB_SCRUBBED_KEY}.{hub_id}"
    done = set(json.loads(read_setting(connection, key) or "[]")) | {str(p) for p in people}
    write_setting(connection, key, json.dumps(sorted(done)))
