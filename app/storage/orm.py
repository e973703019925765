"""The schema, as SQLAlchemy 2 typed ORM classes. Alembic migrations follow this file."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.storage.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime}  # noqa: RUF012 - SQLAlchemy's API


class Stamped:
    """Creation and update instants plus the optimistic-locking counter of editable rows."""

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


person_tags = Table(
    "person_tags",
    Base.metadata,
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Organization(Stamped, Base):
    __tablename__ = "organizations"
    __mapper_args__ = {"version_id_col": Stamped.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="company")
    website: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list[Person]] = relationship(back_populates="organization", passive_deletes=True)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), unique=True)
    keep_in_touch_days: Mapped[int | None] = mapped_column(Integer, default=None)


class Person(Stamped, Base):
    __tablename__ = "people"
    __mapper_args__ = {"version_id_col": Stamped.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200), default="")
    family_name: Mapped[str] = mapped_column(String(200), default="", index=True)
    name_order: Mapped[str] = mapped_column(String(20), default="given-first")
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    pronouns: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True, default=None
    )
    job_title: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    how_we_met: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization | None] = relationship(back_populates="people")
    emails: Mapped[list[PersonEmail]] = relationship(
        order_by="PersonEmail.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tags, order_by=Tag.name)


class PersonEmail(Base):
    """One address of a person; the address key is unique so nobody is imported twice."""

    __tablename__ = "person_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(254))
    address_key: Mapped[str] = mapped_column(String(254), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Venue(Stamped, Base):
    """Where events happen; the venue-partner issue adds rooms, terms and the pipeline."""

    __tablename__ = "venues"
    __mapper_args__ = {"version_id_col": Stamped.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True, default=None
    )
    address: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64), default="")
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    access_notes: Mapped[str] = mapped_column(Text, default="")
    """How to get in: entrance, floor, check-in desk."""
    latitude: Mapped[float | None] = mapped_column(Float, default=None)
    longitude: Mapped[float | None] = mapped_column(Float, default=None)
    url: Mapped[str] = mapped_column(String(500), default="")
    amenities: Mapped[list[str]] = mapped_column(JSON, default=list)
    food_rules: Mapped[str] = mapped_column(Text, default="")
    house_rules: Mapped[str] = mapped_column(Text, default="")
    closing_time: Mapped[time | None] = mapped_column(Time, default=None)
    """Local wall-clock time the venue closes."""
    guest_list_days_before: Mapped[int | None] = mapped_column(Integer, default=None)
    """The venue wants the guest list this many days before an event (None: never)."""
    id_required: Mapped[bool] = mapped_column(Boolean, default=False)
    security_notes: Mapped[str] = mapped_column(Text, default="")
    links: Mapped[list[str]] = mapped_column(JSON, default=list)
    """Photos, floor plans, agreements."""
    terms: Mapped[str] = mapped_column(String(20), default="donated")
    cost: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    currency: Mapped[str] = mapped_column(String(3), default="")
    gives_back: Mapped[list[str]] = mapped_column(JSON, default=list)
    """What the partner gets in return: recruiting visibility, a talk slot, logo, PR…"""
    partnership_notes: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(20), default="prospect")
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)

    organization: Mapped[Organization | None] = relationship()
    rooms: Mapped[list[VenueRoom]] = relationship(
        order_by="VenueRoom.name", cascade="all, delete-orphan", passive_deletes=True
    )


class VenueRoom(Base):
    __tablename__ = "venue_rooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    seated: Mapped[int | None] = mapped_column(Integer, default=None)
    standing: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class VenueContact(Base):
    """A person from the contact list who is a venue's contact, in some role."""

    __tablename__ = "venue_contacts"

    venue_id: Mapped[int] = mapped_column(
        ForeignKey("venues.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(100), default="")


class VenueStep(Base):
    """One logged step in a venue partnership, like a conversation: date, channel, note."""

    __tablename__ = "venue_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True, default=None
    )
    stage_from: Mapped[str | None] = mapped_column(String(20), default=None)
    stage_to: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    channel: Mapped[str] = mapped_column(String(20), default="email")
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    follow_up_done_at: Mapped[datetime | None] = mapped_column(default=None)
    actor: Mapped[str] = mapped_column(String(200), default="")


class Event(Stamped, Base):
    __tablename__ = "events"
    __mapper_args__ = {"version_id_col": Stamped.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="meetup")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    description: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venues.id", ondelete="SET NULL"), index=True, default=None
    )
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    """iCalendar SEQUENCE: raised whenever time, date or place changes."""
    core_target: Mapped[int | None] = mapped_column(Integer, default=None)
    """How many early attendees to confirm one to one before announcing."""
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue_rooms.id", ondelete="SET NULL"), index=True, default=None
    )
    agenda: Mapped[str] = mapped_column(Text, default="")
    practical_info: Mapped[str] = mapped_column(Text, default="")
    setup_notes: Mapped[str] = mapped_column(Text, default="")
    """Setup and AV needs, for the host sheet."""
    day_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    url: Mapped[str] = mapped_column(String(500), default="")
    public: Mapped[bool] = mapped_column(Boolean, default=True)

    venue: Mapped[Venue | None] = relationship()


