"""E-mail drafts: structure a mail program understands, readable bodies, exact calendar bytes."""

from __future__ import annotations

import email
from collections.abc import Callable
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage

from ics_test_helpers import vobject_event

from app.exporters.ics import (
    IcsAttendee,
    IcsEvent,
    IcsOrganizer,
    Method,
    build_invite_email,
    build_invites,
    check_calendar,
)
from app.exporters.ics.email_draft import describe_when

STAMP = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def _mail(
    event: IcsEvent, organizer: IcsOrganizer, guest: IcsAttendee, method: Method = Method.REQUEST
) -> tuple[bytes, bytes, EmailMessage]:
    invites = build_invites(event, organizer, [guest], method=method, stamp=STAMP)
    ics = invites.files[0][1]
    raw = build_invite_email(invites, guest, ics, stamp=STAMP)
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return raw, ics, message


def test_structure_is_mixed_with_alternative_calendar_and_attachment(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    raw, ics, message = _mail(event, organizer, guests[0])
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    plain, html, calendar = alternative.iter_parts()
    assert plain.get_content_type() == "text/plain"
    assert html.get_content_type() == "text/html"
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_param("method") == "REQUEST"
    assert calendar.get_param("charset") == "UTF-8"
    assert calendar.get_payload(decode=True) == ics
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_payload(decode=True) == ics
    assert check_calendar(calendar.get_payload(decode=True), method=Method.REQUEST) == []
    assert vobject_event(attachment.get_payload(decode=True)).uid.value == event.uid
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only (RFC 5322)
    assert raw.count(b"MIME-Version:") == 1
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998


def test_headers_encode_non_ascii_names(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    raw, _ics, message = _mail(event, organizer, guests[0])
    head = raw.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")  # encoded words, no raw UTF-8 in the header block
    assert message["From"].addresses[0].display_name == "Anna Schmidt"
    assert message["From"].addresses[0].addr_spec == "anna@example.org"
    assert message["To"].addresses[0].display_name == "Müller, Jürgen"
    assert message["To"].addresses[0].addr_spec == "juergen@example.de"
    assert message["Subject"].startswith("Invitation: Abendessen: Müller & 朋友 🍝 (")
    assert message["Date"].datetime == STAMP
    assert message["Message-ID"].endswith("@example.org>")
    assert message["X-Unsent"] == "1"


def test_bodies_carry_the_key_facts_in_the_event_zone(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    _raw, _ics, message = _mail(event, organizer, guests[1])
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None
    assert html is not None
    text = plain.get_content()
    assert "Hello 王小明," in text
    assert "When: Saturday, 5 December 2026, 19:00–22:00 (CET, Europe/Berlin)" in text
    assert "Where: Café Zur Post, Hauptstraße 1, 10115 Berlin" in text
    assert "Organizer: Anna Schmidt <anna@example.org>" in text
    assert "Door code 4711" in text
    markup = html.get_content()
    assert "Müller &amp; 朋友 🍝" in markup
    assert "Saturday, 5 December 2026, 19:00–22:00" in markup


def test_cancellation_and_update_mails(
    make_event: Callable[..., IcsEvent], organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    _raw, ics, message = _mail(make_event(sequence=3), organizer, guests[2], Method.CANCEL)
    calendar = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    assert calendar.get_param("method") == "CANCEL"
    assert calendar.get_payload(decode=True) == ics
    assert message["Subject"].startswith("Cancelled: ")
    _raw, _ics, update = _mail(make_event(sequence=1), organizer, guests[3])
    assert update["Subject"].startswith("Updated invitation: ")
    plain = update.get_body(("plain",))
    assert plain is not None
    assert plain.get_content().splitlines()[:3] == [
        "Hello,",
        "",
        "The details of this event have changed. Please answer again.",
    ]


def test_describe_when_for_all_day_and_overnight(make_event: Callable[..., IcsEvent]) -> None:
    one_day = make_event(
        all_day=True,
        starts_at=datetime(2026, 12, 4, 23, tzinfo=UTC),
        ends_at=datetime(2026, 12, 5, 23, tzinfo=UTC),
    )
    assert describe_when(one_day) == "Saturday, 5 December 2026 (all day)"
    weekend = make_event(
        all_day=True,
        starts_at=datetime(2026, 12, 4, 23, tzinfo=UTC),
        ends_at=datetime(2026, 12, 6, 23, tzinfo=UTC),
    )
    assert (
        describe_when(weekend) == "Saturday, 5 December 2026 to Sunday, 6 December 2026 (all day)"
    )
    overnight = make_event(timezone="Asia/Shanghai", ends_at=datetime(2026, 12, 6, 17, tzinfo=UTC))
    assert describe_when(overnight) == (
        "Sunday, 6 December 2026, 02:00 to Monday, 7 December 2026, 01:00 (CST, Asia/Shanghai)"
    )
