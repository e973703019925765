"""Capacity and waitlist rules: who gets a seat, who waits, who is offered a freed seat.

Pure functions over a `Seating` (an event's capacity and its parties); each returns a new
Seating and the caller writes whatever changed. The rules:

- A party is one person plus their guests; it needs `1 + guests` seats. Only "going" parties
  take seats. Waitlisted and pending parties never count as going.
- An open offer holds its seats until it is accepted, declined or expires, so nobody can take
  a seat that was promised to the next in line.
- A "going" answer that doesn't fit joins the waitlist; the queue is first come, first served
  (`waitlisted_at`, then id).
- Whenever seats free up (a decline, fewer guests, a higher capacity, an expired offer), the
  first waiting party that fits is offered a seat, then the next, until none fits. Parties too
  big for the free seats are passed over, never reordered.
- Every operation first expires overdue offers and settles the queue, so the state it starts
  from is always one the rules could have produced.
- The organizer can seat or offer a seat to someone by hand, out of turn (taking back offers
  made to others if they say so), and can deliberately seat hosts, speakers and staff
  beyond capacity (`over_capacity`). At the door, whoever is let in is seated, marked beyond
  capacity if need be: they are in the room, and the counts must say so.
- Without a capacity nobody waits: every "going" answer fits and nobody is offered anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from app.domain.enums import AttendeeRole, RsvpResponse
from app.domain.errors import DomainError, NotFound, ValidationError
from app.domain.messages import msg

OFFER_WINDOW = timedelta(hours=48)
"""How long a waitlisted party has to confirm a freed seat, at most (never past the start)."""

MIN_OFFER_WINDOW = timedelta(hours=1)
MAX_GUESTS = 99
OVERRIDE_ROLES = frozenset({AttendeeRole.HOST, AttendeeRole.SPEAKER, AttendeeRole.STAFF})
"""Roles the organizer may seat beyond capacity on purpose."""

_GOING = RsvpResponse.GOING
_WAITLISTED = RsvpResponse.WAITLISTED


class CapacityReached(DomainError):
    """There are not enough free seats for what was asked."""

    def __init__(self, needed: int, left: int) -> None:
        seats = msg("1 seat") if needed == 1 else msg("{count} seats", count=needed)
        free = msg("no seat is free") if left <= 0 else msg("only {count} free", count=left)
        super().__init__(
            msg("The event is full: this needs {seats} and {free}.", seats=seats, free=free)
        )
        self.needed = needed
        self.left = max(0, left)


class OfferUnavailable(DomainError):
    """The party has no open offer to accept or decline (never made, or expired)."""


@dataclass(frozen=True, slots=True)
class Party:
    """What the rules need to know of one RSVP."""

    id: int
    response: RsvpResponse
    guests: int = 0
    role: AttendeeRole = AttendeeRole.GUEST
    over_capacity: bool = False
    waitlisted_at: datetime | None = None
    offered_at: datetime | None = None
    offer_expires_at: datetime | None = None

    @property
    def seats(self) -> int:
        return 1 + self.guests

    @property
    def offered(self) -> bool:
        return self.response is _WAITLISTED and self.offered_at is not None

    def queue_key(self) -> tuple[bool, datetime | None, int]:
        """Order on the waitlist: earliest first; parties without a time go last, by id."""
        return (self.waitlisted_at is None, self.waitlisted_at, self.id)


@dataclass(frozen=True, slots=True)
class Moment:
    """When an operation happens, and until when an offer made now stays open."""

    now: datetime
    offer_until: datetime


def offer_deadline(
    now: datetime, starts_at: datetime, window: timedelta = OFFER_WINDOW
) -> datetime:
    """Offers stay open `window`, but not past the event's start (at least an hour, though)."""
    return max(min(now + window, starts_at), now + MIN_OFFER_WINDOW)


@dataclass(frozen=True)
class Seating:
    """An event's capacity (None: unlimited) and its parties, by id."""

    capacity: int | None
    parties: dict[int, Party]

    @classmethod
    def of(cls, capacity: int | None, parties: Iterable[Party]) -> Seating:
        return cls(capacity, {p.id: p for p in parties})

    def party(self, party_id: int) -> Party:
        found = self.parties.get(party_id)
        if found is None:
            raise NotFound(msg("This guest is no longer on the event's list."))
        return found

    @property
    def taken(self) -> int:
        """Seats of everyone going, including those seated beyond capacity."""
        return sum(p.seats for p in self.parties.values() if p.response is _GOING)

    def held(self) -> int:
        """Seats promised to open offers."""
        return sum(p.seats for p in self.parties.values() if p.offered)

    def free(self, excluding: int | None = None) -> int | None:
        """Seats neither taken nor held (None: unlimited), not counting party `excluding`."""
        if self.capacity is None:
            return None
        used = 0
        for p in self.parties.values():
            if p.id != excluding and (p.response is _GOING or p.offered):
                used += p.seats
        return self.capacity - used

    def fits(self, party: Party, seats: int | None = None) -> bool:
        free = self.free(excluding=party.id)
        return free is None or (seats if seats is not None else party.seats) <= free

    def queue(self) -> list[Party]:
        """Waiting parties without an offer, first in line first."""
        waiting = (p for p in self.parties.values() if p.response is _WAITLISTED and not p.offered)
        return sorted(waiting, key=Party.queue_key)

    def waitlist(self) -> list[Party]:
        """Everyone on the waitlist, offers included, in queue order."""
        waiting = (p for p in self.parties.values() if p.response is _WAITLISTED)
        return sorted(waiting, key=Party.queue_key)

    def seats_left(self) -> int | None:
        free = self.free()
        return None if free is None else max(0, free)

    def _with(self, *changed: Party) -> Seating:
        parties = dict(self.parties)
        for p in changed:
            parties[p.id] = p
        return Seating(self.capacity, parties)


