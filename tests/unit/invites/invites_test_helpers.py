"""A small world for invite tests, reply files as calendars send them, two parsers, checks."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import icalendar
import vobject
from sqlalchemy import update

from app.domain.enums import EventStatus, RsvpResponse
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.domain.venues import VenueDraft
from app.exporters.ics import Method, check_calendar
from app.services.container import Services
from app.services.dto import EventDto
from app.services.shared_settings import SharedSettings
from app.storage.orm import Rsvp, Venue

GUESTS = {
    # key: (given, family, e-mail, answer)
    "juergen": ("Jürgen", "Müller", "juergen@example.de", RsvpResponse.GOING),
    "xiaoming": ("小明", "王", "xiaoming@example.cn", RsvpResponse.GOING),
    "zoe": ("Zoë", "O'Brien", "zoe@example.ie", RsvpResponse.MAYBE),
    "ana": ("Ana", "López", "ana@example.es", RsvpResponse.INVITED),
    "pat": ("Pat", "Pending", "pat@example.org", RsvpResponse.PENDING_APPROVAL),
    "nomail": ("Noah", "Nomail", "", RsvpResponse.GOING),
    "wendy": ("Wendy", "Waiting", "wendy@example.org", RsvpResponse.GOING),
}
"""Capacity 3: Jürgen, 小明 and Noah take the seats, so Wendy joins the waitlist."""


@dataclass
class World:
    services: Services
    event_id: int
    rsvp: dict[str, int]
    out: Path

    @property
    def event(self) -> EventDto:
        return self.services.events.get(self.event_id)

    def response(self, key: str) -> RsvpResponse:
        return self.services.rsvps.get(self.rsvp[key]).response

    def move(self, hours: int = 1) -> EventDto:
        """Change the time (which raises SEQUENCE)."""
        event = self.event
        draft = event.to_draft()
        shift = timedelta(hours=hours)
        moved = dataclasses.replace(draft, start=draft.start + shift, end=draft.end + shift)
        return self.services.events.update(self.event_id, moved, event.version).after

    def set_status(self, status: EventStatus) -> EventDto:
        return self.services.events.set_status(self.event_id, status).after


def make_world(services: Services, out: Path, *, organizer: bool = True) -> World:
    if organizer:
        services.settings.save(SharedSettings("Anna Schmidt", "anna@example.org", ""))
    venue = services.venues.create(
        VenueDraft(
            name="Café Zur Post",
            address="Hauptstraße 1\n10115 Berlin",
            timezone="Europe/Berlin",
            url="https://example.org/cafe",
        )
    ).item
    with services.db.transaction() as session:
        session.execute(
            update(Venue).where(Venue.id == venue.id).values(latitude=52.5301, longitude=13.3849)
        )
    event = services.events.create(
        EventDraft(
            title="Abendessen: Müller & 朋友 🍝",
            start=datetime(2026, 12, 5, 19),
            end=datetime(2026, 12, 5, 22),
            timezone="Europe/Berlin",
            capacity=3,
            venue_id=venue.id,
            description="Bring, if you like, a dessert; or \\ nothing.",
            agenda="19:00 Apéro\n20:00 Dinner",
            practical_info="Door code 4711",
            url="https://example.org/events/1",
        )
    ).item
    rsvp: dict[str, int] = {}
    for key, (given, family, email, answer) in GUESTS.items():
        person = services.people.create(
            PersonDraft(given_name=given, family_name=family, emails=(email,) if email else ())
        ).item
        services.rsvps.invite(event.id, [person.id])
        (rsvp_id,) = [r.id for r in services.rsvps.guest_rows(event.id) if r.person_id == person.id]
        rsvp[key] = rsvp_id
        if answer is RsvpResponse.PENDING_APPROVAL:
            with services.db.transaction() as session:
                session.execute(
                    update(Rsvp).where(Rsvp.id == rsvp_id).values(response=answer.value)
                )
        elif answer is not RsvpResponse.INVITED:
            services.rsvps.set_response([rsvp_id], answer)
    world = World(services, event.id, rsvp, out)
    assert world.response("wendy") is RsvpResponse.WAITLISTED
    return world


def parse_both(data: bytes) -> tuple[icalendar.Calendar, Any]:
    """Parse with icalendar (no component errors) and vobject; return both."""
    calendar = icalendar.Calendar.from_ical(data)
    for component in calendar.walk():
        assert not component.errors, component.errors
    other = vobject.readOne(data.decode("utf-8"))
    assert other.name == "VCALENDAR"
    return calendar, other


def assert_valid(data: bytes, method: Method) -> icalendar.Event:
    """Both parsers read it, our RFC checks pass; the single VEVENT is returned."""
    assert check_calendar(data, method=method) == []
    calendar, other = parse_both(data)
    assert str(calendar["METHOD"]) == method.value
    assert other.method.value == method.value
    (event,) = calendar.walk("VEVENT")
    assert str(other.vevent.uid.value) == str(event["UID"])
    return event


def reply_from(invite: bytes, partstat: str, *, sequence: int | None = None) -> bytes:
    """What a calendar sends back for an invitation: METHOD:REPLY, the answer in PARTSTAT."""
    text = invite.decode("utf-8").replace("\r\n ", "")
    text = text.replace("METHOD:REQUEST", "METHOD:REPLY")
    text = text.replace("PARTSTAT=NEEDS-ACTION", f"PARTSTAT={partstat}").replace(";RSVP=TRUE", "")
    if sequence is not None:
        lines = [
            f"SEQUENCE:{sequence}" if line.startswith("SEQUENCE:") else line
            for line in text.split("\r\n")
        ]
        text = "\r\n".join(lines)
    return text.encode("utf-8")


def bare_reply(uid: str, email: str, partstat: str, sequence: int) -> bytes:
    """A minimal client's reply: no ORGANIZER, no times, lower-case method and answer."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Tiny Mobile Calendar//EN",
        "METHOD:reply",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261122T120000Z",
        f"SEQUENCE:{sequence}",
        f"ATTENDEE;PARTSTAT={partstat.lower()}:MAILTO:{email.upper()}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


def mail_with(calendar: bytes, sender: str) -> bytes:
    """The reply as a mail program saves it: text plus a text/calendar; method=REPLY part."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "anna@example.org"
    message["Subject"] = "Accepted: Abendessen"
    message.set_content("See you there.")
    message.add_alternative(
        calendar, maintype="text", subtype="calendar", params={"method": "REPLY"}
    )
    return message.as_bytes()


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path
