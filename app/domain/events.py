"""Events: wall-clock times in the organizer's zone, stored as UTC; status rules; drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain import words
from app.domain.enums import EventKind, EventStatus
from app.domain.errors import DomainError, ValidationError
from app.domain.messages import msg
from app.domain.text import clean

MAX_TITLE = 200
MAX_CAPACITY = 1_000_000

ALLOWED_TRANSITIONS: dict[EventStatus, frozenset[EventStatus]] = {
    EventStatus.DRAFT: frozenset(
        {EventStatus.CONFIRMING_CORE, EventStatus.ANNOUNCED, EventStatus.CANCELLED}
    ),
    EventStatus.CONFIRMING_CORE: frozenset(
        {EventStatus.DRAFT, EventStatus.ANNOUNCED, EventStatus.CANCELLED}
    ),
    EventStatus.ANNOUNCED: frozenset(
        {EventStatus.CONFIRMING_CORE, EventStatus.DONE, EventStatus.CANCELLED}
    ),
    EventStatus.DONE: frozenset({EventStatus.ANNOUNCED}),
    EventStatus.CANCELLED: frozenset({EventStatus.DRAFT}),
}


class InvalidTransition(DomainError):
    """The event can't go from its current status to the one asked for."""


def check_transition(current: EventStatus, target: EventStatus) -> None:
    if current is target:
        return
    if target not in ALLOWED_TRANSITIONS[current]:
        raise InvalidTransition(
            msg(
                "An event that is “{status}” can't be set to “{target}”.",
                status=words.event_status(current),
                target=words.event_status(target),
            )
        )


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The IANA time zone called `name`, or a ValidationError naming the field."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            "timezone", msg("“{name}” is not a known time zone.", name=name)
        ) from exc


def to_utc(local: datetime, tz_name: str) -> datetime:
    """Interpret a wall-clock time in `tz_name` and return it as an aware UTC datetime.

    A wall time skipped by a daylight-saving jump is read as if the clock had not yet jumped,
    which is what zoneinfo's fold=0 does; repeated hours take their first occurrence.
    """
    return local.replace(tzinfo=zone(tz_name)).astimezone(UTC)


def to_local(utc: datetime, tz_name: str) -> datetime:
    """Return the naive wall-clock time in `tz_name` of an aware (or naive-UTC) datetime."""
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=UTC)
    return utc.astimezone(zone(tz_name)).replace(tzinfo=None)


@dataclass(frozen=True)
class EventTimes:
    """Start and end of an event in UTC; for all-day events the end is exclusive midnight."""

    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class EventDraft:
    """What a user typed for an event, in the event's own time zone.

    For all-day events only the dates of `start` and `end` count and `end` is the last day
    (inclusive), the way people say it.
    """

    title: str = ""
    kind: EventKind = EventKind.MEETUP
    description: str = ""
    start: datetime = datetime(2000, 1, 1)
    end: datetime = datetime(2000, 1, 1)
    timezone: str = "UTC"
    all_day: bool = False
    capacity: int | None = None
    status: EventStatus = EventStatus.DRAFT
    venue_id: int | None = None
    room_id: int | None = None
    core_target: int | None = None
    agenda: str = ""
    practical_info: str = ""
    setup_notes: str = ""
    day_contact_id: int | None = None
    url: str = ""
    public: bool = True

    def validated(self) -> EventDraft:
        title = clean(self.title)
        if not title:
            raise ValidationError("title", msg("An event needs a title."))
        if len(title) > MAX_TITLE:
            raise ValidationError(
                "title",
                msg("The title is longer than {limit} characters.", limit=MAX_TITLE),
            )
        zone(self.timezone)
        start, end = self.start.replace(tzinfo=None), self.end.replace(tzinfo=None)
        if self.all_day:
            start = datetime.combine(start.date(), time())
            end = datetime.combine(end.date(), time())
            if end < start:
                raise ValidationError("end", msg("The last day can't be before the first day."))
        elif end <= start:
            raise ValidationError("end", msg("The event must end after it starts."))
        if self.capacity is not None and not 0 <= self.capacity <= MAX_CAPACITY:
            raise ValidationError("capacity", msg("Capacity must be a number from 0 up."))
        if self.core_target is not None and not 0 <= self.core_target <= MAX_CAPACITY:
            raise ValidationError("core_target", msg("The core target must be a number from 0 up."))
        url = clean(self.url)
        if url and (" " in url or "://" not in url):
            raise ValidationError(
                "url", msg("The web address must look like https://example.org/…")
            )
        if self.room_id is not None and self.venue_id is None:
            raise ValidationError("room", msg("Choose the venue before choosing one of its rooms."))
        return EventDraft(
            title=title,
            kind=EventKind(self.kind),
            description=(self.description or "").strip(),
            start=start,
            end=end,
            timezone=self.timezone,
            all_day=self.all_day,
            capacity=self.capacity,
            status=EventStatus(self.status),
            venue_id=self.venue_id,
            room_id=self.room_id,
            core_target=self.core_target,
            agenda=(self.agenda or "").strip(),
            practical_info=(self.practical_info or "").strip(),
            setup_notes=(self.setup_notes or "").strip(),
            day_contact_id=self.day_contact_id,
            url=url,
            public=self.public,
        )

    def times(self) -> EventTimes:
        """UTC instants of a validated draft."""
        if self.all_day:
            first = datetime.combine(self.start.date(), time())
            after_last = datetime.combine(self.end.date() + timedelta(days=1), time())
            return EventTimes(to_utc(first, self.timezone), to_utc(after_last, self.timezone))
        return EventTimes(to_utc(self.start, self.timezone), to_utc(self.end, self.timezone))


def last_day(ends_at_utc: datetime, tz_name: str) -> date:
    """The last (inclusive) day of an all-day event stored with an exclusive end."""
    return (to_local(ends_at_utc, tz_name) - timedelta(days=1)).date()
