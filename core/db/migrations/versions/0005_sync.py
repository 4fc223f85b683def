"""sync: tables and columns added by the sync feature

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_changes",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_changes")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_changes_change_id")),
    )
    op.create_table(
        "sync_rows",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("born_hlc", sa.String(length=64), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.Column("clocks", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_rows")),
    )
    op.create_table(
        "sync_reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("mine", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("other_id", sa.Uuid(), nullable=True),
        sa.Column("winner", sa.String(length=8), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_reviews")),
    )
    with op.batch_alter_table("sync_reviews") as batch:
        batch.create_index("ix_sync_reviews_open", ["resolved_at", "kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_reviews") as batch:
        batch.drop_index("ix_sync_reviews_open")
    op.drop_table("sync_reviews")
    op.drop_table("sync_rows")
    op.drop_table("sync_changes")
