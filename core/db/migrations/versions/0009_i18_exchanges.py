"""exchanges: the atelier d'échanges (needs, offers and their follow-up) and the editable category vocabulary

New tables only; the vocabulary's rows are seeded from core.categories by the first exchange written (through
the change log, so that they sync), never here: rows born in a migration would have no sync clock.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OFFER_KINDS = ("contact", "outil", "conseil", "mise_en_relation", "appui", "ressource")
FOLLOW_UPS = ("proposee", "contact_pris", "rendez_vous", "cooperation_nee", "sans_suite")


def _replicated() -> list[sa.Column]:
    return [sa.Column("id", sa.Uuid(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        *_replicated(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint("code", name=op.f("uq_categories_code")),
    )
    op.create_table(
        "exchange_needs",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("categories", sa.String(length=400), nullable=False),
        sa.Column("stated_at", sa.DateTime(timezone=True), nullable=False),
        *_replicated(),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_exchange_needs_event_id_events")),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"],
                                name=op.f("fk_exchange_needs_organisation_id_organisations")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_exchange_needs_person_id_people")),
        sa.ForeignKeyConstraint(["session_id"], ["sessions.id"], name=op.f("fk_exchange_needs_session_id_sessions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_needs")),
    )
    with op.batch_alter_table("exchange_needs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_needs_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_needs_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_needs_person_id"), ["person_id"], unique=False)
    op.create_table(
        "exchange_offers",
        sa.Column("need_id", sa.Uuid(), nullable=True),
        sa.Column("event_id", sa.Uuid(), nullable=True),
        sa.Column("giver_person_id", sa.Uuid(), nullable=False),
        sa.Column("giver_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.Enum(*OFFER_KINDS, name="offerkind", native_enum=False, length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("consent_contact", sa.Boolean(), nullable=False),
        sa.Column("categories", sa.String(length=400), nullable=False),
        sa.Column("offered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.Enum(*FOLLOW_UPS, name="followup", native_enum=False, length=32), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("status_note", sa.Text(), nullable=True),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        *_replicated(),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name=op.f("fk_exchange_offers_event_id_events")),
        sa.ForeignKeyConstraint(["giver_organisation_id"], ["organisations.id"],
                                name=op.f("fk_exchange_offers_giver_organisation_id_organisations")),
        sa.ForeignKeyConstraint(["giver_person_id"], ["people.id"],
                                name=op.f("fk_exchange_offers_giver_person_id_people")),
        sa.ForeignKeyConstraint(["need_id"], ["exchange_needs.id"],
                                name=op.f("fk_exchange_offers_need_id_exchange_needs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_offers")),
    )
    with op.batch_alter_table("exchange_offers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_offers_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_offers_giver_organisation_id"), ["giver_organisation_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_offers_giver_person_id"), ["giver_person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_offers_need_id"), ["need_id"], unique=False)


def downgrade() -> None:
    op.drop_table("exchange_offers")
    op.drop_table("exchange_needs")
    op.drop_table("categories")
