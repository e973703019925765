"""CoreService: candidates, stage moves as logged conversations, RSVPs, target, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from core_test_helpers import NOW, event, move, person, rsvp, table, talk

from app.domain.core import ConversationDraft, InvalidStageMove
from app.domain.enums import AttendeeRole, Channel, CoreStage, EventStatus, RsvpSource
from app.domain.errors import ConflictError, DomainError, NotFound, ValidationError
from app.services.changes import Kind
from app.services.container import Services
from app.storage.orm import CoreCandidate, Event, Interaction, Rsvp, RsvpChange

S = CoreStage


@pytest.fixture
def world(services: Services) -> tuple[int, list[int]]:
    ev = event(services, target=3)
    people = [
        person(services, "Zoë", "Ærøskøbing", email="zoe@example.org"),
        person(services, "Zoltán", "Nagy"),
        person(services, "伟", "张", preferred="Wei"),
    ]
    return ev, people


def test_add_puts_people_at_the_end_of_to_ask(
    services: Services, world: tuple[int, list[int]]
) -> None:
    ev, people = world
    added = services.core.add(ev, people[:2])
    assert [c.display_name for c in added.items] == ["Zoë Ærøskøbing", "Zoltán Nagy"]
    assert [(c.stage, c.position) for c in added.items] == [(S.TO_ASK, 0), (S.TO_ASK, 1)]
    assert added.changes.ids(Kind.CORE_CANDIDATE) == {c.id for c in added.items}
    assert ev in added.changes.ids(Kind.EVENT)
    again = services.core.add(ev, people)  # already there: skipped
    assert [c.person_id for c in again.items] == [people[2]]
    assert again.items[0].position == 2
    with pytest.raises(DomainError, match="already on this event's core list"):
        services.core.add(ev, people[:1])
    with pytest.raises(NotFound):
        services.core.add(ev, [999])


def test_a_finished_event_takes_no_new_candidates(services: Services) -> None:
    done = event(services, "Last year's dinner", status=EventStatus.DRAFT)
    services.events.set_status(done, EventStatus.CANCELLED)
    zoe = person(services, "Zoë")
    with pytest.raises(DomainError, match="cancelled"):
        services.core.add(done, [zoe])


def test_move_logs_the_conversation_and_sets_the_follow_up(
    services: Services, world: tuple[int, list[int]]
) -> None:
    ev, people = world
    card = services.core.add(ev, people[:1]).items[0]
    moved = move(
        services, card.id, S.ASKED, note="Coffee at Café Müller", follow_up_on=date(2026, 11, 24)
    )
    assert moved.candidate.stage is S.ASKED
    assert moved.candidate.next_follow_up_on == date(2026, 11, 24)
    assert moved.candidate.stage_changed_at == NOW
    assert moved.candidate.last_note == "Coffee at Café Müller"
    assert table(
        services,
        Interaction,
        Interaction.id,
        Interaction.person_id,
        Interaction.event_id,
        Interaction.channel,
        Interaction.core_stage_from,
        Interaction.core_stage_to,
        Interaction.follow_up_on,
    ) == [(moved.interaction_id, people[0], ev, "call", "to-ask", "asked", date(2026, 11, 24))]
    assert moved.changes.ids(Kind.CORE_CANDIDATE) == {card.id}
    assert moved.changes.ids(Kind.INTERACTION) == {moved.interaction_id}
    assert ev in moved.changes.ids(Kind.EVENT)


def test_a_refused_move_writes_nothing(services: Services, world: tuple[int, list[int]]) -> None:
    ev, people = world
    card = services.core.add(ev, people[:1]).items[0]
    move(services, card.id, S.COMMITTED)
    with pytest.raises(InvalidStageMove, match="Zoë Ærøskøbing can't go from “committed”"):
        move(services, card.id, S.TO_ASK)
    assert services.core.get(card.id).stage is S.COMMITTED
    assert len(table(services, Interaction, Interaction.id)) == 1


def test_a_conversation_answers_earlier_follow_ups_about_the_event(
    services: Services, world: tuple[int, list[int]]
) -> None:
    ev, people = world
    card = services.core.add(ev, people[:1]).items[0]
    other_event = event(services, "Other")
    about_other = talk(
        services, people[0], NOW, event_id=other_event, follow_up_on=date(2026, 11, 22)
    )
    first = move(services, card.id, S.ASKED, follow_up_on=date(2026, 11, 22))
    move(services, card.id, S.INTERESTED, now=NOW + timedelta(hours=1))
    done = dict(table(services, Interaction, Interaction.id, Interaction.follow_up_done_at))
    assert done[first.interaction_id] == NOW + timedelta(hours=1)
    assert done[about_other] is None


def test_confirming_creates_a_core_rsvp_and_undo_redo_restore_everything(
    services: Services, world: tuple[int, list[int]]
) -> None:
    ev, people = world
    card = services.core.add(ev, people[:1]).items[0]
    move(services, card.id, S.COMMITTED)
    confirmed = move(services, card.id, S.CONFIRMED, note="See you there")
    rows = table(
        services, Rsvp, Rsvp.event_id, Rsvp.person_id, Rsvp.response, Rsvp.source, Rsvp.role
    )
    assert rows == [(ev, people[0], "going", RsvpSource.CORE.value, AttendeeRole.CORE.value)]
    assert table(
        services, RsvpChange, RsvpChange.response_from, RsvpChange.response_to, RsvpChange.detail
    ) == [(None, "going", "Confirmed as part of the core")]
    assert services.events.get(ev).going == 1
    assert confirmed.changes.affects(Kind.RSVP)

    undone = services.core.revert(confirmed.patch)
    assert services.core.get(card.id).stage is S.COMMITTED
    assert table(services, Rsvp, Rsvp.id) == []
    assert table(services, RsvpChange, RsvpChange.id) == []
    assert confirmed.interaction_id not in [
        i for (i,) in table(services, Interaction, Interaction.id)
    ]
    assert undone.changes.removed_ids(Kind.INTERACTION) == {confirmed.interaction_id}

    redone = services.core.revert(undone.patch)
    assert services.core.get(card.id).stage is S.CONFIRMED
    assert table(services, Rsvp, Rsvp.response) == [("going",)]
    assert confirmed.interaction_id in [i for (i,) in table(services, Interaction, Interaction.id)]
    services.core.revert(redone.patch)
    assert services.core.get(card.id).stage is S.COMMITTED


def test_confirming_turns_an_existing_rsvp_to_going_and_leaving_declines_it(
    services: Services, world: tuple[int, list[int]]
) -> None:
    ev, people = world
    rsvp(services, ev, people[0], "maybe")
    card = services.core.add(ev, people[:1]).items[0]
    move(services, card.id, S.COMMITTED)
    confirmed = move(services, card.id, S.CONFIRMED)
    assert table(services, Rsvp, Rsvp.response, Rsvp.source) == [("going", "core")]
    left = move(services, card.id, S.DECLINED, note="Flu")
    assert table(services, Rsvp, Rsvp.response) == [("declined",)]
    details = [d for (d,) in table(services, RsvpChange, RsvpChange.detail)]
    assert details == ["Confirmed as part of the core", "Left the core: declined"]
    services.core.revert(left.patch)
    services.core.revert(confirmed.patch)
    assert table(services, Rsvp, Rsvp.response, Rsvp.source) == [("maybe", "direct")]


def test_confirming_into_a_full_event_is_refused(services: Services) -> None:
    ev = event(services, capacity=1)
    first, second = person(services, "Ana"), person(services, "Bo")
    rsvp(services, ev, first, "going")
    card = services.core.add(ev, [second]).items[0]
    move(services, card.id, S.COMMITTED)
    with pytest.raises(DomainError, match="is full"):
        move(services, card.id, S.CONFIRMED)
    assert services.core.get(card.id).stage is S.COMMITTED
    # Someone already going takes no extra seat when confirmed.
    core_first = services.core.add(ev, [first]).items[0]
    move(services, core_first.id, S.CONFIRMED)
    assert table(services, Rsvp, Rsvp.person_id, Rsvp.source) == [(first, "core")]


def test_undo_refuses_when_someone_changed_the_card_since(
    services: Services, world: tuple[int, list[int]]
) -> None:
    ev, people = world
    card = services.core.add(ev, people[:1]).items[0]
    asked = move(services, card.id, S.ASKED)
    move(services, card.id, S.INTERESTED)
    with pytest.raises(ConflictError):
        services.core.revert(asked.patch)
    assert services.core.get(card.id).stage is S.INTERESTED


def test_reorder_and_drop_position(services: Services, world: tuple[int, list[int]]) -> None:
    ev, people = world
    cards = services.core.add(ev, people).items
    done = services.core.reorder(cards[2].id, 0)
    order = [c.person_id for c in services.core.candidates(ev)]
    assert order == [people[2], people[0], people[1]]
    assert done.changes.ids(Kind.CORE_CANDIDATE) == {c.id for c in cards}
    services.core.revert(done.patch)
    assert [c.person_id for c in services.core.candidates(ev)] == people
    assert not services.core.reorder(cards[0].id, 0).patch  # already there: nothing to undo
    # Moving into a column at a given place shifts the cards below it.
    move(services, cards[0].id, S.ASKED)
    services.core.move(cards[1].id, S.ASKED, ConversationDraft(Channel.MESSAGE), index=0, now=NOW)
    asked = [(c.person_id, c.position) for c in services.core.candidates(ev) if c.stage is S.ASKED]
    assert asked == [(people[1], 0), (people[0], 1)]


def test_reordering_others_never_makes_an_undo_conflict(
    services: Services, world: tuple[int, list[int]]
) -> None:
    ev, people = world
    cards = services.core.add(ev, people).items
    asked = move(services, cards[0].id, S.ASKED)
    services.core.reorder(cards[2].id, 0)  # renumbers the to-ask column loosely
    services.core.revert(asked.patch)
    assert services.core.get(cards[0].id).stage is S.TO_ASK


def test_target_gate_and_progress(services: Services, world: tuple[int, list[int]]) -> None:
    ev, people = world
    other = event(services, "Meetup", target=None)
    cards = services.core.add(ev, people).items
    move(services, cards[0].id, S.COMMITTED)
    move(services, cards[1].id, S.CONFIRMED)
    move(services, cards[2].id, S.INTERESTED)
    gate = services.core.announce_gate(ev)
    assert (gate.target, gate.counted, gate.missing) == (3, 2, 1)
    assert services.core.announce_gate(other).ready
    set_to_two = services.core.set_target(ev, 2)
    assert services.core.announce_gate(ev).ready
    assert set_to_two.changes.ids(Kind.EVENT) == {ev}
    progress = services.core.progress([ev, other])
    assert (progress[ev].counted, progress[ev].target, progress[ev].candidates) == (2, 2, 3)
    assert (progress[other].counted, progress[other].target) == (0, None)
    assert set(services.core.progress()) == {ev, other}
    services.core.revert(set_to_two.patch)
    assert services.events.get(ev).core_target == 3
    with pytest.raises(ValidationError):
        services.core.set_target(ev, -1)
    with pytest.raises(NotFound):
        services.core.announce_gate(999)
    assert not services.core.set_target(ev, 3).patch


def test_target_undo_survives_other_edits_but_not_a_new_target(services: Services) -> None:
    ev = event(services, target=4)
    changed = services.core.set_target(ev, 6)
    services.events.set_status(ev, EventStatus.ANNOUNCED)  # bumps the version, not the target
    services.core.revert(changed.patch)
    assert services.events.get(ev).core_target == 4
    assert services.events.get(ev).status is EventStatus.ANNOUNCED
    again = services.core.set_target(ev, 5)
    draft = services.events.get(ev).to_draft()
    edited = type(draft)(**{**draft.__dict__, "core_target": 9})
    services.events.update(ev, edited, services.events.get(ev).version)
    with pytest.raises(ConflictError):
        services.core.revert(again.patch)
    with services.db.read() as s:
        assert s.get(Event, ev).core_target == 9  # type: ignore[union-attr]


def test_delete_and_undelete_keep_conversations(
    services: Services, world: tuple[int, list[int]]
) -> None:
    ev, people = world
    card = services.core.add(ev, people[:1]).items[0]
    move(services, card.id, S.ASKED)
    removed = services.core.delete([card.id])
    assert services.core.candidates(ev) == []
    assert len(table(services, Interaction, Interaction.id)) == 1
    services.core.undelete(removed.tombstone)
    assert [c.stage for c in services.core.candidates(ev)] == [S.ASKED]
    assert table(services, CoreCandidate, CoreCandidate.id) == [(card.id,)]


def test_candidate_of_and_get(services: Services, world: tuple[int, list[int]]) -> None:
    ev, people = world
    card = services.core.add(ev, people[:1]).items[0]
    assert services.core.candidate_of(ev, people[0]) == services.core.get(card.id)
    assert services.core.candidate_of(ev, people[1]) is None
    with pytest.raises(NotFound):
        services.core.get(999)
