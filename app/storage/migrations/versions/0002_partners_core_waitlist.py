"""core candidates, rsvp history and waitlist, venue partners, templates, settings, change log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 23:58:38.541859
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('change_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_kind_record', ['kind', 'record_id'], unique=False)

    op.create_table('message_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=50), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_templates')),
    sa.UniqueConstraint('key', name=op.f('uq_message_templates_key'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('person_handles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('handle', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_person_handles_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_handles')),
    sa.UniqueConstraint('platform', 'handle', name=op.f('uq_person_handles_platform'))
    )
    with op.batch_alter_table('person_handles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_handles_person_id'), ['person_id'], unique=False)

    op.create_table('venue_contacts',
    sa.Column('venue_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_venue_contacts_person_id_people'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_venue_contacts_venue_id_venues'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('venue_id', 'person_id', name=op.f('pk_venue_contacts'))
    )
    with op.batch_alter_table('venue_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_venue_contacts_person_id'), ['person_id'], unique=False)

    op.create_table('venue_rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('seated', sa.Integer(), nullable=True),
    sa.Column('standing', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_venue_rooms_venue_id_venues'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venue_rooms'))
    )
    with op.batch_alter_table('venue_rooms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_venue_rooms_venue_id'), ['venue_id'], unique=False)

    op.create_table('core_candidates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('stage_changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('next_follow_up_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_core_candidates_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_core_candidates_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_core_candidates')),
    sa.UniqueConstraint('event_id', 'person_id', name=op.f('uq_core_candidates_event_id'))
    )
    with op.batch_alter_table('core_candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_core_candidates_person_id'), ['person_id'], unique=False)

    op.create_table('venue_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('venue_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('stage_from', sa.String(length=20), nullable=True),
    sa.Column('stage_to', sa.String(length=20), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('follow_up_done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_venue_steps_event_id_events'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_venue_steps_venue_id_venues'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venue_steps'))
    )
    with op.batch_alter_table('venue_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_venue_steps_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_venue_steps_follow_up_on'), ['follow_up_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_venue_steps_venue_id'), ['venue_id'], unique=False)

    op.create_table('rsvp_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rsvp_id', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('response_from', sa.String(length=20), nullable=True),
    sa.Column('response_to', sa.String(length=20), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['rsvp_id'], ['rsvps.id'], name=op.f('fk_rsvp_changes_rsvp_id_rsvps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rsvp_changes'))
    )
    with op.batch_alter_table('rsvp_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rsvp_changes_rsvp_id'), ['rsvp_id'], unique=False)

    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('core_target', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('room_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('agenda', sa.Text(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('practical_info', sa.Text(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('setup_notes', sa.Text(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('day_contact_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('url', sa.String(length=500), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('public', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.create_index(batch_op.f('ix_events_room_id'), ['room_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_events_room_id_venue_rooms'), 'venue_rooms', ['room_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_events_day_contact_id_people'), 'people', ['day_contact_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follow_up_done_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('core_stage_from', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('core_stage_to', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('actor', sa.String(length=200), nullable=False, server_default=sa.text("''")))

    with op.batch_alter_table('rsvps', schema=None) as batch_op:
        batch_op.add_column(sa.Column('role', sa.String(length=20), nullable=False, server_default=sa.text("'guest'")))
        batch_op.add_column(sa.Column('over_capacity', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('waitlisted_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('offered_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('offer_expires_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('reconfirmed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('checkin_code', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('invite_sequence', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_rsvps_checkin_code'), ['checkin_code'])

    with op.batch_alter_table('venues', schema=None) as batch_op:
        batch_op.add_column(sa.Column('access_notes', sa.Text(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('latitude', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('longitude', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('url', sa.String(length=500), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('amenities', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('food_rules', sa.Text(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('house_rules', sa.Text(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('closing_time', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('guest_list_days_before', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('id_required', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('security_notes', sa.Text(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('links', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('terms', sa.String(length=20), nullable=False, server_default=sa.text("'donated'")))
        batch_op.add_column(sa.Column('cost', sa.Numeric(precision=12, scale=2), nullable=True))
        batch_op.add_column(sa.Column('currency', sa.String(length=3), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('gives_back', sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('partnership_notes', sa.Text(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('stage', sa.String(length=20), nullable=False, server_default=sa.text("'prospect'")))
        batch_op.add_column(sa.Column('next_follow_up_on', sa.Date(), nullable=True))




def downgrade() -> None:

    with op.batch_alter_table('venues', schema=None) as batch_op:
        batch_op.drop_column('next_follow_up_on')
        batch_op.drop_column('stage')
        batch_op.drop_column('partnership_notes')
        batch_op.drop_column('gives_back')
        batch_op.drop_column('currency')
        batch_op.drop_column('cost')
        batch_op.drop_column('terms')
        batch_op.drop_column('links')
        batch_op.drop_column('security_notes')
        batch_op.drop_column('id_required')
        batch_op.drop_column('guest_list_days_before')
        batch_op.drop_column('closing_time')
        batch_op.drop_column('house_rules')
        batch_op.drop_column('food_rules')
        batch_op.drop_column('amenities')
        batch_op.drop_column('url')
        batch_op.drop_column('longitude')
        batch_op.drop_column('latitude')
        batch_op.drop_column('access_notes')

    with op.batch_alter_table('rsvps', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_rsvps_checkin_code'), type_='unique')
        batch_op.drop_column('invite_sequence')
        batch_op.drop_column('checkin_code')
        batch_op.drop_column('reconfirmed_at')
        batch_op.drop_column('offer_expires_at')
        batch_op.drop_column('offered_at')
        batch_op.drop_column('waitlisted_at')
        batch_op.drop_column('over_capacity')
        batch_op.drop_column('role')

    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_column('actor')
        batch_op.drop_column('core_stage_to')
        batch_op.drop_column('core_stage_from')
        batch_op.drop_column('follow_up_done_at')

    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_events_day_contact_id_people'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_events_room_id_venue_rooms'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_events_room_id'))
        batch_op.drop_column('public')
        batch_op.drop_column('url')
        batch_op.drop_column('day_contact_id')
        batch_op.drop_column('setup_notes')
        batch_op.drop_column('practical_info')
        batch_op.drop_column('agenda')
        batch_op.drop_column('room_id')
        batch_op.drop_column('core_target')

    with op.batch_alter_table('rsvp_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rsvp_changes_rsvp_id'))

    op.drop_table('rsvp_changes')
    with op.batch_alter_table('venue_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_venue_steps_venue_id'))
        batch_op.drop_index(batch_op.f('ix_venue_steps_follow_up_on'))
        batch_op.drop_index(batch_op.f('ix_venue_steps_event_id'))

    op.drop_table('venue_steps')
    with op.batch_alter_table('core_candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_core_candidates_person_id'))

    op.drop_table('core_candidates')
    with op.batch_alter_table('venue_rooms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_venue_rooms_venue_id'))

    op.drop_table('venue_rooms')
    with op.batch_alter_table('venue_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_venue_contacts_person_id'))

    op.drop_table('venue_contacts')
    with op.batch_alter_table('person_handles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_handles_person_id'))

    op.drop_table('person_handles')
    op.drop_table('settings')
    op.drop_table('message_templates')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_kind_record')

    op.drop_table('change_log')

