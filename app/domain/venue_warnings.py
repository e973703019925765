"""What can go wrong when an event uses a venue: too many people, too late, guest list due.

Pure functions over plain facts. Times are compared as UTC instants; wall-clock rules (the
closing time, the guest-list day) are read in the venue's own zone, falling back to the event's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from app.domain.enums import EventKind
from app.domain.events import to_local, to_utc

NEAR_DAYS = 2
"""A guest-list deadline this many days away (or fewer) is "near"."""

EARLY_MORNING = time(6, 0)
"""Closing times before this belong to the night before (a bar closing at 01:00)."""

SEATED_KINDS = frozenset(
    {EventKind.DINNER, EventKind.WORKSHOP, EventKind.CLASS, EventKind.TALK, EventKind.PANEL}
)
"""Kinds where everyone needs a chair; the others can use the larger, standing number."""


class Layout(StrEnum):
    SEATED = "seated"
    STANDING = "standing"


class WarningKind(StrEnum):
    CAPACITY_SET_TOO_HIGH = "capacity-set-too-high"
    """The event's own capacity is larger than the room holds."""
    TOO_MANY_GOING = "too-many-going"
    """More people are going (with their guests) than the room holds."""
    PAST_CLOSING = "past-closing"
    GUEST_LIST_DUE_SOON = "guest-list-due-soon"
    GUEST_LIST_OVERDUE = "guest-list-overdue"


@dataclass(frozen=True)
class EventFacts:
    title: str
    kind: EventKind
    starts_at: datetime
    ends_at: datetime
    """Aware (UTC) instants; for all-day events the end is the exclusive midnight."""
    timezone: str
    all_day: bool = False
    capacity: int | None = None
    going: int = 0
    """People going plus their guests."""


@dataclass(frozen=True)
class VenueFacts:
    name: str
    timezone: str = ""
    capacity: int | None = None
    closing_time: time | None = None
    guest_list_days_before: int | None = None


@dataclass(frozen=True)
class RoomFacts:
    name: str
    seated: int | None = None
    standing: int | None = None


@dataclass(frozen=True)
class Limit:
    """How many people fit, where, and in which layout (None: the venue's overall limit)."""

    number: int
    place: str
    layout: Layout | None
    by_kind: bool
    """True when the event's kind chose the layout; False when it is the only or larger one."""


@dataclass(frozen=True)
class VenueWarning:
    """One problem, with the numbers behind it so a UI can word it in the user's language."""

    kind: WarningKind
    message: str
    """Plain English, for the command line and logs."""
    count: int | None = None
    limit: Limit | None = None
    closes_at: datetime | None = None
    """Naive wall-clock time in `zone` when the venue closes."""
    ends_at: datetime | None = None
    """Naive wall-clock time in `zone` when the event ends."""
    minutes_over: int | None = None
    due_on: date | None = None
    days_left: int | None = None
    """Days from today to the due date (negative when overdue)."""
    zone: str = ""


def venue_zone(venue: VenueFacts, event: EventFacts) -> str:
    return venue.timezone or event.timezone


def room_limit(kind: EventKind, room: RoomFacts | None, venue: VenueFacts) -> Limit | None:
    """The number to compare headcounts with: the room's, in the layout the kind needs."""
    if room is not None and (room.seated is not None or room.standing is not None):
        sizes = {Layout.SEATED: room.seated, Layout.STANDING: room.standing}
        known = {layout: n for layout, n in sizes.items() if n is not None}
        if kind in SEATED_KINDS and Layout.SEATED in known:
            return Limit(known[Layout.SEATED], room.name, Layout.SEATED, by_kind=True)
        layout = max(known, key=lambda k: (known[k], k is Layout.SEATED))
        return Limit(known[layout], room.name, layout, by_kind=False)
    if venue.capacity is not None:
        return Limit(venue.capacity, venue.name, None, by_kind=False)
    return None


def _limit_words(limit: Limit) -> str:
    layout = f" {limit.layout.value}" if limit.layout is not None else ""
    return f"{limit.place} holds {limit.number}{layout}"


