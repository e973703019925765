from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from app.domain.errors import ConflictError
from app.domain.people import PersonDraft
from app.services.container import Services
from app.services.demo import DemoRequest, generate
from tests.ui.conftest import FakePrompter, RecordingErrors, type_text

from app.ui.context import AppContext
from app.ui.dialogs.person_dialog import PersonDialog
from app.ui.main_window import MainWindow
from app.ui.settings import SECTION, AppSettings


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def names(window: MainWindow) -> list[str]:
    proxy = window.people_panel.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def open_person_dialog(window: MainWindow) -> PersonDialog:
    dialog = window.people_panel._open_dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.isVisible()
    return dialog


def test_window_opens_on_events_with_demo_data(
    qtbot: QtBot, services: Services, ctx: AppContext
) -> None:
    generate(services.db, DemoRequest(people=60, events=12, seed=5, today=date(2026, 11, 21)))
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.ready, timeout=5000):
        first.show()
    assert first.stack.currentWidget() is first.today_panel  # where every day starts
    first.show_section("events")
    first.close()  # remembers the section
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=5000):
        win.show()
    assert win.stack.currentWidget() is win.events_panel
    assert win.events_panel.proxy.rowCount() == 12
    assert win.events_panel.count_label.text() == "12 events"
    assert "convivio.sqlite3" in win.windowTitle()


