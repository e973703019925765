"""The main window's way to Preferences, the Getting Started guide and the first-run welcome."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.domain.people import PersonDraft
from app.services.container import Services

from app.ui.context import AppContext
from app.ui.dialogs.event_dialog import EventDialog
from app.ui.dialogs.preferences_dialog import PreferencesDialog
from app.ui.main_window import MainWindow
from app.ui.settings import THEME, WELCOME_DISMISSED
from app.ui.theme import Look, apply_theme, theme_controller


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_preferences_and_guide_are_in_the_menus_with_shortcuts(window: MainWindow) -> None:
    a = window.actions_
    assert a.edit_preferences.text() in menu_texts(window, "&Edit")
    assert menu_texts(window, "&Help") == ["&Getting Started", "&About Convivio"]
    assert not a.edit_preferences.shortcut().isEmpty()
    assert a.help_getting_started.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_preferences_open_and_a_saved_theme_applies_at_once(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        window.actions_.edit_preferences.trigger()
        dialog = window.assist.preferences
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.isVisible()
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.buttons.accepted.emit()  # Save
        assert ctx.settings.get(THEME) == "dark"
        assert theme_controller(app).look is Look.DARK
    finally:
        apply_theme(app, "system")


def test_the_guide_takes_the_user_to_a_section_or_explains_what_is_missing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.actions_.help_getting_started.trigger()
    guide = window.assist.guide
    assert guide is not None
    assert guide.isVisible()
    guide.show_me_requested.emit("core")
    assert window.section_key() == "core"
    window.show_section("people")
    guide.show_me_requested.emit("event.badges")  # no event selected: badges are disabled
    assert window.section_key() == "events"
    assert "Select an event first" in window.statusBar().currentMessage()
    window.actions_.help_getting_started.trigger()  # one guide, brought back to the front
    assert window.assist.guide is guide


def test_welcome_is_offered_once_on_an_empty_database(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, services: Services
) -> None:
    window.assist.offer_welcome = True
    ctx.switch_database(services)
    qtbot.waitUntil(lambda: window.assist.welcome is not None)
    welcome = window.assist.welcome
    assert welcome is not None
    assert welcome.isVisible()
    welcome.import_button.click()  # a guest list needs an event: a new event dialog opens
    qtbot.waitUntil(lambda: isinstance(window.events_panel._open_dialog, EventDialog))
    assert window.section_key() == "events"
    assert "Import Guest List" in window.statusBar().currentMessage()
    window.events_panel._open_dialog.reject()
    first = window.assist.welcome
    ctx.switch_database(services)  # opening another database does not ask again
    qtbot.wait(20)
    assert window.assist.welcome is first


def test_no_welcome_when_there_is_data_or_the_user_turned_it_off(
    qtbot: QtBot, ctx: AppContext, services: Services
) -> None:
    services.people.create(PersonDraft(given_name="Ana", family_name="Lima"))
    for dismissed in (False, True):
        ctx.settings.set(WELCOME_DISMISSED, dismissed)
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.assist.offer_welcome = True
        ctx.switch_database(services)
        qtbot.wait(20)
        assert win.assist.welcome is None
        win.close()


def test_windows_made_outside_the_application_never_show_a_welcome(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, services: Services
) -> None:
    ctx.switch_database(services)
    qtbot.wait(20)
    assert window.assist.welcome is None
    assert window.windowState() & Qt.WindowState.WindowMinimized == Qt.WindowState(0)
