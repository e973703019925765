"""The RFC checker: silent on good files, specific about each broken rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from ics_test_helpers import DATA

from app.exporters.ics import (
    IcsAttendee,
    IcsEvent,
    IcsOrganizer,
    Method,
    build_feed,
    build_invites,
    check_calendar,
    check_versions,
)

STAMP = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.fixture
def invite(event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]) -> bytes:
    return build_invites(event, organizer, guests[:1], stamp=STAMP).files[0][1]


def _one(problems: list[str], words: str) -> None:
    assert any(words in problem for problem in problems), problems


def test_good_exports_and_client_replies_pass(invite: bytes) -> None:
    assert check_calendar(invite, method=Method.REQUEST) == []
    google = (DATA / "reply_google_accepted.ics").read_bytes()
    assert check_calendar(google, method=Method.REPLY) == []


def test_lenient_client_quirks_are_still_reported() -> None:
    bare = (DATA / "reply_bare_no_organizer.ics").read_bytes()
    problems = check_calendar(bare, method=Method.REPLY)
    _one(problems, "ORGANIZER is required for METHOD:REPLY")
    _one(problems, "bare LF or CR instead of CRLF")


def test_physical_line_rules(invite: bytes) -> None:
    _one(check_calendar(invite.replace(b"\r\n", b"\n")), "bare LF")
    _one(check_calendar(invite[:-2]), "does not end with CRLF")
    long = invite.replace(b"SEQUENCE:0", b"X-LONG:" + b"x" * 80 + b"\r\nSEQUENCE:0")
    _one(check_calendar(long), "octets, more than 75")
    # Fold inside the three bytes of "朋": each half is invalid UTF-8 on its own line.
    pen = "朋".encode()
    split = invite.replace(pen, pen[:1] + b"\r\n " + pen[1:], 1)
    _one(check_calendar(split), "UTF-8 character is split")


def test_required_properties_per_method(invite: bytes) -> None:
    without_organizer = b"\r\n".join(
        line for line in invite.split(b"\r\n") if not line.startswith(b"ORGANIZER")
    )
    _one(check_calendar(without_organizer), "ORGANIZER is required for METHOD:REQUEST")
    no_attendee = invite.replace(b"ATTENDEE;", b"X-ATTENDEE;")
    _one(check_calendar(no_attendee), "0 ATTENDEE(s), METHOD:REQUEST wants at least 1")
    published = invite.replace(b"METHOD:REQUEST", b"METHOD:PUBLISH")
    _one(check_calendar(published), "1 ATTENDEE(s), METHOD:PUBLISH wants 0")
    _one(check_calendar(invite, method=Method.CANCEL), "METHOD is REQUEST, expected CANCEL")
    cancel = invite.replace(b"METHOD:REQUEST", b"METHOD:CANCEL")
    _one(check_calendar(cancel), "a CANCEL may only carry STATUS:CANCELLED")
    twice = invite.replace(b"SEQUENCE:0", b"SEQUENCE:0\r\nSUMMARY:again")
    _one(check_calendar(twice), "SUMMARY appears more than once")
    no_method = invite.replace(b"METHOD:REQUEST\r\n", b"")
    _one(check_calendar(no_method), "VCALENDAR needs exactly one METHOD")


def test_timezones_and_times(invite: bytes) -> None:
    no_vtimezone = invite.replace(b"TZID:Europe/Berlin", b"TZID:Europe/Paris")
    _one(check_calendar(no_vtimezone), "TZID=Europe/Berlin has no VTIMEZONE")
    backwards = invite.replace(b"DTEND;TZID=Europe/Berlin:20261205T220000",
                               b"DTEND;TZID=Europe/Berlin:20261205T180000")  # fmt: skip
    _one(check_calendar(backwards), "DTEND is not after DTSTART")
    mixed = invite.replace(
        b"DTEND;TZID=Europe/Berlin:20261205T220000", b"DTEND;VALUE=DATE:20261206"
    )
    _one(check_calendar(mixed), "not both dates or both date-times")


def test_empty_properties_and_parameters(invite: bytes) -> None:
    _one(
        check_calendar(invite.replace(b"SEQUENCE:0", b"SEQUENCE:0\r\nCOMMENT:")), "COMMENT is empty"
    )
    empty_cn = invite.replace(b'ORGANIZER;CN="Anna Schmidt"', b'ORGANIZER;CN=""')
    _one(check_calendar(empty_cn), "parameter CN of ORGANIZER is empty")


def test_structure_problems() -> None:
    _one(check_calendar(b"hello\r\n"), "not a content line")
    _one(check_calendar(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n"), "does not close")
    _one(check_calendar(b"BEGIN:VTODO\r\nEND:VTODO\r\n"), "not a VCALENDAR")


def test_sequence_across_versions(
    make_event: Callable[..., IcsEvent], organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    def ics(**changes: object) -> bytes:
        return build_invites(make_event(**changes), organizer, guests[:1]).combined

    later = {"ends_at": datetime(2026, 12, 5, 22, tzinfo=UTC)}
    assert check_versions(ics(sequence=1), ics(sequence=1)) == []
    assert check_versions(ics(sequence=1), ics(sequence=2, **later)) == []
    _one(check_versions(ics(sequence=1), ics(sequence=1, **later)), "DTEND changed")
    _one(check_versions(ics(sequence=3), ics(sequence=2)), "SEQUENCE went down from 3 to 2")
    feed = build_feed([make_event(sequence=4)], organizer)
    _one(check_versions(feed, ics(sequence=0)), "went down from 4 to 0")