# -- building blocks --------------------------------------------------------------------------


def _seated(p: Party, *, over: bool = False) -> Party:
    return replace(
        p,
        response=_GOING,
        over_capacity=over,
        waitlisted_at=None,
        offered_at=None,
        offer_expires_at=None,
    )


def _answered(p: Party, response: RsvpResponse) -> Party:
    return replace(
        p,
        response=response,
        over_capacity=False,
        waitlisted_at=None,
        offered_at=None,
        offer_expires_at=None,
    )


def _queued(p: Party, at: datetime) -> Party:
    """On the waitlist, keeping an earlier place in line."""
    since = p.waitlisted_at if p.response is _WAITLISTED and p.waitlisted_at else at
    return replace(
        p,
        response=_WAITLISTED,
        over_capacity=False,
        waitlisted_at=since,
        offered_at=None,
        offer_expires_at=None,
    )


def _expire(seating: Seating, now: datetime) -> Seating:
    """Overdue offers lapse: the party leaves the waitlist, as on ticketing platforms."""
    lapsed = [
        _answered(p, RsvpResponse.DECLINED)
        for p in seating.parties.values()
        if p.offered and p.offer_expires_at is not None and p.offer_expires_at <= now
    ]
    return seating._with(*lapsed) if lapsed else seating


def refill(seating: Seating, at: Moment) -> Seating:
    """Offer free seats down the queue, first fit first, until no waiting party fits."""
    if seating.capacity is None:
        return seating
    free = seating.free()
    assert free is not None
    offers: list[Party] = []
    for p in seating.queue():
        if free <= 0:
            break
        if p.seats <= free:
            offers.append(replace(p, offered_at=at.now, offer_expires_at=at.offer_until))
            free -= p.seats
    return seating._with(*offers) if offers else seating


def settle(seating: Seating, at: Moment) -> Seating:
    """Expire overdue offers, then offer what is free: the state every operation starts from."""
    return refill(_expire(seating, at.now), at)


def _after(seating: Seating, at: Moment, *changed: Party) -> Seating:
    return refill(seating._with(*changed), at)


# -- what the organizer and guests do ------------------------------------------------------


def add(seating: Seating, party: Party, at: Moment) -> Seating:
    """A new RSVP: answered going it gets a seat if one is free, else it waits in line."""
    if party.id in seating.parties:
        raise ValidationError("person", msg("This person is already on the guest list."))
    seating = settle(seating, at)
    blank = _answered(party, RsvpResponse.INVITED)
    return respond(seating._with(blank), party.id, party.response, at)


def remove(seating: Seating, party_id: int, at: Moment) -> Seating:
    """The RSVP is deleted; its seats go to the queue."""
    seating = settle(seating, at)
    seating.party(party_id)
    parties = {k: v for k, v in seating.parties.items() if k != party_id}
    return refill(Seating(seating.capacity, parties), at)


def respond(seating: Seating, party_id: int, response: RsvpResponse, at: Moment) -> Seating:
    """Record an answer. "Going" takes a seat if one is free (or the party's own offer)."""
    seating = settle(seating, at)
    p = seating.party(party_id)
    if response is _GOING:
        if p.response is _GOING:
            return seating
        # After `settle` no party still in the queue fits, so one re-answering "going"
        # keeps its place in line instead of jumping ahead.
        if seating.fits(p):
            return _after(seating, at, _seated(p))
        return _after(seating, at, _queued(p, at.now))
    if response is _WAITLISTED:
        if p.response is _WAITLISTED:
            return seating
        return _after(seating, at, _queued(p, at.now))
    if p.response is response:
        return seating
    return _after(seating, at, _answered(p, response))


def set_guests(seating: Seating, party_id: int, guests: int, at: Moment) -> Seating:
    """Change the +N of a party; more guests must fit when the party has or is offered seats."""
    if not 0 <= guests <= MAX_GUESTS:
        raise ValidationError(
            "guests",
            msg("Guests must be a whole number from 0 to {limit}.", limit=MAX_GUESTS),
        )
    seating = settle(seating, at)
    p = seating.party(party_id)
    if guests == p.guests:
        return seating
    grows = guests > p.guests
    seated = p.response is _GOING or p.offered
    if grows and seated and not seating.fits(p, 1 + guests):
        free = seating.free(excluding=p.id) or 0
        raise CapacityReached(guests - p.guests, free - p.seats)
    return _after(seating, at, replace(p, guests=guests))


