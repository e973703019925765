from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.enums import RsvpResponse
from app.services.container import Services
from app.services.demo import DemoRequest, generate
from app.storage.migrate import open_database
from app.storage.orm import Event, Person, Rsvp


def test_demo_fills_every_kind_of_record(services: Services) -> None:
    result = generate(
        services.db, DemoRequest(people=300, events=30, seed=7, today=date(2026, 11, 21))
    )
    assert (result.people, result.events, result.rsvps) == (300, 30, 3000)
    assert result.interactions > 0
    assert result.organizations > 0
    events = services.events.list_all()
    assert {e.status.value for e in events} >= {"done"}
    for event in events:
        if event.capacity is not None:
            assert event.going <= event.capacity
    scripts = "".join(p.display_name for p in services.people.list_rows())
    assert any("\u4e00" <= ch <= "\u9fff" for ch in scripts)  # Chinese
    assert any("\u0600" <= ch <= "\u06ff" for ch in scripts)  # Arabic


def test_demo_is_deterministic(services: Services, tmp_path: Path) -> None:
    request = DemoRequest(people=50, events=5, seed=3, rsvps=100)
    generate(services.db, request)
    other, _ = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        generate(other, request)
        theirs = [p.display_name for p in Services.over(other).people.list_rows()]
    finally:
        other.close()
    assert [p.display_name for p in services.people.list_rows()] == theirs


def test_demo_adds_to_existing_data_without_clashes(services: Services) -> None:
    generate(services.db, DemoRequest(people=50, events=5, seed=3, rsvps=100))
    generate(services.db, DemoRequest(people=50, events=5, seed=3, rsvps=100))
    rows = services.people.list_rows()
    assert len(rows) == 100
    assert len({p.email for p in rows}) == 100
    assert len(services.events.list_all()) == 10


def test_cancelled_demo_writes_nothing(services: Services) -> None:
    with pytest.raises(InterruptedError):
        generate(services.db, DemoRequest(people=20, events=2), cancelled=lambda: True)
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
        assert s.scalar(select(func.count()).select_from(Event)) == 0


def test_waitlist_fills_only_when_an_event_is_full(services: Services) -> None:
    generate(services.db, DemoRequest(people=200, events=40, seed=11))
    with services.db.read() as s:
        waitlisted = s.scalars(
            select(Rsvp.event_id).where(Rsvp.response == RsvpResponse.WAITLISTED.value).distinct()
        ).all()
    full = {e.id for e in services.events.list_all() if e.capacity is not None}
    assert set(waitlisted) <= full


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_demo_has_every_kind_of_event(services: Services, seed: int) -> None:
    from app.domain.enums import EventKind

    generate(services.db, DemoRequest(people=20, events=10, seed=seed, today=date(2026, 11, 21)))
    with services.db.read() as session:
        kinds = set(session.scalars(select(Event.kind)))
    assert {EventKind(k) if isinstance(k, str) else k for k in kinds} == set(EventKind)
