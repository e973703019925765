"""Reading REPLY files as real calendars send them, and turning away what can't be trusted."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from ics_test_helpers import DATA

from app.domain.enums import RsvpResponse
from app.domain.errors import DomainError
from app.exporters.ics import (
    IcsAttendee,
    IcsEvent,
    IcsOrganizer,
    ParsedReply,
    PartStat,
    RejectReason,
    ReplyRejected,
    build_invites,
    check_reply,
    parse_reply,
    read_reply,
)
from app.exporters.ics import replies as replies_module

EVENT_UUID = "7d3c1a52-5b7e-4c1f-9a55-0e2f4c6b8a10"


@pytest.mark.parametrize(
    ("name", "email", "partstat", "sequence", "attendee_name"),
    [
        ("reply_google_accepted.ics", "xiaoming@example.cn", PartStat.ACCEPTED, 2, "Wang Xiaoming"),
        ("reply_outlook_declined.ics", "juergen.mueller@example.de", PartStat.DECLINED, 2,
         "Müller, Jürgen"),
        ("reply_apple_tentative_no_sequence.ics", "hanako@example.jp", PartStat.TENTATIVE, 0,
         "佐藤 花子 🌸"),
        ("reply_bare_no_organizer.ics", "bob@example.com", PartStat.ACCEPTED, 1, ""),
        ("reply_outlook_mail.eml", "juergen.mueller@example.de", PartStat.DECLINED, 2,
         "Müller, Jürgen"),
        ("reply_attachment_mail.eml", "xiaoming@example.cn", PartStat.ACCEPTED, 2,
         "Wang Xiaoming"),
    ],
)  # fmt: skip
def test_real_world_replies_are_read(
    name: str, email: str, partstat: PartStat, sequence: int, attendee_name: str
) -> None:
    reply = read_reply(DATA / name)
    assert reply.uid == f"{EVENT_UUID}@org.convivio.Convivio"
    assert reply.event_uuid == EVENT_UUID
    assert reply.attendee_email == email
    assert reply.partstat is partstat
    assert reply.sequence == sequence
    assert reply.attendee_name == attendee_name
    assert reply.source_name == name
    assert reply.dtstamp is not None
    assert reply.dtstamp.tzinfo is not None
    assert datetime(2026, 11, 22, tzinfo=UTC) <= reply.dtstamp < datetime(2026, 11, 23, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "reason", "words"),
    [
        ("bad_method_request.ics", RejectReason.WRONG_METHOD, "is a REQUEST calendar"),
        ("bad_no_method.ics", RejectReason.WRONG_METHOD, "without a METHOD"),
        ("bad_foreign_uid.ics", RejectReason.FOREIGN, "Convivio did not send"),
        ("bad_unknown_partstat.ics", RejectReason.UNKNOWN_ANSWER, "“DELEGATED”"),
        ("bad_no_partstat.ics", RejectReason.UNKNOWN_ANSWER, "no answer at all"),
        ("bad_two_attendees.ics", RejectReason.SEVERAL_ATTENDEES, "2 people"),
        ("bad_urn_attendee.ics", RejectReason.NO_ATTENDEE, "who is answering"),
        ("bad_no_attendee.ics", RejectReason.NO_ATTENDEE, "who is answering"),
        ("bad_sequence.ics", RejectReason.MALFORMED, "SEQUENCE:two"),
        ("bad_no_event.ics", RejectReason.NO_EVENT, "no event"),
        ("bad_truncated.ics", RejectReason.MALFORMED, "damaged"),
        ("not_a_calendar.txt", RejectReason.NOT_ICALENDAR, "neither a calendar file"),
        ("mail_without_calendar.eml", RejectReason.NOT_ICALENDAR, "no calendar reply in it"),
    ],
)
def test_bad_files_are_rejected_with_a_message_naming_them(
    name: str, reason: RejectReason, words: str
) -> None:
    with pytest.raises(ReplyRejected) as caught:
        read_reply(DATA / name)
    error = caught.value
    assert isinstance(error, DomainError)
    assert error.reason is reason
    assert error.source_name == name
    assert f"“{name}”" in str(error)
    assert words in error.message


def _as_client_reply(invite: bytes, partstat: str) -> bytes:
    """What a calendar sends back for one of our invites: same UID and SEQUENCE, new METHOD."""
    text = invite.decode().replace("METHOD:REQUEST", "METHOD:REPLY")
    return text.replace("PARTSTAT=NEEDS-ACTION", f"PARTSTAT={partstat}").encode()


def test_a_reply_to_our_own_invite_round_trips(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    invite = build_invites(event, organizer, guests[:1]).files[0][1]
    reply = parse_reply(_as_client_reply(invite, "ACCEPTED"), "Re: Abendessen.ics")
    assert reply.event_uuid == event.uuid
    assert reply.uid == event.uid
    assert reply.attendee_email == "juergen@example.de"
    assert reply.attendee_name == "Müller, Jürgen"
    assert reply.partstat.response is RsvpResponse.GOING


def test_mangled_line_ends_and_latin1_are_tolerated() -> None:
    data = (DATA / "reply_google_accepted.ics").read_bytes()
    mangled = data.replace(b"\r\n", b"\r\r\n")
    assert parse_reply(mangled, "x.ics").partstat is PartStat.ACCEPTED
    latin1 = data.replace("Café".encode(), "Café".encode("latin-1"))
    assert parse_reply(latin1, "y.ics").attendee_email == "xiaoming@example.cn"


def test_check_reply_rejects_only_older_sequences() -> None:
    reply = read_reply(DATA / "reply_bare_no_organizer.ics")  # SEQUENCE:1
    check_reply(reply, 0)
    check_reply(reply, 1)
    with pytest.raises(ReplyRejected) as caught:
        check_reply(reply, 2)
    assert caught.value.reason is RejectReason.STALE
    assert "“reply_bare_no_organizer.ics” answers an older version" in caught.value.message


def test_unreadable_and_huge_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ReplyRejected) as missing:
        read_reply(tmp_path / "gone.ics")
    assert missing.value.reason is RejectReason.UNREADABLE
    assert "“gone.ics”" in missing.value.message
    big = tmp_path / "movie.ics"
    big.write_bytes(b"BEGIN:VCALENDAR\r\n" + b"X" * 200)
    monkeypatch.setattr(replies_module, "MAX_REPLY_BYTES", 100)
    with pytest.raises(ReplyRejected, match="too large"):
        read_reply(big)


def test_partstat_maps_to_rsvp_responses() -> None:
    assert {p: p.response for p in PartStat} == {
        PartStat.ACCEPTED: RsvpResponse.GOING,
        PartStat.DECLINED: RsvpResponse.DECLINED,
        PartStat.TENTATIVE: RsvpResponse.MAYBE,
    }
    assert ParsedReply.__dataclass_params__.frozen  # type: ignore[attr-defined]
