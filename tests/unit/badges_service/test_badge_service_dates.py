"""The badge's date: the event's own day(s) in its own time zone, in the caller's words."""

from __future__ import annotations

import locale
from datetime import UTC, date, datetime

import pytest

from app.domain.events import EventDraft
from app.services.badges import english_date, event_date_text
from app.services.container import Services


def _event(
    services: Services, start: datetime, end: datetime, tz: str, all_day: bool = False
) -> int:
    draft = EventDraft(title="When", start=start, end=end, timezone=tz, all_day=all_day)
    return services.events.create(draft).item.id


def test_the_date_is_the_day_in_the_events_zone_not_in_utc(services: Services) -> None:
    # 01:00 in Tokyo on 1 December is still 30 November in UTC
    event_id = _event(
        services, datetime(2026, 12, 1, 1, 0), datetime(2026, 12, 1, 3, 0), "Asia/Tokyo"
    )
    assert services.events.get(event_id).starts_at.astimezone(UTC).date() == date(2026, 11, 30)
    assert services.badges.batch(event_id).event.date_text == "Tuesday 1 December 2026"
    # and 20:00 in Los Angeles on 30 November is already 1 December in UTC
    event_id = _event(
        services,
        datetime(2026, 11, 30, 20, 0),
        datetime(2026, 11, 30, 22, 0),
        "America/Los_Angeles",
    )
    assert services.badges.batch(event_id).event.date_text == "Monday 30 November 2026"


def test_a_dinner_past_midnight_prints_one_date_and_a_two_day_meeting_a_range(
    services: Services,
) -> None:
    dinner = _event(
        services, datetime(2026, 12, 31, 20, 0), datetime(2027, 1, 1, 1, 30), "Europe/Berlin"
    )
    assert services.badges.batch(dinner).event.date_text == "Thursday 31 December 2026"
    summit = _event(
        services, datetime(2026, 6, 4, 9, 0), datetime(2026, 6, 5, 18, 0), "Europe/Berlin"
    )
    assert (
        services.badges.batch(summit).event.date_text == "Thursday 4 June 2026 – Friday 5 June 2026"
    )


def test_all_day_events_print_their_first_and_last_day(services: Services) -> None:
    one = _event(services, datetime(2026, 5, 22), datetime(2026, 5, 22), "Australia/Sydney", True)
    three = _event(services, datetime(2026, 5, 22), datetime(2026, 5, 24), "Australia/Sydney", True)
    assert services.badges.batch(one).event.date_text == "Friday 22 May 2026"
    assert services.events.get(three).last_day == date(2026, 5, 24)
    assert services.badges.batch(three).event.date_text == "Friday 22 May 2026 – Sunday 24 May 2026"


def test_the_caller_formats_the_date_and_the_title_is_kept(services: Services) -> None:
    event_id = _event(
        services, datetime(2026, 3, 12, 19, 0), datetime(2026, 3, 12, 22, 0), "Europe/Paris"
    )
    batch = services.badges.batch(event_id, date_format=lambda d: f"le {d.day}/{d.month}")
    assert (batch.event.title, batch.event.date_text) == ("When", "le 12/3")
    event = services.events.get(event_id)
    assert event_date_text(event, date.isoformat) == "2026-03-12"


def test_english_dates_ignore_the_process_locale() -> None:
    before = locale.setlocale(locale.LC_TIME)
    try:
        for name in ("de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8"):
            try:
                locale.setlocale(locale.LC_TIME, name)
            except locale.Error:
                continue
            assert english_date(date(2026, 3, 12)) == "Thursday 12 March 2026"
    finally:
        locale.setlocale(locale.LC_TIME, before)


@pytest.mark.parametrize(
    ("day", "text"),
    [(date(2027, 1, 3), "Sunday 3 January 2027"), (date(2028, 2, 29), "Tuesday 29 February 2028")],
)
def test_english_date(day: date, text: str) -> None:
    assert english_date(day) == text