def capacity_warnings(
    event: EventFacts, venue: VenueFacts, room: RoomFacts | None
) -> list[VenueWarning]:
    limit = room_limit(event.kind, room, venue)
    if limit is None:
        return []
    found: list[VenueWarning] = []
    if event.capacity is not None and event.capacity > limit.number:
        found.append(
            VenueWarning(
                WarningKind.CAPACITY_SET_TOO_HIGH,
                f"The event allows {event.capacity} people but {_limit_words(limit)}.",
                count=event.capacity,
                limit=limit,
            )
        )
    if event.going > limit.number:
        found.append(
            VenueWarning(
                WarningKind.TOO_MANY_GOING,
                f"{event.going} people are going (with guests) but {_limit_words(limit)}.",
                count=event.going,
                limit=limit,
            )
        )
    return found


def closing_instant(event: EventFacts, venue: VenueFacts) -> datetime | None:
    """When the venue closes on the evening of the event, as an aware UTC instant.

    The event belongs to the "business day" it starts in (a start at 00:30 belongs to the
    evening before); a closing time before 06:00 is after midnight of that day.
    """
    if venue.closing_time is None or event.all_day:
        return None
    tz = venue_zone(venue, event)
    start = to_local(event.starts_at, tz)
    business_day = (start - timedelta(hours=EARLY_MORNING.hour)).date()
    closes = datetime.combine(business_day, venue.closing_time)
    if venue.closing_time < EARLY_MORNING:
        closes += timedelta(days=1)
    return to_utc(closes, tz)


def closing_warning(event: EventFacts, venue: VenueFacts) -> VenueWarning | None:
    closes = closing_instant(event, venue)
    if closes is None or event.ends_at <= closes:
        return None
    tz = venue_zone(venue, event)
    minutes = math.ceil((event.ends_at - closes).total_seconds() / 60)
    closes_local, ends_local = to_local(closes, tz), to_local(event.ends_at, tz)
    return VenueWarning(
        WarningKind.PAST_CLOSING,
        f"The event ends at {ends_local:%H:%M} but {venue.name} closes at "
        f"{closes_local:%H:%M} ({tz}): {_duration(minutes)} too late.",
        closes_at=closes_local,
        ends_at=ends_local,
        minutes_over=minutes,
        zone=tz,
    )


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def guest_list_due(event: EventFacts, venue: VenueFacts) -> date | None:
    """The last day (in the venue's zone) the venue wants the guest list, if it wants one."""
    if venue.guest_list_days_before is None:
        return None
    start_day = to_local(event.starts_at, venue_zone(venue, event)).date()
    return start_day - timedelta(days=venue.guest_list_days_before)


def guest_list_warning(event: EventFacts, venue: VenueFacts, now: datetime) -> VenueWarning | None:
    """Near (due within two days) or overdue, judged by today's date where the venue is."""
    due = guest_list_due(event, venue)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    if due is None or now >= event.starts_at:
        return None
    tz = venue_zone(venue, event)
    days_left = (due - to_local(now, tz).date()).days
    if days_left > NEAR_DAYS:
        return None
    if days_left < 0:
        late = -days_left
        return VenueWarning(
            WarningKind.GUEST_LIST_OVERDUE,
            f"{venue.name} wanted the guest list by {due:%Y-%m-%d} "
            f"({late} day{'s' if late != 1 else ''} ago); send it now.",
            due_on=due,
            days_left=days_left,
            zone=tz,
        )
    when = {0: "today", 1: "tomorrow"}.get(days_left, f"in {days_left} days")
    return VenueWarning(
        WarningKind.GUEST_LIST_DUE_SOON,
        f"{venue.name} wants the guest list by {due:%Y-%m-%d} ({when}).",
        due_on=due,
        days_left=days_left,
        zone=tz,
    )


def venue_warnings(
    event: EventFacts, venue: VenueFacts, room: RoomFacts | None, now: datetime
) -> list[VenueWarning]:
    """Every warning for `event` held at `venue` (in `room`), as of `now`."""
    found = capacity_warnings(event, venue, room)
    for extra in (closing_warning(event, venue), guest_list_warning(event, venue, now)):
        if extra is not None:
            found.append(extra)
    return found
