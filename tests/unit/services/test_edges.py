"""The less travelled paths of the foundation services: each one a user can hit."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from app.domain.errors import (
    ConflictError,
    DomainError,
    ExportTargetError,
    NotFound,
    ValidationError,
)
from app.domain.events import EventDraft
from app.domain.people import OrganizationDraft, PersonDraft
from app.services.changes import Changes, Kind
from app.services.container import Services
from app.services.privacy import PrivacyService, _plain
from app.storage.orm import Event, Person, Venue, VenueRoom

DINNER = EventDraft(
    title="Dinner",
    start=datetime(2026, 12, 1, 19),
    end=datetime(2026, 12, 1, 22),
    timezone="Europe/Berlin",
)


def test_event_drafts_check_target_url_and_room() -> None:
    with pytest.raises(ValidationError) as info:
        replace(DINNER, core_target=-2).validated()
    assert info.value.field == "core_target"
    with pytest.raises(ValidationError) as info:
        replace(DINNER, url="example.org/no scheme").validated()
    assert info.value.field == "url"
    with pytest.raises(ValidationError) as info:
        replace(DINNER, room_id=3).validated()
    assert info.value.field == "room"


def test_event_place_is_checked_against_the_database(services: Services) -> None:
    with services.db.transaction() as s:
        loft, cafe = Venue(name="Loft"), Venue(name="Café")
        s.add_all([loft, cafe])
        s.flush()
        room = VenueRoom(venue_id=loft.id, name="Basement")
        s.add(room)
        s.flush()
        ids = (loft.id, cafe.id, room.id)
    loft_id, cafe_id, room_id = ids
    with pytest.raises(ValidationError, match="not part of that venue"):
        services.events.create(replace(DINNER, venue_id=cafe_id, room_id=room_id))
    with pytest.raises(ValidationError, match="contact on the day"):
        services.events.create(replace(DINNER, day_contact_id=999))
    event = services.events.create(replace(DINNER, venue_id=loft_id, room_id=room_id)).item
    assert (event.venue, event.room) == ("Loft", "Basement")
    choices = services.events.venue_choices()
    assert [(c.name, c.rooms) for c in choices] == [
        ("Café", ()),
        ("Loft", ((room_id, "Basement"),)),
    ]
    moved = services.events.update(event.id, replace(DINNER, venue_id=loft_id), event.version)
    assert moved.after.sequence == 1  # leaving the room is a change of place


def test_records_that_vanished_are_reported(services: Services) -> None:
    with pytest.raises(NotFound):
        services.events.get(404)
    with pytest.raises(NotFound):
        services.events.update(404, DINNER, 1)
    with pytest.raises(NotFound):
        services.organizations.update(404, OrganizationDraft(name="X"), 1)
    with pytest.raises(NotFound):
        services.people.update(404, PersonDraft(given_name="X"), 1)


def test_people_find_by_every_kind_of_reference(services: Services) -> None:
    ada = services.people.create(
        PersonDraft(given_name="Ada", family_name="Lovelace", emails=("ada@example.org",))
    ).item
    assert services.people.find(str(ada.id)).id == ada.id
    assert services.people.find("ADA@example.org").id == ada.id
    assert services.people.find("ada lovelace").id == ada.id
    with pytest.raises(NotFound):
        services.people.find("999")
    services.people.create(PersonDraft(given_name="Ada", family_name="Lovelace"))
    with pytest.raises(NotFound, match="Several people"):
        services.people.find("Ada Lovelace")


def test_change_feed_turns_log_lines_into_view_updates(services: Services) -> None:
    feed = services.feed
    other_window = Services.over(services.db)  # same database object: same origin
    start = feed.latest_id()
    ada = services.people.create(PersonDraft(given_name="Ada", emails=("ada@example.org",))).item
    event = services.events.create(DINNER).item
    services.db.origin = "someone-else"  # what a teammate's window would see
    batch = feed.since(start)
    assert ada.id in batch.changes.ids(Kind.PERSON)  # her e-mail row counts as her change
    assert event.id in batch.changes.ids(Kind.EVENT)
    assert not batch.changes.reload
    removed = services.people.delete([ada.id])
    services.db.origin = "mine-again"
    later = feed.since(batch.last_id)
    assert ada.id in later.changes.removed_ids(Kind.PERSON)
    assert removed.changes.removed_ids(Kind.PERSON) == {ada.id}
    assert other_window.feed.history("people", ada.id)[0].action == "delete"
    with services.db.transaction() as s:  # a bulk statement without ids
        s.execute(update(Person).values(notes="bulk"))
    services.db.origin = "teammate"
    assert Kind.PERSON in feed.since(later.last_id).changes.reload


def test_change_feed_reports_the_parents_of_rsvps(services: Services) -> None:
    from app.storage.orm import Rsvp

    ada = services.people.create(PersonDraft(given_name="Ada")).item
    event = services.events.create(DINNER).item
    start = services.feed.latest_id()
    with services.db.transaction() as s:
        s.add(Rsvp(event_id=event.id, person_id=ada.id, response="going"))
    services.db.origin = "teammate"
    changes = services.feed.since(start).changes
    assert event.id in changes.ids(Kind.EVENT)
    assert ada.id in changes.ids(Kind.PERSON)
    assert changes.ids(Kind.RSVP)


def test_changes_merge_reload_kinds() -> None:
    merged = Changes(reload=frozenset({Kind.PERSON})) | Changes.of(Kind.EVENT, touched=[1])
    assert merged.affects(Kind.PERSON)
    assert merged.reload == {Kind.PERSON}
    assert bool(Changes(reload=frozenset({Kind.VENUE})))


def test_privacy_export_details(services: Services, tmp_path: Path) -> None:
    privacy = PrivacyService(services.db)
    with pytest.raises(NotFound):
        privacy.export_person(404)
    assert _plain(Decimal("12.50")) == "12.50"
    ada = services.people.create(
        PersonDraft(given_name="Ada", organization="Analytical Engines")
    ).item
    with services.db.transaction() as s:
        event = s.get(Event, services.events.create(DINNER).item.id)
        assert event is not None
        event.day_contact_id = ada.id
    data = privacy.export_person(ada.id)
    assert data["organization"] == "Analytical Engines"
    assert data["contact_on_the_day_for"] == [event.id]
    with pytest.raises(ExportTargetError):
        privacy.write_export(ada.id, tmp_path / "missing-folder" / "ada.json")
    changes = privacy.erase_person(ada.id)
    assert event.id in changes.ids(Kind.EVENT)  # it lost its contact on the day
    assert services.events.get(event.id).day_contact_id is None


def test_copy_refuses_to_copy_onto_itself(tmp_path: Path) -> None:
    from app.services.copy_db import copy_database

    with pytest.raises(DomainError, match="the same database"):
        copy_database(str(tmp_path / "a.sqlite3"), str(tmp_path / "a.sqlite3"))


def test_a_stale_organization_edit_is_refused(services: Services) -> None:
    org = services.organizations.create(OrganizationDraft(name="Acme")).item
    services.organizations.update(org.id, OrganizationDraft(name="Acme Inc"), org.version)
    with pytest.raises(ConflictError):
        services.organizations.update(org.id, OrganizationDraft(name="Acme Ltd"), org.version)
