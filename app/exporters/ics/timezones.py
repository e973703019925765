"""VTIMEZONE components with real transition rules, derived from the IANA database.

icalendar's own `Timezone.from_tzid` lists every transition as an RDATE. That is valid, but
Outlook and some phones only honour RRULE-based observances, so we derive a yearly RRULE
(e.g. "last Sunday of March") wherever the transitions follow one, and fall back to RDATEs
only for irregular history.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from app.domain.events import zone

UTC_NAMES = frozenset(
    {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"}
)
"""Zones written as UTC times with a Z suffix: they need no VTIMEZONE (RFC 5545 3.3.5)."""

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_ONE_SECOND = timedelta(seconds=1)
_LOOKAHEAD_YEARS = 28


def is_utc(tz_name: str) -> bool:
    """True for the names of plain UTC, which iCalendar writes with a Z instead of a TZID."""
    return tz_name in UTC_NAMES


@dataclass(frozen=True)
class _Transition:
    """One change of offset: the UTC instant and the state before and after it."""

    at_utc: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def onset(self) -> datetime:
        """Local wall time of the change, measured in the old offset, as RFC 5545 wants."""
        return (self.at_utc + self.offset_from).replace(tzinfo=None)


def _state(tz: tzinfo, at_utc: datetime) -> tuple[timedelta, str, bool]:
    local = at_utc.astimezone(tz)
    offset = local.utcoffset() or timedelta()
    dst = local.dst()
    return offset, local.tzname() or "", bool(dst)


def _transitions(tz: tzinfo, first_year: int, last_year: int) -> list[_Transition]:
    """Every offset change from 1 January `first_year` to 31 December `last_year` (UTC).

    Samples once a day (no zone changes twice within a day) and bisects each change down to the
    second, which is exact for zoneinfo's transition table.
    """
    found: list[_Transition] = []
    cursor = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    state = _state(tz, cursor)
    step = timedelta(days=1)
    while cursor < end:
        nxt = cursor + step
        nxt_state = _state(tz, nxt)
        if nxt_state != state:
            lo, hi = cursor, nxt
            while hi - lo > _ONE_SECOND:
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if _state(tz, mid) == state:
                    lo = mid
                else:
                    hi = mid
            found.append(_Transition(hi, state[0], nxt_state[0], nxt_state[1], nxt_state[2]))
            state = nxt_state
        cursor = nxt
    return found


def _yearly_rule(onsets: list[datetime]) -> vRecur | None:
    """The RRULE that produces exactly `onsets` each year, or None when they follow none."""
    if len(onsets) < 2:
        return None
    first = onsets[0]
    for index, onset in enumerate(onsets):
        if (
            onset.year != first.year + index
            or onset.month != first.month
            or onset.weekday() != first.weekday()
            or onset.time() != first.time()
        ):
            return None
    weekday = _WEEKDAYS[first.weekday()]
    if all(o.day > calendar.monthrange(o.year, o.month)[1] - 7 for o in onsets):
        return vRecur(freq="YEARLY", bymonth=first.month, byday=f"-1{weekday}")
    nths = {(o.day - 1) // 7 + 1 for o in onsets}
    if len(nths) == 1:
        return vRecur(freq="YEARLY", bymonth=first.month, byday=f"{nths.pop()}{weekday}")
    return None


def _observance(
    daylight: bool, offset_from: timedelta, offset_to: timedelta, name: str, start: datetime
) -> TimezoneStandard | TimezoneDaylight:
    part = TimezoneDaylight() if daylight else TimezoneStandard()
    part.add("TZNAME", name or _offset_name(offset_to))
    part.add("TZOFFSETFROM", offset_from)
    part.add("TZOFFSETTO", offset_to)
    part.add("DTSTART", start)
    return part


def _offset_name(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


@lru_cache(maxsize=64)
def vtimezone(tz_name: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for `tz_name` that is exact for every instant in the given years.

    The result is cached and shared: callers must not modify it.

    Raises:
        ValidationError: the name is not an IANA time zone.
    """
    tz = zone(tz_name)
    result = Timezone()
    result.add("TZID", tz_name)
    # Look far ahead so a rule is only called open-ended when the zone keeps it for a full
    # 28-year weekday cycle ("last Friday" and "Friday on or after the 23rd" agree for years).
    changes = _transitions(tz, first_year, last_year + _LOOKAHEAD_YEARS)
    if not any(change.onset.year <= last_year for change in changes):
        offset, name, daylight = _state(tz, datetime(first_year, 1, 1, tzinfo=UTC))
        start = datetime(first_year, 1, 1)
        result.add_component(_observance(daylight, offset, offset, name, start))
        return result
    groups: dict[tuple[bool, timedelta, timedelta, str], list[_Transition]] = {}
    for change in changes:
        key = (change.daylight, change.offset_from, change.offset_to, change.name)
        groups.setdefault(key, []).append(change)
    horizon = last_year + _LOOKAHEAD_YEARS
    for (daylight, offset_from, offset_to, name), members in groups.items():
        inside = [m for m in members if m.onset.year <= last_year]
        if not inside:
            continue
        onsets = [m.onset for m in inside]
        part = _observance(daylight, offset_from, offset_to, name, onsets[0])
        every = [m.onset for m in members]
        rule = _yearly_rule(every) if every[-1].year == horizon else None
        if rule is None:
            rule = _yearly_rule(onsets)
            if rule is not None:
                rule["UNTIL"] = inside[-1].at_utc
        if rule is not None:
            part.add("RRULE", rule)
        else:
            # One RDATE line per date: dateutil (behind vobject and many apps) keeps only the
            # first value of a comma-separated RDATE list.
            for onset in onsets[1:]:
                part.add("RDATE", onset)
        result.add_component(part)
    return result
