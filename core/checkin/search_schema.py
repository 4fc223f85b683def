"""The full-text index of people for the desk's name search (SQLite FTS5), kept current by triggers.

The tokenizer folds case and removes diacritics ("Éloïse" is found by "eloise"); prefix indexes of 2 and 3
characters make typing-as-you-go cheap. Rows are keyed by the people table's rowid. Every table here is
named search_*: schema comparisons with the ORM models skip that prefix (see core.db.migrations.include_name).
"""

from __future__ import annotations

from collections.abc import Callable

TABLE = "search_people"
VOCABULARY = "search_people_vocab"

_ROW = (
    "{p}.rowid, {p}.id, {p}.first_name || ' ' || {p}.last_name, "
    "coalesce((SELECT name FROM organisations WHERE id = {p}.organisation_id), ''), coalesce({p}.email, '')"
)

CREATE = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "person_id UNINDEXED, name, structure, email, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} USING fts5vocab({TABLE}, 'row')",
    f"CREATE TRIGGER IF NOT EXISTS search_people_insert AFTER INSERT ON people BEGIN "
    f"INSERT INTO {TABLE}(rowid, person_id, name, structure, email) SELECT {_ROW.format(p='NEW')}; END",
    f"CREATE TRIGGER IF NOT EXISTS search_people_delete AFTER DELETE ON people BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = OLD.rowid; END",
    f"CREATE TRIGGER IF NOT EXISTS search_people_update AFTER UPDATE ON people BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = OLD.rowid; "
    f"INSERT INTO {TABLE}(rowid, person_id, name, structure, email) SELECT {_ROW.format(p='NEW')}; END",
    f"CREATE TRIGGER IF NOT EXISTS search_people_structure AFTER UPDATE OF name ON organisations BEGIN "
    f"UPDATE {TABLE} SET structure = NEW.name "
    f"WHERE rowid IN (SELECT rowid FROM people WHERE organisation_id = NEW.id); END",
]

REFILL = [
    f"DELETE FROM {TABLE}",
    f"INSERT INTO {TABLE}(rowid, person_id, name, structure, email) SELECT {_ROW.format(p='people')} FROM people",
]

DROP = [
    "DROP TRIGGER IF EXISTS search_people_structure",
    "DROP TRIGGER IF EXISTS search_people_update",
    "DROP TRIGGER IF EXISTS search_people_delete",
    "DROP TRIGGER IF EXISTS search_people_insert",
    f"DROP TABLE IF EXISTS {VOCABULARY}",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def rebuild(execute: Callable[[str], object]) -> None:
    """(Re)create the index and its triggers and refill it from people.

    A later migration that copies the people table (batch "move and copy") drops its triggers and
    renumbers rowids: it must call this afterwards.
    """
    for statement in CREATE + REFILL:
        execute(statement)


def include_name(name: str | None, type_: str, _parents: object = None) -> bool:
    """For Alembic comparisons: skip the search_* virtual tables, which no ORM model describes."""
    return not (type_ == "table" and (name or "").startswith("search_"))
