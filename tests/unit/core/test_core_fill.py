"""Filling message templates: names in the person's own form, times in the event's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from urllib.parse import unquote

import pytest

from app.domain.core import (
    MessageValues,
    PlainWhenFormat,
    check_template,
    fill,
    mailto_url,
)
from app.domain.enums import NameOrder
from app.domain.errors import ValidationError
from app.domain.people import call_name, full_name

START = datetime(2026, 12, 1, 18, 30, tzinfo=UTC)


def values(**changes: object) -> MessageValues:
    base: dict[str, object] = {
        "call_name": "Zoë",
        "full_name": "Zoë Ærøskøbing",
        "event_title": "Dîner 🍷 des fondateurs",
        "event_starts_at": START,
        "event_timezone": "Europe/Paris",
        "venue": "Café Müller",
        "organizer_name": "Łucja",
    }
    base.update(changes)
    return MessageValues(**base)  # type: ignore[arg-type]


def test_every_placeholder_is_filled_with_non_ascii_text() -> None:
    text = (
        "Hi {call_name} ({full_name}): {event_title} on {event_date} at {event_time}, "
        "{venue}. — {organizer_name}"
    )
    assert fill(text, values()) == (
        "Hi Zoë (Zoë Ærøskøbing): Dîner 🍷 des fondateurs on Tuesday 1 December 2026 at 19:30, "
        "Café Müller. — Łucja"
    )


def test_family_first_names_keep_their_order_and_greet_by_the_right_name() -> None:
    hungarian = values(
        call_name=call_name("Zoltán", "Nagy", ""),
        full_name=full_name("Zoltán", "Nagy", NameOrder.FAMILY_FIRST),
    )
    assert fill("Dear {call_name} — {full_name}", hungarian) == "Dear Zoltán — Nagy Zoltán"
    chinese = values(
        call_name=call_name("伟", "张", "Wei"),
        full_name=full_name("伟", "张", NameOrder.FAMILY_FIRST),
    )
    assert fill("{call_name} / {full_name}", chinese) == "Wei / 张伟"


@pytest.mark.parametrize(
    ("zone", "day", "clock"),
    [
        ("Asia/Tokyo", "Wednesday 2 December 2026", "03:30"),
        ("America/Los_Angeles", "Tuesday 1 December 2026", "10:30"),
        ("Asia/Kolkata", "Wednesday 2 December 2026", "00:00"),
        ("UTC", "Tuesday 1 December 2026", "18:30"),
    ],
)
def test_date_and_time_are_in_the_event_time_zone(zone: str, day: str, clock: str) -> None:
    assert fill("{event_date} {event_time}", values(event_timezone=zone)) == f"{day} {clock}"


def test_daylight_saving_is_applied_for_the_event_date() -> None:
    summer = values(event_starts_at=datetime(2026, 7, 1, 17, 0, tzinfo=UTC))
    assert fill("{event_time}", summer) == "19:00"  # CEST, UTC+2
    assert fill("{event_time}", values()) == "19:30"  # CET, UTC+1


def test_the_reader_locale_format_is_injected() -> None:
    class German:
        def date_text(self, day: date) -> str:
            return day.strftime("%d.%m.%Y")

        def time_text(self, moment: time) -> str:
            return moment.strftime("%H.%M Uhr")

        def all_day_text(self) -> str:
            return "ganztägig"

    assert fill("{event_date}, {event_time}", values(), German()) == "01.12.2026, 19.30 Uhr"
    all_day = values(event_all_day=True, event_starts_at=datetime(2026, 11, 30, 23, tzinfo=UTC))
    assert fill("{event_date}, {event_time}", all_day, German()) == "01.12.2026, ganztägig"
    assert fill("{event_time}", all_day, PlainWhenFormat()) == "all day"


def test_double_braces_are_literal() -> None:
    assert fill("{{not a placeholder}} {call_name}", values()) == "{not a placeholder} Zoë"


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("Hi {nickname}", "body", "{nickname}"),
        ("Hi {}", "body", "{}"),
        ("Hi {call_name", "body", "without its partner"),
        ("Hi call_name}", "body", "without its partner"),
        ("Hi {call_name!r}", "body", "without “:” or “!”"),
        ("Hi {call_name:>10}", "body", "without “:” or “!”"),
        ("Hi {call_name.upper}", "body", "{call_name.upper}"),
    ],
)
def test_bad_placeholders_fail_naming_them(text: str, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        fill(text, values())
    assert caught.value.field == field
    assert words in caught.value.message


@pytest.mark.parametrize(
    ("missing", "placeholder", "words"),
    [
        ({"venue": None}, "venue", "the event has no venue yet"),
        ({"organizer_name": ""}, "organizer_name", "set your name"),
        ({"event_title": None}, "event_title", "no event is chosen"),
        ({"event_starts_at": None}, "event_date", "no event is chosen"),
        ({"event_starts_at": None}, "event_time", "no event is chosen"),
    ],
)
def test_missing_values_fail_naming_the_placeholder(
    missing: dict[str, object], placeholder: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        fill(f"Hello {{{placeholder}}}", values(**missing))
    assert caught.value.field == placeholder
    assert f"{{{placeholder}}}" in caught.value.message
    assert words in caught.value.message


def test_unused_missing_values_are_fine() -> None:
    assert fill("Hi {call_name}", values(venue=None, event_title=None)) == "Hi Zoë"


def test_check_template_lists_placeholders() -> None:
    assert check_template("{call_name}, {event_date} {{x}}") == ["call_name", "event_date"]
    with pytest.raises(ValidationError) as caught:
        check_template("Re: {topic}", "subject")
    assert caught.value.field == "subject"


def test_mailto_link_encodes_everything() -> None:
    url = mailto_url("zoë@example.org", "Dîner & more?", "Line 1\nLine 2\r\nLine 3")
    assert url.startswith("mailto:zo%C3%AB@example.org?subject=")
    assert "%26" in url  # the & in the subject can't end the parameter
    query = url.split("?", 1)[1]
    subject, body = (part.split("=", 1)[1] for part in query.split("&"))
    assert unquote(subject) == "Dîner & more?"
    assert unquote(body) == "Line 1\r\nLine 2\r\nLine 3"
