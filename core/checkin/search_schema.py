"""The full-text index of people for the desk's name search (SQLite FTS5), kept current by triggers.

The tokenizer folds case and removes diacritics ("Éloïse" is found by "eloise"); prefix indexes of 1, 2 and
3 characters make typing-as-you-go cheap ("jacques p" would otherwise merge every term in p). Each row
carries the person's id (UNINDEXED), and results are joined to people by that id, never by the people table's implicit rowid, which VACUUM may renumber. Every table here is
named search_*: schema comparisons with the ORM models skip that prefix (see core.db.migrations.include_name).
"""

from __future__ import annotations

from collections.abc import Callable

TABLE = "search_people"
VOCABULARY = "search_people_vocab"
# person id -> search row number. Its `row` is an INTEGER PRIMARY KEY, which VACUUM and table copies keep,
# unlike the implicit rowid of people (a UUID-keyed table), which VACUUM may renumber.
KEYS = "search_people_keys"

_ROW = (
    "{p}.id, {p}.first_name || ' ' || {p}.last_name, "
    "coalesce((SELECT name FROM organisations WHERE id = {p}.organisation_id), ''), coalesce({p}.email, '')"
)
_INSERT = (
    f"INSERT INTO {KEYS}(person_id) VALUES (NEW.id); "
    f"INSERT INTO {TABLE}(rowid, person_id, name, structure, email) "
    f"SELECT (SELECT row FROM {KEYS} WHERE person_id = NEW.id), {_ROW.format(p='NEW')}; "
)
_DELETE = (
    f"DELETE FROM {TABLE} WHERE rowid = (SELECT row FROM {KEYS} WHERE person_id = OLD.id); "
    f"DELETE FROM {KEYS} WHERE person_id = OLD.id; "
)

CREATE = [
    f"CREATE TABLE IF NOT EXISTS {KEYS} (row INTEGER PRIMARY KEY, person_id NOT NULL UNIQUE)",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "person_id UNINDEXED, name, structure, email, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} USING fts5vocab({TABLE}, 'row')",
    # Clear first: a row replaced without delete triggers (INSERT OR REPLACE) must not leave a stale entry.
    f"CREATE TRIGGER IF NOT EXISTS search_people_insert AFTER INSERT ON people BEGIN "
    f"{_DELETE.replace('OLD.', 'NEW.')}{_INSERT}END",
    f"CREATE TRIGGER IF NOT EXISTS search_people_delete AFTER DELETE ON people BEGIN {_DELETE}END",
    # Ids never change: an edit rewrites the row under the same number (the spelling cache keys on the last one).
    f"CREATE TRIGGER IF NOT EXISTS search_people_update AFTER UPDATE ON people BEGIN "
    f"DELETE FROM {TABLE} WHERE rowid = (SELECT row FROM {KEYS} WHERE person_id = OLD.id); "
    f"INSERT INTO {TABLE}(rowid, person_id, name, structure, email) "
    f"SELECT (SELECT row FROM {KEYS} WHERE person_id = NEW.id), {_ROW.format(p='NEW')}; END",
    f"CREATE TRIGGER IF NOT EXISTS search_people_structure AFTER UPDATE OF name ON organisations BEGIN "
    f"UPDATE {TABLE} SET structure = NEW.name WHERE rowid IN (SELECT k.row FROM {KEYS} k "
    f"JOIN people p ON p.id = k.person_id WHERE p.organisation_id = NEW.id); END",
]

INSERT_TRIGGER = "search_people_insert"
# The insert trigger's work for many new people at once (:ids, a JSON array of their ids as stored), which a sync
# pull runs instead of the trigger (core/sync/bulk_insert.py): a third of the cost, row for row. It must do what
# the trigger does; the pull uses it only while the database holds exactly the trigger defined above.
INDEX_NEW_PEOPLE = [
    f"DELETE FROM {TABLE} WHERE rowid IN "
    f"(SELECT row FROM {KEYS} WHERE person_id IN (SELECT value FROM json_each(:ids)))",
    f"DELETE FROM {KEYS} WHERE person_id IN (SELECT value FROM json_each(:ids))",
    f"INSERT INTO {KEYS}(person_id) SELECT value FROM json_each(:ids) ORDER BY key",
    # In row order: FTS5 writes its pending terms out whenever a rowid goes backwards.
    f"INSERT INTO {TABLE}(rowid, person_id, name, structure, email) SELECT k.row, {_ROW.format(p='p')} "
    f"FROM json_each(:ids) j JOIN people p ON p.id = j.value JOIN {KEYS} k ON k.person_id = p.id ORDER BY k.row",
]


def trigger_sql(name: str) -> str:
    """The CREATE TRIGGER statement of that name above, as sqlite_master keeps it (without IF NOT EXISTS)."""
    prefix = f"CREATE TRIGGER IF NOT EXISTS {name} "
    statement = next(s for s in CREATE if s.startswith(prefix))
    return "CREATE TRIGGER " + statement.removeprefix("CREATE TRIGGER IF NOT EXISTS ")


REFILL = [
    f"DELETE FROM {TABLE}",
    f"DELETE FROM {KEYS}",
    f"INSERT INTO {KEYS}(person_id) SELECT id FROM people",
    f"INSERT INTO {TABLE}(rowid, person_id, name, structure, email) "
    f"SELECT k.row, {_ROW.format(p='people')} FROM people JOIN {KEYS} k ON k.person_id = people.id",
]

DROP = [
    "DROP TRIGGER IF EXISTS search_people_structure",
    "DROP TRIGGER IF EXISTS search_people_update",
    "DROP TRIGGER IF EXISTS search_people_delete",
    "DROP TRIGGER IF EXISTS search_people_insert",
    f"DROP TABLE IF EXISTS {VOCABULARY}",
    f"DROP TABLE IF EXISTS {TABLE}",
    f"DROP TABLE IF EXISTS {KEYS}",
]


def rebuild(execute: Callable[[str], object]) -> None:
    """(Re)create the index and its triggers and refill it from people.

    A later migration that copies the people table (batch "move and copy") drops its triggers: it must
    call this afterwards.
    """
    for statement in CREATE + REFILL:
        execute(statement)


def include_name(name: str | None, type_: str, _parents: object = None) -> bool:
    """For Alembic comparisons: skip the search_* virtual tables, which no ORM model describes."""
    return not (type_ == "table" and (name or "").startswith("search_"))
