"""Frozen values of the RSVP area for the UI and the command line: guest-list lines, counts,
outcomes of changes (with what undo needs), check-in results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.dietary import DietarySummary
from app.domain.enums import AttendeeRole, RsvpResponse, RsvpSource
from app.services.changes import Changes


@dataclass(frozen=True, slots=True)
class RsvpRow:
    """One line of an event's guest list."""

    id: int
    event_id: int
    person_id: int
    display_name: str
    preferred_name: str
    email: str
    organization: str
    response: RsvpResponse
    guests: int
    dietary: str
    accessibility: str
    source: RsvpSource
    role: AttendeeRole
    over_capacity: bool
    waitlisted_at: datetime | None
    offered_at: datetime | None
    offer_expires_at: datetime | None
    reconfirmed_at: datetime | None
    checked_in_at: datetime | None
    responded_at: datetime | None
    checkin_code: str
    waitlist_position: int | None
    """1 for the first in line (offers included), None when not waiting."""
    search_key: str
    version: int

    @property
    def seats(self) -> int:
        return 1 + self.guests

    @property
    def offered(self) -> bool:
        return self.response is RsvpResponse.WAITLISTED and self.offered_at is not None


@dataclass(frozen=True, slots=True)
class RsvpCounts:
    """The figures at the top of an event's guest list and on the check-in screen."""

    event_id: int
    capacity: int | None
    going: int
    """People going, guests included (what the room must hold)."""
    going_rsvps: int
    maybe: int
    waitlisted: int
    """Parties on the waitlist, offers included."""
    offered: int
    declined: int
    invited: int
    pending: int
    seats_left: int | None
    """None: no capacity set."""
    over_capacity: int
    """People seated beyond capacity on purpose (hosts, speakers) or at the door."""
    checked_in: int
    """People checked in, guests included."""
    not_reconfirmed: int


@dataclass(frozen=True)
class RsvpOutcome:
    """What one change did: ids for the views, and the revision undo hands back."""

    changes: Changes
    revision: object
    """Opaque to the UI: pass it to `RsvpService.revert` to take the change back."""
    rsvp_ids: tuple[int, ...]
    message: str = ""
    """One line for the user when the rules did something they didn't ask for
    ("The event is full: Zoë is on the waitlist")."""

    def __bool__(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class CheckInResult:
    outcome: RsvpOutcome
    row: RsvpRow
    already: bool = False
    """The guest was checked in before (a badge scanned twice): nothing changed."""


@dataclass(frozen=True)
class DietaryReport:
    event_id: int
    event_title: str
    summary: DietarySummary
    accessibility: tuple[tuple[str, str], ...]
    """(name, need) of everyone going who told us an accessibility need."""


@dataclass(frozen=True, slots=True)
class HistoryLine:
    changed_at: datetime
    response_from: RsvpResponse | None
    response_to: RsvpResponse | None
    detail: str
    actor: str
