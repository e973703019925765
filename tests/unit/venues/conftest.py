"""Venue tests that use the `db` fixture run on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain.enums import EventKind, EventStatus, NameOrder
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.domain.text import is_cjk
from app.domain.venues import ContactDraft, RoomDraft, VenueDraft
from app.services.container import Services
from app.services.venue_dto import VenueDto
from app.storage.orm import Rsvp
from tests.backends import db_url

__all__ = ["db_url"]


@pytest.fixture
def factory(services: Services) -> VenueDto:
    """A partner with two rooms and two contacts, one of them with a non-Latin name."""
    mia = services.people.create(
        PersonDraft(given_name="Mia", family_name="Wagner", emails=("mia@factory.example",))
    ).item
    wei = services.people.create(
        PersonDraft(given_name="伟", family_name="张", phone="+49 30 1234")
    ).item
    draft = VenueDraft(
        name="Factory Görlitzer Park",
        organization="Factory",
        address="Lohmühlenstraße 65, 12435 Berlin",
        timezone="Europe/Berlin",
        access_notes="Side door on the canal; 2nd floor; check in at the desk.",
        rooms=(RoomDraft("Hall", 40, 90), RoomDraft("Loft", 20, 30)),
        contacts=(ContactDraft(mia.id, "Community manager"), ContactDraft(wei.id, "Security")),
    )
    return services.venues.create(draft).item


def add_event(
    services: Services,
    venue: VenueDto | None,
    *,
    title: str = "Meetup",
    start: datetime = datetime(2026, 12, 1, 19),
    hours: int = 3,
    status: EventStatus = EventStatus.ANNOUNCED,
    kind: EventKind = EventKind.MEETUP,
    capacity: int | None = None,
    room: int | None = None,
    tz: str = "Europe/Berlin",
) -> int:
    draft = EventDraft(
        title=title,
        kind=kind,
        start=start,
        end=start + timedelta(hours=hours),
        timezone=tz,
        capacity=capacity,
        status=status,
        venue_id=venue.id if venue else None,
        room_id=room,
    )
    return services.events.create(draft).item.id


def add_guests(
    services: Services,
    event_id: int,
    names: list[tuple[str, str, str]],
    *,
    response: str = "going",
    guests: int = 0,
    checked_in: datetime | None = None,
    dietary: str = "",
) -> list[int]:
    """People (given, family, organization) answering `response` to the event; Chinese,
    Japanese and Korean names are written family name first."""
    ids = []
    for given, family, org in names:
        order = NameOrder.FAMILY_FIRST if is_cjk(given + family) else NameOrder.GIVEN_FIRST
        person = services.people.create(
            PersonDraft(given_name=given, family_name=family, name_order=order, organization=org)
        ).item
        ids.append(person.id)
        with services.db.transaction() as s:
            s.add(
                Rsvp(
                    event_id=event_id,
                    person_id=person.id,
                    response=response,
                    guests=guests,
                    checked_in_at=checked_in,
                    dietary=dietary,
                )
            )
    return ids
