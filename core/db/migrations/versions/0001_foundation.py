"""foundation: directory, agenda, registrations, tickets, check-ins, devices

Revision ID: 0001
Revises: 
"""

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('devices',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices'))
    )
    op.create_table('events',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('mois_ess', 'rencontres', 'autre', name='eventkind', native_enum=False, length=32), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    op.create_table('local_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_settings'))
    )
    op.create_table('organisations',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('association', 'scop', 'scic', 'siae', 'regie_de_quartier', 'mutuelle', 'fondation', 'entreprise', 'collectivite', 'partenaire', 'autre', name='organisationkind', native_enum=False, length=32), nullable=False),
    sa.Column('siret', sa.String(length=14), nullable=True),
    sa.Column('commune', sa.String(length=100), nullable=True),
    sa.Column('insee_code', sa.String(length=5), nullable=True),
    sa.Column('is_member', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations'))
    )
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisations_name'), ['name'], unique=False)

    op.create_table('venues',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('commune', sa.String(length=100), nullable=True),
    sa.Column('insee_code', sa.String(length=5), nullable=True),
    sa.Column('accessibility', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venues'))
    )
    op.create_table('people',
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('role', sa.String(length=200), nullable=True),
    sa.Column('accessibility_needs', sa.Text(), nullable=True),
    sa.Column('consent_communication', sa.Boolean(), nullable=False),
    sa.Column('consent_photo', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_people_organisation_id_organisations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_last_name'), ['last_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('rooms',
    sa.Column('venue_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_rooms_venue_id_venues')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms'))
    )
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rooms_venue_id'), ['venue_id'], unique=False)

    op.create_table('registrations',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('confirmed', 'waiting', 'cancelled', name='status', native_enum=False, length=32), nullable=False),
    sa.Column('source', sa.Enum('import', 'desk', 'manual', name='source', native_enum=False, length=32), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source_reference', sa.String(length=100), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_registrations_event_id_events')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_registrations_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registrations')),
    sa.UniqueConstraint('person_id', 'event_id', name=op.f('uq_registrations_person_id_event_id'))
    )
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registrations_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registrations_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registrations_source_reference'), ['source_reference'], unique=False)

    op.create_table('sessions',
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.Enum('atelier', 'pleniere', 'rendez_vous', 'visite', 'autre', name='sessionkind', native_enum=False, length=32), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('venue_id', sa.Uuid(), nullable=True),
    sa.Column('room_id', sa.Uuid(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('facilitators', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('audience', sa.Enum('open', 'laureates', 'invitation', name='audience', native_enum=False, length=32), nullable=False),
    sa.Column('accessibility', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_sessions_event_id_events')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_sessions_room_id_rooms')),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_sessions_venue_id_venues')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sessions'))
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessions_event_id'), ['event_id'], unique=False)

    op.create_table('session_choices',
    sa.Column('registration_id', sa.Uuid(), nullable=False),
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('confirmed', 'waiting', 'cancelled', name='status', native_enum=False, length=32), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['registration_id'], ['registrations.id'], name=op.f('fk_session_choices_registration_id_registrations')),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_session_choices_session_id_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_choices')),
    sa.UniqueConstraint('registration_id', 'session_id', name=op.f('uq_session_choices_registration_id_session_id'))
    )
    with op.batch_alter_table('session_choices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_choices_registration_id'), ['registration_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_choices_session_id'), ['session_id'], unique=False)

    op.create_table('tickets',
    sa.Column('registration_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('token', sa.Text(), nullable=True),
    sa.Column('issued_by_device_id', sa.Uuid(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['issued_by_device_id'], ['devices.id'], name=op.f('fk_tickets_issued_by_device_id_devices')),
    sa.ForeignKeyConstraint(['registration_id'], ['registrations.id'], name=op.f('fk_tickets_registration_id_registrations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tickets')),
    sa.UniqueConstraint('code', name=op.f('uq_tickets_code'))
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tickets_registration_id'), ['registration_id'], unique=False)

    op.create_table('checkins',
    sa.Column('ticket_id', sa.Uuid(), nullable=True),
    sa.Column('event_id', sa.Uuid(), nullable=True),
    sa.Column('session_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('entry', 'session', 'undo', name='checkinkind', native_enum=False, length=32), nullable=False),
    sa.Column('verdict', sa.String(length=32), nullable=False),
    sa.Column('accepted', sa.Boolean(), nullable=False),
    sa.Column('undoes_id', sa.Uuid(), nullable=True),
    sa.Column('scanned_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('device_id', sa.Uuid(), nullable=True),
    sa.Column('nonce', sa.String(length=64), nullable=False),
    sa.Column('raw_input', sa.String(length=512), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'], name=op.f('fk_checkins_device_id_devices')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_checkins_event_id_events')),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_checkins_session_id_sessions')),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_checkins_ticket_id_tickets')),
    sa.ForeignKeyConstraint(['undoes_id'], ['checkins.id'], name=op.f('fk_checkins_undoes_id_checkins')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checkins')),
    sa.UniqueConstraint('nonce', name=op.f('uq_checkins_nonce'))
    )
    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkins_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkins_ticket_id'), ['ticket_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('checkins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkins_ticket_id'))
        batch_op.drop_index(batch_op.f('ix_checkins_event_id'))

    op.drop_table('checkins')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tickets_registration_id'))

    op.drop_table('tickets')
    with op.batch_alter_table('session_choices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_choices_session_id'))
        batch_op.drop_index(batch_op.f('ix_session_choices_registration_id'))

    op.drop_table('session_choices')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessions_event_id'))

    op.drop_table('sessions')
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registrations_source_reference'))
        batch_op.drop_index(batch_op.f('ix_registrations_person_id'))
        batch_op.drop_index(batch_op.f('ix_registrations_event_id'))

    op.drop_table('registrations')
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rooms_venue_id'))

    op.drop_table('rooms')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_people_last_name'))
        batch_op.drop_index(batch_op.f('ix_people_email'))

    op.drop_table('people')
    op.drop_table('venues')
    with op.batch_alter_table('organisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisations_name'))

    op.drop_table('organisations')
    op.drop_table('local_settings')
    op.drop_table('events')
    op.drop_table('devices')
