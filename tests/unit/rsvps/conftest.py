"""Fixtures for the RSVP tests: an event, people, and an RSVP service with a clock we move."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services
from app.services.rsvps import RsvpService
from app.storage.database import Database

START = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def rsvps(db: Database, clock: Clock) -> RsvpService:
    return RsvpService(db, actor="tester", clock=clock)


@pytest.fixture
def make_event(services: Services) -> Callable[..., int]:
    def make(title: str = "Dinner 🍝", capacity: int | None = None, days: int = 30) -> int:
        start = (START + timedelta(days=days)).replace(tzinfo=None)
        draft = EventDraft(
            title=title,
            start=start,
            end=start + timedelta(hours=3),
            timezone="UTC",
            capacity=capacity,
        )
        return services.events.create(draft).item.id

    return make


@pytest.fixture
def make_people(services: Services) -> Callable[..., list[int]]:
    names = [
        ("Jürgen", "Groß", "Müller & Söhne"),
        ("Σοφία", "Παπαδοπούλου", "Ελληνική Α.Ε."),
        ("Zoë", "O'Brien-Smythe", "Craic, Ltd."),
        ("Ana", "Lima", ""),
        ("Kofi", "Mensah", "Accra Labs"),
        ("Olga", "Ivanova", ""),
        ("Hamid", "Karimi", ""),
        ("Mei", "Lin", "Tainan Tech"),
    ]

    def make(count: int) -> list[int]:
        ids = []
        for n in range(count):
            given, family, org = names[n % len(names)]
            suffix = "" if n < len(names) else f" {n}"
            draft = PersonDraft(
                given_name=given,
                family_name=family + suffix,
                emails=(f"guest{n}@example.org",),
                organization=org,
            )
            ids.append(services.people.create(draft).item.id)
        return ids

    return make
