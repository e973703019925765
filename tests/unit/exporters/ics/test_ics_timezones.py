"""Our VTIMEZONEs agree with the IANA database when read by independent implementations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar

from app.domain.errors import ValidationError
from app.exporters.ics.timezones import is_utc, vtimezone

ZONES = [
    "Europe/Berlin",  # last Sunday rules
    "America/New_York",  # second / first Sunday rules
    "Australia/Lord_Howe",  # half-hour DST
    "Asia/Jerusalem",  # "Friday on or after the 23rd": no yearly weekday rule forever
    "Africa/Casablanca",  # Ramadan changes: only RDATEs fit
    "America/Santiago",  # the switch skips midnight
    "Pacific/Chatham",  # +12:45 / +13:45
    "Asia/Kolkata",  # no DST at all
]


def _offset_changes_nearby(zone: ZoneInfo, moment: datetime) -> bool:
    before = (moment - timedelta(hours=4)).astimezone(zone).utcoffset()
    after = (moment + timedelta(hours=4)).astimezone(zone).utcoffset()
    return before != after


def _wall_times(
    zone: ZoneInfo, first_year: int, last_year: int
) -> list[tuple[datetime, timedelta]]:
    """Unambiguous local wall times every 7 hours, with zoneinfo's offset for each."""
    samples = []
    moment = datetime(first_year, 1, 2, tzinfo=UTC)
    end = datetime(last_year, 12, 30, tzinfo=UTC)
    while moment < end:
        if not _offset_changes_nearby(zone, moment):
            local = moment.astimezone(zone)
            offset = local.utcoffset()
            assert offset is not None
            samples.append((local.replace(tzinfo=None), offset))
        moment += timedelta(hours=7)
    return samples


@pytest.mark.parametrize("name", ZONES)
def test_vtimezone_matches_zoneinfo_in_icalendar_and_vobject(name: str) -> None:
    component = vtimezone(name, 2025, 2028)
    text = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        + component.to_ical()
        + b"END:VCALENDAR\r\n"
    )
    (parsed,) = Calendar.from_ical(text).timezones
    from_icalendar = parsed.to_tz()
    from_dateutil = vobject.readOne(text.decode()).vtimezone.gettzinfo()
    for local, offset in _wall_times(ZoneInfo(name), 2026, 2027):
        assert local.replace(tzinfo=from_icalendar).utcoffset() == offset, (name, local)
        assert local.replace(tzinfo=from_dateutil).utcoffset() == offset, (name, local)


def test_regular_zones_get_open_ended_yearly_rules() -> None:
    berlin = vtimezone("Europe/Berlin", 2025, 2027)
    rules = {c.name: c["RRULE"] for c in berlin.subcomponents}
    assert rules["DAYLIGHT"]["BYMONTH"] == [3]
    assert rules["DAYLIGHT"]["BYDAY"] == ["-1SU"]
    assert rules["STANDARD"]["BYMONTH"] == [10]
    assert "UNTIL" not in rules["DAYLIGHT"]
    new_york = vtimezone("America/New_York", 2025, 2027)
    assert {c.name: c["RRULE"]["BYDAY"] for c in new_york.subcomponents} == {
        "DAYLIGHT": ["2SU"],
        "STANDARD": ["1SU"],
    }


def test_rules_that_only_look_yearly_in_a_short_range_are_bounded() -> None:
    # In 2025-2027 Israel's spring change is always the last Friday of March, but the real rule
    # ("Friday on or after the 23rd") differs in 2028; an open-ended rule would be wrong then.
    daylight = next(c for c in vtimezone("Asia/Jerusalem", 2025, 2027).subcomponents
                    if c.name == "DAYLIGHT")  # fmt: skip
    assert "UNTIL" in daylight["RRULE"]


def test_irregular_changes_become_rdates() -> None:
    casablanca = vtimezone("Africa/Casablanca", 2025, 2027)
    assert all("RDATE" in c and "RRULE" not in c for c in casablanca.subcomponents)


def test_zones_without_changes_have_one_observance() -> None:
    (only,) = vtimezone("Asia/Kolkata", 2025, 2027).subcomponents
    assert only.name == "STANDARD"
    assert only["TZOFFSETTO"].td == timedelta(hours=5, minutes=30)
    assert only["TZNAME"] == "IST"


def test_unknown_zone_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="not a known time zone"):
        vtimezone("Europe/Atlantis", 2025, 2027)


def test_utc_names() -> None:
    assert is_utc("UTC")
    assert is_utc("Etc/UTC")
    assert not is_utc("Europe/London")
