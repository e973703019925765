"""Parsing helpers shared by the calendar tests: two independent parsers, raw line access."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import icalendar
import vobject

DATA = Path(__file__).resolve().parents[3] / "data" / "ics"
"""Sample replies written to look like Google, Outlook, Apple and minimal clients."""


def parse_icalendar(data: bytes) -> icalendar.Calendar:
    calendar = icalendar.Calendar.from_ical(data)
    assert isinstance(calendar, icalendar.Calendar)
    for component in calendar.walk():
        assert not component.errors, component.errors
    return calendar


def parse_vobject(data: bytes) -> Any:
    return vobject.readOne(data.decode("utf-8"))


def icalendar_event(data: bytes) -> icalendar.Event:
    (event,) = parse_icalendar(data).walk("VEVENT")
    return event


def vobject_event(data: bytes) -> Any:
    calendar = parse_vobject(data)
    (event,) = calendar.vevent_list
    return event


def content_lines(data: bytes) -> list[str]:
    """Unfolded logical lines, decoded."""
    text = data.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    return [line for line in text.split("\r\n") if line]


def property_names(data: bytes, component: str = "VEVENT") -> list[str]:
    """Names of the properties directly inside the first `component` (not its children)."""
    names: list[str] = []
    depth = 0
    inside = False
    for line in content_lines(data):
        name = line.split(":", 1)[0].split(";", 1)[0].upper()
        value = line.split(":", 1)[1] if ":" in line else ""
        if name == "BEGIN":
            if inside:
                depth += 1
            elif value == component:
                inside = True
        elif name == "END":
            if inside and depth == 0:
                return names
            if inside:
                depth -= 1
        elif inside and depth == 0:
            names.append(name)
    return names
