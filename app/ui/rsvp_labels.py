"""Translated words of the RSVP area: responses, roles, sources, a guest's state, counts."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.domain.enums import AttendeeRole, RsvpResponse, RsvpSource
from app.services.guestlists import Field, GuestListFormat
from app.services.rsvp_dto import RsvpCounts, RsvpRow

from app.ui import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("rsvp_labels", text)


def response(value: RsvpResponse) -> str:
    return {
        RsvpResponse.INVITED: _tr("Invited"),
        RsvpResponse.GOING: _tr("Going"),
        RsvpResponse.MAYBE: _tr("Maybe"),
        RsvpResponse.DECLINED: _tr("Declined"),
        RsvpResponse.WAITLISTED: _tr("Waitlist"),
        RsvpResponse.PENDING_APPROVAL: _tr("Pending approval"),
    }[value]


def role(value: AttendeeRole) -> str:
    return {
        AttendeeRole.GUEST: _tr("Guest"),
        AttendeeRole.HOST: _tr("Host"),
        AttendeeRole.SPEAKER: _tr("Speaker"),
        AttendeeRole.CORE: _tr("Core"),
        AttendeeRole.STAFF: _tr("Staff"),
    }[value]


def source(value: RsvpSource) -> str:
    return {
        RsvpSource.CORE: _tr("Core"),
        RsvpSource.DIRECT: _tr("Direct"),
        RsvpSource.LUMA: "Luma",
        RsvpSource.MEETUP: "Meetup",
        RsvpSource.EVENTBRITE: "Eventbrite",
        RsvpSource.HIEVENTS: "Hi.Events",
        RsvpSource.SPREADSHEET: _tr("Spreadsheet"),
        RsvpSource.WALK_IN: _tr("Walk-in"),
    }[value]


def list_format(value: GuestListFormat) -> str:
    return {
        GuestListFormat.LUMA: "Luma",
        GuestListFormat.MEETUP: "Meetup",
        GuestListFormat.EVENTBRITE: "Eventbrite",
        GuestListFormat.HIEVENTS: "Hi.Events",
        GuestListFormat.GENERIC: _tr("Spreadsheet (hand-made list)"),
    }[value]


def field(value: Field) -> str:
    return {
        Field.FULL_NAME: _tr("Full name"),
        Field.GIVEN_NAME: _tr("Given name"),
        Field.FAMILY_NAME: _tr("Family name"),
        Field.EMAIL: _tr("E-mail"),
        Field.PHONE: _tr("Phone"),
        Field.ORGANIZATION: _tr("Organization"),
        Field.JOB_TITLE: _tr("Job title"),
        Field.PLATFORM_USER_ID: _tr("Platform user id"),
        Field.PROFILE_URL: _tr("Profile link"),
        Field.RESPONSE: _tr("Response"),
        Field.GUESTS: _tr("Guests (+N)"),
        Field.CHECKED_IN: _tr("Came / checked in"),
        Field.CHECKED_IN_AT: _tr("Check-in time"),
        Field.REGISTERED_AT: _tr("Registration date"),
        Field.DIETARY: _tr("Dietary needs"),
        Field.ACCESSIBILITY: _tr("Accessibility needs"),
        Field.NOTES: _tr("Notes"),
        Field.TICKET_TYPE: _tr("Ticket type"),
    }[value]


def delimiter(value: str) -> str:
    return {",": _tr("comma"), ";": _tr("semicolon"), "\t": _tr("tab")}.get(value, value)


def local_time(value: datetime) -> str:
    """A UTC instant as the user's local wall-clock time (the door is where the laptop is)."""
    local = value.astimezone()
    return f"{labels.format_date(local.date())} {labels.format_time(local)}"


def state(row: RsvpRow) -> str:
    """The guest's answer with what matters now: place in line, offer, beyond capacity."""
    if row.offered and row.offer_expires_at is not None:
        return _tr("Offered a seat until %1").replace("%1", local_time(row.offer_expires_at))
    if row.waitlist_position is not None:
        return _tr("Waitlist #%1").replace("%1", labels.format_number(row.waitlist_position))
    text = response(row.response)
    if row.over_capacity:
        text = _tr("%1 (beyond capacity)").replace("%1", text)
    return text


def seats(counts: RsvpCounts) -> str:
    if counts.capacity is None:
        return _tr("no capacity set")
    return (
        _tr("%1 of %2 seats left")
        .replace("%1", labels.format_number(counts.seats_left or 0))
        .replace("%2", labels.format_number(counts.capacity))
    )
