"""A person's page, the add-people dialog's modes, and the announce gate helper."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.domain.core import ConversationDraft
from app.domain.enums import CoreStage, EventStatus
from app.services.container import Services
from tests.ui.conftest import FakePrompter, RecordingErrors
from tests.ui.core_ui_helpers import make_world, notes

from app.ui.context import AppContext
from app.ui.core.add_people_dialog import AddPeopleDialog
from app.ui.core.announce_gate import AnnounceCancelled, confirm_announce, guard_announce
from app.ui.core.conversation_dialog import ConversationDialog
from app.ui.panels.person_page import PersonPage, open_person_page


def test_person_page_shows_history_and_logs_a_conversation(
    qtbot: QtBot, ctx: AppContext, services: Services
) -> None:
    world = make_world(services)
    services.core.move(world.cards[0], CoreStage.ASKED, ConversationDraft(note="Over coffee"))
    page = open_person_page(ctx, world.people[0])
    qtbot.addWidget(page)
    assert page.name.text() == "Zoë Ærøskøbing"
    assert "zoe@example.org" in page.about.text()
    assert page.talks.rowCount() == 1
    assert page.talks.index(0, 3).data() == "To ask → Asked"
    assert page.core.index(0, 1).data() == "Asked"
    assert "events attended" in page.figures.text()
    again = open_person_page(ctx, world.people[0], page.parentWidget())
    qtbot.addWidget(again)  # a second window (no parent to find the first in): close it too
    page.log_button.click()
    dialog = page._open_dialog
    assert isinstance(dialog, ConversationDialog)
    qtbot.keyClicks(dialog.note, "Talked about the menu")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert page.talks.rowCount() == 2  # the bus reloaded the page
    assert page.talks.index(0, 5).data() == "Talked about the menu"
    ctx.undo_stack.undo()
    assert page.talks.rowCount() == 1
    assert notes(services) == [("Over coffee", "to-ask", "asked")]


def test_a_deleted_person_closes_their_page(
    qtbot: QtBot, ctx: AppContext, services: Services
) -> None:
    world = make_world(services, add=0)
    page = PersonPage(ctx, world.people[1])
    qtbot.addWidget(page)
    page.show()
    removed = services.people.delete([world.people[1]])
    ctx.bus.publish(removed.changes)
    assert not page.isVisible()


@pytest.mark.parametrize("mode", [0, 1, 2, 3])
def test_add_people_dialog_modes(
    qtbot: QtBot, ctx: AppContext, services: Services, mode: int
) -> None:
    world = make_world(services, add=1)
    dialog = AddPeopleDialog(ctx, world.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mode.setCurrentIndex(mode)
    assert dialog.tag.isVisibleTo(dialog) == (mode == 1)
    assert dialog.days.isVisibleTo(dialog) == (mode == 3)
    found = [dialog.model.item(r).display_name for r in range(dialog.model.rowCount())]
    if mode == 0:
        assert found == ["Bo Berg", "Ana Lima"]  # by family name; Zoë is already listed
    else:
        assert found == []  # nobody tagged, came to a dinner or was ever seen
        assert "aren't listed" in dialog.status.text()


def test_the_announce_gate_asks_and_guards_the_event_dialog(
    ctx: AppContext, services: Services, prompter: FakePrompter, errors: RecordingErrors
) -> None:
    world = make_world(services, target=2)
    prompter.answers = [False]
    assert not confirm_announce(ctx, world.event_id, "Focus dinner 🍷")
    assert "2 more people are missing" in prompter.asked[0][1]
    saved: list[object] = []
    draft = services.events.get(world.event_id).to_draft()
    announced = type(draft)(**{**draft.__dict__, "status": EventStatus.ANNOUNCED})
    guarded = guard_announce(ctx, world.event_id, EventStatus.CONFIRMING_CORE, saved.append)
    prompter.answers = [False]
    with pytest.raises(AnnounceCancelled):
        guarded(announced)
    assert saved == []
    prompter.answers = [True]
    guarded(announced)
    assert saved == [announced]
    guarded(draft)  # not announcing: no question
    services.core.set_target(world.event_id, 0)
    assert confirm_announce(ctx, world.event_id)  # complete: no question either
    assert len(prompter.asked) == 3
    assert errors.shown == []
