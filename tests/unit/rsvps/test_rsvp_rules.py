"""Capacity and waitlist rules, example by example."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain import rsvps as rules
from app.domain.enums import AttendeeRole, RsvpResponse
from app.domain.errors import NotFound, ValidationError
from app.domain.rsvps import CapacityReached, Moment, OfferUnavailable, Party, Seating, SeatOffered

T0 = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
GOING, WAIT, DECLINED = RsvpResponse.GOING, RsvpResponse.WAITLISTED, RsvpResponse.DECLINED


def at(minutes: int = 0) -> Moment:
    now = T0 + timedelta(minutes=minutes)
    return Moment(now, now + timedelta(hours=48))


def invited(*ids: int, guests: int = 0) -> list[Party]:
    return [Party(i, RsvpResponse.INVITED, guests=guests) for i in ids]


def answer_all(seating: Seating, ids: list[int], response: RsvpResponse, start: int = 0) -> Seating:
    for n, i in enumerate(ids):
        seating = rules.respond(seating, i, response, at(start + n))
    return seating


def test_going_takes_seats_counting_guests_then_the_waitlist_takes_over() -> None:
    seating = Seating.of(4, [*invited(1, guests=1), *invited(2, 3, 4)])
    seating = answer_all(seating, [1, 2, 3, 4], GOING)
    assert seating.taken == 4
    assert [p.id for p in seating.waitlist()] == [4]
    assert seating.party(4).waitlisted_at == T0 + timedelta(minutes=3)
    assert seating.seats_left() == 0


def test_waitlisted_and_pending_never_count_as_going() -> None:
    seating = Seating.of(
        10,
        [
            Party(1, WAIT, waitlisted_at=T0),
            Party(2, RsvpResponse.PENDING_APPROVAL),
            Party(3, RsvpResponse.MAYBE),
        ],
    )
    assert seating.taken == 0


def test_a_decline_offers_the_seat_to_the_first_waiting_party_that_fits() -> None:
    seating = Seating.of(
        3,
        [
            Party(1, GOING),
            Party(2, GOING),
            Party(3, GOING),
            Party(4, WAIT, guests=1, waitlisted_at=T0),  # needs 2: too big for 1 seat
            Party(5, WAIT, waitlisted_at=T0 + timedelta(minutes=1)),
            Party(6, WAIT, waitlisted_at=T0 + timedelta(minutes=2)),
        ],
    )
    seating = rules.respond(seating, 1, DECLINED, at(10))
    assert seating.party(5).offered
    assert seating.party(5).offer_expires_at == at(10).offer_until
    assert not seating.party(4).offered
    assert not seating.party(6).offered
    # The offer holds the seat: a newcomer answering going must wait.
    seating = rules.add(seating, Party(7, GOING), at(11))
    assert seating.party(7).response is WAIT
    assert seating.seats_left() == 0


def test_offer_accepted_becomes_going_and_declined_passes_on() -> None:
    seating = Seating.of(
        1,
        [
            Party(1, GOING),
            Party(2, WAIT, waitlisted_at=T0),
            Party(3, WAIT, waitlisted_at=T0 + timedelta(minutes=1)),
        ],
    )
    seating = rules.respond(seating, 1, DECLINED, at(1))
    assert seating.party(2).offered
    declined = rules.decline_offer(seating, 2, at(2))
    assert declined.party(2).response is DECLINED
    assert declined.party(3).offered
    accepted = rules.accept_offer(seating, 2, at(2))
    assert accepted.party(2).response is GOING
    assert accepted.party(2).offered_at is None
    assert not accepted.party(3).offered


def test_an_expired_offer_lapses_and_goes_to_the_next_in_line() -> None:
    seating = Seating.of(
        1,
        [Party(1, GOING), Party(2, WAIT, waitlisted_at=T0), Party(3, WAIT, waitlisted_at=T0)],
    )
    seating = rules.respond(seating, 1, DECLINED, at(0))
    assert seating.party(2).offered
    late = Moment(at(0).offer_until, at(0).offer_until + timedelta(hours=48))
    with pytest.raises(OfferUnavailable):
        rules.accept_offer(seating, 2, late)
    expired = rules.expire_offers(seating, late)
    assert expired.party(2).response is DECLINED
    assert expired.party(3).offered


def test_raising_capacity_offers_seats_and_lowering_takes_none_away() -> None:
    seating = Seating.of(
        1, [Party(1, GOING), Party(2, WAIT, waitlisted_at=T0), Party(3, WAIT, waitlisted_at=T0)]
    )
    raised = rules.set_capacity(seating, 2, at(1))
    assert raised.party(2).offered
    assert not raised.party(3).offered
    lowered = rules.set_capacity(raised, 0, at(2))
    assert lowered.party(1).response is GOING
    assert lowered.party(2).offered
    assert lowered.seats_left() == 0
    with pytest.raises(ValidationError):
        rules.set_capacity(seating, -1, at(3))


def test_without_capacity_everyone_fits_and_nobody_is_offered_anything() -> None:
    seating = Seating.of(None, [Party(1, WAIT, waitlisted_at=T0), *invited(2)])
    seating = rules.respond(seating, 2, GOING, at(1))
    assert seating.party(2).response is GOING
    assert not seating.party(1).offered
    assert seating.seats_left() is None
    assert rules.respond(seating, 1, GOING, at(2)).party(1).response is GOING


def test_more_guests_must_fit_fewer_free_seats() -> None:
    seating = Seating.of(3, [Party(1, GOING), Party(2, GOING)])
    with pytest.raises(CapacityReached) as raised:
        rules.set_guests(seating, 1, 2, at(1))
    assert (raised.value.needed, raised.value.left) == (2, 1)
    seating = rules.set_guests(seating, 1, 1, at(2))
    assert seating.taken == 3
    seating = rules.add(seating, Party(3, GOING), at(3))
    assert seating.party(3).response is WAIT
    seating = rules.set_guests(seating, 1, 0, at(4))
    assert seating.party(3).offered
    with pytest.raises(CapacityReached):  # an offered party holds seats: more must fit too
        rules.set_guests(seating, 3, 5, at(5))
    with pytest.raises(ValidationError):
        rules.set_guests(seating, 1, -1, at(6))
    assert rules.set_guests(seating, 1, 0, at(7)) == rules.settle(seating, at(7))
    # A waiting party may grow freely: it takes no seat yet.
    full = Seating.of(1, [Party(1, GOING), Party(2, WAIT, waitlisted_at=T0)])
    assert rules.set_guests(full, 2, 4, at(8)).party(2).guests == 4


def test_the_organizer_seats_by_hand_and_beyond_capacity_only_hosts_speakers_staff() -> None:
    seating = Seating.of(
        1,
        [
            Party(1, GOING),
            Party(2, WAIT, waitlisted_at=T0),
            Party(3, WAIT, waitlisted_at=T0, role=AttendeeRole.SPEAKER),
        ],
    )
    with pytest.raises(CapacityReached):
        rules.seat(seating, 2, at(1))
    with pytest.raises(ValidationError):
        rules.seat(seating, 2, at(1), override=True)
    seated = rules.seat(seating, 3, at(1), override=True)
    assert seated.party(3).response is GOING
    assert seated.party(3).over_capacity
    assert seated.taken == 2
    assert seated.seats_left() == 0


def test_an_out_of_turn_offer_needs_a_free_seat() -> None:
    seating = Seating.of(
        2,
        [
            Party(1, GOING),
            Party(2, WAIT, guests=1, waitlisted_at=T0),
            Party(3, WAIT, waitlisted_at=T0 + timedelta(minutes=1)),
        ],
    )
    # The first-fit rule already offered the single seat to party 3.
    assert seating.free() == 1
    settled = rules.settle(seating, at(1))
    assert settled.party(3).offered
    with pytest.raises(CapacityReached):
        rules.offer(settled, 2, at(2))
    with pytest.raises(ValidationError):
        rules.offer(settled, 1, at(2))
    assert rules.offer(settled, 3, at(2)) == settled


def test_admitting_at_the_door_seats_even_when_full() -> None:
    seating = Seating.of(1, [Party(1, GOING), Party(2, DECLINED)])
    admitted = rules.admit(seating, 2, at(1))
    assert admitted.party(2).response is GOING
    assert admitted.party(2).over_capacity
    assert rules.admit(admitted, 1, at(2)) == admitted


def test_re_answering_going_from_the_waitlist_keeps_the_place_in_line() -> None:
    seating = Seating.of(1, [Party(1, GOING), Party(2, WAIT, waitlisted_at=T0)])
    again = rules.respond(seating, 2, GOING, at(5))
    assert again.party(2).waitlisted_at == T0
    assert rules.respond(again, 2, WAIT, at(6)) == again


def test_unknown_parties_and_duplicates_are_refused() -> None:
    seating = Seating.of(1, [Party(1, GOING)])
    with pytest.raises(NotFound):
        rules.respond(seating, 9, GOING, at())
    with pytest.raises(ValidationError):
        rules.add(seating, Party(1, GOING), at())
    assert 1 not in rules.remove(seating, 1, at()).parties


def test_roles_change_freely_and_changed_lists_the_differences() -> None:
    seating = Seating.of(2, [Party(1, GOING)])
    hosted = rules.set_role(seating, 1, AttendeeRole.HOST, at())
    assert hosted.party(1).role is AttendeeRole.HOST
    assert rules.set_role(hosted, 1, AttendeeRole.HOST, at()) == hosted
    assert rules.changed(seating, hosted) == [hosted.party(1)]


def test_offer_deadline_never_passes_the_start_but_leaves_an_hour() -> None:
    start = T0 + timedelta(hours=5)
    assert rules.offer_deadline(T0, start) == start
    assert rules.offer_deadline(T0, T0 + timedelta(days=10)) == T0 + rules.OFFER_WINDOW
    assert rules.offer_deadline(T0, T0 - timedelta(days=1)) == T0 + rules.MIN_OFFER_WINDOW


def test_capacity_reached_says_how_many_seats() -> None:
    assert "needs 2 seats and only 1 free" in str(CapacityReached(2, 1))
    assert "needs 1 seat and no seat is free" in str(CapacityReached(1, 0))


def test_the_organizer_can_take_back_offers_to_pick_someone_else() -> None:
    seating = Seating.of(
        2,
        [
            Party(1, GOING),
            Party(2, GOING),
            Party(3, WAIT, waitlisted_at=T0),
            Party(4, WAIT, waitlisted_at=T0 + timedelta(minutes=1)),
        ],
    )
    seating = rules.respond(seating, 1, DECLINED, at(1))
    assert seating.party(3).offered
    with pytest.raises(SeatOffered) as blocked:
        rules.seat(seating, 4, at(2))
    assert blocked.value.holders == [3]
    picked = rules.seat(seating, 4, at(2), release=True)
    assert picked.party(4).response is GOING
    assert (picked.party(3).offered, picked.party(3).waitlisted_at) == (False, T0)
    offered = rules.offer(seating, 4, at(2), release=True)
    assert offered.party(4).offered
    assert not offered.party(3).offered
    # Taking offers back only helps when it makes enough room.
    big = rules.add(seating, Party(5, GOING, guests=3), at(3))
    with pytest.raises(CapacityReached):
        rules.seat(big, 5, at(4), release=True)
