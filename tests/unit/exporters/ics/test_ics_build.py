"""Invites, cancellations and feeds, read back with icalendar and vobject."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import vCalAddress
from ics_test_helpers import (
    content_lines,
    icalendar_event,
    parse_icalendar,
    parse_vobject,
    property_names,
    vobject_event,
)

from app import APP_ID
from app.domain.enums import RsvpResponse
from app.domain.errors import ValidationError
from app.domain.events import EventDraft
from app.exporters.ics import (
    IcsAttendee,
    IcsEvent,
    IcsOrganizer,
    IcsStatus,
    Method,
    build_add_to_calendar,
    build_feed,
    build_invites,
    check_calendar,
    check_versions,
)
from app.exporters.ics.builder import calendar, vevent

STAMP = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def test_request_per_attendee_has_itip_properties(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    invites = build_invites(event, organizer, guests, stamp=STAMP)
    assert [person for person, _ in invites.files] == guests
    for person, ics in invites.files:
        assert check_calendar(ics, method=Method.REQUEST) == []
        parsed = parse_icalendar(ics)
        assert parsed["METHOD"] == "REQUEST"
        vevent_ = icalendar_event(ics)
        attendee = vevent_["ATTENDEE"]
        assert isinstance(attendee, vCalAddress)  # exactly one, not a list
        assert attendee == f"mailto:{person.email}"
        assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
        assert attendee.params["RSVP"] == "TRUE"
        assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
        assert attendee.params.get("CN", "") == person.name
        assert vevent_["ORGANIZER"] == "mailto:anna@example.org"
        assert vevent_["ORGANIZER"].params["CN"] == "Anna Schmidt"
        other = vobject_event(ics)
        assert other.attendee.value == f"mailto:{person.email}"
        assert other.organizer.params["CN"] == ["Anna Schmidt"]
        assert other.summary.value == event.title
        assert other.dtstamp.value == STAMP


def test_combined_file_lists_everyone_in_one_event(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    invites = build_invites(event, organizer, guests, stamp=STAMP)
    assert check_calendar(invites.combined, method=Method.REQUEST) == []
    attendees = icalendar_event(invites.combined)["ATTENDEE"]
    assert [str(a) for a in attendees] == [f"mailto:{g.email}" for g in guests]
    assert len(vobject_event(invites.combined).attendee_list) == len(guests)


def test_uid_is_stable_across_exports_and_versions(
    make_event: Callable[..., IcsEvent], organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    first = build_invites(make_event(), organizer, guests[:1], stamp=STAMP).files[0][1]
    moved = make_event(
        starts_at=datetime(2026, 12, 6, 18, tzinfo=UTC),
        ends_at=datetime(2026, 12, 6, 21, tzinfo=UTC),
        sequence=1,
    )
    later = STAMP + timedelta(days=3)
    second = build_invites(moved, organizer, guests[:1], stamp=later).files[0][1]
    uid = f"4f1c2d3e-9b8a-4c7d-8e6f-5a4b3c2d1e0f@{APP_ID}"
    assert icalendar_event(first)["UID"] == icalendar_event(second)["UID"] == uid
    assert vobject_event(first).uid.value == vobject_event(second).uid.value == uid
    assert check_versions(first, second) == []
    same_again = build_invites(make_event(), organizer, guests[:1], stamp=STAMP).files[0][1]
    assert same_again == first  # the same input gives the same bytes


def test_dtstart_has_tzid_and_a_vtimezone_with_dst_rules(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    ics = build_invites(event, organizer, guests[:1], stamp=STAMP).files[0][1]
    lines = content_lines(ics)
    assert "DTSTART;TZID=Europe/Berlin:20261205T190000" in lines
    assert "DTEND;TZID=Europe/Berlin:20261205T220000" in lines
    assert "DTSTAMP:20261121T120000Z" in lines
    timezone = parse_icalendar(ics).timezones
    assert [tz.tz_name for tz in timezone] == ["Europe/Berlin"]
    assert {c.name for c in timezone[0].subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert all("RRULE" in c for c in timezone[0].subcomponents)
    # vobject turns the VTIMEZONE into a tzinfo of its own (dateutil), independent of zoneinfo.
    vtz = parse_vobject(ics).vtimezone.gettzinfo()
    assert datetime(2026, 7, 1, 12, tzinfo=vtz).utcoffset() == timedelta(hours=2)
    assert datetime(2026, 12, 5, 19, tzinfo=vtz).utcoffset() == timedelta(hours=1)
    assert vobject_event(ics).dtstart.value.astimezone(UTC) == event.starts_at
    assert icalendar_event(ics).start == event.starts_at


def test_utc_events_use_z_times_and_no_vtimezone(
    make_event: Callable[..., IcsEvent], organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    ics = build_invites(make_event(timezone="UTC"), organizer, guests[:1], stamp=STAMP).combined
    assert "DTSTART:20261205T180000Z" in content_lines(ics)
    assert b"VTIMEZONE" not in ics
    assert check_calendar(ics) == []
    assert vobject_event(ics).dtstart.value == datetime(2026, 12, 5, 18, tzinfo=UTC)


@pytest.mark.parametrize(
    ("first", "last", "zone_name"),
    [
        (date(2026, 12, 5), date(2026, 12, 5), "Europe/Berlin"),
        (date(2026, 12, 5), date(2026, 12, 7), "Asia/Shanghai"),
        (date(2026, 3, 28), date(2026, 3, 29), "Europe/Berlin"),  # over the DST change
        (date(2026, 9, 5), date(2026, 9, 6), "America/Santiago"),  # midnight is skipped there
    ],
)
def test_all_day_events_are_dates_with_an_exclusive_end(
    make_event: Callable[..., IcsEvent],
    organizer: IcsOrganizer,
    guests: list[IcsAttendee],
    first: date,
    last: date,
    zone_name: str,
) -> None:
    draft = EventDraft(
        title="Retreat",
        start=datetime.combine(first, datetime.min.time()),
        end=datetime.combine(last, datetime.min.time()),
        timezone=zone_name,
        all_day=True,
    ).validated()
    times = draft.times()
    event = make_event(
        all_day=True, timezone=zone_name, starts_at=times.starts_at, ends_at=times.ends_at
    )
    ics = build_invites(event, organizer, guests[:1], stamp=STAMP).files[0][1]
    assert check_calendar(ics) == []
    lines = content_lines(ics)
    assert f"DTSTART;VALUE=DATE:{first:%Y%m%d}" in lines
    assert f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}" in lines
    assert b"VTIMEZONE" not in ics  # dates float by design; no TZID is used
    parsed = icalendar_event(ics)
    assert (parsed.start, parsed.end) == (first, last + timedelta(days=1))
    other = vobject_event(ics)
    assert (other.dtstart.value, other.dtend.value) == (first, last + timedelta(days=1))


def test_text_is_escaped_and_parameters_quoted(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    ics = build_invites(event, organizer, guests, stamp=STAMP).combined
    lines = content_lines(ics)
    assert any(line.startswith('ATTENDEE;CN="Müller, Jürgen";') for line in lines)
    assert "SUMMARY:Abendessen: Müller & 朋友 🍝" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert "Bring\\, if you like\\, a dessert\\; or \\\\ nothing.\\n\\nAgenda:\\n" in description
    location = next(line for line in lines if line.startswith("LOCATION"))
    assert location.endswith(":Café Zur Post\\, Hauptstraße 1\\, 10115 Berlin")
    expected = (
        "Bring, if you like, a dessert; or \\ nothing.\n\nAgenda:\n19:00 Apéro\n20:00 Dinner"
        "\n\nPractical information:\nDoor code 4711"
    )
    assert icalendar_event(ics)["DESCRIPTION"] == expected
    assert vobject_event(ics).description.value == expected
    names = {a.params.get("CN") for a in icalendar_event(ics)["ATTENDEE"]}
    assert {"Müller, Jürgen", "王小明", 'Zoë "Zo" O\'Brien; PhD'} <= names
    # vobject does not implement RFC 6868, so it shows the ^' escape for the double quotes.
    vnames = {a.params.get("CN", [""])[0] for a in vobject_event(ics).attendee_list}
    assert {"Müller, Jürgen", "王小明", "Zoë ^'Zo^' O'Brien; PhD"} <= vnames


def test_venue_gives_location_geo_and_url(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    ics = build_invites(event, organizer, guests[:1], stamp=STAMP).files[0][1]
    parsed = icalendar_event(ics)
    assert parsed["LOCATION"] == "Café Zur Post, Hauptstraße 1, 10115 Berlin"
    assert parsed["LOCATION"].params["ALTREP"] == "https://example.org/cafe"
    assert (parsed["GEO"].latitude, parsed["GEO"].longitude) == (52.5301, 13.3849)
    assert parsed["URL"] == "https://example.org/events/1"
    assert vobject_event(ics).geo.value == "52.5301;13.3849"


def test_no_empty_properties_when_details_are_missing(
    make_event: Callable[..., IcsEvent], organizer: IcsOrganizer
) -> None:
    bare = make_event(venue=None, url="", description="  ", agenda="", practical_info="")
    nameless = IcsAttendee("   ", "x@example.com")
    ics = build_invites(bare, organizer, [nameless], stamp=STAMP).files[0][1]
    names = property_names(ics)
    for absent in ("LOCATION", "GEO", "URL", "DESCRIPTION"):
        assert absent not in names
    assert "CN" not in icalendar_event(ics)["ATTENDEE"].params
    assert "CN" not in vobject_event(ics).attendee.params
    assert all(not line.endswith(":") for line in content_lines(ics))
    assert check_calendar(ics) == []


def test_alarm_is_a_display_reminder(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    ics = build_invites(event, organizer, guests[:1], alarm_minutes=45, stamp=STAMP).combined
    (alarm,) = icalendar_event(ics).walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(minutes=-45)
    assert alarm["DESCRIPTION"] == f"Reminder: {event.title}"
    assert vobject_event(ics).valarm.trigger.value == timedelta(minutes=-45)
    with pytest.raises(ValidationError):
        build_invites(event, organizer, guests[:1], alarm_minutes=-5)


def test_cancel_keeps_the_uid_and_carries_status_and_sequence(
    make_event: Callable[..., IcsEvent], organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    request = build_invites(make_event(sequence=1), organizer, guests, stamp=STAMP)
    cancel = build_invites(
        make_event(sequence=2), organizer, guests, method=Method.CANCEL, alarm_minutes=10
    )
    for (_, old), (_, new) in zip(request.files, cancel.files, strict=True):
        assert check_calendar(new, method=Method.CANCEL) == []
        assert check_versions(old, new) == []
        parsed = icalendar_event(new)
        assert parse_icalendar(new)["METHOD"] == "CANCEL"
        assert parsed["UID"] == icalendar_event(old)["UID"]
        assert parsed["STATUS"] == "CANCELLED"
        assert parsed["SEQUENCE"] == 2
        assert "PARTSTAT" not in parsed["ATTENDEE"].params
        assert "RSVP" not in parsed["ATTENDEE"].params
        assert not parsed.walk("VALARM")
        assert vobject_event(new).status.value == "CANCELLED"
    same_sequence = build_invites(make_event(sequence=1), organizer, guests, method=Method.CANCEL)
    assert check_versions(request.combined, same_sequence.combined) != []


def test_uninvite_cancel_has_no_status(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    ics = build_invites(event, organizer, guests[:1], method=Method.CANCEL, uninvite=True)
    assert "STATUS" not in property_names(ics.combined)
    assert check_calendar(ics.combined, method=Method.CANCEL) == []


def test_request_refuses_waitlisted_pending_and_cancelled(
    make_event: Callable[..., IcsEvent], organizer: IcsOrganizer
) -> None:
    going = IcsAttendee("Going", "going@example.com", RsvpResponse.GOING)
    waiting = IcsAttendee("Waiting", "wait@example.com", RsvpResponse.WAITLISTED)
    pending = IcsAttendee("Pending", "pend@example.com", RsvpResponse.PENDING_APPROVAL)
    with pytest.raises(ValidationError, match="Waiting, Pending"):
        build_invites(make_event(), organizer, [going, waiting, pending])
    with pytest.raises(ValidationError, match="cancelled"):
        build_invites(make_event(status=IcsStatus.CANCELLED), organizer, [going])
    with pytest.raises(ValidationError, match="nobody"):
        build_invites(make_event(), organizer, [])
    with pytest.raises(ValidationError):
        build_invites(make_event(), organizer, [going], method=Method.PUBLISH)
    assert going.invitable
    assert not waiting.invitable


def test_publish_feed_has_no_attendees_and_every_timezone(
    make_event: Callable[..., IcsEvent], organizer: IcsOrganizer
) -> None:
    events = [
        make_event(),
        make_event(
            uuid="second",
            timezone="America/New_York",
            starts_at=datetime(2027, 7, 4, 22, tzinfo=UTC),
            ends_at=datetime(2027, 7, 5, 2, tzinfo=UTC),
        ),
        make_event(uuid="third", status=IcsStatus.CANCELLED, public=False),
    ]
    feed = build_feed(events, organizer, name="Convivio — Berlin", stamp=STAMP)
    assert check_calendar(feed, method=Method.PUBLISH) == []
    parsed = parse_icalendar(feed)
    assert parsed["METHOD"] == "PUBLISH"
    assert parsed["X-WR-CALNAME"] == "Convivio — Berlin"
    assert sorted(tz.tz_name for tz in parsed.timezones) == ["America/New_York", "Europe/Berlin"]
    vevents = parsed.walk("VEVENT")
    assert [e["UID"].split("@")[0] for e in vevents] == [
        "4f1c2d3e-9b8a-4c7d-8e6f-5a4b3c2d1e0f", "second", "third"
    ]  # fmt: skip
    assert all("ATTENDEE" not in e for e in vevents)
    assert [str(e["STATUS"]) for e in vevents] == ["CONFIRMED", "CONFIRMED", "CANCELLED"]
    july = vevents[1].start
    assert july.utcoffset() == timedelta(hours=-4)
    assert len(parse_vobject(feed).vevent_list) == 3
    public = build_feed(events, organizer, public_only=True, stamp=STAMP)
    assert len(parse_icalendar(public).walk("VEVENT")) == 2


def test_add_to_calendar_file_is_a_single_publish(event: IcsEvent, organizer: IcsOrganizer) -> None:
    ics = build_add_to_calendar(event, organizer, alarm_minutes=60, stamp=STAMP)
    assert check_calendar(ics, method=Method.PUBLISH) == []
    assert parse_icalendar(ics)["METHOD"] == "PUBLISH"
    assert vobject_event(ics).uid.value == event.uid
    assert "ATTENDEE" not in property_names(ics)


def test_spliced_invites_equal_a_direct_icalendar_build(
    event: IcsEvent, organizer: IcsOrganizer, guests: list[IcsAttendee]
) -> None:
    invites = build_invites(event, organizer, guests, alarm_minutes=15, stamp=STAMP)
    for person, ics in invites.files:
        component = vevent(event, organizer, stamp=STAMP, alarm_minutes=15)
        address = vCalAddress(f"mailto:{person.email}")
        if person.name:
            address.params["CN"] = person.name
        address.params.update(
            {"CUTYPE": "INDIVIDUAL", "ROLE": "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION"}
        )
        address.params["RSVP"] = "TRUE"
        component.add("ATTENDEE", address)
        assert calendar(Method.REQUEST, [event], [component]).to_ical() == ics


def test_progress_and_cancel_during_a_big_build(event: IcsEvent, organizer: IcsOrganizer) -> None:
    people = [IcsAttendee(f"Guest {i}", f"g{i}@example.com") for i in range(120)]
    seen: list[tuple[int, int]] = []
    build_invites(event, organizer, people, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 120), (50, 120), (100, 120), (120, 120)]
    calls = iter([False, False, True])
    with pytest.raises(InterruptedError):
        build_invites(event, organizer, people, cancelled=lambda: next(calls))


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"starts_at": datetime(2026, 12, 5, 18)}, ValueError),
        ({"ends_at": datetime(2026, 12, 5, 17, tzinfo=UTC)}, ValidationError),
        ({"timezone": "Mars/Olympus_Mons"}, ValidationError),
        ({"title": " \n "}, ValidationError),
        ({"sequence": -1}, ValueError),
        ({"uuid": "has spaces@and-at"}, ValueError),
    ],
)
def test_event_values_are_validated(
    make_event: Callable[..., IcsEvent], changes: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        make_event(**changes)


def test_people_values_are_validated() -> None:
    with pytest.raises(ValidationError, match="not an e-mail"):
        IcsAttendee("Bob", "bob at example.com")
    with pytest.raises(ValidationError):
        IcsOrganizer("Anna", "")
    assert IcsOrganizer("Anna", " MAILTO:anna@example.org ").email == "anna@example.org"
    assert IcsAttendee("  Jürgen\nMüller ", "j@example.de").name == "Jürgen Müller"
