"""Escaping and folding: any Unicode text survives exactly, and no line passes 75 octets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from icalendar.parser import rfc_6868_unescape
from ics_test_helpers import icalendar_event, vobject_event

from app.exporters.ics import IcsAttendee, IcsEvent, IcsOrganizer, build_invites, check_calendar
from app.exporters.ics.model import clean_line, clean_text

STAMP = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
LONG_CHINESE = "这是一个很长的中文描述，用来测试折行是否会把多字节字符切开。" * 6
LONG_EMOJI = "🍝🎉👩‍👩‍👧‍👦🇩🇪🇨🇳 Grüße aus Köln; Straße, \\ Weg " * 8

# Text values of any script, plus the characters that need escaping or that split lines.
TEXT = st.text(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from([*"\\,;:\"'^\n\r\t ", "🍝", "中", "ü", "\u2028"]),
    ),
    max_size=300,
)
NAMES = TEXT.filter(lambda text: bool(clean_line(text)))


def _physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    return lines


def _build(event: IcsEvent, guest: IcsAttendee) -> bytes:
    organizer = IcsOrganizer("Anna Schmidt", "anna@example.org")
    return build_invites(event, organizer, [guest], stamp=STAMP).files[0][1]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=NAMES, description=TEXT, name=TEXT)
@example(title=LONG_EMOJI, description=LONG_CHINESE, name="Müller, Jürgen")
@example(title="a" * 200, description="\\n is not a newline\\", name='"quoted" ^caret^')
@example(title="0", description="", name="\\")
@example(title="x", description="", name="a\\;b\\,c\\\\")
def test_any_text_round_trips_exactly_in_both_parsers(
    make_event: Callable[..., IcsEvent], title: str, description: str, name: str
) -> None:
    event = make_event(title=title, description=description, agenda="", practical_info="")
    guest = IcsAttendee(name, "guest@example.com")
    ics = _build(event, guest)
    assert check_calendar(ics) == []
    for line in _physical_lines(ics):
        assert len(line) <= 75
        line.decode("utf-8")  # a fold never cuts a character in two
    parsed = icalendar_event(ics)
    assert parsed["SUMMARY"] == clean_line(title)
    expected_description = clean_text(description).strip()
    assert parsed.get("DESCRIPTION", "") == expected_description
    cn = clean_line(name)
    if "\\" not in cn:
        # icalendar's reader unescapes `\\ \, \; \:` inside parameter values, which RFC 5545
        # does not; vobject (below) reads them literally, as calendar clients do.
        assert parsed["ATTENDEE"].params.get("CN", "") == cn
    other = vobject_event(ics)
    assert other.summary.value == clean_line(title)
    if expected_description:
        assert other.description.value == expected_description
    if cn:
        # vobject does not implement RFC 6868 (^' ^n ^^), so decode that step here.
        assert rfc_6868_unescape(other.attendee.params["CN"][0]) == cn
    else:
        assert "CN" not in other.attendee.params


def test_long_chinese_and_emoji_lines_fold_at_75_octets(
    make_event: Callable[..., IcsEvent],
) -> None:
    event = make_event(title=LONG_EMOJI.strip(), description=LONG_CHINESE, agenda=LONG_EMOJI)
    ics = _build(event, IcsAttendee("王小明" * 30, "xiaoming@example.cn"))
    lines = _physical_lines(ics)
    folded = [line for line in lines if line.startswith(b" ")]
    assert len(folded) > 20  # the long values really were folded
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")
    assert icalendar_event(ics)["SUMMARY"] == LONG_EMOJI.strip()
    assert vobject_event(ics).description.value.startswith(LONG_CHINESE)
    assert vobject_event(ics).attendee.params["CN"] == ["王小明" * 30]


def test_line_ends_are_normalized_and_control_characters_dropped() -> None:
    assert clean_text("a\r\nb\rc\nd\x00\x07\x1b\x7f\x85e\tf") == "a\nb\nc\nde\tf"
    assert clean_line("  Anna\r\nSchmidt\t ") == "Anna Schmidt"
    assert clean_text(None) == ""
