"""Read queries shared by services: lean column selects, no ORM objects, fast on big tables."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session

from app.storage.orm import (
    CoreCandidate,
    Event,
    Organization,
    Person,
    PersonEmail,
    Rsvp,
    Tag,
    Venue,
    VenueRoom,
    person_tags,
)

GOING = "going"


def _primary_email() -> Any:
    return (
        select(PersonEmail.address)
        .where(PersonEmail.person_id == Person.id)
        .order_by(PersonEmail.position)
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )


def _tag_list() -> Any:
    return (
        select(func.aggregate_strings(Tag.name, ", "))
        .select_from(person_tags.join(Tag, Tag.id == person_tags.c.tag_id))
        .where(person_tags.c.person_id == Person.id)
        .correlate(Person)
        .scalar_subquery()
    )


def person_rows_query() -> Select[Any]:
    """Columns of the people list: names, first e-mail, organization, tags, search key."""
    return (
        select(
            Person.id,
            Person.given_name,
            Person.family_name,
            Person.name_order,
            Person.preferred_name,
            _primary_email().label("email"),
            Organization.name.label("organization"),
            Person.job_title,
            _tag_list().label("tags"),
            Person.search_key,
            Person.updated_at,
        )
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .order_by(Person.id)
    )


def person_rows(
    session: Session,
    ids: Collection[int] | None = None,
    *,
    search: Sequence[str] = (),
    limit: int | None = None,
) -> Sequence[Row[Any]]:
    query = person_rows_query()
    if ids is not None:
        query = query.where(Person.id.in_(list(ids)))
    for token in search:
        query = query.where(Person.search_key.contains(token, autoescape=True))
    if limit is not None:
        query = query.limit(limit)
    return session.execute(query).all()


def going_counts_query() -> Any:
    """Per event: people answering going plus their guests."""
    return (
        select(Rsvp.event_id, func.sum(1 + Rsvp.guests).label("going"))
        .where(Rsvp.response == GOING)
        .group_by(Rsvp.event_id)
        .subquery()
    )


COUNTED_CORE_STAGES = ("committed", "confirmed")
"""Core stages that count toward an event's core target (see app.domain.core)."""


def core_counts_query() -> Any:
    """Per event: core candidates who committed or confirmed."""
    return (
        select(CoreCandidate.event_id, func.count().label("core_counted"))
        .where(CoreCandidate.stage.in_(COUNTED_CORE_STAGES))
        .group_by(CoreCandidate.event_id)
        .subquery()
    )


def event_rows(session: Session, ids: Collection[int] | None = None) -> Sequence[Row[Any]]:
    going = going_counts_query()
    core = core_counts_query()
    query: Select[Any] = (
        select(
            *Event.__table__.c,
            func.coalesce(going.c.going, 0).label("going"),
            func.coalesce(Venue.name, "").label("venue_name"),
            func.coalesce(VenueRoom.name, "").label("room_name"),
            func.coalesce(core.c.core_counted, 0).label("core_counted"),
        )
        .outerjoin(going, going.c.event_id == Event.id)
        .outerjoin(core, core.c.event_id == Event.id)
        .outerjoin(Venue, Venue.id == Event.venue_id)
        .outerjoin(VenueRoom, VenueRoom.id == Event.room_id)
        .order_by(Event.starts_at)
    )
    if ids is not None:
        query = query.where(Event.id.in_(list(ids)))
    return session.execute(query).all()


def organization_rows(session: Session, ids: Collection[int] | None = None) -> Sequence[Row[Any]]:
    members = (
        select(Person.organization_id, func.count().label("n"))
        .group_by(Person.organization_id)
        .subquery()
    )
    query = (
        select(Organization, func.coalesce(members.c.n, 0).label("people_count"))
        .outerjoin(members, members.c.organization_id == Organization.id)
        .order_by(Organization.name)
    )
    if ids is not None:
        query = query.where(Organization.id.in_(list(ids)))
    return session.execute(query).all()
