"""Rows through a mapping: rejections, merges, defaults, corrections, progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.enums import RsvpResponse, RsvpSource
from app.domain.errors import DomainError, ValidationError
from app.services.guestlists import (
    ColumnMapping,
    Field,
    GuestListFormat,
    UnreadableGuestList,
    api,
    load_guest_list,
    read_guest_list,
)

MakeCsv = Callable[..., bytes]
R = RsvpResponse


def test_a_plain_list_without_status_means_everyone_is_going(make_csv: MakeCsv) -> None:
    preview = read_guest_list(make_csv([["Name"], ["Anna Schmidt"], ["Bob Jones"]]))
    rows = preview.parsed.rows
    assert [(r.response, r.came, r.guests) for r in rows] == [(R.GOING, False, 0)] * 2
    assert preview.parsed.rows[0].platform is RsvpSource.SPREADSHEET


def test_a_meetup_member_list_invites_rather_than_confirms(make_csv: MakeCsv) -> None:
    data = make_csv([["Name", "User ID", "Member ID", "Joined Group on", "Total RSVPs"],
                     ["Anna Schmidt", "42", "42", "1/1/25 1:00 PM", "3"]])
    preview = read_guest_list(data)
    assert preview.guess.variant == "member list"
    assert preview.parsed.rows[0].response is R.INVITED


def test_a_check_in_without_an_answer_means_going(make_csv: MakeCsv) -> None:
    data = make_csv([["Name", "Status", "Checked in"], ["Anna", "", "yes"], ["Bob", "", ""]])
    rows = read_guest_list(data).parsed.rows
    assert [(r.response, r.came) for r in rows] == [(R.GOING, True), (R.INVITED, False)]


def test_a_check_in_column_may_hold_times(make_csv: MakeCsv) -> None:
    data = make_csv([["Name", "Checked in"], ["Anna", "2026-10-01 19:05"], ["Bob", "maybe?"]])
    preview = read_guest_list(data, timezone="Europe/Berlin")
    anna, bob = preview.parsed.rows
    assert (anna.came, anna.checked_in_at) == (True, datetime(2026, 10, 1, 17, 5, tzinfo=UTC))
    assert (bob.came, bob.checked_in_at) == (False, None)
    assert [n.lines for n in preview.parsed.notes] == [(3,)]


def test_an_unknown_time_zone_is_a_validation_error(make_csv: MakeCsv) -> None:
    with pytest.raises(ValidationError):
        read_guest_list(make_csv([["Name"], ["Anna"]]), timezone="Mars/Olympus")


def test_rejections_after_quoted_newlines_name_the_right_line() -> None:
    data = (
        b"Name,Email,Notes\r\n"
        b'Anna,anna@example.com,"first\r\nsecond\r\nthird"\r\n'
        b"Bob,not-an-email,\r\n"
        b'"Carla\nDiaz",carla@example.com,\r\n'
        b',,"only a note,\nno name"\r\n'
        b"Dan,dan@example.com,-5\r\n"
    )
    parsed = read_guest_list(data).parsed
    assert [(r.line, r.reason) for r in parsed.rejected] == [
        (5, "“not-an-email” is not a valid e-mail address"),
        (8, "it has no name"),
    ]
    assert [r.line for r in parsed.rows] == [2, 6, 10]
    assert parsed.rows[1].full_name == "Carla\nDiaz"
    assert parsed.rows[2].notes == "-5"


def test_extra_values_beyond_the_header_reject_the_row(make_csv: MakeCsv) -> None:
    data = make_csv([["Name", "Email"], ["Anna", "a@example.com", ""],
                     ["Bob", "b@example.com", "surprise"], ["Carla"]])
    parsed = read_guest_list(data).parsed
    assert [r.line for r in parsed.rejected] == [3]
    assert "3 values but the header names 2 columns" in parsed.rejected[0].reason
    assert [r.full_name for r in parsed.rows] == ["Anna", "Carla"]


def test_overlong_names_and_absurd_guest_counts_are_rejected(make_csv: MakeCsv) -> None:
    data = make_csv([["First name", "Last name", "Guests"], ["A" * 201, "B", "0"],
                     ["Anna", "Big", "1000"], ["Anna", "Ok", "999"]])
    parsed = read_guest_list(data).parsed
    assert [r.line for r in parsed.rejected] == [2, 3]
    assert [r.guests for r in parsed.rows] == [999]


def test_cells_are_trimmed_and_nfc_normalized(make_csv: MakeCsv) -> None:
    decomposed = "Zoe\u0308 O\u2019Brien"  # e + combining diaeresis, as macOS may write it
    data = make_csv([["Name", "Email"], [f"  {decomposed}\t", " zoe@example.ie "]])
    row = read_guest_list(data).parsed.rows[0]
    assert row.full_name == "Zoë O\u2019Brien"
    assert (row.given_name, row.email) == ("Zoë", "zoe@example.ie")


@pytest.mark.parametrize(
    "value",
    ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3",
     "=1+1", "\t=1+1"],
)
def test_formula_looking_values_are_plain_text(make_csv: MakeCsv, value: str) -> None:
    data = make_csv([["Name", "Company", "Notes"], ["Eve Hacker", value, value]])
    row = read_guest_list(data).parsed.rows[0]
    assert row.organization == value.strip()
    assert row.notes == value.strip()


def test_duplicates_merge_with_the_later_answer_and_earlier_details(make_csv: MakeCsv) -> None:
    data = make_csv([
        ["Name", "Email", "RSVP", "Company", "Guests", "Checked in"],
        ["Anna Schmidt", "Anna@Example.com", "maybe", "ACME", "2", "yes"],
        ["Bob Jones", "bob@example.com", "yes", "", "0", ""],
        ["Anna Schmidt", "anna@example.COM", "no", "", "0", ""],
    ])
    parsed = read_guest_list(data).parsed
    assert [r.line for r in parsed.rows] == [2, 3]
    anna = parsed.rows[0]
    assert (anna.response, anna.guests, anna.organization, anna.came) == (
        R.DECLINED, 0, "ACME", True
    )
    assert parsed.rejected == ()
    assert len(parsed.notes) == 1
    assert parsed.notes[0].lines == (2, 4)
    assert "line 4" in parsed.notes[0].message


def test_duplicates_by_platform_user_id(make_csv: MakeCsv) -> None:
    data = make_csv([
        ["Name", "User ID", "RSVP", "Guests", "RSVPed on"],
        ["Kofi Mensah", "77", "Waitlist", "0", "10/1/26 7:15 PM"],
        ["Kofi Mensah", "77", "Yes", "1", "10/2/26 7:15 PM"],
    ])
    preview = read_guest_list(data)
    assert preview.guess.format is GuestListFormat.MEETUP
    (kofi,) = preview.parsed.rows
    assert (kofi.response, kofi.guests) == (R.GOING, 1)
    assert kofi.registered_at == datetime(2026, 10, 1, 19, 15, tzinfo=UTC)


def test_dates_in_a_hand_made_list_follow_the_columns_evidence(make_csv: MakeCsv) -> None:
    data = make_csv([["Name", "Registered"], ["Anna", "03/04/2026"], ["Bob", "04/13/2026"]])
    rows = read_guest_list(data).parsed.rows
    assert [r.registered_at for r in rows] == [
        datetime(2026, 3, 4, tzinfo=UTC), datetime(2026, 4, 13, tzinfo=UTC)
    ]


def test_ambiguous_hand_made_dates_are_read_day_first_with_a_note(make_csv: MakeCsv) -> None:
    data = make_csv([["Name", "Registered"], ["Anna", "03/04/2026"]])
    preview = read_guest_list(data)
    assert preview.parsed.rows[0].registered_at == datetime(2026, 4, 3, tzinfo=UTC)
    assert "day first" in preview.parsed.notes[0].message


def test_many_bad_dates_make_one_note(make_csv: MakeCsv) -> None:
    data = make_csv([["Name", "Registered"]] + [[f"Guest {n}", "soon"] for n in range(12)])
    preview = read_guest_list(data)
    (note,) = preview.parsed.notes
    assert note.lines == tuple(range(2, 14))
    assert "Ignored 12 unreadable date(s)" in note.message
    assert "and 7 more" in note.message
    assert len(preview.parsed.rows) == 12


def test_a_corrected_mapping_reparses_the_same_table(make_csv: MakeCsv) -> None:
    data = make_csv([["Guest", "Contact", "Food"], ["Anna", "anna@example.com", "vegan"]])
    preview = read_guest_list(data)
    assert preview.mapping.column(Field.EMAIL) is None
    assert preview.mapping.columns(Field.DIETARY) == (2,)
    fixed = preview.with_mapping(preview.mapping.with_column(Field.EMAIL, 1))
    assert fixed.parsed.rows[0].email == "anna@example.com"
    assert fixed.table is preview.table
    assert preview.parsed.rows[0].email == ""  # the original preview is untouched


def test_a_mapping_without_a_name_is_unreadable(make_csv: MakeCsv) -> None:
    preview = read_guest_list(make_csv([["Name", "Email"], ["Anna", "a@example.com"]]))
    with pytest.raises(UnreadableGuestList, match="names"):
        preview.with_mapping(preview.mapping.with_column(Field.FULL_NAME, None))


def test_a_mapping_past_the_last_column_is_a_bug(make_csv: MakeCsv) -> None:
    preview = read_guest_list(make_csv([["Name"], ["Anna"]]))
    with pytest.raises(ValueError, match="past the last column"):
        preview.with_mapping(ColumnMapping.of({Field.FULL_NAME: 0, Field.EMAIL: 5}))


def test_forcing_a_format_changes_the_status_words(make_csv: MakeCsv) -> None:
    data = make_csv([["Name", "Status"], ["Anna", "Refunded"]])
    assert read_guest_list(data).parsed.rejected[0].reason == (
        "the status “Refunded” is not one we know"
    )
    forced = read_guest_list(data, format=GuestListFormat.EVENTBRITE)
    assert forced.guess.reason == "chosen by you"
    assert forced.parsed.rows[0].response is R.DECLINED
    assert forced.parsed.rows[0].platform is RsvpSource.EVENTBRITE


def test_no_name_column_is_unreadable_and_lists_the_columns(data_dir: Path) -> None:
    with pytest.raises(UnreadableGuestList) as caught:
        load_guest_list(data_dir / "no_name_column.csv")
    assert isinstance(caught.value, DomainError)
    assert "“Email”, “Company”, “Dietary”" in caught.value.reason
    assert caught.value.line == 1


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableGuestList, match="can't be opened"):
        load_guest_list(tmp_path / "gone.csv")


def test_progress_is_reported_and_cancel_stops(make_csv: MakeCsv) -> None:
    data = make_csv([["Name"]] + [[f"Guest {n}"] for n in range(2500)])
    seen: list[tuple[int, int]] = []
    read_guest_list(data, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1000, 2500), (2000, 2500), (2500, 2500)]
    with pytest.raises(InterruptedError):
        read_guest_list(data, cancelled=lambda: len(seen) > 3,
                        progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (1000, 2500)


def test_day_first_evidence_decides_a_hand_made_date_column(make_csv: MakeCsv) -> None:
    data = make_csv([["Name", "Email", "Registered"], ["Anna", "", "03/04/2026"],
                     ["Bob"], ["Carla", "", "13/04/2026"]])
    preview = read_guest_list(data)
    assert [r.registered_at for r in preview.parsed.rows] == [
        datetime(2026, 4, 3, tzinfo=UTC), None, datetime(2026, 4, 13, tzinfo=UTC)
    ]
    assert preview.parsed.notes == ()


def test_a_file_over_the_size_limit_is_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "big.csv"
    target.write_bytes(b"Name\n" + b"Anna\n" * 100)
    monkeypatch.setattr(api, "MAX_BYTES", 100)
    with pytest.raises(UnreadableGuestList, match="too large"):
        load_guest_list(target)
