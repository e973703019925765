"""The Today view's queries with a fixed clock, and marking things done (with undo)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from core_test_helpers import NOW, TODAY, event, move, person, rsvp, set_cadence, talk

from app.domain.core import ConversationDraft
from app.domain.enums import Channel, CoreStage, EventStatus
from app.domain.errors import NotFound, ValidationError
from app.services.changes import Kind
from app.services.container import Services
from app.services.followup_dto import FollowupSource
from app.storage.orm import Venue, VenueStep

DAY = timedelta(days=1)


def venue_step(services: Services, follow_up_on: date) -> tuple[int, int]:
    with services.db.transaction() as s:
        venue = Venue(name="Haus der Kulturen", stage="asked")
        s.add(venue)
        s.flush()
        step = VenueStep(
            venue_id=venue.id, stage_to="asked", note="Ask about AV", follow_up_on=follow_up_on
        )
        s.add(step)
        s.flush()
        return venue.id, step.id


def test_follow_ups_are_split_into_overdue_today_and_coming_up(services: Services) -> None:
    zoe, bo = person(services, "Zoë"), person(services, "Bo")
    ev = event(services)
    late = talk(services, zoe, NOW - 5 * DAY, follow_up_on=TODAY - 2 * DAY, note="Send slides")
    due = talk(services, bo, NOW - DAY, event_id=ev, follow_up_on=TODAY)
    soon = talk(services, zoe, NOW, follow_up_on=TODAY + DAY)
    talk(services, zoe, NOW, follow_up_on=TODAY + 30 * DAY)  # beyond the week ahead
    _venue, step = venue_step(services, TODAY)
    digest = services.followups.digest(TODAY, NOW)
    assert [(i.id, i.name, i.note) for i in digest.overdue.items] == [(late, "Zoë", "Send slides")]
    today = [(i.source, i.id, i.name, i.event_title) for i in digest.due_today.items]
    assert today == [
        (FollowupSource.CONVERSATION, due, "Bo", "Focus dinner"),
        (FollowupSource.VENUE, step, "Haus der Kulturen", ""),
    ]
    assert [i.id for i in digest.upcoming.items] == [soon]
    assert (digest.overdue.total, digest.due_today.total, digest.upcoming.total) == (1, 2, 1)
    assert [i.id for i in services.followups.due(TODAY)] == [late, due, step]
    assert not digest.is_empty


def test_limits_keep_totals(services: Services) -> None:
    zoe = person(services, "Zoë")
    for n in range(5):
        talk(services, zoe, NOW, follow_up_on=TODAY - n * DAY - DAY)
    digest = services.followups.digest(TODAY, NOW, limit=2)
    assert (len(digest.overdue.items), digest.overdue.total) == (2, 5)


def test_candidates_show_their_stage_on_follow_ups(services: Services) -> None:
    ev = event(services)
    card = services.core.add(ev, [person(services, "Zoë")]).items[0]
    move(services, card.id, CoreStage.ASKED, follow_up_on=TODAY, now=NOW - DAY)
    (item,) = services.followups.digest(TODAY, NOW).due_today.items
    assert (item.stage, item.event_id) == (CoreStage.ASKED, ev)


def test_waiting_for_an_answer_uses_the_shared_setting(services: Services) -> None:
    ev = event(services)
    zoe, bo = person(services, "Zoë"), person(services, "Bo")
    cards = services.core.add(ev, [zoe, bo]).items
    move(services, cards[0].id, CoreStage.ASKED, now=NOW - 10 * DAY)
    move(services, cards[1].id, CoreStage.ASKED, now=NOW - 3 * DAY)
    digest = services.followups.digest(TODAY, NOW)
    assert digest.waiting_days == 7
    assert [(w.name, w.asked_at) for w in digest.waiting.items] == [("Zoë", NOW - 10 * DAY)]
    changed = services.followups.set_waiting_days(2)
    assert services.followups.waiting_days() == 2
    assert changed.changes.affects(Kind.SETTING)
    assert [w.name for w in services.followups.digest(TODAY, NOW).waiting.items] == ["Zoë", "Bo"]
    services.followups.revert(changed.patch)
    assert services.followups.waiting_days() == 7
    with pytest.raises(ValidationError):
        services.followups.set_waiting_days(0)
    # A nudge is a conversation: the clock starts again.
    services.followups.log(zoe, ev, ConversationDraft(Channel.MESSAGE, "Any news?"), now=NOW)
    assert services.followups.digest(TODAY, NOW).waiting.items == ()


def test_waiting_skips_finished_events(services: Services) -> None:
    ev = event(services, start=datetime(2026, 11, 10, 19))
    card = services.core.add(ev, [person(services, "Zoë")]).items[0]
    move(services, card.id, CoreStage.ASKED, now=NOW - 20 * DAY)
    assert services.followups.digest(TODAY, NOW).waiting.total == 0
    services.events.set_status(ev, EventStatus.CANCELLED)
    assert services.followups.digest(TODAY, NOW).waiting.total == 0


def test_keep_in_touch_cadences(services: Services) -> None:
    long_ago = NOW - 400 * DAY
    lapsed = person(services, "Lapsed", tags=["friends"], created=long_ago)
    fresh = person(services, "Fresh", tags=["friends"], created=long_ago)
    never = person(services, "Never", tags=["friends"], created=long_ago)
    newcomer = person(services, "Newcomer", tags=["friends"], created=NOW - 5 * DAY)
    both = person(services, "Both", tags=["friends", "inner circle"], created=long_ago)
    person(services, "Untagged", created=long_ago)
    talk(services, lapsed, NOW - 40 * DAY)
    talk(services, fresh, NOW - 10 * DAY)
    talk(services, both, NOW - 20 * DAY)
    assert services.followups.digest(TODAY, NOW).keep_in_touch.total == 0  # no cadence yet
    set_cadence(services, "friends", 30)
    set_cadence(services, "inner circle", 14)
    section = services.followups.digest(TODAY, NOW).keep_in_touch
    rows = [(k.person_id, k.cadence_days, k.due_on) for k in section.items]
    assert rows == [
        (never, 30, (long_ago + 30 * DAY).date()),
        (lapsed, 30, (NOW - 10 * DAY).date()),
        (both, 14, (NOW - 6 * DAY).date()),
    ]
    assert section.items[0].last_contact is None
    assert newcomer not in [k.person_id for k in section.items]
    done = services.followups.log(
        lapsed, None, ConversationDraft(Channel.CALL, "Caught up"), now=NOW
    )
    assert lapsed not in [
        k.person_id for k in services.followups.digest(TODAY, NOW).keep_in_touch.items
    ]
    services.followups.revert(done.patch)
    assert lapsed in [
        k.person_id for k in services.followups.digest(TODAY, NOW).keep_in_touch.items
    ]


def test_after_each_recent_event_who_came_and_who_missed_it(services: Services) -> None:
    ev = event(services, "Yesterday's meetup", start=datetime(2026, 11, 20, 18), tz="UTC")
    old = event(services, "Last month", start=datetime(2026, 10, 1, 18), tz="UTC")
    quiet = event(services, "No check-in desk", start=datetime(2026, 11, 19, 18), tz="UTC")
    came, missed, declined = (
        person(services, "Came"),
        person(services, "Missed"),
        person(services, "No"),
    )
    rsvp(services, ev, came, checked_in=datetime(2026, 11, 20, 18, 5, tzinfo=NOW.tzinfo))
    rsvp(services, ev, missed)
    rsvp(services, ev, declined, "declined")
    rsvp(services, old, came)
    rsvp(services, quiet, came)
    events = services.followups.digest(TODAY, NOW).after_events
    assert [e.title for e in events] == ["Yesterday's meetup", "No check-in desk"]
    assert [p.name for p in events[0].attended] == ["Came"]
    assert [p.name for p in events[0].missed] == ["Missed"]
    assert (events[1].recorded, events[1].attended, events[1].missed) == (False, (), ())
    services.followups.log(came, ev, ConversationDraft(Channel.EMAIL, "Thank you!"), now=NOW)
    assert services.followups.digest(TODAY, NOW).after_events[0].attended == ()


def test_mark_done_closes_the_follow_up_and_logs_it(services: Services) -> None:
    zoe = person(services, "Zoë")
    ev = event(services)
    due = talk(services, zoe, NOW - 3 * DAY, event_id=ev, follow_up_on=TODAY)
    (item,) = services.followups.digest(TODAY, NOW).due_today.items
    draft = ConversationDraft(Channel.CALL, "Called back", TODAY + 7 * DAY, today=TODAY)
    done = services.followups.mark_done(item, draft, NOW)
    digest = services.followups.digest(TODAY, NOW)
    assert digest.due_today.items == ()
    assert [(i.note, i.due_on) for i in digest.upcoming.items] == [("Called back", TODAY + 7 * DAY)]
    assert done.changes.ids(Kind.INTERACTION) >= {due}
    assert zoe in done.changes.ids(Kind.PERSON)
    undone = services.followups.revert(done.patch)
    assert [i.id for i in services.followups.digest(TODAY, NOW).due_today.items] == [due]
    services.followups.revert(undone.patch)
    assert services.followups.digest(TODAY, NOW).due_today.items == ()
    with pytest.raises(NotFound):
        services.followups.mark_done(item, draft, NOW)


def test_mark_done_on_a_venue_step(services: Services) -> None:
    venue, step = venue_step(services, TODAY)
    (item,) = services.followups.digest(TODAY, NOW).due_today.items
    done = services.followups.mark_done(
        item, ConversationDraft(Channel.EMAIL, "Booked the AV"), NOW
    )
    assert services.followups.digest(TODAY, NOW).due_today.items == ()
    assert venue in done.changes.ids(Kind.VENUE)
    with services.db.read() as s:
        notes = [st.note for st in s.query(VenueStep).order_by(VenueStep.id)]
    assert notes == ["Ask about AV", "Booked the AV"]
    services.followups.revert(done.patch)
    assert [i.id for i in services.followups.digest(TODAY, NOW).due_today.items] == [step]


def test_empty_today(services: Services) -> None:
    digest = services.followups.digest(TODAY, NOW)
    assert digest.is_empty
    with pytest.raises(NotFound):
        services.followups.log(999, None, ConversationDraft())
