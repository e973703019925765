"""Invites for one event with many attendees, against plain icalendar code in the same run.

The reference builds the same calendars the obvious way (a fresh Calendar and Event per
attendee, serialized with `to_ical()`), sharing only the VTIMEZONE component, as minimal
icalendar code would. Target: Convivio's exporter takes at most 1.5 times as long.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event, vCalAddress

from app.exporters.ics import (
    IcsAttendee,
    IcsEvent,
    IcsOrganizer,
    IcsVenue,
    build_invites,
    write_invites,
)
from app.exporters.ics.builder import PRODID, description_text
from app.exporters.ics.timezones import vtimezone
from benchmarks.common import Figure, median_time

STAMP = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
EVENT = IcsEvent(
    uuid="0b6d7c1e-3f1a-4d7e-9a1b-2c3d4e5f6a7b",
    title="Jahresessen der Gemeinschaft 🍝 — 年度晚宴",
    starts_at=datetime(2026, 12, 5, 18, 0, tzinfo=UTC),
    ends_at=datetime(2026, 12, 5, 22, 0, tzinfo=UTC),
    timezone="Europe/Berlin",
    sequence=1,
    description="Our yearly dinner, with friends, food; and music.",
    agenda="18:30 Apéro\n19:30 Dinner\n21:00 Talks",
    practical_info="Door code 4711. Step-free entrance round the back.",
    venue=IcsVenue(
        "Café Zur Post", "Hauptstraße 1, 10115 Berlin", (52.53, 13.38), "https://example.org"
    ),
    url="https://example.org/events/annual-dinner",
)
ORGANIZER = IcsOrganizer("Anna Schmidt", "anna@example.org")


def attendees(count: int) -> list[IcsAttendee]:
    names = ("Müller, Jürgen", "王小明", "Zoë O'Brien", "Ana María López", "佐藤 花子")
    return [
        IcsAttendee(f"{names[i % len(names)]} {i}", f"guest{i}@example.com") for i in range(count)
    ]


def reference(people: list[IcsAttendee]) -> list[bytes]:
    """The same invites, built directly with icalendar, one full calendar per attendee."""
    event = EVENT
    timezone = vtimezone(event.timezone, 2025, 2027)
    venue = event.venue
    assert venue is not None
    out = []
    for person in people:
        cal = Calendar()
        cal.add("PRODID", PRODID)
        cal.add("VERSION", "2.0")
        cal.add("CALSCALE", "GREGORIAN")
        cal.add("METHOD", "REQUEST")
        cal.add_component(timezone)
        vevent = Event()
        vevent.add("UID", event.uid)
        vevent.add("DTSTAMP", STAMP)
        vevent.add("SEQUENCE", event.sequence)
        vevent.add("SUMMARY", event.title)
        vevent.add("DTSTART", event.local_start)
        vevent.add("DTEND", event.local_end)
        vevent.add("STATUS", "CONFIRMED")
        organizer = vCalAddress(f"mailto:{ORGANIZER.email}")
        organizer.params["CN"] = ORGANIZER.name
        vevent.add("ORGANIZER", organizer)
        vevent.add("DESCRIPTION", description_text(event))
        vevent.add("LOCATION", venue.location, parameters={"ALTREP": venue.url})
        vevent.add("GEO", venue.geo)
        vevent.add("URL", event.url)
        vevent.add("TRANSP", "OPAQUE")
        vevent.add_component(
            Alarm.new_display(
                description=f"Reminder: {event.title}",
                trigger=-timedelta(minutes=30),
                uid=f"{event.uuid}-alarm@org.convivio.Convivio",
            )
        )
        attendee = vCalAddress(f"mailto:{person.email}")
        attendee.params.update(
            {
                "CN": person.name,
                "CUTYPE": "INDIVIDUAL",
                "ROLE": "REQ-PARTICIPANT",
                "PARTSTAT": "NEEDS-ACTION",
                "RSVP": "TRUE",
            }
        )
        vevent.add("ATTENDEE", attendee)
        cal.add_component(vevent)
        out.append(cal.to_ical())
    return out


def ours(people: list[IcsAttendee]) -> list[bytes]:
    invites = build_invites(EVENT, ORGANIZER, people, alarm_minutes=30, stamp=STAMP)
    return [ics for _person, ics in invites.files]


def run(quick: bool = False) -> list[Figure]:
    count = 100 if quick else 1000
    repeat = 3 if quick else 5
    people = attendees(count)
    same = ours(people[:3]) == reference(people[:3])  # also warms the VTIMEZONE cache
    ref = median_time(lambda: reference(people), repeat)
    mine = median_time(lambda: ours(people), repeat)
    with tempfile.TemporaryDirectory() as folder:
        invites = build_invites(EVENT, ORGANIZER, people, alarm_minutes=30, stamp=STAMP)
        written = median_time(lambda: write_invites(Path(folder), invites), repeat)
    ratio = mine / ref
    return [
        Figure(f"icalendar reference: {count} REQUEST invites", ref * 1000, "ms"),
        Figure(
            f"Convivio build_invites: {count} REQUEST invites",
            mine * 1000,
            "ms",
            detail="byte-identical to the reference" if same else "DIFFERS from the reference",
        ),
        Figure("ratio Convivio / reference", ratio, "x", target="<= 1.5", ok=ratio <= 1.5 and same),
        Figure(f"write_invites: {count} .ics files + all.ics", written * 1000, "ms"),
    ]
