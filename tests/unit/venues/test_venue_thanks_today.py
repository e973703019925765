""" "Thank the host" in the Today digest and `followups`, and hosts of events still in draft."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.domain.core import ConversationDraft
from app.domain.enums import EventStatus, PartnerStage
from app.domain.venues import StepDraft
from app.services.container import Services
from app.services.followup_dto import FollowupSource
from app.services.venue_dto import VenueDto
from tests.unit.venues.conftest import add_event

EVENING = datetime(2026, 12, 1, 19)  # Berlin time: ends 22:00, thanks due on 2 December
DAY_AFTER = date(2026, 12, 2)


def log(services: Services, venue: VenueDto, stage: PartnerStage, **kw: object) -> None:
    at = kw.pop("at", datetime(2026, 12, 2, 9, tzinfo=UTC))
    services.venues.log_step(venue.id, StepDraft(stage, at, **kw))  # type: ignore[arg-type]


def test_the_host_to_thank_is_due_today_in_the_digest_and_in_followups(
    services: Services, factory: VenueDto
) -> None:
    event = add_event(services, factory, title="Späti Talks", start=EVENING)
    now = datetime(2026, 12, 2, 8, tzinfo=UTC)
    before = services.followups.digest(date(2026, 12, 1), now)
    assert [i.source for i in before.upcoming.items] == [FollowupSource.THANK_HOST]
    assert before.due_today.items == ()

    digest = services.followups.digest(DAY_AFTER, now)
    (item,) = digest.due_today.items
    assert (item.source, item.id, item.venue_id, item.name, item.event_id, item.event_title) == (
        FollowupSource.THANK_HOST,
        event,
        factory.id,
        "Factory Görlitzer Park",
        event,
        "Späti Talks",
    )
    assert (item.due_on, item.person_id, digest.due_today.total) == (DAY_AFTER, None, 1)
    assert not digest.is_empty
    later = services.followups.digest(date(2026, 12, 5), now)
    assert [i.id for i in later.overdue.items] == [event]

    assert services.followups.due(date(2026, 12, 1)) == []
    (due,) = services.followups.due(DAY_AFTER)
    assert (due.source, due.event_id) == (FollowupSource.THANK_HOST, event)
    with pytest.raises(ValueError, match="thanked"):
        services.followups.mark_done(due, ConversationDraft())

    log(services, factory, PartnerStage.AGREED, at=datetime(2026, 11, 1, tzinfo=UTC))
    log(services, factory, PartnerStage.THANKED, event_id=event)
    assert services.followups.due(DAY_AFTER) == []
    assert services.followups.digest(DAY_AFTER, now).is_empty


def test_a_hosted_step_makes_a_draft_event_due(services: Services, factory: VenueDto) -> None:
    draft = add_event(services, factory, start=EVENING, status=EventStatus.DRAFT)
    assert services.venues.thank_host_due() == []
    log(services, factory, PartnerStage.AGREED, at=datetime(2026, 11, 1, tzinfo=UTC))
    log(services, factory, PartnerStage.HOSTED, event_id=draft)
    (due,) = services.venues.thank_host_due()
    assert (due.event_id, due.venue_id, due.due_on) == (draft, factory.id, DAY_AFTER)
    assert services.venues.get(factory.id).thank_due_on == DAY_AFTER
    assert [i.id for i in services.followups.due(DAY_AFTER)] == [draft]

    services.events.set_status(draft, EventStatus.CANCELLED)
    assert services.venues.thank_host_due() == []


def test_a_hosted_step_counts_for_an_event_without_a_venue(
    services: Services, factory: VenueDto
) -> None:
    """The organizer logged where it happened; the event itself never got the venue."""
    elsewhere = add_event(services, None, start=EVENING, status=EventStatus.DRAFT)
    log(services, factory, PartnerStage.AGREED, at=datetime(2026, 11, 1, tzinfo=UTC))
    log(services, factory, PartnerStage.HOSTED, event_id=elsewhere)
    (due,) = services.venues.thank_host_due()
    assert (due.event_id, due.venue) == (elsewhere, "Factory Görlitzer Park")
    log(services, factory, PartnerStage.THANKED, at=datetime(2026, 12, 3, tzinfo=UTC))
    assert services.venues.thank_host_due() == []  # a general thank-you after it counts


def test_an_announced_event_with_a_hosted_step_is_listed_once(
    services: Services, factory: VenueDto
) -> None:
    event = add_event(services, factory, start=EVENING)
    log(services, factory, PartnerStage.AGREED, at=datetime(2026, 11, 1, tzinfo=UTC))
    log(services, factory, PartnerStage.HOSTED, event_id=event)
    log(services, factory, PartnerStage.HOSTED, event_id=event, note="and again")
    assert [d.event_id for d in services.venues.thank_host_due()] == [event]
