"""checkin: tables and columns added by the checkin feature

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen copy of core.checkin.search_schema at this revision (a migration never changes meaning later).
# Search rows are tied to people by id through search_people_keys (row INTEGER PRIMARY KEY survives VACUUM),
# never by the implicit rowid of people, which VACUUM may renumber.
_ROW = (
    "{p}.id, {p}.first_name || ' ' || {p}.last_name, "
    "coalesce((SELECT name FROM organisations WHERE id = {p}.organisation_id), ''), coalesce({p}.email, '')"
)
_KEY = "(SELECT row FROM search_people_keys WHERE person_id = {p}.id)"
_INSERT = (
    "INSERT INTO search_people_keys(person_id) VALUES (NEW.id); "
    "INSERT INTO search_people(rowid, person_id, name, structure, email) "
    f"SELECT {_KEY.format(p='NEW')}, {_ROW.format(p='NEW')}; "
)
_DELETE = (
    "DELETE FROM search_people WHERE rowid = {key}; DELETE FROM search_people_keys WHERE person_id = {p}.id; "
)
_SEARCH = [
    "CREATE TABLE search_people_keys (row INTEGER PRIMARY KEY, person_id NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE search_people USING fts5("
    "person_id UNINDEXED, name, structure, email, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    "CREATE VIRTUAL TABLE search_people_vocab USING fts5vocab(search_people, 'row')",
    "CREATE TRIGGER search_people_insert AFTER INSERT ON people BEGIN "
    f"{_DELETE.format(key=_KEY.format(p='NEW'), p='NEW')}{_INSERT}END",
    "CREATE TRIGGER search_people_delete AFTER DELETE ON people BEGIN "
    f"{_DELETE.format(key=_KEY.format(p='OLD'), p='OLD')}END",
    "CREATE TRIGGER search_people_update AFTER UPDATE ON people BEGIN "
    f"DELETE FROM search_people WHERE rowid = {_KEY.format(p='OLD')}; "
    "INSERT INTO search_people(rowid, person_id, name, structure, email) "
    f"SELECT {_KEY.format(p='NEW')}, {_ROW.format(p='NEW')}; END",
    "CREATE TRIGGER search_people_structure AFTER UPDATE OF name ON organisations BEGIN "
    "UPDATE search_people SET structure = NEW.name WHERE rowid IN (SELECT k.row FROM search_people_keys k "
    "JOIN people p ON p.id = k.person_id WHERE p.organisation_id = NEW.id); END",
    "INSERT INTO search_people_keys(person_id) SELECT id FROM people",
    "INSERT INTO search_people(rowid, person_id, name, structure, email) "
    f"SELECT k.row, {_ROW.format(p='people')} FROM people JOIN search_people_keys k ON k.person_id = people.id",
]


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("key_revoked_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_checkins_undoes_id", "checkins", ["undoes_id"])
    op.create_index("ix_checkins_event_scanned", "checkins", ["event_id", "scanned_at"])
    for statement in _SEARCH:
        op.execute(statement)


def downgrade() -> None:
    for name in ("search_people_structure", "search_people_update", "search_people_delete", "search_people_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_people_vocab")
    op.execute("DROP TABLE IF EXISTS search_people")
    op.execute("DROP TABLE IF EXISTS search_people_keys")
    op.drop_index("ix_checkins_event_scanned", "checkins")
    op.drop_index("ix_checkins_undoes_id", "checkins")
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("key_revoked_at")
