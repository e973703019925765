"""Property tests of the waitlist: capacity is never exceeded except on purpose; FIFO holds."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import rsvps as rules
from app.domain.enums import AttendeeRole, RsvpResponse
from app.domain.errors import DomainError
from app.domain.rsvps import Moment, Party, Seating

T0 = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
RESPONSES = list(RsvpResponse)
# Weighted towards what moves seats (going, declines), so short runs reach full events.
ANSWERS = st.sampled_from([RsvpResponse.GOING] * 4 + [RsvpResponse.DECLINED] * 2 + RESPONSES)
OVERRIDES = ("override", "admit")

add = st.tuples(st.just("add"), st.integers(0, 3), ANSWERS)
ops = st.one_of(
    add,
    add,
    add,
    st.tuples(st.just("respond"), st.integers(0, 30), ANSWERS),
    st.tuples(st.just("respond"), st.integers(0, 30), ANSWERS),
    st.tuples(st.just("guests"), st.integers(0, 30), st.integers(0, 3)),
    st.tuples(st.just("capacity_up"), st.integers(0, 3)),
    st.tuples(st.just("accept"), st.integers(0, 30)),
    st.tuples(st.just("decline_offer"), st.integers(0, 30)),
    st.tuples(st.just("offer"), st.integers(0, 30)),
    st.tuples(st.just("seat"), st.integers(0, 30)),
    st.tuples(st.just("override"), st.integers(0, 30)),
    st.tuples(st.just("seat_release"), st.integers(0, 30)),
    st.tuples(st.just("offer_release"), st.integers(0, 30)),
    st.tuples(st.just("admit"), st.integers(0, 30)),
    st.tuples(st.just("remove"), st.integers(0, 30)),
    st.tuples(st.just("tick"), st.integers(1, 60 * 72)),
)


class Run:
    """Applies generated operations; refused ones (DomainError) leave the seating as it was."""

    def __init__(self, capacity: int, unit: bool = False) -> None:
        self.seating = Seating.of(capacity, [])
        self.minutes = 0
        self.next_id = 1
        self.unit = unit

    def moment(self) -> Moment:
        now = T0 + timedelta(minutes=self.minutes)
        return Moment(now, now + timedelta(hours=24))

    def pick(self, index: int) -> int | None:
        ids = sorted(self.seating.parties)
        return ids[index % len(ids)] if ids else None

    def apply(self, op: tuple[Any, ...]) -> None:
        self.minutes += 1
        at = self.moment()
        name = op[0]
        s = self.seating
        if name == "tick":
            self.minutes += op[1]
            self.seating = rules.expire_offers(s, self.moment())
            return
        if name == "add":
            guests = 0 if self.unit else op[1]
            role = AttendeeRole.SPEAKER if self.next_id % 3 == 0 else AttendeeRole.GUEST
            party = Party(self.next_id, op[2], guests=guests, role=role)
            self.next_id += 1
            self.seating = rules.add(s, party, at)
            return
        if name == "capacity_up":
            assert s.capacity is not None
            self.seating = rules.set_capacity(s, s.capacity + op[1], at)
            return
        target = self.pick(op[1])
        if target is None:
            return
        with contextlib.suppress(DomainError):  # a refused operation changes nothing
            self.seating = self._step(name, s, target, op, at)

    def _step(self, name: str, s: Seating, target: int, op: tuple[Any, ...], at: Moment) -> Seating:
        if name == "respond":
            return rules.respond(s, target, op[2], at)
        if name == "guests":
            return rules.set_guests(s, target, 0 if self.unit else op[2], at)
        if name == "accept":
            return rules.accept_offer(s, target, at)
        if name == "decline_offer":
            return rules.decline_offer(s, target, at)
        if name == "offer":
            return rules.offer(s, target, at)
        if name == "seat":
            return rules.seat(s, target, at)
        if name == "seat_release":
            return rules.seat(s, target, at, release=True)
        if name == "offer_release":
            return rules.offer(s, target, at, release=True)
        if name == "override":
            return rules.seat(s, target, at, override=True)
        if name == "admit":
            return rules.admit(s, target, at)
        assert name == "remove"
        return rules.remove(s, target, at)


def load(seating: Seating) -> int:
    return seating.taken + seating.held()


def assert_settled(seating: Seating) -> None:
    """No waiting party fits in the free seats: each was offered or is too big."""
    free = seating.free()
    assert free is not None
    for p in seating.queue():
        assert p.seats > free, f"party {p.id} fits in {free} free seats but waits"


@settings(max_examples=300, deadline=None)
@given(capacity=st.integers(0, 8), sequence=st.lists(ops, min_size=10, max_size=80))
def test_capacity_is_never_exceeded_except_by_explicit_override(
    capacity: int, sequence: list[tuple[Any, ...]]
) -> None:
    run = Run(capacity)
    for op in sequence:
        before = load(run.seating)
        run.apply(op)
        after = run.seating
        cap = after.capacity
        assert cap is not None
        if op[0] not in OVERRIDES:
            assert load(after) <= max(cap, before), (
                f"{op} took the load from {before} to {load(after)}"
            )
        # Seats beyond capacity are only ever given on purpose, and marked.
        marked = sum(
            p.seats
            for p in after.parties.values()
            if p.over_capacity and p.response is RsvpResponse.GOING
        )
        assert after.taken - marked <= max(cap, before)
        assert_settled(after)
        assert all(
            not p.offered or p.response is RsvpResponse.WAITLISTED for p in after.parties.values()
        )


@settings(max_examples=300, deadline=None)
@given(capacity=st.integers(0, 6), sequence=st.lists(ops, min_size=10, max_size=80))
def test_freed_seats_go_to_the_waitlist_in_arrival_order(
    capacity: int, sequence: list[tuple[Any, ...]]
) -> None:
    """With parties of one, every automatic offer goes to the head of the queue."""
    run = Run(capacity, unit=True)
    for op in sequence:
        before = run.seating
        run.apply(op)
        after = run.seating
        new_offers = [
            p
            for p in after.parties.values()
            if p.offered and not (p.id in before.parties and before.parties[p.id].offered)
        ]
        if op[0] in ("offer", "offer_release", "seat_release"):
            continue  # out of turn, on the organizer's explicit choice
        still_waiting = after.queue()
        for p in new_offers:
            ahead = [q for q in still_waiting if q.queue_key() < p.queue_key()]
            assert not ahead, f"{p.id} was offered a seat before {[q.id for q in ahead]}"
        # The queue keeps its order: nobody's place in line moves.
        for p in after.waitlist():
            if p.id in before.parties and before.parties[p.id].response is RsvpResponse.WAITLISTED:
                assert p.waitlisted_at == before.parties[p.id].waitlisted_at


waiting_party = st.builds(
    lambda i, guests, minute, offered: Party(
        i,
        RsvpResponse.WAITLISTED,
        guests=guests,
        waitlisted_at=T0 + timedelta(minutes=minute),
        offered_at=T0 if offered else None,
        offer_expires_at=T0 + timedelta(days=2) if offered else None,
    ),
    st.integers(1, 10**6),
    st.integers(0, 4),
    st.integers(0, 30),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(
    capacity=st.integers(0, 12),
    going=st.lists(st.integers(0, 3), max_size=5),
    waiting=st.lists(waiting_party, max_size=12, unique_by=lambda p: p.id),
)
def test_refill_offers_first_fit_in_queue_order(
    capacity: int, going: list[int], waiting: list[Party]
) -> None:
    seated = [Party(-1 - n, RsvpResponse.GOING, guests=g) for n, g in enumerate(going)]
    seating = Seating.of(capacity, [*seated, *waiting])
    at = Moment(T0 + timedelta(hours=1), T0 + timedelta(days=1))
    after = rules.refill(seating, at)
    offered = [p for p in after.parties.values() if p.offered and not seating.parties[p.id].offered]
    if load(seating) <= capacity:
        assert load(after) <= capacity
    else:
        assert not offered
    for p in offered:
        for q in after.queue():
            if q.queue_key() < p.queue_key():
                assert q.seats > p.seats, f"{q.id} was passed over for the smaller-or-equal {p.id}"
    if load(seating) <= capacity:
        assert_settled(after)
