"""Frozen values of the calendar-invite area: who gets what, what was written, how replies went."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.enums import RsvpResponse
from app.domain.errors import ConvivioError, ValidationError
from app.domain.messages import msg
from app.services.changes import Changes
from app.services.dto import EventDto
from app.services.rsvp_dto import RsvpOutcome

if TYPE_CHECKING:  # the calendar library loads only when an export or import runs
    from app.exporters.ics import Method, WrittenFiles

SETTINGS_HINT = "convivio settings set organizer-email ADDRESS"
INVITE_SENT = "calendar invitation exported"
CANCEL_SENT = "calendar cancellation exported"
"""History details an export writes per guest; the newest one says what their calendar holds."""


class OrganizerMissing(ValidationError):
    """Invitations need the organizer's e-mail (ORGANIZER, where replies go), and it isn't set."""

    def __init__(self) -> None:
        super().__init__(
            "organizer_email",
            msg(
                "Calendar invitations need the organizer's e-mail address, where guests' "
                "calendars send their answers. Set it first (for example: {hint}).",
                hint=SETTINGS_HINT,
            ),
        )


class InviteMode(StrEnum):
    """What the user asked to export for an event."""

    ALL = "all"
    """A REQUEST to every guest who may get one."""
    UPDATES = "updates"
    """A REQUEST only to guests whose calendar lacks the current version (new, changed, back)."""
    CANCEL = "cancel"
    """A CANCEL: to everyone who got something when the event is cancelled, else to the
    guests who declined while holding an invitation (un-invited)."""


class Why(StrEnum):
    """Why a guest is on the list of recipients."""

    NEW = "new"
    """Never sent an invitation."""
    OUTDATED = "outdated"
    """Holds an invitation with an older time, date or place."""
    REINSTATED = "reinstated"
    """Was sent a cancellation and may come again."""
    CURRENT = "current"
    """Holds the current invitation; sent again because the user asked for everyone."""
    CANCELLED_EVENT = "cancelled-event"
    """The event is cancelled and they received something about it."""
    UNINVITED = "uninvited"
    """Declined (or was marked declined) while holding an invitation."""


class SkipReason(StrEnum):
    """Why a guest on the list gets no file in this export."""

    NO_EMAIL = "no-email"
    BAD_EMAIL = "bad-email"
    WAITLISTED = "waitlisted"
    PENDING = "pending-approval"
    DECLINED = "declined"
    UP_TO_DATE = "up-to-date"
    NEVER_INVITED = "never-invited"
    ALREADY_CANCELLED = "already-cancelled"


@dataclass(frozen=True)
class Recipient:
    rsvp_id: int
    name: str
    email: str
    response: RsvpResponse
    why: Why
    last_sequence: int | None
    """The SEQUENCE of what they were sent last (None: nothing yet)."""


@dataclass(frozen=True)
class Skipped:
    rsvp_id: int
    name: str
    email: str
    response: RsvpResponse
    reason: SkipReason


@dataclass(frozen=True)
class InvitePlan:
    """Who gets which message for one export, decided before anything is written."""

    event: EventDto
    mode: InviteMode
    method: Method
    sequence: int
    """The SEQUENCE every file of this export carries."""
    uninvite: bool
    """A CANCEL that removes some guests from a going-ahead event (no STATUS:CANCELLED)."""
    recipients: tuple[Recipient, ...]
    skipped: tuple[Skipped, ...]

    def skipped_by_reason(self) -> dict[SkipReason, int]:
        return dict(Counter(s.reason for s in self.skipped))


@dataclass(frozen=True)
class InviteRequest:
    event_id: int
    mode: InviteMode
    folder: Path
    eml: bool = False
    alarm_minutes: int | None = None


@dataclass(frozen=True)
class InviteExport:
    """What an export did. When `record_error` is set the files exist but Convivio could not
    note who received them: the same guests count as not invited yet, and exporting again
    writes the same files (same UID and SEQUENCE)."""

    plan: InvitePlan
    written: WrittenFiles
    changes: Changes
    record_error: ConvivioError | None = None


@dataclass(frozen=True)
class InviteSummary:
    """How many guests each choice would reach, for the dialog and the after-edit offer."""

    event: EventDto
    all: int
    updates: int
    cancel: int
    holders: int
    """Guests who received any invitation or cancellation."""
    outdated: int
    """Guests holding an invitation with an older time, date or place."""


@dataclass(frozen=True)
class FeedExport:
    path: Path
    events: int


class ReplyIssue(StrEnum):
    """Why a reply was turned away besides what the reader finds (`RejectReason`)."""

    UNKNOWN_EVENT = "unknown-event"
    CANCELLED_EVENT = "cancelled-event"
    UNKNOWN_PERSON = "unknown-person"
    NOT_ON_LIST = "not-on-guest-list"
    PENDING = "pending-approval"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"
    FAILED = "failed"


@dataclass(frozen=True)
class ReplyCheck:
    """One reply file, checked against the database (nothing changed yet).

    Accepted when `problem` is empty; `expected` is the answer the guest would end up with
    (WAITLISTED when "going" meets a full event), given the files before it in the batch.
    """

    path: Path
    source: str
    reason: str = ""
    """Stable code of the rejection (a RejectReason or ReplyIssue value); empty if accepted."""
    problem: str = ""
    """The full sentence for the user, naming the file."""
    event_id: int | None = None
    event_title: str = ""
    rsvp_id: int | None = None
    guest: str = ""
    email: str = ""
    current: RsvpResponse | None = None
    wanted: RsvpResponse | None = None
    expected: RsvpResponse | None = None
    sequence: int = 0

    @property
    def accepted(self) -> bool:
        return not self.problem

    @property
    def waitlisted(self) -> bool:
        return self.wanted is RsvpResponse.GOING and self.expected is RsvpResponse.WAITLISTED

    @property
    def changes_anything(self) -> bool:
        return self.accepted and self.expected is not self.current


@dataclass(frozen=True)
class ReplyResult:
    """One file after the import: its check, and the answer the guest has now."""

    check: ReplyCheck
    response: RsvpResponse | None = None
    changed: bool = False
    message: str = ""


@dataclass(frozen=True)
class RepliesImport:
    """The whole import: per file, and one outcome for one undo step (None: nothing changed)."""

    results: tuple[ReplyResult, ...]
    outcome: RsvpOutcome | None

    @property
    def rejected(self) -> tuple[ReplyResult, ...]:
        return tuple(r for r in self.results if not r.check.accepted)

    @property
    def changed(self) -> tuple[ReplyResult, ...]:
        return tuple(r for r in self.results if r.changed)

    @property
    def changes(self) -> Changes:
        return self.outcome.changes if self.outcome is not None else Changes()
