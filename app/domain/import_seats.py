"""Who of an imported guest list gets a seat: the capacity rules of `rsvps`, for a whole file.

An import answers for many parties at once, so instead of running `respond` line by line (which
settles the whole event each time) it places the file's "going" answers in one pass, with the
same outcome the app's rules give:

- First every answer that takes seats away is applied (declines, fewer guests): the file is the
  platform's truth about who no longer comes. Then the event is settled as every operation
  does: overdue offers lapse, and seats that fit the first in line are kept for them (the
  service writes no offer; the next operation on the guest list makes it). Nobody in the file
  takes a seat the waitlist was going to be offered.
- Then, in the file's order (arrival order), each "going" answer takes seats if they are free;
  a party already going, or offered a seat, only needs the seats it doesn't hold yet.
- One that doesn't fit joins the waitlist, behind everyone already waiting, unless the user
  chose to let everyone marked going in: then it is going, marked beyond capacity
  (`over_capacity`), as when the organizer overbooks on purpose. Someone the file says came is
  in the room: going, beyond capacity if need be (as `admit` does at the door).
- A party already holding seats never loses them to an import: if the file asks for more
  guests than fit, it keeps the guests it has (as `set_guests` refuses a +N that doesn't fit).
- Without a capacity everyone answering going is going.

Re-importing the same file places everyone where they already are: seats only free up before
the pass, so whatever didn't fit the first time still doesn't.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from app.domain.enums import RsvpResponse
from app.domain.rsvps import Moment, Party, Seating, settle

_GOING = RsvpResponse.GOING
_WAITLISTED = RsvpResponse.WAITLISTED


@dataclass(frozen=True, slots=True)
class Answer:
    """One line of the file, as the rules see it."""

    line: int
    party: int | None
    """The RSVP the line updates; None for a new one."""
    response: RsvpResponse
    """What the file says (someone who came is going)."""
    guests: int
    came: bool = False


class Seat(Enum):
    SEATED = "seated"
    """Going, within capacity (or still beyond it, as before)."""
    OVER = "over"
    """Going beyond capacity: let in on purpose, or already in the room."""
    WAITLISTED = "waitlisted"
    """Answered going, but the event is full: on the waitlist, in the file's order."""


@dataclass(frozen=True, slots=True)
class Placement:
    seat: Seat
    guests: int
    """The guests the party has after the import (fewer than asked when they don't fit)."""
    over_capacity: bool

    @property
    def going(self) -> bool:
        return self.seat is not Seat.WAITLISTED


def place(
    seating: Seating, answers: Iterable[Answer], at: Moment, *, over_capacity: bool = False
) -> dict[int, Placement]:
    """Where each "going" answer of the file lands, by line (other answers are not placed)."""
    answers = list(answers)
    going = [a for a in answers if a.response is _GOING]
    if seating.capacity is None:
        return {a.line: _free_seat(seating, a) for a in going}
    state = settle(_released(seating, answers, at), at)
    free = state.free()
    assert free is not None
    placed: dict[int, Placement] = {}
    for a in going:
        p = None if a.party is None else state.parties.get(a.party)
        holds = p is not None and (p.response is _GOING or p.offered)
        need = 1 + a.guests - (p.seats if p is not None and holds else 0)
        if need <= 0 or need <= free:
            free -= max(0, need)
            placed[a.line] = _free_seat(state, a)
        elif over_capacity or a.came:
            free -= need
            placed[a.line] = Placement(Seat.OVER, a.guests, True)
        elif p is not None and holds:
            kept = p.over_capacity and p.response is _GOING
            placed[a.line] = Placement(Seat.SEATED, p.guests, kept)
        else:
            placed[a.line] = Placement(Seat.WAITLISTED, a.guests, False)
    return placed


def _free_seat(seating: Seating, a: Answer) -> Placement:
    """Going within capacity; someone seated beyond capacity before stays marked so."""
    p = None if a.party is None else seating.parties.get(a.party)
    kept = p is not None and p.response is _GOING and p.over_capacity
    return Placement(Seat.SEATED, a.guests, kept)


def _released(seating: Seating, answers: list[Answer], at: Moment) -> Seating:
    """The seating after the file's answers that free seats: other answers, fewer guests."""
    changed: list[Party] = []
    for a in answers:
        p = None if a.party is None else seating.parties.get(a.party)
        if p is None:
            continue
        if a.response is not _GOING:
            if a.response is _WAITLISTED and p.response is _WAITLISTED:
                continue
            since = at.now if a.response is _WAITLISTED else None
            changed.append(
                replace(
                    p,
                    response=a.response,
                    over_capacity=False,
                    waitlisted_at=since,
                    offered_at=None,
                    offer_expires_at=None,
                )
            )
        elif a.guests < p.guests and (p.response is _GOING or p.offered):
            changed.append(replace(p, guests=a.guests))
    return Seating(seating.capacity, {**seating.parties, **{p.id: p for p in changed}})
