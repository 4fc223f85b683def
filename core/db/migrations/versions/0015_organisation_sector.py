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


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch_op:
        batch_op.add_column(sa.Column("sector", sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch_op:
        batch_op.drop_column("sector")
