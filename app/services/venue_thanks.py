"""Hosts still to thank: every event held at a venue partner, until a "thanked" step is logged.

An event counts as held when it is announced or done, or when a "hosted" step of the venue's
log names it (the organizer said it happened there, whatever the event's status says, e.g. a
dinner never moved out of draft). Cancelled events need no thanks. A thank-you is due the day
after the event, in the venue's zone.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.enums import EventStatus, PartnerStage
from app.domain.venues import thank_host_due_on
from app.services.venue_dto import ThankHostDue
from app.storage.orm import Event, Venue, VenueStep

THANKED = PartnerStage.THANKED.value
HOSTED = PartnerStage.HOSTED.value
HELD = (EventStatus.ANNOUNCED.value, EventStatus.DONE.value)
"""Events that happened (or will): a host is thanked for these, not for drafts."""


def thanked_condition(venue_id: Any = None) -> Any:
    """An event's host counts as thanked by a "thanked" step for that event, or by a general
    "thanked" step for the venue (`venue_id`, default the event's) logged after it began."""
    for_event = exists().where(VenueStep.event_id == Event.id, VenueStep.stage_to == THANKED)
    general = exists().where(
        VenueStep.venue_id == (Event.venue_id if venue_id is None else venue_id),
        VenueStep.event_id.is_(None),
        VenueStep.stage_to == THANKED,
        VenueStep.occurred_at >= Event.starts_at,
    )
    return or_(for_event, general)


_COLUMNS = (
    Event.id,
    Event.title,
    Event.starts_at,
    Event.ends_at,
    Event.timezone,
    Event.all_day,
    Venue.id.label("venue_id"),
    Venue.name.label("venue_name"),
    Venue.timezone.label("venue_zone"),
)


def thank_host_due(
    session: Session, venue_ids: Collection[int] | None = None
) -> list[ThankHostDue]:
    """Hosts not yet thanked for events held at their venue, soonest due first."""
    at_venue = (
        select(*_COLUMNS)
        .join(Venue, Venue.id == Event.venue_id)
        .where(Event.status.in_(HELD), ~thanked_condition())
    )
    hosted = aliased(VenueStep)
    logged = (
        select(*_COLUMNS)
        .join(hosted, hosted.event_id == Event.id)
        .join(Venue, Venue.id == hosted.venue_id)
        .where(
            hosted.stage_to == HOSTED,
            Event.status != EventStatus.CANCELLED.value,
            ~thanked_condition(hosted.venue_id),
        )
    )
    if venue_ids is not None:
        at_venue = at_venue.where(Event.venue_id.in_(list(venue_ids)))
        logged = logged.where(hosted.venue_id.in_(list(venue_ids)))
    found: dict[tuple[int, int], ThankHostDue] = {}
    for r in [*session.execute(at_venue), *session.execute(logged)]:
        tz = r.venue_zone or r.timezone
        due = thank_host_due_on(r.starts_at, r.ends_at, tz, all_day=r.all_day)
        day = due - timedelta(days=1)
        item = ThankHostDue(r.venue_id, r.venue_name, r.id, r.title, day, due)
        found.setdefault((r.venue_id, r.id), item)
    return sorted(found.values(), key=lambda d: (d.due_on, d.venue, d.event_id))
