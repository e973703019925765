"""A small world for the core UI tests: an upcoming dinner with people on its core."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from app.domain.enums import EventKind, EventStatus
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services
from app.storage.orm import CoreCandidate, Interaction


@dataclass
class World:
    event_id: int
    people: list[int]
    cards: list[int]


def make_world(services: Services, *, target: int | None = 2, add: int = 3) -> World:
    start = datetime.combine(date.today() + timedelta(days=10), time(19, 0))
    event_id = services.events.create(
        EventDraft(
            title="Focus dinner 🍷",
            kind=EventKind.DINNER,
            start=start,
            end=start + timedelta(hours=3),
            timezone="Europe/Berlin",
            capacity=12,
            core_target=target,
            status=EventStatus.CONFIRMING_CORE,
        )
    ).item.id
    people = [
        services.people.create(
            PersonDraft(given_name=given, family_name=family, emails=(email,))
        ).item.id
        for given, family, email in (
            ("Zoë", "Ærøskøbing", "zoe@example.org"),
            ("Ana", "Lima", "ana@example.br"),
            ("Bo", "Berg", "bo@example.se"),
        )
    ]
    cards = [c.id for c in services.core.add(event_id, people[:add]).items] if add else []
    return World(event_id, people, cards)


def stage_of(services: Services, candidate_id: int) -> str | None:
    with services.db.read() as s:
        return s.scalar(select(CoreCandidate.stage).where(CoreCandidate.id == candidate_id))


def notes(services: Services) -> list[tuple[Any, ...]]:
    with services.db.read() as s:
        rows = s.execute(
            select(
                Interaction.note, Interaction.core_stage_from, Interaction.core_stage_to
            ).order_by(Interaction.id)
        ).all()
    return [tuple(r) for r in rows]
