"""Fixtures for the calendar exporter: one organizer, a Berlin dinner, guests from everywhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from app.exporters.ics import IcsAttendee, IcsEvent, IcsOrganizer, IcsVenue


@pytest.fixture
def organizer() -> IcsOrganizer:
    return IcsOrganizer("Anna Schmidt", "anna@example.org")


@pytest.fixture
def venue() -> IcsVenue:
    return IcsVenue(
        "Café Zur Post",
        "Hauptstraße 1, 10115 Berlin",
        (52.5301, 13.3849),
        "https://example.org/cafe",
    )


@pytest.fixture
def make_event(venue: IcsVenue) -> Callable[..., IcsEvent]:
    """An evening dinner in Berlin (18:00-21:00 UTC = 19:00-22:00 CET); override any field."""
    base = IcsEvent(
        uuid="4f1c2d3e-9b8a-4c7d-8e6f-5a4b3c2d1e0f",
        title="Abendessen: Müller & 朋友 🍝",
        starts_at=datetime(2026, 12, 5, 18, 0, tzinfo=UTC),
        ends_at=datetime(2026, 12, 5, 21, 0, tzinfo=UTC),
        timezone="Europe/Berlin",
        sequence=0,
        description="Bring, if you like, a dessert; or \\ nothing.",
        agenda="19:00 Apéro\n20:00 Dinner",
        practical_info="Door code 4711",
        venue=venue,
        url="https://example.org/events/1",
    )

    def make(**changes: Any) -> IcsEvent:
        return replace(base, **changes)

    return make


@pytest.fixture
def event(make_event: Callable[..., IcsEvent]) -> IcsEvent:
    return make_event()


@pytest.fixture
def guests() -> list[IcsAttendee]:
    return [
        IcsAttendee("Müller, Jürgen", "juergen@example.de"),
        IcsAttendee("王小明", "xiaoming@example.cn"),
        IcsAttendee('Zoë "Zo" O\'Brien; PhD', "zoe@example.ie"),
        IcsAttendee("", "no.name@example.com"),
    ]
