"""Translated words of the RSVP area: responses, roles, sources, a guest's state, counts."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


_FIXED_DETAILS = {
    "offer accepted": QT_TRANSLATE_NOOP("rsvp_labels", "offer accepted"),
    "offer expired": QT_TRANSLATE_NOOP("rsvp_labels", "offer expired"),
    "offer declined": QT_TRANSLATE_NOOP("rsvp_labels", "offer declined"),
    "seated beyond capacity": QT_TRANSLATE_NOOP("rsvp_labels", "seated beyond capacity"),
    "waitlisted: the event is full": QT_TRANSLATE_NOOP(
        "rsvp_labels", "waitlisted: the event is full"
    ),
    "needs changed": QT_TRANSLATE_NOOP("rsvp_labels", "needs changed"),
    "reconfirmed": QT_TRANSLATE_NOOP("rsvp_labels", "reconfirmed"),
    "reconfirmation cleared": QT_TRANSLATE_NOOP("rsvp_labels", "reconfirmation cleared"),
    "offered by hand": QT_TRANSLATE_NOOP("rsvp_labels", "offered by hand"),
    "seated by hand": QT_TRANSLATE_NOOP("rsvp_labels", "seated by hand"),
    "check-in taken back": QT_TRANSLATE_NOOP("rsvp_labels", "check-in taken back"),
    "walked in and checked in": QT_TRANSLATE_NOOP("rsvp_labels", "walked in and checked in"),
    "checked in": QT_TRANSLATE_NOOP("rsvp_labels", "checked in"),
    "undone": QT_TRANSLATE_NOOP("rsvp_labels", "undone"),
    "Confirmed as part of the core": QT_TRANSLATE_NOOP(
        "rsvp_labels", "Confirmed as part of the core"
    ),
}

_PATTERNS: tuple[tuple[re.Pattern[str], object], ...] = (
    (re.compile(r"guests (\d+) → (\d+)"), QT_TRANSLATE_NOOP("rsvp_labels", "guests %1 → %2")),
    (re.compile(r"role ([\w-]+) → ([\w-]+)"), QT_TRANSLATE_NOOP("rsvp_labels", "role %1 → %2")),
    (
        re.compile(r"offered a seat until (\d{4}-\d\d-\d\d \d\d:\d\d) UTC"),
        QT_TRANSLATE_NOOP("rsvp_labels", "offered a seat until %1"),
    ),
    (
        re.compile(r"calendar invitation exported \(SEQUENCE (\d+)\)"),
        QT_TRANSLATE_NOOP("rsvp_labels", "calendar invitation exported (version %1)"),
    ),
    (
        re.compile(r"calendar cancellation exported \(SEQUENCE (\d+)\)"),
        QT_TRANSLATE_NOOP("rsvp_labels", "calendar cancellation exported (version %1)"),
    ),
    (
        re.compile(r"imported from (.+) \(line (\d+)\)"),
        QT_TRANSLATE_NOOP("rsvp_labels", "imported from %1 (line %2)"),
    ),
    (
        re.compile(r"updated from (.+) \(line (\d+)\)"),
        QT_TRANSLATE_NOOP("rsvp_labels", "updated from %1 (line %2)"),
    ),
)


def _detail_value(text: str) -> str:
    """A value inside a history detail, in the user's words: roles, local times, numbers."""
    try:
        return role(AttendeeRole(text))
    except ValueError:
        pass
    if re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", text):
        moment = datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        return local_time(moment)
    return labels.format_number(int(text)) if text.isdigit() else text


def _detail_part(part: str) -> str:
    fixed = _FIXED_DETAILS.get(part)
    if fixed is not None:
        return _tr(str(fixed))  # i18n: noop
    for pattern, text in _PATTERNS:
        match = pattern.fullmatch(part)
        if match is not None:
            result = _tr(str(text))  # i18n: noop
            for n, value in enumerate(match.groups(), start=1):
                result = result.replace(f"%{n}", _detail_value(value))
            return result
    return part  # written by another version or tool: shown as stored


def history_detail(detail: str) -> str:
    """A guest's history line as the services store it (English, "; " between parts), in the
    user's language; parts it doesn't know stay as they are."""
    return "; ".join(_detail_part(p) for p in detail.split("; ") if p)
