"""What a host sheet says, as plain values and words; no ReportLab here, so the services can
gather a sheet without loading the PDF machinery."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.events import last_day, to_local

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
PROGRESS_EVERY = 50
ZEBRA = (0.95, 0.95, 0.96)
SECURITY_NOTE = (
    "For building security only. Please don't copy or pass on this guest list; "
    "destroy it after the event."
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class SheetPerson:
    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class SheetGuest:
    name: str
    organization: str = ""
    guests: int = 0
    """Unnamed companions coming with this person."""


@dataclass(frozen=True)
class HostSheet:
    """Everything printed on the sheet, already gathered and worded."""

    event_title: str
    starts_at: datetime
    ends_at: datetime
    """Aware instants; for all-day events the end is the exclusive midnight."""
    timezone: str
    """The zone the times are shown in: the venue's, else the event's."""
    all_day: bool
    venue: str
    organization: str = ""
    room: str = ""
    room_size: str = ""
    address: str = ""
    access: str = ""
    expected: int = 0
    capacity: int | None = None
    setup: str = ""
    amenities: tuple[str, ...] = ()
    food_rules: str = ""
    house_rules: str = ""
    dietary: tuple[tuple[str, int], ...] = ()
    """(need, how many people) by frequency; people without a need are not listed."""
    no_dietary: int = 0
    day_contact: SheetPerson | None = None
    id_required: bool = False
    security: str = ""
    guest_list: tuple[SheetGuest, ...] | None = None
    """None: the guest list is not part of this sheet."""
    generated_at: datetime | None = None


@dataclass(frozen=True)
class HostSheetReport:
    path: Path
    pages: int
    guest_list_included: bool
    guests_listed: int
    warnings: tuple[str, ...]


def _never() -> bool:
    return False


def _no_progress(_done: int, _total: int) -> None:
    return None


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def _names(n: int) -> str:
    return "1 name" if n == 1 else f"{n} names"


def _long_date(day: datetime) -> str:
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def when_text(sheet: HostSheet) -> str:
    """ "Tuesday 1 December 2026, 19:00–22:00 (Europe/Berlin)", in the sheet's zone."""
    start = to_local(sheet.starts_at, sheet.timezone)
    if sheet.all_day:
        last = last_day(sheet.ends_at, sheet.timezone)
        if last == start.date():
            return f"{_long_date(start)} (all day)"
        end_day = datetime.combine(last, start.time())
        return f"{_long_date(start)} – {_long_date(end_day)} (all day)"
    end = to_local(sheet.ends_at, sheet.timezone)
    same_evening = (end - start).total_seconds() < 24 * 3600 and (
        end.date() == start.date() or end.hour < 6
    )
    if same_evening:
        next_day = " (next day)" if end.date() != start.date() else ""
        return f"{_long_date(start)}, {start:%H:%M}–{end:%H:%M}{next_day} ({sheet.timezone})"
    return f"{_long_date(start)} {start:%H:%M} – {_long_date(end)} {end:%H:%M} ({sheet.timezone})"


def dietary_text(sheet: HostSheet) -> str:
    needs = [f"{need}: {count}" for need, count in sheet.dietary]
    if sheet.no_dietary:
        needs.append(f"no special needs: {sheet.no_dietary}")
    return " · ".join(needs) if needs else "Nobody has told us about dietary needs."
