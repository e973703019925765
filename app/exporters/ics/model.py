"""The exporter's own input values, so it never depends on how services shape their DTOs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from app import APP_ID
from app.domain.enums import RsvpResponse
from app.domain.errors import ValidationError
from app.domain.events import zone
from app.domain.messages import msg

UID_SUFFIX = f"@{APP_ID}"
"""Every UID Convivio writes ends with this; replies to anything else are not ours."""

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+$")

NOT_INVITABLE = frozenset({RsvpResponse.WAITLISTED, RsvpResponse.PENDING_APPROVAL})
"""People who must never receive a REQUEST: they have no seat (yet)."""


def clean_text(text: str | None) -> str:
    """Normalize line ends to LF and drop control characters, which RFC 5545 TEXT forbids.

    Other characters (any script, emoji, even U+2028) are kept exactly as given.
    """
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_line(text: str | None) -> str:
    """A one-line value (a name or title): line breaks become spaces, ends are trimmed."""
    return unicodedata.normalize("NFC", clean_text(text).replace("\n", " ")).strip()


def _check_email(field_name: str, email: str) -> str:
    email = email.strip()
    if email.lower().startswith("mailto:"):
        email = email[len("mailto:") :]
    if not _EMAIL.match(email):
        raise ValidationError(field_name, msg("“{email}” is not an e-mail address.", email=email))
    return email


class IcsStatus(StrEnum):
    """The iCalendar STATUS of an event."""

    CONFIRMED = "CONFIRMED"
    TENTATIVE = "TENTATIVE"
    CANCELLED = "CANCELLED"


class Method(StrEnum):
    """The iTIP methods Convivio writes or reads (RFC 5546)."""

    PUBLISH = "PUBLISH"
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"
    REPLY = "REPLY"


class PartStat(StrEnum):
    """The answers a REPLY may carry that Convivio understands."""

    ACCEPTED = "ACCEPTED"
    DECLINED = "DECLINED"
    TENTATIVE = "TENTATIVE"

    @property
    def response(self) -> RsvpResponse:
        """The RSVP this answer means: accepted → going, tentative → maybe."""
        return {
            PartStat.ACCEPTED: RsvpResponse.GOING,
            PartStat.DECLINED: RsvpResponse.DECLINED,
            PartStat.TENTATIVE: RsvpResponse.MAYBE,
        }[self]


@dataclass(frozen=True)
class IcsOrganizer:
    """Who sends invites and receives replies: ORGANIZER;CN=name:mailto:email."""

    name: str
    email: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_line(self.name))
        object.__setattr__(self, "email", _check_email("organizer_email", self.email))


@dataclass(frozen=True)
class IcsVenue:
    """Where it happens: LOCATION from name and address, GEO and the venue's web page."""

    name: str
    address: str = ""
    geo: tuple[float, float] | None = None
    url: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_line(self.name))
        object.__setattr__(self, "address", clean_line(self.address))
        object.__setattr__(self, "url", clean_line(self.url))
        if self.geo is not None:
            lat, lon = self.geo
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValidationError(
                    "geo", msg("{lat}, {lon} is not a place on Earth.", lat=lat, lon=lon)
                )

    @property
    def location(self) -> str:
        """One line for LOCATION: "name, address", skipping what is unknown."""
        return ", ".join(part for part in (self.name, self.address) if part)


@dataclass(frozen=True)
class IcsAttendee:
    """One guest: ATTENDEE;CN=name:mailto:email. `response` decides whether they get a REQUEST."""

    name: str
    email: str
    response: RsvpResponse = RsvpResponse.INVITED

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_line(self.name))
        object.__setattr__(self, "email", _check_email("email", self.email))

    @property
    def invitable(self) -> bool:
        """False for waitlisted or pending people, who must not get an invite."""
        return self.response not in NOT_INVITABLE


@dataclass(frozen=True)
class IcsEvent:
    """One event as calendars see it.

    `starts_at` and `ends_at` are aware UTC instants; for all-day events `ends_at` is the
    exclusive end (midnight after the last day, in `timezone`), as the domain stores it.
    `agenda` and `practical_info` are appended to DESCRIPTION under headings; `public` events
    are the ones a `public_only` feed keeps.
    """

    uuid: str
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    all_day: bool = False
    sequence: int = 0
    status: IcsStatus = IcsStatus.CONFIRMED
    description: str = ""
    agenda: str = ""
    practical_info: str = ""
    venue: IcsVenue | None = None
    url: str = ""
    public: bool = True

    def __post_init__(self) -> None:
        for name in ("starts_at", "ends_at"):
            value: datetime = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"IcsEvent.{name} must be an aware datetime, got {value!r}")
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", self.uuid):
            raise ValueError(f"IcsEvent.uuid must be a plain identifier, got {self.uuid!r}")
        object.__setattr__(self, "title", clean_line(self.title))
        if not self.title:
            raise ValidationError("title", msg("An event needs a title."))
        zone(self.timezone)
        if self.ends_at <= self.starts_at:
            raise ValidationError("end", msg("The event must end after it starts."))
        if self.sequence < 0:
            raise ValueError(f"IcsEvent.sequence must not be negative, got {self.sequence}")
        for name in ("description", "agenda", "practical_info"):
            object.__setattr__(self, name, clean_text(getattr(self, name)).strip())
        object.__setattr__(self, "url", clean_line(self.url))

    @property
    def uid(self) -> str:
        """The UID calendars key on; it never changes, so re-imports update, not duplicate."""
        return f"{self.uuid}{UID_SUFFIX}"

    @property
    def local_start(self) -> datetime:
        """Aware start in the event's own zone."""
        return self.starts_at.astimezone(zone(self.timezone))

    @property
    def local_end(self) -> datetime:
        """Aware end in the event's own zone."""
        return self.ends_at.astimezone(zone(self.timezone))

    @property
    def day_span(self) -> tuple[date, date]:
        """First day and exclusive end day of an all-day event, in its own zone.

        Each instant is rounded to the nearest local midnight, so zones whose midnight is
        skipped by a DST jump (America/Santiago) still give the intended days.
        """
        half_day = timedelta(hours=12)
        first = (self.local_start + half_day).date()
        after = (self.local_end + half_day).date()
        return first, max(after, first + timedelta(days=1))


@dataclass(frozen=True)
class ParsedReply:
    """What one iTIP REPLY says: who answered what, to which version of which event."""

    uid: str
    event_uuid: str
    attendee_email: str
    partstat: PartStat
    sequence: int
    dtstamp: datetime | None
    source_name: str
    attendee_name: str = ""
