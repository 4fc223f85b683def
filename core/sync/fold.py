"""Natural keys that devices fill while offline: two rows with one key become one row (they "fold").

A unique constraint marked `info={"sync": "fold"}` is a natural key: a person's registration to an event, a session
chosen by a registration, an answer to a question. Two devices offline can each create a row with the same key.
When the second reaches a workspace that has the first, the two are one:

- the survivor is the row born first (HLC, then id). The other becomes an alias (sync_aliases, local, never
  replicated): its row is removed without a logged change, its children move to the survivor (and fold in turn
  when they meet one of its children: the same session chosen on both devices), and every later change naming it
  (edits, deletes, foreign keys of inserts and edits) is applied to the survivor;
- values: the survivor's insert values, then every edit of either row, last writer wins per field by HLC. The other
  row's insert values never count, so what is kept depends on the set of changes, not on their order;
- a delete of either deletes the pair. A key can live again afterwards: each key counts its deleted generations
  (sync_fold_ends, local). A row inserted (or moved to a key) here carries the count it saw, "@gen" in the change's
  base; a row that arrives carrying less than the key's count belonged to a deleted generation and arrives
  deleted. Changes arrive in causal order (hub sequence, bundle HLC), so a delete always arrives before any row
  born after it: the live rows of a key always share the key's count and are folded into one, and a delete ends
  them all at once. Nothing ever has to be unfolded.

An edit that moves a row to another key (merging two people moves a registration) folds it with the row holding
that key too, so the sync never stops on a unique constraint. Moves are folded when they meet, not when their
keys met at some instant: two moves made concurrently in opposite directions may fold on some devices only.

Everything here runs inside the caller's transaction with Core statements: nothing reaches the change log.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection, Table, UniqueConstraint, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from core.models import SyncAlias, SyncFoldEnd, SyncReview
from core.sync.codec import TableCodec, to_json
from core.sync.tables import RowClock, child_columns, parent_columns, replicated_tables, table_of

if TYPE_CHECKING:
    from core.sync.apply import Change

FOLD = "fold"
GEN = "@gen"  # in a change's base: the deleted generations of the row's key seen where it was written
_CHUNK = 400


@cache
def fold_columns(table_name: str) -> tuple[str, ...]:
    """The columns of the table's foldable natural key, in order; () when it has none."""
    table = replicated_tables().get(table_name)
    if table is None:
        return ()
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint) and constraint.info.get("sync") == FOLD:
            return tuple(column.name for column in constraint.columns)
    return ()


@cache
def aliased_columns(table_name: str) -> tuple[tuple[str, str], ...]:
    """(column, parent) for each foreign key to a table with a foldable key: its value may name a folded row."""
    return tuple((column, parent) for column, parent in parent_columns(table_name) if fold_columns(parent))


@cache
def _codec(table_name: str) -> TableCodec:
    return TableCodec(replicated_tables()[table_name])


Key = tuple[Any, ...]  # the JSON values of a natural key's columns


def key_text(key: Sequence[Any]) -> str:
    """How sync_fold_ends stores a key."""
    return json.dumps(list(key), ensure_ascii=False, separators=(",", ":"))


def _key(table_name: str, values: dict[str, Any]) -> Key | None:
    """The key of a row from its JSON values; None when a part is missing (NULLs never collide)."""
    parts = tuple(values.get(column) for column in fold_columns(table_name))
    return None if any(part is None for part in parts) else parts


def _renamed(key: Key, position: int, parent: uuid.UUID) -> Key:
    return key[:position] + (str(parent),) + key[position + 1:]


def generation(base: str | None) -> int:
    if not base:
        return 0
    return int(json.loads(base).get(GEN, 0))


def _ends() -> Table:
    return table_of(SyncFoldEnd)


def _aliases() -> Table:
    return table_of(SyncAlias)


def _keep_updated_at(table: Table) -> dict[str, Any]:
    # A Core UPDATE would fire the column's onupdate and stamp this device's clock, unlogged and different everywhere.
    return {"updated_at": table.c.updated_at} if "updated_at" in table.c else {}


def _json_row(connection: Connection, table_name: str, row_id: uuid.UUID) -> dict[str, Any] | None:
    table = replicated_tables()[table_name]
    row = connection.execute(select(table).where(table.c.id == row_id)).mappings().first()
    return {name: to_json(value) for name, value in row.items()} if row is not None else None


