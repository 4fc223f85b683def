"""printing: tables and columns added by the printing feature

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_records",
        sa.Column("registration_id", sa.Uuid(), nullable=False),
        sa.Column("document", sa.Enum("badge", "attestation", name="printeddocument", native_enum=False,
                                      length=32), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("stock", sa.String(length=64), nullable=True),
        sa.Column("reprint_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_print_records_device_id_devices")),
        sa.ForeignKeyConstraint(["registration_id"], ["registrations.id"],
                                name=op.f("fk_print_records_registration_id_registrations")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_records")),
    )
    with op.batch_alter_table("print_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_records_registration_id"), ["registration_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("print_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_records_registration_id"))
    op.drop_table("print_records")
