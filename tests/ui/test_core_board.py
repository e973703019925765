"""The core board: drag a card, move it by keyboard, undo and redo against the database."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import CoreStage
from app.domain.people import PersonDraft
from app.services.container import Services
from tests.ui.conftest import FakePrompter, type_text
from tests.ui.core_ui_helpers import World, make_world, notes, stage_of
from tests.ui.drag_events import drag_enter, drag_move, drop_event

from app.ui.context import AppContext
from app.ui.core.board import StageColumnView
from app.ui.core.conversation_dialog import ConversationDialog
from app.ui.panels.core_panel import CorePanel

S = CoreStage


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext, world: World) -> CorePanel:
    widget = CorePanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.set_event(world.event_id)
    return widget


def cards(panel: CorePanel, stage: CoreStage) -> list[str]:
    proxy = panel.board.proxies[stage]
    return [proxy.card(r).display_name for r in range(proxy.rowCount())]


def drop(view: StageColumnView, mime: QMimeData, at: QPoint) -> bool:
    """Deliver a drag's enter, move and drop to a column, as a real drag would."""
    actions = Qt.DropAction.MoveAction
    enter = drag_enter(at, actions, mime)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    move = drag_move(at, actions, mime)
    QApplication.sendEvent(view.viewport(), move)
    dropped = drop_event(at, actions, mime)
    QApplication.sendEvent(view.viewport(), dropped)
    return dropped.isAccepted()


def mime_of(panel: CorePanel, stage: CoreStage, row: int) -> QMimeData:
    proxy = panel.board.proxies[stage]
    return proxy.mimeData([proxy.index(row, 0)])