def test_create_edit_undo_redo_a_person(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    window.view_actions["people"].trigger()
    assert window.people_panel.empty_label.isVisible()
    window.actions_.record_new.trigger()
    dialog = open_person_dialog(window)
    type_text(qtbot, dialog.given, "Zoë")
    type_text(qtbot, dialog.family, "O'Brien-Smythe")
    type_text(qtbot, dialog.emails, "zoe@example.ie")
    type_text(qtbot, dialog.tags, "core, speaker")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert names(window) == ["Zoë O'Brien-Smythe"]
    assert window.people_panel.selected_ids()  # the new person is selected
    person_id = window.people_panel.selected_ids()[0]

    window.actions_.record_edit.trigger()
    dialog = open_person_dialog(window)
    assert dialog.emails.text() == "zoe@example.ie"
    dialog.given.clear()
    type_text(qtbot, dialog.given, "Zoe")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert names(window) == ["Zoe O'Brien-Smythe"]
    assert ctx.undo_stack.undoText() == "Edit Zoe O'Brien-Smythe"

    window.undo_action.trigger()
    assert names(window) == ["Zoë O'Brien-Smythe"]
    window.undo_action.trigger()
    assert names(window) == []
    assert ctx.services.people.list_rows() == []
    window.redo_action.trigger()
    assert names(window) == ["Zoë O'Brien-Smythe"]
    assert ctx.services.people.get(person_id).tags == ("core", "speaker")
    window.redo_action.trigger()
    assert names(window) == ["Zoe O'Brien-Smythe"]


def test_validation_errors_are_shown_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ctx.services.people.create(
        PersonDraft(given_name="Ada", family_name="Lovelace", emails=("ada@example.org",))
    )
    window.show_section("people")
    window.actions_.record_new.trigger()
    dialog = open_person_dialog(window)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "needs a given name" in dialog.error_label.text()
    type_text(qtbot, dialog.given, "Eve")
    type_text(qtbot, dialog.emails, "eve@")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "“eve@” is not a valid e-mail address" in dialog.error_label.text()
    assert dialog.emails.hasFocus() or not dialog.isActiveWindow()
    dialog.emails.setText("ADA@example.org")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "already belongs to Ada Lovelace" in dialog.error_label.text()
    assert dialog.isVisible()
    assert len(ctx.services.people.list_rows()) == 1
    assert ctx.undo_stack.count() == 0


def test_storage_failure_keeps_the_dialog_and_the_input(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    errors: RecordingErrors,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.domain.errors import StorageUnavailable

    def full_disk(_draft: object) -> object:
        raise StorageUnavailable("The disk holding the database is full.")

    window.show_section("people")
    window.actions_.record_new.trigger()
    dialog = open_person_dialog(window)
    dialog.set_saver(full_disk)
    type_text(qtbot, dialog.given, "Ada")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert [str(e) for e in errors.shown] == ["The disk holding the database is full."]
    assert dialog.isVisible()
    assert dialog.given.text() == "Ada"


def test_search_filters_the_table_as_you_type(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    for given, family in (("Jürgen", "Groß"), ("Ada", "Lovelace"), ("伟", "张")):
        ctx.services.people.create(PersonDraft(given_name=given, family_name=family))
    window.show_section("people")
    panel = window.people_panel
    panel.view.selectRow(0)
    type_text(qtbot, panel.search, "jur")
    assert names(window) == ["Jürgen Groß"]
    assert panel.count_label.text() == "1 of 3 people"
    type_text(qtbot, panel.search, "x")
    assert names(window) == []
    assert panel.empty_label.text() == "No one matches your search."
    panel.search.clear()
    assert len(names(window)) == 3
    type_text(qtbot, panel.search, "张")
    assert names(window) == ["伟 张"]


def test_delete_asks_first_and_undo_restores(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, prompter: FakePrompter
) -> None:
    for given in ("Ada", "Bob", "Cy"):
        ctx.services.people.create(PersonDraft(given_name=given))
    window.show_section("people")
    panel = window.people_panel
    panel.view.selectAll()
    prompter.answers = [False]
    window.actions_.record_delete.trigger()
    assert len(names(window)) == 3
    assert "Delete 3 people?" in prompter.asked[0][1]
    prompter.answers = [True]
    window.actions_.record_delete.trigger()
    assert names(window) == []
    assert ctx.undo_stack.undoText() == "Delete 3 people"
    window.undo_action.trigger()
    assert sorted(names(window)) == ["Ada", "Bob", "Cy"]


def test_undo_of_an_edit_a_teammate_overtook_is_refused(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, errors: RecordingErrors
) -> None:
    person = ctx.services.people.create(PersonDraft(given_name="Ada")).item
    window.show_section("people")
    window.people_panel.select_ids([person.id])
    window.actions_.record_edit.trigger()
    dialog = open_person_dialog(window)
    dialog.given.setText("Ada L.")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    current = ctx.services.people.get(person.id)
    ctx.services.people.update(person.id, PersonDraft(given_name="Ada (teammate)"), current.version)
    window.undo_action.trigger()
    assert isinstance(errors.shown[-1], ConflictError)
    assert ctx.services.people.get(person.id).given_name == "Ada (teammate)"
    assert ctx.undo_stack.count() == 0  # the obsolete command was dropped


def test_new_database_switches_files_and_clears_undo(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, prompter: FakePrompter, tmp_path: Path
) -> None:
    from app.ui.application import DatabaseOpener

    opener = DatabaseOpener(ctx, window)
    ctx.services.people.create(PersonDraft(given_name="Ada"))
    window.show_section("people")
    window.actions_.record_new.trigger()
    dialog = open_person_dialog(window)
    type_text(qtbot, dialog.given, "Bob")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert ctx.undo_stack.count() == 1
    prompter.answers = [tmp_path / "second"]
    window.actions_.file_new_db.trigger()
    assert (tmp_path / "second.sqlite3").exists()
    assert ctx.undo_stack.count() == 0
    assert names(window) == []
    assert "second.sqlite3" in window.windowTitle()
    prompter.answers = [tmp_path / "second.sqlite3"]
    window.actions_.file_new_db.trigger()  # refuses to "create" an existing file
    assert prompter.asked[-1][0] == "inform"
    assert opener.parent() is window


def test_section_and_keyboard_shortcuts(
    qtbot: QtBot, window: MainWindow, settings: AppSettings
) -> None:
    window.view_actions["organizations"].trigger()
    assert window.stack.currentWidget() is window.organizations_panel
    assert window.view_actions["today"].shortcut().toString() == "Ctrl+1"
    assert window.view_actions["people"].shortcut().toString() == "Ctrl+5"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]
    window.actions_.edit_find.trigger()
    assert window.organizations_panel.search.hasFocus() or not window.isActiveWindow()
    window.close()
    assert settings.get(SECTION) == "organizations"


def test_window_opens_before_the_database_and_fills_in_after(
    qtbot: QtBot,
    services: Services,
    settings: AppSettings,
    prompter: FakePrompter,
    errors: RecordingErrors,
    db_url: str,
) -> None:
    from app.ui.application import DatabaseOpener
    from app.ui.jobs import ImmediateJobRunner

    generate(services.db, DemoRequest(people=10, events=3, seed=1))
    ctx = AppContext(
        None, settings=settings, prompter=prompter, errors=errors, runner=ImmediateJobRunner()
    )
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.show_section("events")
    assert win.events_panel.count_label.text() == "Opening database…"
    assert not win.actions_.record_new.isEnabled()
    opener = DatabaseOpener(ctx, win)
    with qtbot.waitSignal(win.ready, timeout=5000):
        opener.open(db_url.removeprefix("sqlite:///"))
    assert win.actions_.record_new.isEnabled()
    assert win.events_panel.proxy.rowCount() == 3
    ctx.services.db.close()


def test_a_broken_start_up_database_offers_another_file(
    qtbot: QtBot,
    settings: AppSettings,
    prompter: FakePrompter,
    errors: RecordingErrors,
    tmp_path: Path,
    db_url: str,
) -> None:
    from app.domain.errors import StorageUnavailable

    from app.ui.application import DatabaseOpener
    from app.ui.jobs import ImmediateJobRunner

    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    ctx = AppContext(
        None, settings=settings, prompter=prompter, errors=errors, runner=ImmediateJobRunner()
    )
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    opener = DatabaseOpener(ctx, win)
    good = tmp_path / "good.sqlite3"
    prompter.answers = [good]
    opener.open(str(broken))
    assert isinstance(errors.shown[0], StorageUnavailable)
    assert ctx.has_database
    assert ctx.services.db.sqlite_path == good
    prompter.answers = [None]
    with qtbot.waitSignal(opener.gave_up, timeout=1000, raising=False) as gave_up:
        DatabaseOpener(ctx, win).open(str(broken))
    assert not gave_up.signal_triggered  # a database is already open: just the message
    ctx.services.db.close()


def test_export_and_erase_a_person_from_the_context_menu(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, prompter: FakePrompter, tmp_path: Path
) -> None:
    import json

    person = ctx.services.people.create(
        PersonDraft(given_name="Zoë", emails=("zoe@example.ie",))
    ).item
    window.show_section("people")
    window.people_panel.select_ids([person.id])
    window.people_panel._on_view_context_menu_requested(window.people_panel.view.rect().center())
    menu = window.people_panel.context_menu
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[-3:] == ["Show History…", "Export Personal Data…", "Erase Completely…"]
    history, export, erase = window.people_panel.extra_actions()
    history.trigger()
    dialog = window.people_panel._open_dialog
    assert dialog.table.item(0, 2).text() == "created"
    prompter.answers = [tmp_path / "zoe.json"]
    export.trigger()
    assert json.loads((tmp_path / "zoe.json").read_text("utf-8"))["person"]["given_name"] == "Zoë"
    prompter.answers = [False]
    erase.trigger()
    assert len(names(window)) == 1
    prompter.answers = [True]
    erase.trigger()
    assert names(window) == []
    assert "cannot be undone" in prompter.asked[-1][1]
    assert ctx.undo_stack.count() == 0


def test_two_edits_of_one_record_undo_in_a_row(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    person = ctx.services.people.create(PersonDraft(given_name="Ada")).item
    window.show_section("people")
    for name in ("Ada L.", "Ada Lovelace"):
        window.people_panel.select_ids([person.id])
        window.actions_.record_edit.trigger()
        dialog = open_person_dialog(window)
        dialog.given.setText(name)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert ctx.services.people.get(person.id).given_name == "Ada"
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert ctx.services.people.get(person.id).given_name == "Ada Lovelace"
    assert ctx.undo_stack.count() == 2


def test_the_first_section_is_built_after_the_window_is_painted(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """The application shows the window first, then builds the section it opens on."""
    win = MainWindow(ctx, build_after_paint=True)
    qtbot.addWidget(win)
    assert "today" not in win.sections.made
    with qtbot.waitSignal(win.ready, timeout=5000):
        win.show()
    assert win.stack.currentWidget() is win.sections.made["today"]
    assert win.today_panel.digest is not None
