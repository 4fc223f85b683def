"""sync_held: changes that arrived before the row they need wait there for it

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_held",
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.Column("waits_for", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_sync_held")),
    )
    with op.batch_alter_table("sync_held", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_held_waits_for"), ["waits_for"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_held", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_held_waits_for"))
    op.drop_table("sync_held")
