"""meetings: the business meetings of the Rencontres (issue 19): programme, slots, tables, participants,
requests and the meetings of the plan. New tables only; they replicate like any Replicated table.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting_programmes',
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('slot_minutes', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_meeting_programmes_event_id_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_programmes'))
    )
    with op.batch_alter_table('meeting_programmes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_programmes_event_id'), ['event_id'], unique=False)

    op.create_table('meeting_participants',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('side', sa.Enum('structure', 'entreprise', 'financeur', name='meetingside', native_enum=False, length=32), nullable=False),
    sa.Column('offers', sa.String(length=500), nullable=False),
    sa.Column('seeks', sa.String(length=500), nullable=False),
    sa.Column('profile', sa.Text(), nullable=True),
    sa.Column('available', sa.Text(), nullable=True),
    sa.Column('max_meetings', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_meeting_participants_person_id_people')),
    sa.ForeignKeyConstraint(['programme_id'], ['meeting_programmes.id'], name=op.f('fk_meeting_participants_programme_id_meeting_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_participants'))
    )
    with op.batch_alter_table('meeting_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_participants_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_participants_programme_id'), ['programme_id'], unique=False)

    op.create_table('meeting_tables',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['meeting_programmes.id'], name=op.f('fk_meeting_tables_programme_id_meeting_programmes')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_meeting_tables_room_id_rooms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_tables'))
    )
    with op.batch_alter_table('meeting_tables', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_tables_programme_id'), ['programme_id'], unique=False)

    op.create_table('meeting_requests',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('requester_id', sa.Uuid(), nullable=False),
    sa.Column('target_id', sa.Uuid(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('pending', 'accepted', 'declined', name='requeststatus', native_enum=False, length=32), nullable=False),
    sa.Column('decided_by_organiser', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['meeting_programmes.id'], name=op.f('fk_meeting_requests_programme_id_meeting_programmes')),
    sa.ForeignKeyConstraint(['requester_id'], ['meeting_participants.id'], name=op.f('fk_meeting_requests_requester_id_meeting_participants')),
    sa.ForeignKeyConstraint(['target_id'], ['meeting_participants.id'], name=op.f('fk_meeting_requests_target_id_meeting_participants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_requests'))
    )
    with op.batch_alter_table('meeting_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_requests_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_requests_requester_id'), ['requester_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_requests_target_id'), ['target_id'], unique=False)

    op.create_table('meeting_slots',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['meeting_programmes.id'], name=op.f('fk_meeting_slots_programme_id_meeting_programmes')),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_meeting_slots_session_id_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_slots'))
    )
    with op.batch_alter_table('meeting_slots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_slots_programme_id'), ['programme_id'], unique=False)

    op.create_table('meetings',
    sa.Column('programme_id', sa.Uuid(), nullable=False),
    sa.Column('request_id', sa.Uuid(), nullable=True),
    sa.Column('first_id', sa.Uuid(), nullable=False),
    sa.Column('second_id', sa.Uuid(), nullable=False),
    sa.Column('slot_id', sa.Uuid(), nullable=False),
    sa.Column('table_id', sa.Uuid(), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('origin', sa.Enum('plan', 'manual', 'replan', name='meetingorigin', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('planned', 'freed', 'held', 'missed', name='meetingstatus', native_enum=False, length=32), nullable=False),
    sa.Column('follow_up', sa.Enum('none', 'contact_pris', 'rendez_vous', 'partenariat_ne', 'sans_suite', name='followup', native_enum=False, length=32), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['first_id'], ['meeting_participants.id'], name=op.f('fk_meetings_first_id_meeting_participants')),
    sa.ForeignKeyConstraint(['programme_id'], ['meeting_programmes.id'], name=op.f('fk_meetings_programme_id_meeting_programmes')),
    sa.ForeignKeyConstraint(['request_id'], ['meeting_requests.id'], name=op.f('fk_meetings_request_id_meeting_requests')),
    sa.ForeignKeyConstraint(['second_id'], ['meeting_participants.id'], name=op.f('fk_meetings_second_id_meeting_participants')),
    sa.ForeignKeyConstraint(['slot_id'], ['meeting_slots.id'], name=op.f('fk_meetings_slot_id_meeting_slots')),
    sa.ForeignKeyConstraint(['table_id'], ['meeting_tables.id'], name=op.f('fk_meetings_table_id_meeting_tables')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_first_id'), ['first_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_second_id'), ['second_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_slot_id'), ['slot_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_slot_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_second_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_programme_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_first_id'))

    op.drop_table('meetings')
    with op.batch_alter_table('meeting_slots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_slots_programme_id'))

    op.drop_table('meeting_slots')
    with op.batch_alter_table('meeting_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_requests_target_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_requests_requester_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_requests_programme_id'))

    op.drop_table('meeting_requests')
    with op.batch_alter_table('meeting_tables', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_tables_programme_id'))

    op.drop_table('meeting_tables')
    with op.batch_alter_table('meeting_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_participants_programme_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_participants_person_id'))

    op.drop_table('meeting_participants')
    with op.batch_alter_table('meeting_programmes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_programmes_event_id'))

    op.drop_table('meeting_programmes')
