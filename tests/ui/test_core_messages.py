"""Writing from a template: filling, signing, copying and mailing log the ask, undoably."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication, QTextCursor

from app.domain.enums import CoreStage
from app.services.container import Services
from tests.ui.conftest import FakePrompter, RecordingErrors, type_text
from tests.ui.core_ui_helpers import World, make_world, notes, stage_of

from app.ui.context import AppContext
from app.ui.core.template_dialog import TemplateDialog
from app.ui.core.template_editor import TemplateEditorDialog


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def open_dialog(qtbot: QtBot, ctx: AppContext, world: World, card: int = 0) -> TemplateDialog:
    candidate = ctx.services.core.get(world.cards[card])
    dialog = TemplateDialog(
        ctx, candidate.person_id, world.event_id, heading="To Zoë", candidate=candidate
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_missing_signature_is_named_then_filled(
    qtbot: QtBot, ctx: AppContext, world: World, services: Services
) -> None:
    dialog = open_dialog(qtbot, ctx, world)
    assert dialog.template.currentText() == "Soft ask"
    assert dialog.problem.isVisible()
    assert "under “Signed”" in dialog.problem.text()
    assert not dialog.copy_button.isEnabled()
    type_text(qtbot, dialog.signed, "Łucja")
    dialog.signed.editingFinished.emit()
    assert services.templates.organizer_name() == "Łucja"
    assert not dialog.problem.isVisible()
    assert dialog.body.toPlainText().startswith("Hi Zoë,")
    assert dialog.body.toPlainText().endswith("Łucja")
    assert dialog.subject.text() == "Focus dinner 🍷: would you like to come?"
    ctx.undo_stack.undo()
    assert services.templates.organizer_name() == ""
    assert dialog.problem.isVisible()  # the bus told the dialog


def test_copy_logs_the_ask_and_moves_the_card_to_asked(
    qtbot: QtBot, ctx: AppContext, world: World, services: Services
) -> None:
    services.templates.set_organizer_name("Ana")
    dialog = open_dialog(qtbot, ctx, world)
    assert dialog.move_to_asked.isChecked()
    dialog.body.setPlainText(dialog.body.toPlainText() + "\n\nPS: there will be dessert 🍰")
    with qtbot.waitSignal(dialog.ask_logged):
        dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().endswith("PS: there will be dessert 🍰")
    assert stage_of(services, world.cards[0]) == "asked"
    assert notes(services) == [("Sent “Soft ask”", "to-ask", "asked")]
    ctx.undo_stack.undo()
    assert stage_of(services, world.cards[0]) == "to-ask"
    assert notes(services) == []
    ctx.undo_stack.redo()
    assert stage_of(services, world.cards[0]) == "asked"


def test_mail_opens_a_mailto_link_and_logs_an_email(
    qtbot: QtBot,
    ctx: AppContext,
    world: World,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.templates.set_organizer_name("Ana")
    opened: list[QUrl] = []
    monkeypatch.setattr(TemplateDialog, "open_url", staticmethod(opened.append))
    dialog = open_dialog(qtbot, ctx, world)
    dialog.move_to_asked.setChecked(False)
    dialog.select_template("hard-ask")
    dialog.mail_button.click()
    (url,) = opened
    assert url.scheme() == "mailto"
    assert url.path() == "zoe@example.org"
    assert "subject=Can%20I%20count%20on%20you" in url.toString(
        QUrl.ComponentFormattingOption.FullyEncoded
    )
    assert stage_of(services, world.cards[0]) == "to-ask"  # only logged, not moved
    assert notes(services) == [("Sent “Hard ask”", None, None)]
    with services.db.read() as s:
        from app.storage.orm import Interaction

        assert s.query(Interaction.channel).scalar() == "email"
    ctx.undo_stack.undo()
    assert notes(services) == []


def test_templates_can_be_added_edited_and_deleted_with_undo(
    qtbot: QtBot, ctx: AppContext, world: World, services: Services, prompter: FakePrompter
) -> None:
    services.templates.set_organizer_name("Ana")
    dialog = open_dialog(qtbot, ctx, world)
    dialog.new_button.click()
    editor = dialog._editor
    assert isinstance(editor, TemplateEditorDialog)
    type_text(qtbot, editor.name, "Café invite ☕")
    editor.body.setPlainText("Hej ")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert.activated.emit(editor.insert.findData("call_name"))
    assert editor.body.toPlainText() == "Hej {call_name}"
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert dialog.template.currentText() == "Café invite ☕"
    assert dialog.body.toPlainText() == "Hej Zoë"

    dialog.edit_button.click()
    editor = dialog._editor
    editor.body.setPlainText("Hej {nickname}")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert editor.isVisible()  # refused, and said why
    assert "{nickname}" in editor.error_label.text()
    editor.body.setPlainText("Hallo {call_name}!")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert dialog.body.toPlainText() == "Hallo Zoë!"
    ctx.undo_stack.undo()
    assert dialog.body.toPlainText() == "Hej Zoë"

    prompter.answers = [True]
    dialog.delete_button.click()
    assert "Café invite ☕" not in [t.name for t in services.templates.list_all()]
    assert dialog.template.currentText() != "Café invite ☕"
    ctx.undo_stack.undo()
    assert "Café invite ☕" in [dialog.template.itemText(i) for i in range(dialog.template.count())]


def test_a_template_needing_a_venue_says_so(
    qtbot: QtBot, ctx: AppContext, world: World, services: Services, errors: RecordingErrors
) -> None:
    services.templates.set_organizer_name("Ana")
    dialog = open_dialog(qtbot, ctx, world)
    dialog.select_template("focus-dinner")
    assert dialog.problem.text() == "{venue} can't be filled: the event has no venue yet."
    assert not dialog.copy_button.isEnabled()
    assert errors.shown == []


def test_after_copying_the_card_is_asked_and_the_box_goes(
    qtbot: QtBot, ctx: AppContext, world: World, services: Services
) -> None:
    services.templates.set_organizer_name("Ana")
    dialog = open_dialog(qtbot, ctx, world)
    dialog.copy_button.click()
    assert not dialog.move_to_asked.isVisible()
    dialog.copy_button.click()  # a second copy is logged, without a second move
    assert [n[2] for n in notes(services)] == [CoreStage.ASKED.value, None]
