"""Capacity, closing-time and guest-list warnings, across time zones and DST changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from app.domain.enums import EventKind
from app.domain.events import to_utc
from app.domain.venue_warnings import (
    EventFacts,
    Layout,
    RoomFacts,
    VenueFacts,
    WarningKind,
    closing_instant,
    closing_warning,
    guest_list_due,
    guest_list_warning,
    room_limit,
    venue_warnings,
)


def event_at(start: datetime, end: datetime, tz: str = "Europe/Berlin", **kw: object) -> EventFacts:
    """An event given in wall-clock times of `tz`."""
    return EventFacts(
        title="Meetup",
        kind=kw.pop("kind", EventKind.MEETUP),  # type: ignore[arg-type]
        starts_at=to_utc(start, tz),
        ends_at=to_utc(end, tz),
        timezone=tz,
        **kw,  # type: ignore[arg-type]
    )


HALL = RoomFacts("Hall", seated=40, standing=90)
VENUE = VenueFacts("Factory", timezone="Europe/Berlin", capacity=200)
EVENING = event_at(datetime(2026, 12, 1, 19), datetime(2026, 12, 1, 22))


# -- capacity ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "number", "layout", "by_kind"),
    [
        (EventKind.DINNER, 40, Layout.SEATED, True),
        (EventKind.WORKSHOP, 40, Layout.SEATED, True),
        (EventKind.TALK, 40, Layout.SEATED, True),
        (EventKind.MEETUP, 90, Layout.STANDING, False),
        (EventKind.CONFERENCE_SIDE, 90, Layout.STANDING, False),
    ],
)
def test_the_kind_chooses_seated_or_the_larger_layout(
    kind: EventKind, number: int, layout: Layout, by_kind: bool
) -> None:
    limit = room_limit(kind, HALL, VENUE)
    assert limit is not None
    assert (limit.number, limit.layout, limit.by_kind, limit.place) == (
        number,
        layout,
        by_kind,
        "Hall",
    )


def test_a_missing_layout_falls_back_to_the_known_one() -> None:
    standing_only = RoomFacts("Roof", standing=60)
    limit = room_limit(EventKind.DINNER, standing_only, VENUE)
    assert limit is not None
    assert (limit.number, limit.layout, limit.by_kind) == (60, Layout.STANDING, False)
    equal = room_limit(EventKind.MEETUP, RoomFacts("Lab", 30, 30), VENUE)
    assert equal is not None
    assert equal.layout is Layout.SEATED  # a tie says "seated": chairs are the safer promise


def test_without_room_numbers_the_venue_capacity_counts() -> None:
    for room in (None, RoomFacts("Anywhere")):
        limit = room_limit(EventKind.MEETUP, room, VENUE)
        assert limit is not None
        assert (limit.number, limit.layout, limit.place) == (200, None, "Factory")
    assert room_limit(EventKind.MEETUP, None, replace(VENUE, capacity=None)) is None


def test_over_inviting_warns_about_going_and_capacity_separately() -> None:
    dinner = replace(EVENING, kind=EventKind.DINNER, capacity=50, going=41)
    found = venue_warnings(dinner, VENUE, HALL, datetime(2026, 11, 1, tzinfo=UTC))
    assert [w.kind for w in found] == [
        WarningKind.CAPACITY_SET_TOO_HIGH,
        WarningKind.TOO_MANY_GOING,
    ]
    assert found[0].message == "The event allows 50 people but Hall holds 40 seated."
    assert found[1].message == "41 people are going (with guests) but Hall holds 40 seated."
    assert (found[1].count, found[1].limit and found[1].limit.number) == (41, 40)


def test_exactly_full_is_fine() -> None:
    full = replace(EVENING, kind=EventKind.DINNER, capacity=40, going=40)
    assert venue_warnings(full, VENUE, HALL, datetime(2026, 11, 1, tzinfo=UTC)) == []


def test_venue_capacity_message_has_no_layout() -> None:
    found = venue_warnings(
        replace(EVENING, going=201), VENUE, None, datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert [w.message for w in found] == [
        "201 people are going (with guests) but Factory holds 200."
    ]


# -- closing time --------------------------------------------------------------------------


def test_an_event_ending_after_closing_warns_with_the_minutes() -> None:
    venue = replace(VENUE, closing_time=time(21, 30))
    warning = closing_warning(EVENING, venue)
    assert warning is not None
    assert warning.kind is WarningKind.PAST_CLOSING
    assert warning.minutes_over == 30
    assert (warning.closes_at, warning.ends_at) == (
        datetime(2026, 12, 1, 21, 30),
        datetime(2026, 12, 1, 22, 0),
    )
    assert warning.message == (
        "The event ends at 22:00 but Factory closes at 21:30 (Europe/Berlin): 30 min too late."
    )
    assert closing_warning(EVENING, replace(VENUE, closing_time=time(22, 0))) is None


def test_closing_time_is_read_in_the_venues_zone_not_the_events() -> None:
    # The organizer keeps the event in New York time; the venue is in Berlin and closes at
    # 22:00 there. 15:00-17:00 New York is 21:00-23:00 in Berlin.
    remote = event_at(datetime(2026, 12, 1, 15), datetime(2026, 12, 1, 17), "America/New_York")
    warning = closing_warning(remote, replace(VENUE, closing_time=time(22)))
    assert warning is not None
    assert warning.minutes_over == 60
    assert warning.zone == "Europe/Berlin"
    assert warning.ends_at == datetime(2026, 12, 1, 23, 0)
    # Without a venue zone the event's zone is used: 17:00 < 22:00, fine.
    assert closing_warning(remote, VenueFacts("Factory", closing_time=time(22))) is None


def test_a_closing_time_after_midnight_belongs_to_the_evening_before() -> None:
    bar = replace(VENUE, closing_time=time(1, 0))
    late = event_at(datetime(2026, 12, 4, 21), datetime(2026, 12, 5, 1, 45))
    warning = closing_warning(late, bar)
    assert warning is not None
    assert warning.minutes_over == 45
    on_time = event_at(datetime(2026, 12, 4, 21), datetime(2026, 12, 5, 0, 30))
    assert closing_warning(on_time, bar) is None
    # An event starting after midnight still belongs to the night it is part of.
    after_midnight = event_at(datetime(2026, 12, 5, 0, 30), datetime(2026, 12, 5, 0, 50))
    assert closing_instant(after_midnight, bar) == to_utc(datetime(2026, 12, 5, 1), "Europe/Berlin")
    assert closing_warning(after_midnight, bar) is None


def test_an_event_starting_after_closing_is_reported_as_running_past_it() -> None:
    warning = closing_warning(
        event_at(datetime(2026, 12, 1, 22, 30), datetime(2026, 12, 1, 23, 30)),
        replace(VENUE, closing_time=time(22)),
    )
    assert warning is not None
    assert warning.minutes_over == 90


def test_closing_on_the_night_clocks_go_back_counts_real_minutes() -> None:
    # Berlin, 25 October 2026: 03:00 CEST becomes 02:00 CET. The venue closes at 02:30,
    # read as the first 02:30 (CEST, 00:30 UTC). The event ends at 02:45 CET (01:45 UTC):
    # in elapsed time that is 75 minutes after closing.
    bar = replace(VENUE, closing_time=time(2, 30))
    start = datetime(2026, 10, 24, 20, tzinfo=UTC)  # 22:00 CEST
    end = datetime(2026, 10, 25, 1, 45, tzinfo=UTC)  # 02:45 CET
    party = EventFacts("Party", EventKind.OTHER, start, end, "Europe/Berlin")
    warning = closing_warning(party, bar)
    assert warning is not None
    assert warning.minutes_over == 75
    assert warning.ends_at == datetime(2026, 10, 25, 2, 45)


def test_closing_on_the_night_clocks_go_forward() -> None:
    # Berlin, 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist and is read
    # as 02:30 CET (01:30 UTC, shown as 03:30 CEST). An event ending 03:15 CEST is on time.
    bar = replace(VENUE, closing_time=time(2, 30))
    start = datetime(2026, 3, 28, 20, tzinfo=UTC)
    party = EventFacts(
        "Party", EventKind.OTHER, start, datetime(2026, 3, 29, 1, 15, tzinfo=UTC), "Europe/Berlin"
    )
    assert closing_instant(party, bar) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert closing_warning(party, bar) is None
    later = replace(party, ends_at=datetime(2026, 3, 29, 2, 0, tzinfo=UTC))  # 04:00 CEST
    warning = closing_warning(later, bar)
    assert warning is not None
    assert (warning.minutes_over, warning.closes_at) == (30, datetime(2026, 3, 29, 3, 30))


def test_all_day_events_and_venues_without_closing_time_never_warn() -> None:
    day = replace(EVENING, all_day=True)
    assert closing_warning(day, replace(VENUE, closing_time=time(18))) is None
    assert closing_warning(EVENING, VENUE) is None


# -- guest-list deadline ---------------------------------------------------------------------


def test_the_guest_list_is_due_n_days_before_in_the_venues_zone() -> None:
    venue = replace(VENUE, guest_list_days_before=3)
    assert guest_list_due(EVENING, venue) == date(2026, 11, 28)
    assert guest_list_due(EVENING, VENUE) is None
    # 00:30 on 2 December in Berlin is still 1 December in New York: the day counts where
    # the venue is.
    early = event_at(datetime(2026, 12, 1, 18, 30), datetime(2026, 12, 1, 20), "America/New_York")
    assert guest_list_due(early, venue) == date(2026, 11, 29)
    assert guest_list_due(early, replace(venue, timezone="")) == date(2026, 11, 28)


@pytest.mark.parametrize(
    ("now_berlin", "kind", "days_left"),
    [
        (datetime(2026, 11, 25, 12), None, None),
        (datetime(2026, 11, 26, 0, 1), WarningKind.GUEST_LIST_DUE_SOON, 2),
        (datetime(2026, 11, 27, 9), WarningKind.GUEST_LIST_DUE_SOON, 1),
        (datetime(2026, 11, 28, 23, 59), WarningKind.GUEST_LIST_DUE_SOON, 0),
        (datetime(2026, 11, 29, 0, 0), WarningKind.GUEST_LIST_OVERDUE, -1),
        (datetime(2026, 12, 1, 18, 59), WarningKind.GUEST_LIST_OVERDUE, -3),
        (datetime(2026, 12, 1, 19, 0), None, None),  # the event has started: moot
    ],
)
def test_near_and_overdue(
    now_berlin: datetime, kind: WarningKind | None, days_left: int | None
) -> None:
    venue = replace(VENUE, guest_list_days_before=3)
    warning = guest_list_warning(EVENING, venue, to_utc(now_berlin, "Europe/Berlin"))
    assert (warning and warning.kind, warning and warning.days_left) == (kind, days_left)


def test_an_organizer_elsewhere_sees_the_deadline_pass_at_the_venues_midnight() -> None:
    venue = replace(VENUE, guest_list_days_before=3)
    # 20:00 on 28 November in San Francisco is 05:00 on 29 November in Berlin: overdue,
    # although it is still the due day for the organizer.
    now = to_utc(datetime(2026, 11, 28, 20), "America/Los_Angeles")
    warning = guest_list_warning(EVENING, venue, now)
    assert warning is not None
    assert warning.kind is WarningKind.GUEST_LIST_OVERDUE
    assert warning.message == (
        "Factory wanted the guest list by 2026-11-28 (1 day ago); send it now."
    )
    # Naive "now" values are read as UTC.
    assert guest_list_warning(EVENING, venue, datetime(2026, 11, 28, 10)) is not None


def test_the_deadline_across_a_dst_change_counts_calendar_days() -> None:
    # Event on Sunday 25 October 2026 at 10:00 Berlin (the night clocks go back); the list
    # is due 2 days before, on Friday 23 October.
    venue = replace(VENUE, guest_list_days_before=2)
    brunch = event_at(datetime(2026, 10, 25, 10), datetime(2026, 10, 25, 12))
    assert guest_list_due(brunch, venue) == date(2026, 10, 23)
    saturday = to_utc(datetime(2026, 10, 24, 0, 30), "Europe/Berlin")
    warning = guest_list_warning(brunch, venue, saturday)
    assert warning is not None
    assert (warning.kind, warning.days_left) == (WarningKind.GUEST_LIST_OVERDUE, -1)
    friday = to_utc(datetime(2026, 10, 23, 23, 30), "Europe/Berlin")
    warning = guest_list_warning(brunch, venue, friday)
    assert warning is not None
    assert warning.message == "Factory wants the guest list by 2026-10-23 (today)."


def test_the_message_says_tomorrow_or_in_days() -> None:
    venue = replace(VENUE, guest_list_days_before=3)
    tomorrow = guest_list_warning(
        EVENING, venue, to_utc(datetime(2026, 11, 27, 9), "Europe/Berlin")
    )
    in_two = guest_list_warning(EVENING, venue, to_utc(datetime(2026, 11, 26, 9), "Europe/Berlin"))
    assert tomorrow is not None
    assert in_two is not None
    assert tomorrow.message.endswith("(tomorrow).")
    assert in_two.message.endswith("(in 2 days).")
    late = guest_list_warning(EVENING, venue, to_utc(datetime(2026, 11, 30, 9), "Europe/Berlin"))
    assert late is not None
    assert "(2 days ago)" in late.message


def test_everything_at_once() -> None:
    venue = replace(VENUE, closing_time=time(21), guest_list_days_before=1)
    busy = replace(EVENING, kind=EventKind.DINNER, going=45)
    found = venue_warnings(busy, venue, HALL, to_utc(datetime(2026, 11, 30, 8), "Europe/Berlin"))
    assert [w.kind for w in found] == [
        WarningKind.TOO_MANY_GOING,
        WarningKind.PAST_CLOSING,
        WarningKind.GUEST_LIST_DUE_SOON,
    ]
    assert "1 h too late" in found[1].message
