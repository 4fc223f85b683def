"""search_duplicate_keys: each person's and structure's folded name, the blocks the duplicate search compares within

Revision ID: 0014
Revises: 0013

The duplicate search compared 100,000 people in Python on every visit of Personnes (issue 17). Here each record
keeps its key (core.imports.values.name_key / organisation_key, computed in Python: SQLite cannot fold like it),
and candidates are only rows sharing a key (SQL, through the index). The keys are filled by the search itself for
rows that have none (core.services.duplicate_keys.refresh); these triggers, plain SQL so that any writer keeps
them honest (a sync pull, an import, the sqlite3 shell), drop a key when its record's name changes or the record
goes. Named search_* so that schema comparisons with the ORM models leave it aside.
"""

from alembic import op

revision = "0014"  # the file name's number: core.db.migrations reads revisions from file names
down_revision = "0013"
branch_labels = None
depends_on = None

# Frozen here: a later change needs a new migration.
TABLE = "search_duplicate_keys"
_FORGET = "BEGIN DELETE FROM search_duplicate_keys WHERE kind = '{kind}' AND record_id = {row}.id; END"
CREATE = [
    f"CREATE TABLE IF NOT EXISTS {TABLE} (kind TEXT NOT NULL, record_id NOT NULL, key TEXT NOT NULL, "
    "created_at NOT NULL, PRIMARY KEY (kind, record_id)) WITHOUT ROWID",
    f"CREATE INDEX IF NOT EXISTS search_duplicate_blocks ON {TABLE} (kind, key, created_at, record_id)",
    # An INSERT OR REPLACE of a known id runs no delete trigger: the insert forgets the old key too.
    "CREATE TRIGGER IF NOT EXISTS search_duplicate_person_new AFTER INSERT ON people "
    + _FORGET.format(kind="person", row="NEW"),
    "CREATE TRIGGER IF NOT EXISTS search_duplicate_person_edit AFTER UPDATE OF first_name, last_name ON people "
    + _FORGET.format(kind="person", row="OLD"),
    "CREATE TRIGGER IF NOT EXISTS search_duplicate_person_gone AFTER DELETE ON people "
    + _FORGET.format(kind="person", row="OLD"),
    "CREATE TRIGGER IF NOT EXISTS search_duplicate_structure_new AFTER INSERT ON organisations "
    + _FORGET.format(kind="organisation", row="NEW"),
    "CREATE TRIGGER IF NOT EXISTS search_duplicate_structure_edit AFTER UPDATE OF name ON organisations "
    + _FORGET.format(kind="organisation", row="OLD"),
    "CREATE TRIGGER IF NOT EXISTS search_duplicate_structure_gone AFTER DELETE ON organisations "
    + _FORGET.format(kind="organisation", row="OLD"),
]
DROP = [
    "DROP TRIGGER IF EXISTS search_duplicate_person_new", "DROP TRIGGER IF EXISTS search_duplicate_person_edit",
    "DROP TRIGGER IF EXISTS search_duplicate_person_gone", "DROP TRIGGER IF EXISTS search_duplicate_structure_new",
    "DROP TRIGGER IF EXISTS search_duplicate_structure_edit",
    "DROP TRIGGER IF EXISTS search_duplicate_structure_gone", f"DROP TABLE IF EXISTS {TABLE}",
]


def upgrade() -> None:
    for statement in CREATE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP:
        op.execute(statement)
