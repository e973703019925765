"""Why a reply file was turned away, in words a user can act on."""

from __future__ import annotations

from enum import StrEnum

from app.domain.errors import DomainError


class RejectReason(StrEnum):
    """Machine-readable cause, e.g. for `replies import --json`."""

    UNREADABLE = "unreadable"
    NOT_ICALENDAR = "not-icalendar"
    MALFORMED = "malformed"
    WRONG_METHOD = "wrong-method"
    NO_EVENT = "no-event"
    NO_ATTENDEE = "no-attendee"
    SEVERAL_ATTENDEES = "several-attendees"
    FOREIGN = "foreign"
    UNKNOWN_ANSWER = "unknown-answer"
    STALE = "stale"


class ReplyRejected(DomainError):
    """One reply file can't be applied; nothing was changed for it.

    Attributes:
        source_name: the file (or mail attachment) the reply came from, as the user knows it.
        reason: the cause as a stable code.
        message: the full sentence shown to the user; it names the file.
    """

    def __init__(self, source_name: str, reason: RejectReason, message: str) -> None:
        super().__init__(message)
        self.source_name = source_name
        self.reason = reason
        self.message = message
