"""Which platform wrote a file, and why we think so."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.services.guestlists import GuestListFormat, GuestListPreview, detect_format
from app.services.guestlists.formats import forced_format

G = GuestListFormat


@pytest.mark.parametrize(
    ("name", "fmt", "variant"),
    [
        ("luma_old_api_id.csv", G.LUMA, "old"),
        ("luma_new_guest_id.csv", G.LUMA, "new"),
        ("meetup_rsvps.csv", G.MEETUP, ""),
        ("meetup_rsvps_attendance.csv", G.MEETUP, ""),
        ("meetup_rsvps_tab.xls", G.MEETUP, "tab-separated .xls"),
        ("eventbrite_us_bom.csv", G.EVENTBRITE, "US"),
        ("eventbrite_us_unicode.txt", G.EVENTBRITE, "US"),
        ("eventbrite_uk_cp1252_semicolon.csv", G.EVENTBRITE, "UK"),
        ("hievents_attendees.csv", G.HIEVENTS, ""),
        ("handmade_de_semicolon.csv", G.GENERIC, ""),
        ("handmade_zh.csv", G.GENERIC, ""),
    ],
)
def test_sample_files_are_recognized(
    sample: Callable[[str], GuestListPreview], name: str, fmt: GuestListFormat, variant: str
) -> None:
    guess = sample(name).guess
    assert (guess.format, guess.variant) == (fmt, variant)
    assert guess.reason


def test_the_reason_names_the_deciding_columns() -> None:
    guess = detect_format(["api_id", "name", "email", "approval_status", "checked_in_at"])
    assert guess.format is G.LUMA
    assert "approval_status" in guess.reason
    assert "Luma" in guess.reason


@pytest.mark.parametrize(
    "header",
    [
        ["Name", "Email", "RSVP", "Guests"],  # words hand-made lists use too
        ["Name", "User ID", "Email"],  # one Meetup column is not enough
        ["Name", "Checked in at", "Notes"],
    ],
)
def test_common_words_do_not_make_a_platform(header: list[str]) -> None:
    assert detect_format(header).format is G.GENERIC


def test_a_meetup_member_list_is_told_apart() -> None:
    header = ["Name", "User ID", "Title", "Member ID", "Joined Group on", "Last visited group on",
              "Last Attended", "Total RSVPs", "URL of Member Profile"]
    guess = detect_format(header)
    assert (guess.format, guess.variant) == (G.MEETUP, "member list")


def test_a_forced_format_keeps_the_files_variant() -> None:
    header = ["Order no.", "First Name", "Surname", "Email", "Attendee Status"]
    guess = forced_format(G.EVENTBRITE, header, "x.csv")
    assert guess.variant == "UK"
    assert guess.reason == "chosen by you"