def type_note(qtbot: QtBot, dialog: ConversationDialog, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(dialog.note, text)
    else:
        dialog.note.insertPlainText(text)  # QTest types ASCII only


def accept(dialog: object) -> None:
    assert isinstance(dialog, ConversationDialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_drag_a_card_to_another_column_then_undo_and_redo(
    qtbot: QtBot, panel: CorePanel, ctx: AppContext, services: Services, world: World
) -> None:
    assert cards(panel, S.TO_ASK) == ["Zoë Ærøskøbing", "Ana Lima", "Bo Berg"]
    assert drop(panel.board.views[S.ASKED], mime_of(panel, S.TO_ASK, 1), QPoint(20, 20))
    dialog = panel._open_dialog
    assert isinstance(dialog, ConversationDialog)
    assert "Move Ana Lima from “To ask” to “Asked”" in dialog.intro.text()
    assert dialog.follow.isChecked()  # an ask gets a follow-up by default
    type_note(qtbot, dialog, "Asked over coffee ☕")
    accept(dialog)
    assert stage_of(services, world.cards[1]) == "asked"
    assert cards(panel, S.ASKED) == ["Ana Lima"]
    assert cards(panel, S.TO_ASK) == ["Zoë Ærøskøbing", "Bo Berg"]
    assert notes(services) == [("Asked over coffee ☕", "to-ask", "asked")]
    assert panel.board.current_card().display_name == "Ana Lima"  # type: ignore[union-attr]

    ctx.undo_stack.undo()
    assert stage_of(services, world.cards[1]) == "to-ask"
    assert notes(services) == []
    assert cards(panel, S.TO_ASK) == ["Zoë Ærøskøbing", "Ana Lima", "Bo Berg"]
    ctx.undo_stack.redo()
    assert stage_of(services, world.cards[1]) == "asked"
    assert notes(services) == [("Asked over coffee ☕", "to-ask", "asked")]
    assert cards(panel, S.ASKED) == ["Ana Lima"]


def test_a_column_refuses_cards_that_cannot_go_there(
    panel: CorePanel, services: Services, world: World
) -> None:
    from tests.unit.core.core_test_helpers import move

    move(services, world.cards[0], S.DECLINED)
    panel.model.load()  # type: ignore[union-attr]
    assert not drop(panel.board.views[S.CONFIRMED], mime_of(panel, S.DECLINED, 0), QPoint(5, 5))
    assert panel._open_dialog is None


def test_dragging_within_a_column_reorders_it(
    panel: CorePanel, ctx: AppContext, services: Services
) -> None:
    view = panel.board.views[S.TO_ASK]
    below_last = view.visualRect(view.proxy().index(2, 0)).bottom() - 2
    assert drop(view, mime_of(panel, S.TO_ASK, 0), QPoint(20, below_last))
    assert panel._open_dialog is None  # no conversation to log for a reorder
    assert cards(panel, S.TO_ASK) == ["Ana Lima", "Bo Berg", "Zoë Ærøskøbing"]
    ctx.undo_stack.undo()
    assert cards(panel, S.TO_ASK) == ["Zoë Ærøskøbing", "Ana Lima", "Bo Berg"]
    assert [c.display_name for c in services.core.candidates(panel.event_id)] == cards(  # type: ignore[arg-type]
        panel, S.TO_ASK
    )


def test_move_with_the_keyboard(
    qtbot: QtBot, panel: CorePanel, ctx: AppContext, services: Services, world: World
) -> None:
    view = panel.board.views[S.TO_ASK]
    panel.board.select_card(world.cards[0])
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    dialog = panel._open_dialog
    assert isinstance(dialog, ConversationDialog)
    type_note(qtbot, dialog, "Said yes on the phone")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stage_of(services, world.cards[0]) == "asked"
    assert not dialog.isVisible()

    # Plain arrows walk between columns; Ctrl+Down reorders within one.
    asked = panel.board.views[S.ASKED]
    assert asked.hasFocus()
    qtbot.keyClick(asked, Qt.Key.Key_Left)
    assert panel.current_card().display_name == "Ana Lima"  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert cards(panel, S.TO_ASK) == ["Bo Berg", "Ana Lima"]
    ctx.undo_stack.undo()
    assert cards(panel, S.TO_ASK) == ["Ana Lima", "Bo Berg"]
    ctx.undo_stack.undo()
    assert stage_of(services, world.cards[0]) == "to-ask"


def test_target_progress_and_the_announce_gate(
    qtbot: QtBot,
    panel: CorePanel,
    ctx: AppContext,
    services: Services,
    prompter: FakePrompter,
    world: World,
) -> None:
    header = panel.header
    assert header.figure.text() == "0 of 2 committed"
    assert header.message.text() == "2 more to go before you announce."
    header.target.setValue(3)
    header.target.setValue(4)
    assert services.events.get(world.event_id).core_target == 4
    assert ctx.undo_stack.count() == 1  # spin-box clicks merge into one step
    assert header.figure.text() == "0 of 4 committed"
    prompter.answers = [False]
    header.announce.click()
    assert "4 more people are missing" in prompter.asked[-1][1]
    assert services.events.get(world.event_id).status.value == "confirming-core"
    prompter.answers = [True]
    header.announce.click()
    assert services.events.get(world.event_id).status.value == "announced"
    assert header.message.text() == "This event is announced."
    ctx.undo_stack.undo()
    assert services.events.get(world.event_id).status.value == "confirming-core"
    ctx.undo_stack.undo()
    assert services.events.get(world.event_id).core_target == 2
    assert header.figure.text() == "0 of 2 committed"


def test_every_open_board_updates_at_once(
    qtbot: QtBot, panel: CorePanel, ctx: AppContext, world: World
) -> None:
    other = CorePanel(ctx)
    qtbot.addWidget(other)
    other.set_event(world.event_id)
    other.board.select_card(world.cards[2])
    other.request_move(world.cards[2], S.COMMITTED)
    accept(other._open_dialog)
    assert cards(panel, S.COMMITTED) == ["Bo Berg"]
    assert panel.header.figure.text() == "1 of 2 committed"
    panel.actions_.show_list.trigger()
    rows = [panel.list_proxy.index(r, 1).data() for r in range(panel.list_proxy.rowCount())]
    assert sorted(rows) == ["Committed", "To ask", "To ask"]


def test_remove_and_add_people_with_undo(
    qtbot: QtBot,
    panel: CorePanel,
    ctx: AppContext,
    services: Services,
    prompter: FakePrompter,
    world: World,
) -> None:
    panel.board.select_card(world.cards[0])
    prompter.answers = [True]
    panel.delete_selected()
    assert cards(panel, S.TO_ASK) == ["Ana Lima", "Bo Berg"]
    ctx.undo_stack.undo()
    assert cards(panel, S.TO_ASK) == ["Zoë Ærøskøbing", "Ana Lima", "Bo Berg"]
    extra = services.people.create(PersonDraft(given_name="Zoé", family_name="Weiß")).item.id
    panel.new_record()
    dialog = panel._open_dialog
    type_text(qtbot, dialog.text, "zoe")
    dialog.search_now()
    assert dialog.model.rowCount() == 1
    assert dialog.model.item(0).person_id == extra
    dialog.view.selectRow(0)
    dialog.add_button.click()
    assert cards(panel, S.TO_ASK)[-1] == "Zoé Weiß"
    assert dialog.model.rowCount() == 0  # the search runs again: now she's listed
    ctx.undo_stack.undo()
    assert len(cards(panel, S.TO_ASK)) == 3


def test_without_an_event_the_board_steps_aside(panel: CorePanel, world: World) -> None:
    panel.set_event(None)
    assert not panel.stack.isVisible()
    assert not panel.toolbar.isEnabled()
    assert panel.current_card() is None
    panel.set_event(world.event_id)
    assert panel.stack.isVisible()
    assert len(cards(panel, S.TO_ASK)) == 3
