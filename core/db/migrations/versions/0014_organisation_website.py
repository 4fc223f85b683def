"""organisations.website: the structure's website, as registration forms ask it

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"  # the file name's number: core.db.migrations reads revisions from file names
down_revision = "0013"
branch_labels = None
depends_on = None


# Plain ALTER TABLE (SQLite 3.35+ drops a column in place): a batch copy of organisations would stop at the
# search triggers of people, which name the table.
def upgrade() -> None:
    op.add_column("organisations", sa.Column("website", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("organisations", "website")
