"""Check-in at the door, in the service: codes, typed letters, walk-ins, taking it back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.domain.enums import RsvpResponse, RsvpSource
from app.domain.errors import NotFound, ValidationError
from app.services.changes import Kind
from app.services.container import Services
from app.services.rsvp_checkin import WrongEvent
from app.services.rsvps import RsvpService
from tests.unit.rsvps.conftest import Clock


def test_a_scanned_code_checks_in_once_and_a_second_scan_changes_nothing(
    rsvps: RsvpService,
    clock: Clock,
    make_event: Callable[..., int],
    make_people: Callable[[int], list[int]],
) -> None:
    event = make_event(capacity=10)
    rsvps.invite(event, make_people(3), response=RsvpResponse.GOING)
    row = rsvps.guest_rows(event)[1]
    scanned = rsvps.check_in_code(event, f"  cv-{row.checkin_code.lower()}\n")
    assert not scanned.already
    assert scanned.row.checked_in_at == clock.now
    assert scanned.outcome.changes.ids(Kind.EVENT) == {event}
    assert rsvps.counts(event).checked_in == 1
    clock.advance(minutes=5)
    again = rsvps.check_in_code(event, row.checkin_code)
    assert again.already
    assert not again.outcome.changes
    assert again.row.checked_in_at == scanned.row.checked_in_at
    assert rsvps.history(row.id)[-1].detail == "checked in"


def test_codes_of_other_events_and_unknown_codes_are_explained(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    first, second = make_event("First"), make_event("Second")
    people = make_people(1)
    rsvps.invite(second, people, response=RsvpResponse.GOING)
    (row,) = rsvps.guest_rows(second)
    with pytest.raises(WrongEvent, match="“Second”"):
        rsvps.check_in_code(first, row.checkin_code)
    with pytest.raises(NotFound):
        rsvps.check_in_code(first, "ZZZZ9999")


def test_checking_in_a_waitlisted_guest_seats_them_beyond_capacity_and_undo_restores(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    event = make_event(capacity=1)
    rsvps.invite(event, make_people(2), response=RsvpResponse.GOING)
    waiting = rsvps.guest_rows(event)[1]
    assert waiting.response is RsvpResponse.WAITLISTED
    result = rsvps.check_in(waiting.id)
    assert (result.row.response, result.row.over_capacity) == (RsvpResponse.GOING, True)
    counts = rsvps.counts(event)
    assert (counts.going, counts.checked_in, counts.over_capacity) == (2, 1, 1)
    rsvps.revert(result.outcome.revision)
    back = rsvps.get(waiting.id)
    assert (back.response, back.checked_in_at, back.over_capacity) == (
        RsvpResponse.WAITLISTED,
        None,
        False,
    )


def test_undo_check_in_clears_the_time_but_keeps_the_answer(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    event = make_event()
    rsvps.invite(event, make_people(1), response=RsvpResponse.GOING)
    (row,) = rsvps.guest_rows(event)
    rsvps.check_in(row.id)
    taken_back = rsvps.undo_check_in(row.id)
    assert rsvps.get(row.id).checked_in_at is None
    assert rsvps.get(row.id).response is RsvpResponse.GOING
    assert rsvps.history(row.id)[-1].detail == "check-in taken back"
    rsvps.revert(taken_back.revision)
    assert rsvps.get(row.id).checked_in_at is not None


def test_lookup_finds_guests_by_code_or_typo_tolerant_letters(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    event = make_event()
    rsvps.invite(event, make_people(8), response=RsvpResponse.GOING)
    rows = rsvps.guest_rows(event)
    assert [r.display_name for r in rsvps.lookup(event, "jurg")] == ["Jürgen Groß"]
    assert [r.display_name for r in rsvps.lookup(event, "GROSS")] == ["Jürgen Groß"]
    assert [r.display_name for r in rsvps.lookup(event, "jrugen")] == ["Jürgen Groß"]
    assert [r.display_name for r in rsvps.lookup(event, "σοφια")] == ["Σοφία Παπαδοπούλου"]
    assert [r.display_name for r in rsvps.lookup(event, "craic")] == ["Zoë O'Brien-Smythe"]
    assert rsvps.lookup(event, "guest4@example.org")[0].display_name == "Kofi Mensah"
    assert rsvps.lookup(event, rows[5].checkin_code) == [rows[5]]
    assert rsvps.lookup(event, "   ") == []


def test_a_walk_in_is_added_marked_and_checked_in_and_undo_removes_them(
    rsvps: RsvpService, services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event(capacity=5)
    people_before = services.people.count()
    result = rsvps.walk_in(event, "Thị Minh Khai Nguyễn", "khai@example.vn")
    row = result.row
    assert (row.display_name, row.email, row.source) == (
        "Thị Minh Khai Nguyễn",
        "khai@example.vn",
        RsvpSource.WALK_IN,
    )
    assert row.checked_in_at is not None
    assert row.response is RsvpResponse.GOING
    assert services.people.count() == people_before + 1
    assert row.person_id in result.outcome.changes.ids(Kind.PERSON)
    undone = rsvps.revert(result.outcome.revision)
    assert services.people.count() == people_before
    assert undone.changes.removed_ids(Kind.PERSON) == {row.person_id}
    assert undone.changes.removed_ids(Kind.RSVP) == {row.id}
    redone = rsvps.revert(undone.revision)
    assert rsvps.get(row.id).display_name == "Thị Minh Khai Nguyễn"
    assert services.people.get(row.person_id).emails == ("khai@example.vn",)
    assert row.id in redone.changes.ids(Kind.RSVP)


def test_a_walk_in_with_a_known_email_is_not_a_duplicate(
    rsvps: RsvpService,
    services: Services,
    make_event: Callable[..., int],
    make_people: Callable[[int], list[int]],
) -> None:
    event = make_event()
    (person,) = make_people(1)
    count = services.people.count()
    first = rsvps.walk_in(event, "Juergen Gross", "GUEST0@example.org")
    assert first.row.person_id == person
    assert services.people.count() == count
    second = rsvps.walk_in(event, "Juergen Gross", "guest0@example.org")
    assert second.already
    with pytest.raises(ValidationError):
        rsvps.walk_in(event, "  ", "")
    with pytest.raises(ValidationError):
        rsvps.walk_in(event, "Ana", "not-an-email")
