"""Help for the user from the main window: Preferences, the Getting Started guide and the
welcome shown on an empty database. Kept out of MainWindow so the window stays a layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from app.ui.dialogs.preferences_dialog import PreferencesDialog
    from app.ui.guide import GuideDialog
    from app.ui.main_window import MainWindow
    from app.ui.welcome import WelcomeDialog


class AssistRoutes(QObject):
    """Opens Preferences and the guide from their actions, applies a new theme or language
    right away, and offers the welcome once per session when the database opened is empty.

    `offer_welcome` is False until the application turns it on: windows made by tests and
    tools never pop up a welcome.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.offer_welcome = False
        self._welcome_checked = False
        self.preferences: PreferencesDialog | None = None
        self.guide: GuideDialog | None = None
        self.welcome: WelcomeDialog | None = None
        a = window.actions_
        a.edit_preferences.triggered.connect(self.open_preferences)
        a.help_getting_started.triggered.connect(self.open_guide)
        window.ctx.database_changed.connect(self._on_ctx_database_changed)

    # -- preferences ---------------------------------------------------------------------------

    def open_preferences(self) -> None:
        from app.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.window.ctx, self.window)
        dialog.theme_changed.connect(self._on_preferences_theme_changed)
        dialog.language_changed.connect(self._on_preferences_language_changed)
        dialog.finished.connect(dialog.deleteLater)
        self.preferences = dialog
        dialog.open()

    def _on_preferences_theme_changed(self, choice: str) -> None:
        from app.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)

    def _on_preferences_language_changed(self, code: str) -> None:
        from app.ui.i18n import switch_language

        app = QApplication.instance()
        if app is not None:
            switch_language(app, code)

    # -- the guide -----------------------------------------------------------------------------

    def open_guide(self) -> None:
        if self.guide is None:
            from app.ui.guide import GuideDialog

            self.guide = GuideDialog(self.window)
            self.guide.show_me_requested.connect(self.show_me)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_me(self, target: str) -> None:
        """Take the user where a guide step points: a section, or an action on the event."""
        window = self.window
        if target in {spec.key for spec in window.sections.specs}:
            window.show_section(target)
            window.activateWindow()
            return
        action = window.actions_.by_id.get(target)
        if action is not None and action.isEnabled():
            window.activateWindow()
            action.trigger()
            return
        window.show_section("events")
        window.activateWindow()
        window.statusBar().showMessage(
            self.tr("Select an event first, then use the Event menu."), 8000
        )

    # -- the welcome ---------------------------------------------------------------------------

    def _on_ctx_database_changed(self) -> None:
        if self.offer_welcome and not self._welcome_checked and self.window.ctx.has_database:
            self._welcome_checked = True  # once a session: opening the demo must not ask again
            QTimer.singleShot(0, self.maybe_welcome)

    def maybe_welcome(self) -> None:
        from app.ui.welcome import WelcomeDialog, welcome_wanted

        if not welcome_wanted(self.window.ctx):
            return
        dialog = WelcomeDialog(self.window.ctx, self.window)
        dialog.open_database_requested.connect(
            lambda path: self.window.database_requested.emit(path, False)
        )
        dialog.guide_requested.connect(self.open_guide)
        dialog.import_requested.connect(self._on_welcome_import_requested)
        dialog.finished.connect(dialog.deleteLater)
        self.welcome = dialog
        dialog.open()

    def _on_welcome_import_requested(self) -> None:
        """A guest list belongs to an event: start a new one, then point at the import."""
        window = self.window
        window.show_section("events")
        window.statusBar().showMessage(
            self.tr("Add the event, then choose Event → Import Guest List… (Ctrl+Shift+I)."),
            15000,
        )
        window.events_panel.new_record()
