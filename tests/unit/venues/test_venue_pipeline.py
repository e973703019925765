"""The partnership log, follow-ups, "thank the host", partner history and event warnings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from app.domain.enums import Channel, EventKind, EventStatus, PartnerStage
from app.domain.errors import NotFound, ValidationError
from app.domain.venue_warnings import WarningKind
from app.domain.venues import InvalidMove, StepDraft
from app.services.changes import Kind
from app.services.container import Services
from app.services.venue_dto import VenueDto
from app.storage.orm import VenueStep
from tests.unit.venues.conftest import add_event, add_guests

MAY = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def step(stage: PartnerStage, follow_up: date | None = None, **kw: object) -> StepDraft:
    return StepDraft(stage, kw.pop("at", MAY), follow_up_on=follow_up, **kw)  # type: ignore[arg-type]


def test_steps_move_the_stage_and_set_the_next_follow_up(
    services: Services, factory: VenueDto
) -> None:
    venues = services.venues
    asked = venues.log_step(
        factory.id,
        step(PartnerStage.ASKED, date(2026, 5, 11), channel=Channel.CALL, note="Spoke to Mia"),
        actor="Ana",
    )
    assert (asked.step.stage_from, asked.step.stage_to) == (
        PartnerStage.PROSPECT,
        PartnerStage.ASKED,
    )
    assert (asked.step.channel, asked.step.note, asked.step.actor) == (
        Channel.CALL,
        "Spoke to Mia",
        "Ana",
    )
    assert asked.closed == ()
    assert asked.changes.ids(Kind.VENUE_STEP) == {asked.step.id}
    assert asked.changes.ids(Kind.VENUE) == {factory.id}
    venue = venues.get(factory.id)
    assert (venue.stage, venue.next_follow_up_on) == (PartnerStage.ASKED, date(2026, 5, 11))
    assert venue.version == factory.version  # the log doesn't clash with dialog edits

    agreed = venues.log_step(
        factory.id, step(PartnerStage.AGREED, at=datetime(2026, 5, 10, tzinfo=UTC))
    )
    assert agreed.closed == (asked.step.id,)  # talking again is following up
    assert venues.step(asked.step.id).follow_up_done_at is not None
    venue = venues.get(factory.id)
    assert (venue.stage, venue.next_follow_up_on) == (PartnerStage.AGREED, None)
    assert [s.id for s in venues.steps(factory.id)] == [agreed.step.id, asked.step.id]
    assert services.venues.follow_ups() == []


def test_impossible_moves_and_missing_things_are_refused(
    services: Services, factory: VenueDto
) -> None:
    with pytest.raises(InvalidMove):
        services.venues.log_step(factory.id, step(PartnerStage.THANKED))
    with pytest.raises(NotFound):
        services.venues.log_step(9999, step(PartnerStage.ASKED))
    with pytest.raises(ValidationError):
        services.venues.log_step(factory.id, step(PartnerStage.ASKED, event_id=9999))
    with pytest.raises(NotFound):
        services.venues.step(9999)
    assert services.venues.steps(factory.id) == []


def test_undo_and_redo_of_a_step_restore_stage_and_follow_ups(
    services: Services, factory: VenueDto
) -> None:
    venues = services.venues
    asked = venues.log_step(factory.id, step(PartnerStage.ASKED, date(2026, 5, 11)))
    agreed = venues.log_step(factory.id, step(PartnerStage.AGREED, date(2026, 6, 1)))

    removed = venues.remove_step(agreed.step.id, reopen=agreed.closed)
    assert removed.changes.removed_ids(Kind.VENUE_STEP) == {agreed.step.id}
    venue = venues.get(factory.id)
    assert (venue.stage, venue.next_follow_up_on) == (PartnerStage.ASKED, date(2026, 5, 11))
    assert venues.step(asked.step.id).follow_up_done_at is None

    back = venues.restore_step(removed)
    assert back.step == agreed.step  # same id, same data
    venue = venues.get(factory.id)
    assert (venue.stage, venue.next_follow_up_on) == (PartnerStage.AGREED, date(2026, 6, 1))
    assert venues.step(asked.step.id).follow_up_done_at is not None

    venues.remove_step(agreed.step.id, reopen=agreed.closed)
    plain = venues.remove_step(asked.step.id)  # a plain removal reopens nothing
    assert venues.get(factory.id).stage is PartnerStage.PROSPECT
    assert venues.restore_step(plain).step == asked.step
    venues.remove_step(asked.step.id)
    with pytest.raises(NotFound):
        venues.remove_step(asked.step.id)


def test_restoring_a_step_of_a_deleted_venue_fails_cleanly(
    services: Services, factory: VenueDto
) -> None:
    logged = services.venues.log_step(factory.id, step(PartnerStage.ASKED))
    removed = services.venues.remove_step(logged.step.id)
    services.venues.delete([factory.id])
    with pytest.raises(NotFound):
        services.venues.restore_step(removed)


def test_the_next_follow_up_reads_the_log(services: Services, factory: VenueDto) -> None:
    """The Today view ticks venue follow-ups off in the log itself; the venue must follow."""
    logged = services.venues.log_step(factory.id, step(PartnerStage.ASKED, date(2026, 5, 11)))
    with services.db.transaction() as session:
        session.get(VenueStep, logged.step.id).follow_up_done_at = MAY  # type: ignore[union-attr]
    assert services.venues.get(factory.id).next_follow_up_on is None


def test_follow_ups_can_be_ticked_off_and_reopened(services: Services, factory: VenueDto) -> None:
    logged = services.venues.log_step(factory.id, step(PartnerStage.ASKED, date(2026, 5, 11)))
    done = services.venues.set_follow_up_done(logged.step.id, True)
    assert done.before.follow_up_done_at is None
    assert done.after.follow_up_done_at is not None
    assert services.venues.get(factory.id).next_follow_up_on is None
    services.venues.set_follow_up_done(logged.step.id, False)
    assert services.venues.get(factory.id).next_follow_up_on == date(2026, 5, 11)
    (due,) = services.venues.follow_ups(until=date(2026, 5, 11))
    assert (due.step_id, due.due_on, due.thank_host) == (logged.step.id, date(2026, 5, 11), False)
    assert services.venues.follow_ups(until=date(2026, 5, 10)) == []


def test_thank_the_host_is_due_the_day_after_the_event(
    services: Services, factory: VenueDto
) -> None:
    # 19:00-23:30 in Berlin; the organizer's event zone is New York time.
    event = add_event(
        services, factory, title="Späti Talks", start=datetime(2026, 12, 1, 13), hours=4,
        tz="America/New_York",
    )  # fmt: skip
    add_event(services, factory, title="Draft idea", status=EventStatus.DRAFT)
    add_event(services, None, title="Elsewhere")
    (due,) = services.venues.thank_host_due()
    assert (due.event_id, due.venue, due.event_day, due.due_on) == (
        event,
        "Factory Görlitzer Park",
        date(2026, 12, 1),
        date(2026, 12, 2),
    )
    assert services.venues.thank_host_due(until=date(2026, 12, 1)) == []
    (item,) = services.venues.follow_ups(until=date(2026, 12, 2))
    assert (item.thank_host, item.event_title, item.due_on) == (
        True,
        "Späti Talks",
        date(2026, 12, 2),
    )
    assert services.venues.get(factory.id).thank_due_on == date(2026, 12, 2)

    services.venues.log_step(factory.id, step(PartnerStage.AGREED))
    thanked = services.venues.log_step(
        factory.id,
        step(PartnerStage.THANKED, event_id=event, at=datetime(2026, 12, 2, 10, tzinfo=UTC)),
    )
    assert services.venues.thank_host_due() == []
    assert services.venues.get(factory.id).last_thanked_on == date(2026, 12, 2)
    services.venues.remove_step(thanked.step.id)  # undo: due again
    assert [d.event_id for d in services.venues.thank_host_due()] == [event]


def test_a_general_thank_you_after_the_event_counts(services: Services, factory: VenueDto) -> None:
    event = add_event(services, factory, start=datetime(2026, 3, 5, 19))
    services.venues.log_step(
        factory.id, step(PartnerStage.AGREED, at=datetime(2026, 1, 1, tzinfo=UTC))
    )
    services.venues.log_step(
        factory.id, step(PartnerStage.THANKED, at=datetime(2026, 2, 1, tzinfo=UTC))
    )
    assert [d.event_id for d in services.venues.thank_host_due()] == [event]  # thanked before
    services.venues.log_step(
        factory.id, step(PartnerStage.THANKED, at=datetime(2026, 3, 6, tzinfo=UTC))
    )
    assert services.venues.thank_host_due() == []
    (hosted,) = services.venues.history(factory.id, now=datetime(2026, 4, 1, tzinfo=UTC))
    assert hosted.thanked_on == date(2026, 3, 6)


def test_cancelled_events_need_no_thanks(services: Services, factory: VenueDto) -> None:
    event = add_event(services, factory)
    services.events.set_status(event, EventStatus.CANCELLED)
    assert services.venues.thank_host_due() == []


def test_history_counts_check_ins_else_going(services: Services, factory: VenueDto) -> None:
    hall = factory.rooms[0].id
    past = add_event(services, factory, title="Past", start=datetime(2020, 3, 5, 19), room=hall)
    add_guests(services, past, [("Ada", "Lovelace", ""), ("Zoë", "Ng", "")], guests=1,
               checked_in=datetime(2020, 3, 5, 18, 10, tzinfo=UTC))  # fmt: skip
    add_guests(services, past, [("No", "Show", "")])
    future = add_event(services, factory, title="Future", start=datetime(2099, 12, 5, 19))
    add_guests(services, future, [("Grace", "Hopper", "")], guests=2)
    add_guests(services, future, [("May", "Be", "")], response="maybe")
    upcoming, held = services.venues.history(factory.id)
    assert (held.title, held.room, held.headcount, held.checked_in, held.ended) == (
        "Past", "Hall", 4, True, True,
    )  # fmt: skip
    assert (held.thank_due_on, held.thanked_on) == (date(2020, 3, 6), None)
    assert (upcoming.title, upcoming.headcount, upcoming.checked_in, upcoming.ended) == (
        "Future", 3, False, False,
    )  # fmt: skip
    venue = services.venues.get(factory.id)
    assert (venue.events_hosted, venue.last_event_on) == (1, date(2020, 3, 5))
    assert venue.thank_due_on == date(2020, 3, 6)


def test_warnings_for_an_over_invited_event(services: Services, factory: VenueDto) -> None:
    hall = factory.rooms[0]
    dinner = add_event(services, factory, kind=EventKind.DINNER, capacity=45, room=hall.id)
    add_guests(services, dinner, [(f"Guest{n}", "Ng", "") for n in range(21)], guests=1)
    found = services.venues.warnings_for_event(dinner, now=datetime(2026, 11, 1, tzinfo=UTC))
    assert [(w.kind, w.count) for w in found] == [
        (WarningKind.CAPACITY_SET_TOO_HIGH, 45),
        (WarningKind.TOO_MANY_GOING, 42),
    ]
    assert found[1].message == "42 people are going (with guests) but Hall holds 40 seated."


def test_warnings_use_the_venue_rules(services: Services, factory: VenueDto) -> None:
    strict = replace(factory.to_draft(), closing_time=time(22), guest_list_days_before=3)
    services.venues.update(factory.id, strict, factory.version)
    late = add_event(services, factory, start=datetime(2026, 12, 1, 20))
    kinds = [
        w.kind
        for w in services.venues.warnings_for_event(late, now=datetime(2026, 11, 29, tzinfo=UTC))
    ]
    assert kinds == [WarningKind.PAST_CLOSING, WarningKind.GUEST_LIST_OVERDUE]


def test_no_warnings_without_venue_or_for_finished_events(
    services: Services, factory: VenueDto
) -> None:
    nowhere = add_event(services, None)
    assert services.venues.warnings_for_event(nowhere) == []
    done = add_event(services, factory, capacity=500)
    services.events.set_status(done, EventStatus.DONE)
    assert services.venues.warnings_for_event(done) == []
    with pytest.raises(NotFound):
        services.venues.warnings_for_event(9999)
