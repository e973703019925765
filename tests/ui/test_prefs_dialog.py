"""Preferences: every value kept after reopening, shared part one undo step, inline errors, keys."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.services.badge_dto import Layout
from app.services.badges import BadgeService
from app.services.container import Services
from app.services.shared_settings import SharedSettings
from tests.ui.conftest import FakePrompter, RecordingErrors, type_text

from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.dialogs.preferences_dialog import PreferencesDialog, PreferencesDraft
from app.ui.jobs import ImmediateJobRunner
from app.ui.settings import AppSettings


def open_dialog(qtbot: QtBot, ctx: AppContext) -> PreferencesDialog:
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def save(dialog: PreferencesDialog) -> None:
    button = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert button is not None
    button.click()


def pick(combo: object, data: str) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def last_stock(layout: Layout) -> str:
    return BadgeService.stocks(layout)[-1].id


def change_everything(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    dialog.organizer_name.clear()
    type_text(qtbot, dialog.organizer_name, "Zoë Łukasz-Müller")
    dialog.organizer_email.clear()
    type_text(qtbot, dialog.organizer_email, "zoe@example.org")
    dialog.timezone.setCurrentText("Asia/Shanghai")
    pick(dialog.badge_stock, last_stock(Layout.BADGES))
    pick(dialog.card_stock, last_stock(Layout.PLACE_CARDS))
    dialog.offset_x.setValue(1.5)
    dialog.offset_y.setValue(-2.0)
    pick(dialog.theme, "high-contrast")
    pick(dialog.language, "zh_CN")
    dialog.show_welcome.setChecked(False)


def test_every_preference_is_kept_after_reopening(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    change_everything(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved) as signal:
        save(dialog)
    assert isinstance(signal.args[0], PreferencesDraft)
    assert not dialog.isVisible()

    # A fresh settings object over the same store, as after a restart.
    ctx.settings = AppSettings(QSettings())
    again = open_dialog(qtbot, ctx)
    assert again.organizer_name.text() == "Zoë Łukasz-Müller"
    assert again.organizer_email.text() == "zoe@example.org"
    assert again.timezone.currentText() == "Asia/Shanghai"
    assert again.badge_stock.currentData() == last_stock(Layout.BADGES)
    assert again.card_stock.currentData() == last_stock(Layout.PLACE_CARDS)
    assert again.offset_x.value() == 1.5
    assert again.offset_y.value() == -2.0
    assert again.theme.currentData() == "high-contrast"
    assert again.language.currentData() == "zh_CN"
    assert not again.show_welcome.isChecked()
    stored = ctx.settings
    assert stored.get(keys.THEME) == "high-contrast"
    assert stored.get(keys.LANGUAGE) == "zh_CN"
    assert stored.get(keys.WELCOME_DISMISSED) is True
    assert stored.get(keys.BADGE_OFFSET_X) == 1.5
    assert ctx.services.settings.get() == SharedSettings(
        "Zoë Łukasz-Müller", "zoe@example.org", "Asia/Shanghai"
    )


def test_the_shared_part_is_one_undo_step(qtbot: QtBot, ctx: AppContext) -> None:
    before = ctx.services.settings.get()
    dialog = open_dialog(qtbot, ctx)
    change_everything(qtbot, dialog)
    save(dialog)
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Change Shared Preferences"
    after = ctx.services.settings.get()
    ctx.undo_stack.undo()
    assert ctx.services.settings.get() == before
    assert ctx.settings.get(keys.THEME) == "high-contrast"  # personal: not part of the undo
    ctx.undo_stack.redo()
    assert ctx.services.settings.get() == after


def test_personal_changes_alone_push_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.offset_x.setValue(3.0)
    save(dialog)
    assert ctx.undo_stack.count() == 0
    assert ctx.settings.get(keys.BADGE_OFFSET_X) == 3.0


def test_a_bad_address_is_shown_on_its_field_and_nothing_is_stored(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    pick(dialog.theme, "dark")
    assert dialog.tabs is not None
    dialog.tabs.setCurrentIndex(2)
    type_text(qtbot, dialog.organizer_email, "not an address")
    save(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "not a valid e-mail" in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == 0
    assert ctx.services.settings.get().organizer_email == ""
    assert ctx.settings.get(keys.THEME) == "system"


def test_an_unknown_time_zone_points_at_the_time_zone(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.timezone.setCurrentText("Mars/Olympus_Mons")
    save(dialog)
    assert "not a known time zone" in dialog.error_label.text()
    qtbot.waitUntil(dialog.timezone.hasFocus)


def test_theme_and_language_say_when_they_change(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.language_note.isHidden()
    pick(dialog.language, "de")
    assert not dialog.language_note.isHidden()  # "…after a restart"
    pick(dialog.theme, "dark")
    with (
        qtbot.waitSignal(dialog.theme_changed) as theme,
        qtbot.waitSignal(dialog.language_changed) as language,
    ):
        save(dialog)
    assert theme.args == ["dark"]
    assert language.args == ["de"]

    unchanged = open_dialog(qtbot, ctx)
    with (
        qtbot.assertNotEmitted(unchanged.theme_changed),
        qtbot.assertNotEmitted(unchanged.language_changed),
    ):
        save(unchanged)


def test_the_system_language_is_stored_as_empty(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.set(keys.LANGUAGE, "de")
    dialog = open_dialog(qtbot, ctx)
    assert dialog.language.currentText() == "Deutsch"
    dialog.language.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.language_changed) as signal:
        save(dialog)
    assert signal.args == [""]
    assert ctx.settings.get(keys.LANGUAGE) == ""


def test_stock_info_follows_the_choice(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    automatic = dialog.badge_stock_info.text()
    stock = BadgeService.stocks(Layout.BADGES)[0]
    pick(dialog.badge_stock, stock.id)
    assert dialog.badge_stock_info.text() != automatic
    assert "per sheet" in dialog.badge_stock_info.text()
    assert BadgeService.stocks(Layout.PLACE_CARDS)[0].id not in [
        dialog.badge_stock.itemData(i) for i in range(dialog.badge_stock.count())
    ]


def test_without_a_database_only_personal_preferences_change(
    qtbot: QtBot,
    settings: AppSettings,
    prompter: FakePrompter,
    errors: RecordingErrors,
) -> None:
    ctx = AppContext(
        None, settings=settings, prompter=prompter, errors=errors, runner=ImmediateJobRunner()
    )
    dialog = open_dialog(qtbot, ctx)
    assert not dialog.organizer_email.isEnabled()
    pick(dialog.theme, "dark")
    with qtbot.waitSignal(dialog.saved) as signal:
        save(dialog)
    assert signal.args[0].shared is None
    assert settings.get(keys.THEME) == "dark"
    assert ctx.undo_stack.count() == 0


def test_escape_cancels_and_stores_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    pick(dialog.theme, "dark")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert ctx.settings.get(keys.THEME) == "system"


def tab_through(qtbot: QtBot, start: QWidget, count: int) -> list[QWidget | None]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen: list[QWidget | None] = [start]
    for _ in range(count):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


@pytest.mark.parametrize(
    ("tab", "names"),
    [
        (0, ["organizer_name", "organizer_email", "timezone"]),
        (1, ["badge_stock", "card_stock", "offset_x", "offset_y"]),
        (2, ["theme", "language", "show_welcome"]),
    ],
)
def test_tab_goes_through_each_page_in_reading_order(
    qtbot: QtBot, ctx: AppContext, tab: int, names: list[str]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.tabs is not None
    dialog.tabs.setCurrentIndex(tab)
    widgets = [getattr(dialog, name) for name in names]
    seen = tab_through(qtbot, widgets[0], len(widgets) - 1)
    # An editable combo box's focus lands on its line edit, whose focus proxy is the combo.
    assert [w.focusProxy() or w if w is not None else None for w in seen] == widgets


def test_fields_have_names_for_screen_readers(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    for widget in (dialog.badge_stock, dialog.card_stock, dialog.offset_x, dialog.offset_y):
        assert widget.accessibleName()


def test_new_events_start_in_the_default_time_zone(qtbot: QtBot, ctx: AppContext) -> None:
    from app.ui.dialogs.event_dialog import EventDialog
    from app.ui.main_window import MainWindow

    dialog = open_dialog(qtbot, ctx)
    dialog.timezone.setCurrentText("Asia/Tokyo")
    save(dialog)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_section("events")
    window.actions_.record_new.trigger()
    new_event = window.events_panel._open_dialog
    assert isinstance(new_event, EventDialog)
    assert new_event.timezone.currentText() == "Asia/Tokyo"
    new_event.reject()


def test_changes_are_recorded_under_the_name_given_in_preferences(
    qtbot: QtBot, ctx: AppContext, services: Services
) -> None:
    from app.domain.people import PersonDraft

    login = services.db.actor
    dialog = open_dialog(qtbot, ctx)
    assert dialog.user_name.placeholderText() == login  # the default, shown
    dialog.user_name.setText("  Sam Rivera ")
    save(dialog)
    assert ctx.settings.get(keys.USER_NAME) == "Sam Rivera"
    created = services.people.create(PersonDraft(given_name="Ana", family_name="Lima"))
    history = services.feed.history("people", created.item.id)
    assert [entry.actor for entry in history] == ["Sam Rivera"]
    assert services.rsvps.actor == "Sam Rivera"  # guest-list history too
    again = open_dialog(qtbot, ctx)
    again.user_name.clear()
    save(again)
    assert services.db.actor == login


def test_a_very_long_name_is_kept_to_what_the_history_can_hold(
    qtbot: QtBot, ctx: AppContext, services: Services
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.user_name.setText("Ž" * 500)
    assert len(dialog.user_name.text()) == 100
    ctx.settings.set(keys.USER_NAME, "名" * 500)  # a settings file edited by hand
    ctx.apply_user_name()
    assert services.db.actor == "名" * 200