class Rsvp(Stamped, Base):
    __tablename__ = "rsvps"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)
    __mapper_args__ = {"version_id_col": Stamped.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    response: Mapped[str] = mapped_column(String(20), default="invited")
    guests: Mapped[int] = mapped_column(Integer, default=0)
    dietary: Mapped[str] = mapped_column(Text, default="")
    accessibility: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="direct")
    responded_at: Mapped[datetime | None] = mapped_column(default=None)
    checked_in_at: Mapped[datetime | None] = mapped_column(default=None)
    role: Mapped[str] = mapped_column(String(20), default="guest")
    over_capacity: Mapped[bool] = mapped_column(Boolean, default=False)
    """Deliberately seated beyond capacity (hosts, speakers)."""
    waitlisted_at: Mapped[datetime | None] = mapped_column(default=None)
    """When the party joined the waitlist: the queue is first come, first served."""
    offered_at: Mapped[datetime | None] = mapped_column(default=None)
    offer_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    reconfirmed_at: Mapped[datetime | None] = mapped_column(default=None)
    checkin_code: Mapped[str | None] = mapped_column(String(32), unique=True, default=None)
    """What the badge's QR code and a door scanner carry."""
    invite_sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    """The event SEQUENCE of the last calendar invite exported for this guest."""


class RsvpChange(Base):
    """History of an RSVP: every response change, check-in, offer, with who made it."""

    __tablename__ = "rsvp_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    rsvp_id: Mapped[int] = mapped_column(ForeignKey("rsvps.id", ondelete="CASCADE"), index=True)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    response_from: Mapped[str | None] = mapped_column(String(20), default=None)
    response_to: Mapped[str | None] = mapped_column(String(20), default=None)
    detail: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")


class PersonHandle(Base):
    """A person's id on a platform (Meetup user id, Luma guest id…), for matching imports."""

    __tablename__ = "person_handles"
    __table_args__ = (UniqueConstraint("platform", "handle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str] = mapped_column(String(200))


class CoreCandidate(Stamped, Base):
    """A person the organizer may ask, one to one, to be part of an event's core."""

    __tablename__ = "core_candidates"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)
    __mapper_args__ = {"version_id_col": Stamped.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20), default="to-ask")
    position: Mapped[int] = mapped_column(Integer, default=0)
    """Order within the stage's column on the board."""
    stage_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)


class MessageTemplate(Stamped, Base):
    """A reusable message draft (soft ask, hard ask, thank-you…) with {placeholders}."""

    __tablename__ = "message_templates"
    __mapper_args__ = {"version_id_col": Stamped.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Settings shared by everyone using the database (organizer name, default zone…)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeLogEntry(Base):
    """Who changed what, when: shown in histories and polled by teammates' open windows."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_kind_record", "kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(36), default="")
    """Which running Convivio made the change, so a window skips its own changes."""


class Interaction(Base):
    """A dated one-to-one conversation with a person, with an optional next follow-up."""

    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_follow_up_on", "follow_up_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True, default=None
    )
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    channel: Mapped[str] = mapped_column(String(20), default="in-person")
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    follow_up_done_at: Mapped[datetime | None] = mapped_column(default=None)
    core_stage_from: Mapped[str | None] = mapped_column(String(20), default=None)
    core_stage_to: Mapped[str | None] = mapped_column(String(20), default=None)
    """Set when the conversation moved the person between core stages for `event_id`."""
    actor: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
