"""Demo data for the core: targets, candidates at every stage, follow-ups, cadences."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.domain.enums import CoreStage
from app.services.container import Services
from app.services.demo import DemoRequest, generate
from app.storage.orm import CoreCandidate, Interaction, Rsvp


def test_demo_builds_cores_and_a_busy_today(services: Services) -> None:
    today = date.today()
    generate(services.db, DemoRequest(people=300, events=30, seed=7, today=today))
    progress = {e: p for e, p in services.core.progress().items() if p.candidates}
    assert 1 <= len(progress) <= 4
    for event_id, p in progress.items():
        assert p.target is not None
        assert p.counted < p.target  # the gate has work to do
        stages = {c.stage for c in services.core.candidates(event_id)}
        assert {CoreStage.TO_ASK, CoreStage.ASKED, CoreStage.COMMITTED} <= stages
        with services.db.read() as s:
            confirmed = s.scalars(
                select(CoreCandidate.person_id).where(
                    CoreCandidate.event_id == event_id, CoreCandidate.stage == "confirmed"
                )
            ).all()
            sources = s.execute(
                select(Rsvp.response, Rsvp.source).where(
                    Rsvp.event_id == event_id, Rsvp.person_id.in_(confirmed)
                )
            ).all()
        assert set(sources) <= {("going", "core")}
        assert len(sources) == len(confirmed)
    with services.db.read() as s:
        moves = s.query(Interaction).filter(Interaction.core_stage_to.is_not(None)).count()
    assert moves >= 10
    digest = services.followups.digest(today)
    soon = digest.due_today.items + digest.upcoming.items
    assert any(i.stage is not None and i.due_on <= today + timedelta(days=1) for i in soon)
    assert digest.keep_in_touch.total > 0
    assert any(e.attended for e in digest.after_events)
