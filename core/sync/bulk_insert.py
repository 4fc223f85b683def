"""Inserting a pull's new rows many at a time, triggers included.

An AFTER INSERT trigger runs its statements once per row: for the people search index that cost more than
inserting the people themselves. Where a set-based equivalent of the trigger is written beside it, and the
database holds exactly the trigger it was written for, the trigger is dropped while the rows go in, its
equivalent runs once over all of them (after every table is written, so a person's organisation inserted in the
same pull is found), and the trigger is created again from the text the database held. All of it happens in the
caller's transaction: a crash rolls the DDL back with the rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Table

from core.checkin import search_schema
from core.sync.tables import insert_rows

# Below this many new rows the trigger runs as it is: dropping and creating it costs each open connection a
# schema reload.
AT_LEAST = 200


@dataclass(frozen=True, slots=True)
class SetBased:
    table: str
    trigger: str
    trigger_sql: str  # the trigger the statements stand in for
    statements: tuple[str, ...]  # each takes :ids, a JSON array of the new rows' ids as stored


SET_BASED = (
    SetBased("people", search_schema.INSERT_TRIGGER, search_schema.trigger_sql(search_schema.INSERT_TRIGGER),
             tuple(search_schema.INDEX_NEW_PEOPLE)),
)


def _same_sql(a: str, b: str) -> bool:
    return a.split() == b.split()


@dataclass
class BulkInsert:
    """`with BulkInsert(connection) as bulk: bulk.insert(table, names, rows)`; rows hold stored values."""

    connection: Connection
    _paused: dict[str, tuple[SetBased, str]] = field(default_factory=dict)  # trigger -> (equivalent, its SQL)
    _new_ids: dict[str, list[Any]] = field(default_factory=dict)  # table -> ids inserted while paused

    def __enter__(self) -> BulkInsert:
        return self

    def insert(self, table: Table, names: list[str], rows: list[tuple[Any, ...]]) -> None:
        if len(rows) >= AT_LEAST:
            for equivalent in SET_BASED:
                if equivalent.table == table.name and equivalent.trigger not in self._paused:
                    self._pause(equivalent)
        insert_rows(self.connection, table, names, rows)
        if any(e.table == table.name for e, _sql in self._paused.values()):
            at = names.index("id")
            self._new_ids.setdefault(table.name, []).extend(row[at] for row in rows)

    def _pause(self, equivalent: SetBased) -> None:
        stored = self.connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND tbl_name = ?",
            (equivalent.trigger, equivalent.table)).scalar()
        if stored is None or not _same_sql(stored, equivalent.trigger_sql):
            return  # not the trigger the equivalent was written for: it runs row by row
        self.connection.exec_driver_sql(f'DROP TRIGGER "{equivalent.trigger}"')
        self._paused[equivalent.trigger] = (equivalent, stored)

    def __exit__(self, exc_type: type[BaseException] | None, _exc: BaseException | None,
                 _tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                for equivalent, _sql in self._paused.values():
                    ids = json.dumps(self._new_ids.get(equivalent.table, []))
                    for statement in equivalent.statements:
                        self.connection.exec_driver_sql(statement, {"ids": ids})
        finally:
            for _equivalent, sql in self._paused.values():
                self.connection.exec_driver_sql(sql)
            self._paused.clear()
