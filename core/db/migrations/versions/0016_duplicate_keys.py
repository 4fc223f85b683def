"""search_duplicate_keys: each person's and structure's folded name, the blocks the duplicate search compares within

Revision ID: 0016
Revises: 0015

The duplicate search compared 100,000 people in Python on every visit of Personnes (issue 17). Here each record
keeps its key (core.imports.values.name_key / organisation_key, computed in Python: SQLite cannot fold like it),
and candidates are only rows sharing a key (SQL, through the index). The keys are filled by the search itself for
rows that have none (core.services.duplicate_keys.refresh); these triggers, plain SQL so that any writer keeps
them honest (a sync pull, an import, the sqlite3 shell), drop a key when its record's name changes or the record
goes. Named search_* so that schema comparisons with the ORM models leave it aside.

A later migration that copies people or organisations (batch "move and copy") drops these triggers: it must
create them again (CREATE below) and empty the table, which the next search fills again.
"""

from alembic import op

revision = "0016"  # the file name's number: core.db.migrations reads revisions from file names
down_revision = "0015"
branch_labels = None
depends_on = None

# Frozen here: a later change needs a new migration.
TABLE = "search_duplicate_keys"
_FORGET = "BEGIN DELETE FROM search_duplicate_keys WHERE kind = '{kind}' AND record_id = {row}.id; END"
# (trigger prefix, table, kind, the columns its key is folded from)
_RECORDS = [("search_duplicate_person", "people", "person", "first_name, last_name"),
            ("search_duplicate_structure", "organisations", "organisation", "name")]
CREATE = [
    f"CREATE TABLE IF NOT EXISTS {TABLE} (kind TEXT NOT NULL, record_id NOT NULL, key TEXT NOT NULL, "
    "created_at NOT NULL, PRIMARY KEY (kind, record_id)) WITHOUT ROWID",
    f"CREATE INDEX IF NOT EXISTS search_duplicate_blocks ON {TABLE} (kind, key, created_at, record_id)",
]
for _prefix, _table, _kind, _columns in _RECORDS:
    CREATE += [
        # An INSERT OR REPLACE of a known id runs no delete trigger: the insert forgets the old key too.
        f"CREATE TRIGGER IF NOT EXISTS {_prefix}_new AFTER INSERT ON {_table} " + _FORGET.format(kind=_kind, row="NEW"),
        f"CREATE TRIGGER IF NOT EXISTS {_prefix}_edit AFTER UPDATE OF {_columns} ON {_table} "
        + _FORGET.format(kind=_kind, row="OLD"),
        f"CREATE TRIGGER IF NOT EXISTS {_prefix}_gone AFTER DELETE ON {_table} " + _FORGET.format(kind=_kind, row="OLD"),
    ]
DROP = [f"DROP TRIGGER IF EXISTS {prefix}_{when}" for prefix, *_ in _RECORDS for when in ("new", "edit", "gone")] + \
    [f"DROP TABLE IF EXISTS {TABLE}"]

def upgrade() -> None:
    for statement in CREATE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP:
        op.execute(statement)
