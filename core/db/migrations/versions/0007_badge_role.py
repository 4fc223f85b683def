"""badge role: an explicit badge role per registration, and the code printed on each logged attestation

Both columns are nullable: a registration without a role keeps the guessed one, and badges logged before
(or any print without a code) simply have none. They replicate like any column of a Replicated table.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BADGE_ROLES = ("participant", "intervenant", "organisation", "entreprise_partenaire", "benevole")


def upgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("badge_role", sa.Enum(*BADGE_ROLES, name="badgerole", native_enum=False,
                                                            length=32), nullable=True))
    with op.batch_alter_table("print_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verification_code", sa.String(length=16), nullable=True))
        batch_op.create_index(batch_op.f("ix_print_records_verification_code"), ["verification_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("print_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_records_verification_code"))
        batch_op.drop_column("verification_code")
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_column("badge_role")
