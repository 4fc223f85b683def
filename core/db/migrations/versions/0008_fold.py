"""fold: rows with one natural key born on two devices become one; ticket codes may repeat

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_aliases",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("survivor_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_aliases")),
    )
    with op.batch_alter_table("sync_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_aliases_survivor_id"), ["survivor_id"], unique=False)
    op.create_table(
        "sync_fold_ends",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("fold_key", sa.Text(), nullable=False),
        sa.Column("ended", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "fold_key", name=op.f("pk_sync_fold_ends")),
    )
    # Two devices offline can issue the same 6-character code: the sync must accept both tickets.
    # SQLite drops a constraint by copying the table (foreign keys are checked after the migration, see workspace).
    with op.batch_alter_table("tickets", schema=None, recreate="always") as batch_op:
        batch_op.drop_constraint("uq_tickets_code", type_="unique")
        batch_op.create_index(batch_op.f("ix_tickets_code"), ["code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None, recreate="always") as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_code"))
        batch_op.create_unique_constraint("uq_tickets_code", ["code"])
    op.drop_table("sync_fold_ends")
    with op.batch_alter_table("sync_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_aliases_survivor_id"))
    op.drop_table("sync_aliases")
