"""Capacity for an import: where the file's "going" lines land (see `domain.import_seats`).

Used twice with the same rules: by the plan, so the preview can say how many will wait because
the event is full, and inside the import's transaction, so what is written is what was said.
Events without a capacity are left alone: everyone answering going is going.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import RsvpResponse
from app.domain.import_seats import Answer, Placement, Seat, place
from app.domain.messages import msg
from app.domain.rsvps import Moment, Party
from app.services.guest_rsvps import response_of
from app.services.guestlists import GuestRow, ImportNote
from app.services.rsvp_store import load_seating
from app.storage.orm import Rsvp


@dataclass(frozen=True)
class Seats:
    """The placements by line, and what they change compared with the guest list now."""

    placed: Mapping[int, Placement] = field(default_factory=dict)
    waitlisted: tuple[int, ...] = ()
    """Lines answering going that join the waitlist because the event is full."""
    over_capacity: tuple[int, ...] = ()
    """Lines let in beyond capacity (by the user's choice, or because they came)."""
    fewer_guests: tuple[tuple[int, int, int], ...] = ()
    """(line, guests asked, guests kept) of parties already seated whose +N doesn't fit."""

    def notes(self, capacity: int | None) -> list[ImportNote]:
        notes: list[ImportNote] = []
        if self.waitlisted:
            notes.append(
                ImportNote(
                    msg(
                        "The event is full (capacity {capacity}): {count} guests answering "
                        "going were put on the waitlist, in the file's order.",
                        capacity=capacity,
                        count=len(self.waitlisted),
                    ),
                    self.waitlisted,
                )
            )
        if self.over_capacity:
            notes.append(
                ImportNote(
                    msg(
                        "{count} guests answering going were let in beyond the event's "
                        "capacity of {capacity}, marked as such.",
                        capacity=capacity,
                        count=len(self.over_capacity),
                    ),
                    self.over_capacity,
                )
            )
        for line, asked, kept in self.fewer_guests:
            notes.append(
                ImportNote(
                    msg(
                        "Line {line} asks for {asked} guests, but the event is full: the "
                        "{kept} they had are kept.",
                        line=line,
                        asked=asked,
                        kept=kept,
                    ),
                    (line,),
                )
            )
        return notes


def seats(
    session: Session,
    event_id: int,
    capacity: int | None,
    rows: Sequence[GuestRow],
    person_of: Mapping[int, int | None],
    now: datetime,
    *,
    over_capacity: bool,
) -> Seats:
    """Where the rows (one per person, in file order) land; nothing for an unlimited event."""
    if capacity is None:
        return Seats()
    _info, seating, _versions = load_seating(session, event_id)
    rsvp_of: dict[int, int] = {
        person: rsvp
        for person, rsvp in session.execute(
            select(Rsvp.person_id, Rsvp.id).where(Rsvp.event_id == event_id)
        )
    }
    answers = []
    for row in rows:
        person = person_of.get(row.line)
        party = None if person is None else rsvp_of.get(person)
        answers.append(Answer(row.line, party, response_of(row), row.guests, row.came))
    placed = place(seating, answers, Moment(now, now), over_capacity=over_capacity)
    waitlisted: list[int] = []
    over: list[int] = []
    fewer: list[tuple[int, int, int]] = []
    for answer in answers:
        placement = placed.get(answer.line)
        if placement is None:
            continue
        before = None if answer.party is None else seating.parties.get(answer.party)
        if placement.seat is Seat.WAITLISTED:
            if before is None or before.response is not RsvpResponse.WAITLISTED:
                waitlisted.append(answer.line)
        elif placement.seat is Seat.OVER:
            if not _seated_over(before):
                over.append(answer.line)
        elif placement.guests < answer.guests:
            fewer.append((answer.line, answer.guests, placement.guests))
    return Seats(placed, tuple(waitlisted), tuple(over), tuple(fewer))


def _seated_over(party: Party | None) -> bool:
    return party is not None and party.response is RsvpResponse.GOING and party.over_capacity
