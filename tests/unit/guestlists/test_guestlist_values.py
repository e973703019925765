"""Cells with meaning: statuses per platform, check-in flags, guest counts, dates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.enums import RsvpResponse
from app.services.guestlists import GuestListFormat
from app.services.guestlists.values import (
    is_nothing,
    read_flag,
    read_guests,
    read_status,
    read_when,
    slash_order,
)

G = GuestListFormat
R = RsvpResponse


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        (G.LUMA, "approved", (R.GOING, False)),
        (G.LUMA, "pending", (R.PENDING_APPROVAL, False)),
        (G.LUMA, "declined", (R.DECLINED, False)),
        (G.LUMA, "waitlist", (R.WAITLISTED, False)),
        (G.LUMA, "invited", (R.INVITED, False)),
        (G.MEETUP, "Yes", (R.GOING, False)),
        (G.MEETUP, "No", (R.DECLINED, False)),
        (G.MEETUP, "Waitlist", (R.WAITLISTED, False)),
        (G.EVENTBRITE, "Attending", (R.GOING, False)),
        (G.EVENTBRITE, "Checked In", (R.GOING, True)),
        (G.EVENTBRITE, "Refunded", (R.DECLINED, False)),
        (G.EVENTBRITE, "Transferred", (R.DECLINED, False)),
        (G.EVENTBRITE, "Deleted", (R.DECLINED, False)),
        (G.HIEVENTS, "ACTIVE", (R.GOING, False)),
        (G.HIEVENTS, "CANCELLED", (R.DECLINED, False)),
        (G.HIEVENTS, "AWAITING_PAYMENT", (R.PENDING_APPROVAL, False)),
        (G.GENERIC, "ja", (R.GOING, False)),
        (G.GENERIC, "Oui", (R.GOING, False)),
        (G.GENERIC, "sí", (R.GOING, False)),
        (G.GENERIC, "是", (R.GOING, False)),
        (G.GENERIC, "x", (R.GOING, False)),
        (G.GENERIC, "nein", (R.DECLINED, False)),
        (G.GENERIC, "Declined", (R.DECLINED, False)),
        (G.GENERIC, "vielleicht", (R.MAYBE, False)),
        (G.GENERIC, "peut-être", (R.MAYBE, False)),
        (G.GENERIC, "Warteliste", (R.WAITLISTED, False)),
        (G.GENERIC, "waiting list", (R.WAITLISTED, False)),
        (G.GENERIC, "attended", (R.GOING, True)),
        (G.GENERIC, "  GOING ", (R.GOING, False)),
    ],
)
def test_status_words(fmt: GuestListFormat, text: str, expected: tuple[R, bool]) -> None:
    assert read_status(text, fmt) == expected


def test_unknown_status_words_are_not_guessed() -> None:
    assert read_status("superseded", G.LUMA) is None
    assert read_status("kinda", G.GENERIC) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Y", True), ("yes", True), ("TRUE", True), ("1", True), ("✓", True), ("ja", True),
     ("×", False), ("—", False),
     ("N", False), ("false", False), ("0", False), ("no show", False), ("", False),
     ("-", False), ("2026-10-01 18:00", None), ("perhaps", None)],
)
def test_flags(text: str, expected: bool | None) -> None:
    assert read_flag(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", 0), ("0", 0), ("2", 2), ("+1", 1), ("2.0", 2), ("-1", -1), ("２", 2),
     ("two", None), ("1.5", None), ("1,5", None)],
)
def test_guest_counts(text: str, expected: int | None) -> None:
    assert read_guests(text) == expected


@pytest.mark.parametrize(
    "text", ["None", "none.", "N/A", "-", "—", "/", "keine", "无", "なし", "", "  "]
)
def test_answers_that_mean_no_need(text: str) -> None:
    assert is_nothing(text)


@pytest.mark.parametrize("text", ["vegan", "nut allergy", "no pork", "Keine Nüsse", "🥜"])
def test_real_needs_are_kept(text: str) -> None:
    assert not is_nothing(text)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("2026-10-01T12:00:00.000Z", False, utc(2026, 10, 1, 12)),
        ("2026-10-01T14:00:00+02:00", False, utc(2026, 10, 1, 12)),
        ("2026-09-15 10:23:45-05:00", False, utc(2026, 9, 15, 15, 23, 45)),
        ("2026-10-01", False, utc(2026, 10, 1)),
        ("10/1/26 7:15 PM", False, utc(2026, 10, 1, 19, 15)),
        ("10/1/26 12:05 AM", False, utc(2026, 10, 1, 0, 5)),
        ("10/1/26 12:30 PM", False, utc(2026, 10, 1, 12, 30)),
        ("01/09/2026 10:23", True, utc(2026, 9, 1, 10, 23)),
        ("01.09.2026", True, utc(2026, 9, 1)),
        ("Sep 15, 2026 10:23 AM", False, utc(2026, 9, 15, 10, 23)),
        ("Tuesday, September 15, 2026", False, utc(2026, 9, 15)),
        ("15 Sep 2026 18:00 GMT", True, utc(2026, 9, 15, 18)),
    ],
)
def test_dates(text: str, day_first: bool, expected: datetime) -> None:
    assert read_when(text, day_first, "UTC") == expected


def test_times_without_a_zone_are_read_in_the_events_zone() -> None:
    assert read_when("10/1/26 7:15 PM", False, "America/New_York") == utc(2026, 10, 1, 23, 15)


@pytest.mark.parametrize(
    "text", ["yesterday", "13/13/2026", "2/30/26", "10/1/26 13:00 PM", "Smarch 3, 2026", "0"]
)
def test_garbage_dates_are_none(text: str) -> None:
    assert read_when(text, False, "UTC") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("13/04/2026", True), ("04/13/2026", False), ("03/04/2026", None), ("2026/04/13", None),
     ("hello", None)],
)
def test_slash_order_evidence(text: str, expected: bool | None) -> None:
    assert slash_order(text) is expected


def test_year_first_slashed_dates() -> None:
    assert read_when("2026/10/01 18:00", True, "UTC") == utc(2026, 10, 1, 18)
