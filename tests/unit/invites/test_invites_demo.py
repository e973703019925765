"""The demo is ready for calendar invites: an organizer, sent invitations, one needing updates."""

from __future__ import annotations

from datetime import date

from app.domain.enums import EventStatus
from app.services.container import Services
from app.services.demo import DemoRequest, generate
from app.services.invite_dto import InviteMode, Why


def test_demo_has_an_organizer_sent_invitations_and_an_outdated_event(services: Services) -> None:
    generate(services.db, DemoRequest(people=150, events=12, seed=3, today=date(2026, 11, 21)))
    settings = services.settings.get()
    assert (settings.organizer_name, settings.organizer_email) == (
        "Alex Morgan",
        "alex@convivio.example",
    )
    summaries = [services.invites.summary(e.id) for e in services.events.list_all()]
    sent = [s for s in summaries if s.holders]
    assert len(sent) >= 3
    assert any(s.outdated for s in sent)  # the time moved after the invitations went out
    outdated = next(s for s in sent if s.outdated)
    plan = services.invites.plan(outdated.event.id, InviteMode.UPDATES)
    assert Why.OUTDATED in {r.why for r in plan.recipients}
    cancelled = [s for s in sent if s.event.status is EventStatus.CANCELLED]
    assert cancelled
    assert cancelled[0].cancel == cancelled[0].holders
