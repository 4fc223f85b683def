"""people sorted by folded names from an index: the Personnes page reads a window of 200 rows, never sorts 100,000

Revision ID: 0012
Revises: 0011

An index on expressions (SQLite 3.9+): lower() and replace() of the accented letters, exactly the text that
core.services.directory_window.folded_sql writes in its ORDER BY (SQLite uses an expression index only for the
same expression). Named search_* so that schema comparisons with the ORM models leave it aside.
"""

from alembic import op

revision = "0012"  # the file name's number: core.db.migrations reads revisions from file names
down_revision = "0011"
branch_labels = None
depends_on = None

# Frozen here: a later change of the fold list needs a new migration (and the same text in folded_sql).
_FOLDS = [(a, "a") for a in "àâä"] + [("ç", "c")] + [(e, "e") for e in "éèêë"] + [(i, "i") for i in "îï"] + \
    [(o, "o") for o in "ôö"] + [(u, "u") for u in "ùûü"] + [("ÿ", "y"), ("œ", "oe"), ("æ", "ae")] + \
    [("É", "e"), ("È", "e"), ("À", "a"), ("Ç", "c")]


def _folded(column: str) -> str:
    sql = f"lower({column})"
    for accented, plain in _FOLDS:
        sql = f"replace({sql}, '{accented}', '{plain}')"
    return sql


def upgrade() -> None:
    op.execute(f"CREATE INDEX IF NOT EXISTS search_people_sort ON people "
               f"({_folded('last_name')}, {_folded('first_name')})")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS search_people_sort")