def _bump(connection: Connection, table_name: str, key: Key, at_least: int | None = None) -> int:
    """End the key's current generation (or raise its count to at_least); returns the new count."""
    ends = _ends()
    text = key_text(key)
    count = connection.scalar(select(ends.c.ended).where(ends.c.table_name == table_name, ends.c.fold_key == text))
    new = (count or 0) + 1 if at_least is None else max(count or 0, at_least)
    if count is None:
        connection.execute(insert(ends).values(table_name=table_name, fold_key=text, ended=new))
    elif new != count:
        connection.execute(update(ends).where(ends.c.table_name == table_name, ends.c.fold_key == text)
                           .values(ended=new))
    return new


# --- changes made on this device ------------------------------------------------------------------------------------

class LocalFolds:
    """What the change log adds for local changes: the generation of the key a row is written to, and the end of a
    generation when a row is deleted. One per record_local call; no query at all while no key was ever deleted."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._any_end: bool | None = None

    def _no_end(self) -> bool:
        if self._any_end is None:
            self._any_end = self.connection.scalar(select(_ends().c.ended).limit(1)) is not None
        return not self._any_end

    def _count(self, table_name: str, key: Key) -> int:
        if self._no_end():
            return 0
        ends = _ends()
        return self.connection.scalar(select(ends.c.ended).where(ends.c.table_name == table_name,
                                                                 ends.c.fold_key == key_text(key))) or 0

    def insert_base(self, table_name: str, values: dict[str, Any]) -> dict[str, Any] | None:
        if not fold_columns(table_name) or self._no_end():  # no generation ended yet: every key is at 0
            return None
        key = _key(table_name, {name: to_json(values.get(name)) for name in fold_columns(table_name)})
        count = self._count(table_name, key) if key is not None else 0
        return {GEN: count} if count else None

    def edit_base(self, table_name: str, row_id: uuid.UUID, values: dict[str, Any]) -> dict[str, Any]:
        columns = fold_columns(table_name)
        if not columns or not any(column in values for column in columns):
            return {}
        row = _json_row(self.connection, table_name, row_id)  # after the flush: the key it moved to
        key = _key(table_name, row) if row is not None else None
        count = self._count(table_name, key) if key is not None else 0
        return {GEN: count} if count else {}

    def deleted(self, table_name: str, key_values: Sequence[Any] | None) -> None:
        if not fold_columns(table_name) or key_values is None or any(v is None for v in key_values):
            return
        _bump(self.connection, table_name, tuple(to_json(v) for v in key_values))
        self._any_end = True


# --- changes from other devices ------------------------------------------------------------------------------------

class FoldRow(Protocol):
    clock: RowClock
    exists: bool
    insert: dict[str, Any] | None
    update: dict[str, Any]


class FoldHost(Protocol):
    """What the merger lends the fold: its connection, its row states, and two ways to act."""

    connection: Connection

    def row(self, key: tuple[str, uuid.UUID]) -> FoldRow: ...

    def flush(self) -> None:
        """Write every pending change now, and start again from the database."""

    def kill(self, key: tuple[str, uuid.UUID], hlc: str) -> None:
        """Delete the row (and what depends on it) as a delete change at hlc would."""


class Folder:
    """The fold rules during one apply batch. Lookups are prefetched for the batch; a fold itself (rare) first has
    the merger write what is pending, then works on written rows, and drops what it had cached."""

    def __init__(self, host: FoldHost) -> None:
        self.host = host
        self.connection = host.connection
        self._survivors: dict[tuple[str, uuid.UUID], uuid.UUID] = {}
        self._folded: dict[tuple[str, uuid.UUID], set[uuid.UUID]] = {}  # survivor -> cached ids folded into it
        self._holders: dict[tuple[str, Key], uuid.UUID | None] = {}  # written rows holding a key
        self._pending: dict[tuple[str, Key], uuid.UUID | None] = {}  # keys taken (id) or freed (None), unwritten
        self._counts: dict[tuple[str, Key], int] = {}
        self._no_aliases = False
        self._all_aliases_cached = False  # none existed when the batch began: those made since are all cached
        self._no_ends = False
        self._absorbed: set[tuple[str, uuid.UUID]] = set()  # survivors of folds made in this batch

    def absorbed(self) -> set[tuple[str, uuid.UUID]]:
        """Every row that absorbed another in this batch, as (table, survivor)."""
        return {(name, self.survivor(name, row_id)) for name, row_id in self._absorbed}

    def survivors_of(self, table_name: str) -> set[uuid.UUID]:
        """The rows of this table that absorbed another in this batch (their children changed)."""
        return {self.survivor(name, row_id) for name, row_id in self._absorbed if name == table_name}

    # lookups

    def prefetch(self, changes: Iterable[tuple[Change, dict[str, Any]]]) -> None:
        batch = list(changes)
        self._no_aliases = self.connection.scalar(select(_aliases().c.row_id).limit(1)) is None
        self._all_aliases_cached = self._no_aliases
        self._no_ends = self.connection.scalar(select(_ends().c.ended).limit(1)) is None
        if not self._no_aliases:
            named: dict[str, set[uuid.UUID]] = {}
            for change, values in batch:
                if fold_columns(change.table_name):
                    named.setdefault(change.table_name, set()).add(change.row_id)
                for column, parent in aliased_columns(change.table_name):
                    if values.get(column):
                        named.setdefault(parent, set()).add(uuid.UUID(values[column]))
            self._load_survivors(named)
        keys: dict[str, set[Key]] = {}
        for change, values in batch:
            if change.op == "insert" and fold_columns(change.table_name):
                key = _key(change.table_name, self._resolved(change.table_name, values))
                if key is not None:
                    keys.setdefault(change.table_name, set()).add(key)
        for table_name, wanted in keys.items():
            self._load_holders(table_name, list(wanted))
            if not self._no_ends:
                self._load_counts(table_name, list(wanted))

    def _load_survivors(self, named: dict[str, set[uuid.UUID]]) -> None:
        aliases = _aliases()
        for table_name, ids in named.items():
            wanted = sorted(ids)
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start:start + _CHUNK]
                found = dict(self.connection.execute(select(aliases.c.row_id, aliases.c.survivor_id).where(
                    aliases.c.table_name == table_name, aliases.c.row_id.in_(chunk))).all())
                for row_id in chunk:
                    self._cache_survivor(table_name, row_id, found.get(row_id, row_id))

    def _load_holders(self, table_name: str, keys: list[Key]) -> None:
        # One query per batch, by the key's first column (the prefix of the unique index), its values passed as
        # one JSON array in the stored form: a row-value IN list made SQLite scan, and binding each value costs.
        table = replicated_tables()[table_name]
        names = fold_columns(table_name)
        dialect = self.connection.dialect
        binds = [table.c[name].type._cached_bind_processor(dialect) for name in names]
        as_id = table.c.id.type._cached_result_processor(dialect, None)
        decode = _codec(table_name).decode
        stored: dict[tuple[Any, ...], Key] = {}
        for key in keys:
            self._holders[table_name, key] = None
            values = decode(dict(zip(names, key, strict=True)))
            stored[tuple(values[name] if bind is None else bind(values[name])
                         for name, bind in zip(names, binds, strict=True))] = key
        columns = ", ".join(f'"{name}"' for name in names)
        sql = f'SELECT id, {columns} FROM "{table_name}" WHERE "{names[0]}" IN (SELECT value FROM json_each(?))'
        firsts = json.dumps(sorted({parts[0] for parts in stored}))
        for row in self.connection.exec_driver_sql(sql, (firsts,)):
            found = stored.get(tuple(row[1:]))
            if found is not None:
                self._holders[table_name, found] = as_id(row[0]) if as_id is not None else row[0]

    def _load_counts(self, table_name: str, keys: list[Key]) -> None:
        ends = _ends()
        texts = {key_text(key): key for key in keys}
        wanted = list(texts)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            found = dict(self.connection.execute(select(ends.c.fold_key, ends.c.ended).where(
                ends.c.table_name == table_name, ends.c.fold_key.in_(chunk))).all())
            for text in chunk:
                self._counts[table_name, texts[text]] = found.get(text, 0)

    def _decoded(self, table_name: str, parts: Key) -> list[Any]:
        decoded = _codec(table_name).decode(dict(zip(fold_columns(table_name), parts, strict=True)))
        return [decoded[name] for name in fold_columns(table_name)]

    def survivor(self, table_name: str, row_id: uuid.UUID) -> uuid.UUID:
        if self._no_aliases:
            return row_id
        key = (table_name, row_id)
        if key not in self._survivors:
            if self._all_aliases_cached:
                return row_id
            aliases = _aliases()
            found = self.connection.scalar(select(aliases.c.survivor_id).where(aliases.c.table_name == table_name,
                                                                              aliases.c.row_id == row_id))
            self._cache_survivor(table_name, row_id, found or row_id)
        return self._survivors[key]

    def _cache_survivor(self, table_name: str, row_id: uuid.UUID, survivor: uuid.UUID) -> None:
        self._survivors[table_name, row_id] = survivor
        if survivor != row_id:
            self._folded.setdefault((table_name, survivor), set()).add(row_id)

    def _resolved(self, table_name: str, values: dict[str, Any]) -> dict[str, Any]:
        if self._no_aliases:
            return values
        out = values
        for column, parent in aliased_columns(table_name):
            value = values.get(column)
            if value:
                survivor = self.survivor(parent, uuid.UUID(value))
                if str(survivor) != value:
                    out = {**out, column: str(survivor)}
        return out

    def holder(self, table_name: str, key: Key) -> uuid.UUID | None:
        """The live row that has the key, written or pending."""
        if (table_name, key) in self._pending:
            return self._pending[table_name, key]
        if (table_name, key) not in self._holders:
            table = replicated_tables()[table_name]
            columns = fold_columns(table_name)
            parts = self._decoded(table_name, key)
            self._holders[table_name, key] = self.connection.scalar(
                select(table.c.id).where(*(table.c[name] == part for name, part in zip(columns, parts, strict=True))))
        return self._holders[table_name, key]

    def count(self, table_name: str, key: Key) -> int:
        """Deleted generations of the key."""
        if self._no_ends:
            return 0
        if (table_name, key) not in self._counts:
            ends = _ends()
            self._counts[table_name, key] = self.connection.scalar(select(ends.c.ended).where(
                ends.c.table_name == table_name, ends.c.fold_key == key_text(key))) or 0
        return self._counts[table_name, key]

    def _end(self, table_name: str, key: Key, at_least: int | None = None) -> None:
        self._counts[table_name, key] = _bump(self.connection, table_name, key, at_least)
        self._no_ends = False

    def flushed(self) -> None:
        """The merger wrote what was pending: the database is the truth again."""
        self._pending.clear()
        self._holders.clear()

    def _current_key(self, table_name: str, row_id: uuid.UUID, row: FoldRow) -> dict[str, Any]:
        """JSON values of the key columns as they stand in this batch."""
        if row.insert is not None:
            source = row.insert
        else:
            source = {**(_json_row(self.connection, table_name, row_id) or {}), **row.update}
        return {name: source.get(name) for name in fold_columns(table_name)}

    # the merger's hooks

    def redirect(self, change: Change, values: dict[str, Any]) -> tuple[Change, dict[str, Any]]:
        """The change as it applies here: to the survivor of the row it names, foreign keys to survivors too."""
        if self._no_aliases:
            return change, values
        if fold_columns(change.table_name):
            survivor = self.survivor(change.table_name, change.row_id)
            if survivor != change.row_id:
                change = replace(change, row_id=survivor)
        return change, self._resolved(change.table_name, values)

    def inserting(self, change: Change, values: dict[str, Any]) -> bool:
        """An insert of a row with a natural key: True when it is settled here (arrived deleted, or folded)."""
        table_name = change.table_name
        if not fold_columns(table_name):
            return False
        key = _key(table_name, values)
        if key is None:
            return False
        if generation(change.base) < self.count(table_name, key):
            row = self.host.row((table_name, change.row_id))
            row.clock.born = row.clock.deleted = change.hlc  # born in a generation deleted since: goes with it
            return True
        if (table_name, key) in self._pending and self._pending[table_name, key] is None:
            self.host.flush()  # freed by a delete or a move not yet written: write it before the key is taken again
        holder = self.holder(table_name, key)
        if holder is None:
            self._pending[table_name, key] = change.row_id
            return False
        held = self.host.row((table_name, holder)).clock
        if (held.born or "", holder) < (change.hlc, change.row_id):
            self._alias(table_name, change.row_id, holder, arriving=True)  # arrives folded: nothing is written
            return True
        self.host.flush()
        self._take_place(change, values, holder, self.host.row((table_name, holder)).clock)
        return True

    def _take_place(self, change: Change, values: dict[str, Any], holder: uuid.UUID, held: RowClock) -> None:
        """The arriving row was born first: it replaces the holder, whose edits (all later than its birth) it keeps."""
        table_name = change.table_name
        table = replicated_tables()[table_name]
        current = _json_row(self.connection, table_name, holder) or {}
        merged = dict(values)
        clocks: dict[str, str] = {}
        for name, clock in held.clocks.items():
            if clock > change.hlc and name in current:
                clocks[name], merged[name] = clock, current[name]
        merged = self._resolved(table_name, merged)
        self.connection.execute(delete(table).where(table.c.id == holder))
        self.connection.execute(insert(table).values(_codec(table_name).decode(merged)))
        row = self.host.row((table_name, change.row_id))
        row.clock.born, row.clock.clocks, row.exists = change.hlc, clocks, True
        self._adopt(table_name, holder, change.row_id, change.hlc)

    def deleting(self, table_name: str, row_id: uuid.UUID) -> None:
        """A live row with a natural key is deleted: the key's generation ends (the folded pair goes with it)."""
        if not fold_columns(table_name):
            return
        row = self.host.row((table_name, row_id))
        if not row.exists:
            return
        key = _key(table_name, self._current_key(table_name, row_id, row))
        if key is not None:
            self._end(table_name, key)
            self._pending[table_name, key] = None

    def editing(self, change: Change, values: dict[str, Any]) -> Change | None:
        """An edit of a live row: when it moves the row to a key another row holds, the two fold first; returns
        the change to merge (named after the survivor), or None when the move landed in a deleted generation."""
        table_name = change.table_name
        columns = fold_columns(table_name)
        if not columns or not any(name in values for name in columns):
            return change
        row = self.host.row((table_name, change.row_id))
        current = self._current_key(table_name, change.row_id, row)
        moved = {name: values[name] if name in values and change.hlc > (row.clock.field_clock(name) or "")
                 else current[name] for name in columns}
        old, new = _key(table_name, current), _key(table_name, moved)
        if new is None or new == old:
            return change
        if generation(change.base) < self.count(table_name, new):
            self.deleting(table_name, change.row_id)
            self.host.kill((table_name, change.row_id), change.hlc)
            return None
        if (table_name, new) in self._pending and self._pending[table_name, new] is None:
            self.host.flush()
        holder = self.holder(table_name, new)
        if holder is None or holder == change.row_id:
            self._pending[table_name, new] = change.row_id
            if old is not None:
                self._pending[table_name, old] = None
            return change
        self.host.flush()
        survivor = self._fold_rows(table_name, change.row_id, holder, change.hlc)
        if survivor == change.row_id:  # it keeps its id and, once this edit is written, the new key
            self._pending[table_name, new] = survivor
            if old is not None:
                self._pending[table_name, old] = None
        return replace(change, row_id=survivor)

    # folding written rows

    def _fold_rows(self, table_name: str, a: uuid.UUID, b: uuid.UUID, hlc: str) -> uuid.UUID:
        """Fold two written live rows of one table; returns the survivor."""
        clock_a, clock_b = self.host.row((table_name, a)).clock, self.host.row((table_name, b)).clock
        (winner, won), (loser, lost) = sorted([(a, clock_a), (b, clock_b)], key=lambda p: (p[1].born or "", p[0]))
        table = replicated_tables()[table_name]
        theirs = _json_row(self.connection, table_name, loser) or {}
        changes: dict[str, Any] = {}
        for name, clock in lost.clocks.items():
            if name in theirs and clock > (won.field_clock(name) or ""):
                changes[name], won.clocks[name] = theirs[name], clock
        self.connection.execute(delete(table).where(table.c.id == loser))
        self._adopt(table_name, loser, winner, hlc)
        changes = self._resolved(table_name, changes)
        if changes:
            self.connection.execute(update(table).where(table.c.id == winner).values(
                {**_keep_updated_at(table), **_codec(table_name).decode(changes)}))
        self.host.row((table_name, winner)).clock.clocks = won.clocks
        self._absorbed.add((table_name, winner))
        return winner

    def _alias(self, table_name: str, row_id: uuid.UUID, survivor: uuid.UUID, *, arriving: bool = False) -> None:
        aliases = _aliases()
        if not arriving:  # a row that lived here may have had others folded into it: they follow
            self.connection.execute(update(aliases).where(aliases.c.table_name == table_name,
                                                          aliases.c.survivor_id == row_id).values(survivor_id=survivor))
            for folded in self._folded.pop((table_name, row_id), set()):
                self._cache_survivor(table_name, folded, survivor)
        self.connection.execute(insert(aliases).values(table_name=table_name, row_id=row_id, survivor_id=survivor))
        self._cache_survivor(table_name, row_id, survivor)
        self._no_aliases = False

    def _adopt(self, table_name: str, loser: uuid.UUID, winner: uuid.UUID, hlc: str) -> None:
        """The loser's row is gone: what named it names the winner (aliases, reviews, children, key counts)."""
        self._alias(table_name, loser, winner)
        reviews = table_of(SyncReview)
        self.connection.execute(update(reviews).where(reviews.c.table_name == table_name, reviews.c.row_id == loser)
                                .values(row_id=winner))
        for child, column in child_columns(table_name):
            self._move_children(child, column, loser, winner, hlc)
        self._holders.clear()
        self._counts.clear()

    def _move_children(self, child: str, column: str, loser: uuid.UUID, winner: uuid.UUID, hlc: str) -> None:
        table = replicated_tables()[child]
        columns = fold_columns(child)
        if column not in columns:
            self.connection.execute(update(table).where(table.c[column] == loser).values(
                {**_keep_updated_at(table), column: winner}))
            return
        # Their key names the parent: the loser's keys join the winner's, deleted generations included. A child
        # whose generation is behind the other side's was deleted there: it goes; two live ones fold.
        position = columns.index(column)
        named = self._counts_naming(child, position, loser)
        counts = dict(named)
        for (moving,) in self.connection.execute(select(table.c.id).where(table.c[column] == loser)).all():
            old = _key(child, self._current_key(child, moving, self.host.row((child, moving))))
            if old is None:
                continue
            new = _renamed(old, position, winner)
            mine, theirs = counts.pop(old, 0), self.count(child, new)
            if mine < theirs:
                self.host.kill((child, moving), hlc)
                continue
            target = self.holder(child, new)
            if theirs < mine:
                self._end(child, new, mine)
                if target is not None:
                    self.host.kill((child, target), hlc)
                    self.host.flush()  # its row must be gone before another takes the key
                    target = None
            if target is not None and self._fold_rows(child, moving, target, hlc) == target:
                continue  # folded into the winner's child, which already points at the winner
            self.connection.execute(update(table).where(table.c.id == moving).values(
                {**_keep_updated_at(table), column: winner}))
            self._holders[child, new], self._holders[child, old] = moving, None
        for old, mine in counts.items():  # generations deleted under the loser with no live row left
            self._end(child, _renamed(old, position, winner), mine)
        if named:
            ends = _ends()
            self.connection.execute(delete(ends).where(ends.c.table_name == child,
                                                       ends.c.fold_key.in_([key_text(key) for key in named])))
            for old in named:
                self._counts.pop((child, old), None)

    def _counts_naming(self, table_name: str, position: int, parent: uuid.UUID) -> dict[Key, int]:
        ends = _ends()
        found: dict[Key, int] = {}
        if self._no_ends:
            return found
        for text, ended in self.connection.execute(select(ends.c.fold_key, ends.c.ended).where(
                ends.c.table_name == table_name, ends.c.fold_key.like(f'%"{parent}"%'))):
            key = tuple(json.loads(text))
            if key[position] == str(parent):
                found[key] = ended
        return found


def unique_clash(error: IntegrityError) -> Exception:
    """A unique constraint no fold covers refused a change (two check-ins with one nonce): say it plainly."""
    from core.sync.hub import SyncError  # hub imports this module's neighbour apply

    detail = str(error.orig)
    what = detail.split(":", 1)[1].strip() if ":" in detail else detail
    return SyncError("sync_unique_clash",
                     f"a change from another device gives {what} a value another row of this workspace already has;"
                     " nothing of this page was applied", what=what, detail=detail)
