"""registrations: tables and columns added by the registrations feature

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('registration_answers',
    sa.Column('registration_id', sa.Uuid(), nullable=False),
    sa.Column('question', sa.String(length=200), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['registration_id'], ['registrations.id'],
                            name=op.f('fk_registration_answers_registration_id_registrations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration_answers')),
    sa.UniqueConstraint('registration_id', 'question', name=op.f('uq_registration_answers_registration_id_question'))
    )
    with op.batch_alter_table('registration_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_answers_registration_id'), ['registration_id'], unique=False)

    op.create_table('person_history',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_person_history_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_history'))
    )
    with op.batch_alter_table('person_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_history_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('person_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_history_person_id'))
    op.drop_table('person_history')
    with op.batch_alter_table('registration_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_answers_registration_id'))
    op.drop_table('registration_answers')