def set_capacity(seating: Seating, capacity: int | None, at: Moment) -> Seating:
    """A new capacity; a higher one offers the freed seats down the queue.

    A lower one takes no seat from anyone already going or offered; it only stops new ones.
    """
    if capacity is not None and capacity < 0:
        raise ValidationError("capacity", msg("The capacity can't be negative."))
    return settle(Seating(capacity, seating.parties), at)


class SeatOffered(DomainError):
    """The seats are free but promised to others; the organizer may take them back.

    Attributes:
        holders: ids of the parties whose offers would be taken back, newest first.
    """

    def __init__(self, holders: list[int]) -> None:
        who = (
            msg("someone else") if len(holders) == 1 else msg("{count} others", count=len(holders))
        )
        super().__init__(msg("The free seats are offered to {who} on the waitlist.", who=who))
        self.holders = holders


def _make_room(seating: Seating, p: Party, release: bool) -> Seating:
    """Seating where `p` fits by taking back other parties' offers (newest first).

    Raises SeatOffered (without `release`) when taking offers back would make room, and
    CapacityReached when even that would not.
    """
    free = seating.free(excluding=p.id)
    assert free is not None
    holders = [q for q in reversed(seating.waitlist()) if q.offered and q.id != p.id]
    taken: list[Party] = []
    for q in holders:
        if free >= p.seats:
            break
        taken.append(q)
        free += q.seats
    if free < p.seats:
        raise CapacityReached(p.seats, seating.free(excluding=p.id) or 0)
    if not release:
        raise SeatOffered([q.id for q in taken])
    # Back in the queue at their old place; the next refill offers them what is left.
    return seating._with(*(replace(q, offered_at=None, offer_expires_at=None) for q in taken))


def offer(seating: Seating, party_id: int, at: Moment, *, release: bool = False) -> Seating:
    """The organizer offers a seat to a waiting party of their choice, out of turn.

    Free seats are normally already offered to the first in line; with `release` those
    offers are taken back (newest first) to make room.
    """
    seating = settle(seating, at)
    p = seating.party(party_id)
    if p.response is not _WAITLISTED:
        raise ValidationError(
            "response", msg("Only someone on the waitlist can be offered a seat.")
        )
    if p.offered:
        return seating
    if not seating.fits(p):
        seating = _make_room(seating, p, release)
    return seating._with(replace(p, offered_at=at.now, offer_expires_at=at.offer_until))


def accept_offer(seating: Seating, party_id: int, at: Moment) -> Seating:
    """The party confirms the seat it was offered: it is going."""
    seating = settle(seating, at)
    p = seating.party(party_id)
    if not p.offered:
        raise OfferUnavailable(msg("There is no open offer to confirm (it may have expired)."))
    return _after(seating, at, _seated(p))


def decline_offer(seating: Seating, party_id: int, at: Moment) -> Seating:
    """The party turns the seat down; the next in line is offered it."""
    seating = settle(seating, at)
    p = seating.party(party_id)
    if not p.offered:
        raise OfferUnavailable(msg("There is no open offer to decline (it may have expired)."))
    return _after(seating, at, _answered(p, RsvpResponse.DECLINED))


def expire_offers(seating: Seating, at: Moment) -> Seating:
    """Lapse overdue offers and pass their seats on."""
    return settle(seating, at)


def seat(
    seating: Seating,
    party_id: int,
    at: Moment,
    *,
    override: bool = False,
    release: bool = False,
) -> Seating:
    """The organizer seats a party by hand (from the waitlist, or anyone).

    With `release`, seats offered to others are taken back for it (see `offer`). With
    `override` a host, speaker or staff member is seated even when the event is full, marked
    as beyond capacity.
    """
    seating = settle(seating, at)
    p = seating.party(party_id)
    if p.response is _GOING:
        return seating
    if seating.fits(p):
        return _after(seating, at, _seated(p))
    if not override:
        seating = _make_room(seating, p, release)
        return _after(seating, at, _seated(p))
    if p.role not in OVERRIDE_ROLES:
        raise ValidationError(
            "role", msg("Only hosts, speakers and staff can be seated beyond capacity.")
        )
    return _after(seating, at, _seated(p, over=True))


def admit(seating: Seating, party_id: int, at: Moment) -> Seating:
    """Someone is let in at the door: they are going, beyond capacity if no seat is free."""
    seating = settle(seating, at)
    p = seating.party(party_id)
    if p.response is _GOING:
        return seating
    return _after(seating, at, _seated(p, over=not seating.fits(p)))


def set_role(seating: Seating, party_id: int, role: AttendeeRole, at: Moment) -> Seating:
    """A new role (printed on the badge); it takes or frees no seat."""
    seating = settle(seating, at)
    p = seating.party(party_id)
    return seating if p.role is role else seating._with(replace(p, role=role))


def changed(before: Seating, after: Seating) -> list[Party]:
    """Parties of `after` that differ from `before` (new ones included)."""
    return [p for pid, p in after.parties.items() if before.parties.get(pid) != p]
