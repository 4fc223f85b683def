"""organisations.sector: the sector of activity (a NAF section, core.sectors), for the meetings' report by sector

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"  # the file name's number: core.db.migrations reads revisions from file names
down_revision = "0014"
branch_labels = None
depends_on = None


# Plain ALTER TABLE (SQLite 3.35+ drops a column in place): a batch copy of organisations would stop at the
# search triggers of people, which name the table.
def upgrade() -> None:
    op.add_column("organisations", sa.Column("sector", sa.String(length=2), nullable=True))


def downgrade() -> None:
    op.drop_column("organisations", "sector")
