"""The values a guest-list import produces: formats, fields, rows, rejections and errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from app.domain.enums import NameOrder, RsvpResponse, RsvpSource
from app.domain.errors import DomainError
from app.domain.messages import msg

Progress = Callable[[int, int], None]
"""Called with (done, total) every ~1,000 rows so a worker can move a progress bar."""

Cancelled = Callable[[], bool]
"""Polled every ~1,000 rows; when it returns True the work stops with InterruptedError."""

CHECK_EVERY = 1000


class GuestListFormat(StrEnum):
    """Where a guest list comes from; decides the column aliases and the status words."""

    LUMA = "luma"
    MEETUP = "meetup"
    EVENTBRITE = "eventbrite"
    HIEVENTS = "hievents"
    GENERIC = "generic"

    @property
    def source(self) -> RsvpSource:
        """The RSVP source recorded for guests imported from this format."""
        return _SOURCES[self]


_SOURCES = {
    GuestListFormat.LUMA: RsvpSource.LUMA,
    GuestListFormat.MEETUP: RsvpSource.MEETUP,
    GuestListFormat.EVENTBRITE: RsvpSource.EVENTBRITE,
    GuestListFormat.HIEVENTS: RsvpSource.HIEVENTS,
    GuestListFormat.GENERIC: RsvpSource.SPREADSHEET,
}


class Field(StrEnum):
    """A canonical column of a guest list; every platform's header maps onto these."""

    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    EMAIL = "email"
    PHONE = "phone"
    ORGANIZATION = "organization"
    JOB_TITLE = "job_title"
    PLATFORM_USER_ID = "platform_user_id"
    PROFILE_URL = "profile_url"
    RESPONSE = "response"
    GUESTS = "guests"
    CHECKED_IN = "checked_in"
    CHECKED_IN_AT = "checked_in_at"
    REGISTERED_AT = "registered_at"
    DIETARY = "dietary"
    ACCESSIBILITY = "accessibility"
    NOTES = "notes"
    TICKET_TYPE = "ticket_type"


NAME_FIELDS = frozenset({Field.FULL_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME})

MULTI_COLUMN_FIELDS = frozenset({Field.DIETARY, Field.ACCESSIBILITY, Field.NOTES})
"""Free-text fields that may gather several columns (a form asks "Diet?" and "Allergies?")."""


class UnreadableGuestList(DomainError):
    """The file as a whole can't be read as a guest list; nothing of it is imported.

    Attributes:
        filename: the name shown to the user.
        reason: what is wrong, in plain words.
        line: the physical line at fault, when one is.
    """

    def __init__(self, filename: str, reason: str, line: int | None = None) -> None:
        if line is None:
            text = msg(
                "“{file}” can't be read as a guest list: {reason}.", file=filename, reason=reason
            )
        else:
            text = msg(
                "“{file}” can't be read as a guest list: {reason} (line {line}).",
                file=filename,
                reason=reason,
                line=line,
            )
        super().__init__(text)
        self.filename = filename
        self.reason = reason
        self.line = line


class SourceRow(NamedTuple):
    """One record of the file with the physical line it starts on (quoted newlines span lines)."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class GuestTable:
    """The decoded, split file: a header and its records, before any meaning is given to them."""

    filename: str
    encoding: str
    delimiter: str
    header_line: int
    header: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    skipped_before_header: int = 0


@dataclass(frozen=True)
class FormatGuess:
    """Which platform wrote the file, and why we think so (shown in the preview)."""

    format: GuestListFormat
    reason: str
    variant: str = ""


@dataclass(frozen=True, slots=True)
class GuestRow:
    """One guest ready to import; text is stripped and NFC-normalized, never evaluated."""

    line: int
    given_name: str
    family_name: str
    full_name: str
    name_order: NameOrder
    email: str
    phone: str
    organization: str
    job_title: str
    platform: RsvpSource
    platform_user_id: str
    response: RsvpResponse
    guests: int
    came: bool
    checked_in_at: datetime | None
    registered_at: datetime | None
    dietary: str
    accessibility: str
    notes: str
    profile_url: str = ""
    ticket_type: str = ""


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A record that can't be imported, with the line the user should look at."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class ImportNote:
    """Something the user should know that did not stop a row (merged duplicates, bad dates)."""

    message: str
    lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class ParsedRows:
    """What parsing the records with one column mapping gave."""

    rows: tuple[GuestRow, ...]
    rejected: tuple[RejectedRow, ...]
    notes: tuple[ImportNote, ...]
