"""RsvpService against a real database: seats, waitlist offers, history, undo and redo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select, update

from app.domain import checkin_codes
from app.domain.enums import AttendeeRole, RsvpResponse
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.rsvps import OFFER_WINDOW, CapacityReached, OfferUnavailable, SeatOffered
from app.services.changes import Kind
from app.services.rsvps import RsvpService
from app.storage.orm import Rsvp, RsvpChange
from tests.unit.rsvps.conftest import Clock

GOING, WAIT, DECLINED = RsvpResponse.GOING, RsvpResponse.WAITLISTED, RsvpResponse.DECLINED


def responses(rsvps: RsvpService, event_id: int) -> dict[str, str]:
    return {r.display_name: r.response.value for r in rsvps.guest_rows(event_id)}


def by_name(rsvps: RsvpService, event_id: int) -> dict[str, int]:
    return {r.display_name: r.id for r in rsvps.guest_rows(event_id)}


def test_invite_seats_until_full_then_waitlists_in_order_with_codes_and_history(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    event = make_event(capacity=3)
    people = make_people(5)
    outcome = rsvps.invite(event, people, response=GOING)
    assert outcome.message == ("The event is full: Ana Lima, Kofi Mensah joined the waitlist.")
    assert outcome.changes.ids(Kind.EVENT) == {event}
    assert outcome.changes.ids(Kind.PERSON) == set(people)
    assert len(outcome.changes.ids(Kind.RSVP)) == 5
    rows = rsvps.guest_rows(event)
    assert [(r.response, r.waitlist_position) for r in rows] == [
        (GOING, None),
        (GOING, None),
        (GOING, None),
        (WAIT, 1),
        (WAIT, 2),
    ]
    codes = {r.checkin_code for r in rows}
    assert len(codes) == 5
    assert all(checkin_codes.looks_like_code(c) for c in codes)
    history = rsvps.history(rows[0].id)
    assert [(h.response_from, h.response_to, h.actor) for h in history] == [
        (RsvpResponse.INVITED, RsvpResponse.INVITED, "tester"),
        (RsvpResponse.INVITED, GOING, "tester"),
    ]
    counts = rsvps.counts(event)
    assert (counts.going, counts.waitlisted, counts.seats_left, counts.capacity) == (3, 2, 0, 3)
    # Inviting the same people again leaves them alone.
    assert not rsvps.invite(event, people[:2]).changes.ids(Kind.RSVP)


def test_a_decline_offers_the_seat_and_the_offer_is_accepted_declined_or_expires(
    rsvps: RsvpService,
    clock: Clock,
    make_event: Callable[..., int],
    make_people: Callable[[int], list[int]],
) -> None:
    event = make_event(capacity=2)
    rsvps.invite(event, make_people(5), response=GOING)
    ids = by_name(rsvps, event)
    declined = rsvps.set_response([ids["Jürgen Groß"]], DECLINED)
    assert declined.message == "A freed seat was offered to Zoë O'Brien-Smythe."
    zoe = rsvps.get(ids["Zoë O'Brien-Smythe"])
    assert zoe.offered
    assert zoe.offer_expires_at == clock.now + OFFER_WINDOW
    assert rsvps.counts(event).seats_left == 0
    with pytest.raises(OfferUnavailable):
        rsvps.accept_offer(ids["Ana Lima"])

    rsvps.decline_offer(zoe.id)
    assert rsvps.get(ids["Ana Lima"]).offered
    history = rsvps.history(zoe.id)
    assert history[-1].detail == "offer declined"

    clock.advance(hours=49)
    expired = rsvps.refresh_waitlist(event)
    assert rsvps.get(ids["Ana Lima"]).response is DECLINED
    assert rsvps.history(ids["Ana Lima"])[-1].detail == "offer expired"
    kofi = rsvps.get(ids["Kofi Mensah"])
    assert kofi.offered
    assert kofi.id in expired.changes.ids(Kind.RSVP)
    rsvps.accept_offer(kofi.id)
    assert rsvps.get(kofi.id).response is GOING
    assert rsvps.counts(event).going == 2


def test_undo_and_redo_restore_every_row_the_rules_touched(
    rsvps: RsvpService,
    db: object,
    make_event: Callable[..., int],
    make_people: Callable[[int], list[int]],
) -> None:
    event = make_event(capacity=1)
    rsvps.invite(event, make_people(3), response=GOING)
    ids = by_name(rsvps, event)
    before = responses(rsvps, event)
    outcome = rsvps.set_response([ids["Jürgen Groß"]], DECLINED)
    after = {r.display_name: (r.response, r.offered) for r in rsvps.guest_rows(event)}
    assert after["Σοφία Παπαδοπούλου"] == (WAIT, True)

    undone = rsvps.revert(outcome.revision, "undo")
    assert responses(rsvps, event) == before
    assert not rsvps.get(ids["Σοφία Παπαδοπούλου"]).offered
    assert undone.changes.ids(Kind.EVENT) == {event}
    assert rsvps.history(ids["Jürgen Groß"])[-1].detail == "undo"
    assert rsvps.history(ids["Jürgen Groß"])[-1].response_to is GOING

    redone = rsvps.revert(undone.revision, "redo")
    assert {r.display_name: (r.response, r.offered) for r in rsvps.guest_rows(event)} == after
    # A teammate changes the same RSVP: undo refuses rather than overwrite.
    with rsvps._db.transaction() as s:  # type: ignore[attr-defined]
        s.execute(
            update(Rsvp).where(Rsvp.id == ids["Jürgen Groß"]).values(version=Rsvp.version + 1)
        )
    with pytest.raises(ConflictError):
        rsvps.revert(redone.revision, "undo")


def test_guests_needs_roles_and_reconfirmation(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    event = make_event(capacity=4)
    rsvps.invite(event, make_people(3), response=GOING)
    ids = by_name(rsvps, event)
    jurgen = ids["Jürgen Groß"]
    rsvps.set_guests(jurgen, 1)
    with pytest.raises(CapacityReached):
        rsvps.set_guests(jurgen, 3)
    assert rsvps.counts(event).going == 4
    needs = rsvps.set_needs(jurgen, " vegan; tree nuts ", "wheelchair")
    assert (rsvps.get(jurgen).dietary, rsvps.get(jurgen).accessibility) == (
        "vegan; tree nuts",
        "wheelchair",
    )
    assert not rsvps.set_needs(jurgen, "vegan; tree nuts", "wheelchair").changes.ids(Kind.RSVP)
    rsvps.revert(needs.revision)
    assert rsvps.get(jurgen).dietary == ""
    rsvps.set_role([jurgen], AttendeeRole.HOST)
    assert rsvps.get(jurgen).role is AttendeeRole.HOST
    with pytest.raises(ValidationError):
        rsvps.set_needs(jurgen, "x" * 3000, "")

    rsvps.set_reconfirmed([jurgen, ids["Zoë O'Brien-Smythe"]])
    first = rsvps.get(jurgen).reconfirmed_at
    assert first is not None
    assert not rsvps.set_reconfirmed([jurgen]).changes.ids(Kind.RSVP)
    assert [r.display_name for r in rsvps.not_reconfirmed(event)] == ["Σοφία Παπαδοπούλου"]
    assert rsvps.counts(event).not_reconfirmed == 1
    rsvps.set_reconfirmed([jurgen], reconfirmed=False)
    assert rsvps.get(jurgen).reconfirmed_at is None


def test_hand_picking_and_seating_a_speaker_beyond_capacity(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    event = make_event(capacity=1)
    rsvps.invite(event, make_people(3), response=GOING)
    ids = by_name(rsvps, event)
    zoe = ids["Zoë O'Brien-Smythe"]
    with pytest.raises(CapacityReached):
        rsvps.seat([zoe])
    with pytest.raises(ValidationError):
        rsvps.seat([zoe], override=True)
    rsvps.set_role([zoe], AttendeeRole.SPEAKER)
    outcome = rsvps.seat([zoe], override=True)
    row = rsvps.get(zoe)
    assert (row.response, row.over_capacity) == (GOING, True)
    counts = rsvps.counts(event)
    assert (counts.going, counts.over_capacity, counts.seats_left) == (2, 1, 0)
    assert rsvps.history(zoe)[-1].detail == "seated by hand; seated beyond capacity"
    rsvps.revert(outcome.revision)
    assert rsvps.get(zoe).response is WAIT
    # The organizer may offer out of turn once a seat is free.
    rsvps.set_response([ids["Jürgen Groß"]], DECLINED)
    offered = [r for r in rsvps.guest_rows(event) if r.offered]
    assert [r.display_name for r in offered] == ["Σοφία Παπαδοπούλου"]
    with pytest.raises(SeatOffered):
        rsvps.offer([zoe])
    moved = rsvps.offer([zoe], release=True)
    assert rsvps.get(zoe).offered
    assert not rsvps.get(offered[0].id).offered
    assert offered[0].id in moved.changes.ids(Kind.RSVP)


def test_remove_frees_the_seat_and_undo_brings_the_rsvp_back_with_its_history(
    rsvps: RsvpService,
    db: object,
    make_event: Callable[..., int],
    make_people: Callable[[int], list[int]],
) -> None:
    event = make_event(capacity=1)
    people = make_people(2)
    rsvps.invite(event, people, response=GOING)
    ids = by_name(rsvps, event)
    jurgen = ids["Jürgen Groß"]
    removed = rsvps.remove([jurgen])
    assert removed.changes.removed_ids(Kind.RSVP) == {jurgen}
    assert people[0] in removed.changes.ids(Kind.PERSON)
    assert rsvps.get(ids["Σοφία Παπαδοπούλου"]).offered
    back = rsvps.revert(removed.revision)
    assert rsvps.get(jurgen).response is GOING
    assert not rsvps.get(ids["Σοφία Παπαδοπούλου"]).offered
    assert jurgen in back.changes.ids(Kind.RSVP)
    assert len(rsvps.history(jurgen)) >= 2
    again = rsvps.revert(back.revision)
    assert again.changes.removed_ids(Kind.RSVP) == {jurgen}
    with pytest.raises(NotFound):
        rsvps.get(jurgen)


def test_unknown_ids_are_refused(rsvps: RsvpService, make_event: Callable[..., int]) -> None:
    event = make_event()
    with pytest.raises(NotFound):
        rsvps.set_response([999], GOING)
    with pytest.raises(NotFound):
        rsvps.invite(event, [12345])
    with pytest.raises(NotFound):
        rsvps.counts(4242)
    with pytest.raises(ValidationError):
        rsvps.invite(event, [], guests=-1)


def test_codes_are_backfilled_when_the_guest_list_is_read(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    event = make_event()
    rsvps.invite(event, make_people(3))
    with rsvps._db.transaction() as s:  # type: ignore[attr-defined]
        s.execute(update(Rsvp).values(checkin_code=None))
    assert all(r.checkin_code for r in rsvps.guest_rows(event))
    assert rsvps.ensure_codes(event) == []


def test_every_change_writes_history_with_the_actor(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    event = make_event()
    rsvps.invite(event, make_people(1), response=RsvpResponse.MAYBE)
    (row,) = rsvps.guest_rows(event)
    rsvps.set_response([row.id], GOING)
    rsvps.set_guests(row.id, 2)
    with rsvps._db.read() as s:  # type: ignore[attr-defined]
        lines = s.execute(
            select(RsvpChange.detail, RsvpChange.actor).where(RsvpChange.rsvp_id == row.id)
        ).all()
    assert [tuple(line) for line in lines][-1] == ("guests 0 → 2", "tester")
    assert len(lines) == 4


def test_find_person_by_number_email_or_name(
    rsvps: RsvpService, make_people: Callable[[int], list[int]]
) -> None:
    people = make_people(3)
    assert rsvps.find_person(str(people[1])) == people[1]
    assert rsvps.find_person("GUEST2@example.org") == people[2]
    assert rsvps.find_person("jurgen gross") == people[0]
    with pytest.raises(NotFound):
        rsvps.find_person("Nobody Here")


def test_combined_changes_of_one_guest_undo_and_redo_as_one(
    rsvps: RsvpService, make_event: Callable[..., int], make_people: Callable[[int], list[int]]
) -> None:
    event = make_event(capacity=5)
    rsvps.invite(event, make_people(1), response=GOING)
    (row,) = rsvps.guest_rows(event)
    first = rsvps.set_role([row.id], AttendeeRole.HOST)
    second = rsvps.set_needs(row.id, "vegan", "")
    third = rsvps.set_guests(row.id, 2)
    combined = rsvps.combine([first, second, third])
    assert combined.changes.ids(Kind.RSVP) == {row.id}
    undone = rsvps.revert(combined.revision, "undo")
    back = rsvps.get(row.id)
    assert (back.role, back.dietary, back.guests) == (AttendeeRole.GUEST, "", 0)
    rsvps.revert(undone.revision, "redo")
    again = rsvps.get(row.id)
    assert (again.role, again.dietary, again.guests) == (AttendeeRole.HOST, "vegan", 2)
