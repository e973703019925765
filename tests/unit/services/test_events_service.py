from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.domain.enums import EventKind, EventStatus, RsvpResponse
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.events import EventDraft, InvalidTransition
from app.domain.people import PersonDraft
from app.services.changes import Kind
from app.services.container import Services
from app.storage.orm import Rsvp, Venue

DINNER = EventDraft(
    title="Focus dinner 🍷",
    kind=EventKind.DINNER,
    start=datetime(2026, 12, 1, 19, 0),
    end=datetime(2026, 12, 1, 22, 0),
    timezone="Europe/Berlin",
    capacity=12,
)


def test_create_stores_utc_and_zone(services: Services) -> None:
    created = services.events.create(DINNER)
    event = services.events.get(created.item.id)
    assert event.starts_at == datetime(2026, 12, 1, 18, 0, tzinfo=UTC)
    assert event.start_local == datetime(2026, 12, 1, 19, 0)
    assert event.timezone == "Europe/Berlin"
    assert event.title == "Focus dinner 🍷"
    assert len(event.uuid) == 36
    assert event.sequence == 0
    assert event.to_draft() == DINNER.validated()
    assert created.changes.ids(Kind.EVENT) == {event.id}


def test_find_by_id_uuid_or_title(services: Services) -> None:
    event = services.events.create(DINNER).item
    assert services.events.find(str(event.id)).id == event.id
    assert services.events.find(event.uuid).id == event.id
    assert services.events.find("Focus dinner 🍷").id == event.id
    with pytest.raises(NotFound):
        services.events.find("nope")
    services.events.create(DINNER)
    with pytest.raises(NotFound, match="Several events"):
        services.events.find("Focus dinner 🍷")


def test_moving_an_event_bumps_sequence_but_renaming_does_not(services: Services) -> None:
    event = services.events.create(DINNER).item
    renamed = services.events.update(event.id, replace(DINNER, title="Dinner"), event.version)
    assert renamed.after.sequence == 0
    moved = services.events.update(
        event.id,
        replace(DINNER, start=datetime(2026, 12, 2, 19, 0), end=datetime(2026, 12, 2, 22, 0)),
        renamed.after.version,
    )
    assert moved.after.sequence == 1
    assert moved.before.sequence == 0


def test_status_rules_apply_to_edits_but_not_to_undo(services: Services) -> None:
    event = services.events.create(replace(DINNER, status=EventStatus.ANNOUNCED)).item
    done = services.events.set_status(event.id, EventStatus.DONE)
    with pytest.raises(InvalidTransition):
        services.events.update(
            event.id, replace(DINNER, status=EventStatus.DRAFT), done.after.version
        )
    back = services.events.update(
        event.id, replace(DINNER, status=EventStatus.DRAFT), done.after.version, check_status=False
    )
    assert back.after.status is EventStatus.DRAFT


def test_stale_edit_is_refused(services: Services) -> None:
    event = services.events.create(DINNER).item
    services.events.update(event.id, replace(DINNER, title="A"), event.version)
    with pytest.raises(ConflictError):
        services.events.update(event.id, replace(DINNER, title="B"), event.version)


def test_invalid_drafts_change_nothing(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.events.create(replace(DINNER, end=datetime(2026, 12, 1, 18, 0)))
    with pytest.raises(ValidationError):
        services.events.create(replace(DINNER, venue_id=999))
    assert services.events.list_all() == []


def test_going_counts_people_and_their_guests(services: Services) -> None:
    event = services.events.create(DINNER).item
    ada = services.people.create(PersonDraft(given_name="Ada")).item
    bob = services.people.create(PersonDraft(given_name="Bob")).item
    with services.db.transaction() as s:
        s.add(
            Rsvp(event_id=event.id, person_id=ada.id, response=RsvpResponse.GOING.value, guests=2)
        )
        s.add(Rsvp(event_id=event.id, person_id=bob.id, response=RsvpResponse.WAITLISTED.value))
    assert services.events.get(event.id).going == 3


def test_delete_and_undelete_event_with_its_rsvps(services: Services) -> None:
    event = services.events.create(DINNER).item
    ada = services.people.create(PersonDraft(given_name="Ada")).item
    with services.db.transaction() as s:
        venue = Venue(name="Loft")
        s.add(venue)
        s.add(Rsvp(event_id=event.id, person_id=ada.id, response="going"))
    removed = services.events.delete([event.id])
    assert removed.changes.ids(Kind.PERSON) == {ada.id}  # their history changed
    assert services.events.list_all() == []
    services.events.undelete(removed.tombstone)
    assert services.events.get(event.id).going == 1
