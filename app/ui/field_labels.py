"""Translated names of record fields, and field values written for people: the conflict dialog
and the change history name fields by their stored names, which users never see."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.enums import AttendeeRole, EventKind, EventStatus, NameOrder, OrganizationKind

from app.ui import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("field_labels", text)


def _names() -> dict[str, str]:
    return {
        # people
        "given_name": _tr("Given name"),
        "family_name": _tr("Family name"),
        "name_order": _tr("Name order"),
        "preferred_name": _tr("Preferred name"),
        "pronouns": _tr("Pronouns"),
        "emails": _tr("E-mail addresses"),
        "person_emails": _tr("E-mail addresses"),
        "person_handles": _tr("Platform ids"),
        "phone": _tr("Phone"),
        "organization": _tr("Organization"),
        "organization_id": _tr("Organization"),
        "job_title": _tr("Job title"),
        "tags": _tr("Tags"),
        "notes": _tr("Notes"),
        "how_we_met": _tr("How we met"),
        # events
        "title": _tr("Title"),
        "kind": _tr("Kind"),
        "description": _tr("Description"),
        "start": _tr("Start"),
        "starts_at": _tr("Start"),
        "end": _tr("End"),
        "ends_at": _tr("End"),
        "timezone": _tr("Time zone"),
        "all_day": _tr("All day"),
        "capacity": _tr("Capacity"),
        "status": _tr("Status"),
        "venue_id": _tr("Venue"),
        "room_id": _tr("Room"),
        "core_target": _tr("Core target"),
        "agenda": _tr("Agenda"),
        "practical_info": _tr("Practical information"),
        "setup_notes": _tr("Setup notes"),
        "day_contact_id": _tr("Contact on the day"),
        "url": _tr("Web page"),
        "public": _tr("Public"),
        "rsvp_changes": _tr("RSVPs"),
        # organizations and venues
        "name": _tr("Name"),
        "website": _tr("Website"),
        "address": _tr("Address"),
        "access_notes": _tr("Access"),
        "amenities": _tr("Amenities"),
        "food_rules": _tr("Food and drink rules"),
        "house_rules": _tr("House rules"),
        "closing_time": _tr("Closing time"),
        "guest_list_days_before": _tr("Guest list due (days before)"),
        "id_required": _tr("ID required"),
        "security_notes": _tr("Security notes"),
        "links": _tr("Links"),
        "terms": _tr("Terms"),
        "cost": _tr("Cost"),
        "currency": _tr("Currency"),
        "gives_back": _tr("What we give back"),
        "partnership_notes": _tr("Partnership notes"),
        "rooms": _tr("Rooms"),
        "venue_rooms": _tr("Rooms"),
        "contacts": _tr("Contacts"),
        "venue_contacts": _tr("Contacts"),
        # guests
        "guests": _tr("Guests"),
        "role": _tr("Role"),
        "dietary": _tr("Dietary needs"),
        "accessibility": _tr("Accessibility needs"),
    }


def field_name(name: str) -> str:
    """ "job_title" → "Job title", in the user's language (unknown names: spaces for "_")."""
    return _names().get(name, name.replace("_", " "))


def _enum_text(value: Enum) -> str:
    if isinstance(value, AttendeeRole):
        from app.ui.rsvp_labels import role

        return role(value)
    if isinstance(value, EventKind):
        return labels.event_kind(value)
    if isinstance(value, EventStatus):
        return labels.event_status(value)
    if isinstance(value, OrganizationKind):
        return labels.organization_kind(value)
    if isinstance(value, NameOrder):
        return labels.name_order(value)
    return str(value.value)


def value_text(value: Any) -> str:
    """A field's value for people: "—" when empty, words for enums and yes/no, local dates."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, Enum):
        return _enum_text(value)
    if isinstance(value, datetime):
        return f"{labels.format_date(value.date())} {labels.format_time(value)}"
    if isinstance(value, date):
        return labels.format_date(value)
    if isinstance(value, int | float):
        return labels.format_number(int(value)) if value == int(value) else str(value)
    if isinstance(value, tuple | list):
        return labels.word_list(value_text(v) for v in value) or "—"
    return str(value)
