"""Every QAction of the main window, with its id ("area.verb"), text, shortcut and icon."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from app.ui.i18n import without_mnemonic


class Actions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.by_id: dict[str, QAction] = {}
        std = QKeySequence.StandardKey
        style = window.style()
        icon = style.standardIcon
        px = QStyle.StandardPixmap

        self.file_new_db = self._make("file.new_database", self.tr("&New Database…"))
        self.file_open_db = self._make(
            "file.open_database", self.tr("&Open Database…"), std.Open, icon(px.SP_DialogOpenButton)
        )
        self.file_connect_team = self._make(
            "file.connect_team", self.tr("&Connect to Team Database…")
        )
        self.file_restore = self._make("file.restore_backup", self.tr("&Restore from Backup…"))
        self.file_quit = self._make("file.quit", self.tr("&Quit"), std.Quit)

        self.record_new = self._make(
            "record.new", self.tr("&New…"), std.New, icon(px.SP_FileDialogNewFolder)
        )
        self.record_new.setToolTip(self.tr("Add a new record to the list shown (Ctrl+N)"))
        self.record_edit = self._make(
            "record.edit",
            self.tr("&Edit…"),
            QKeySequence("Ctrl+E"),
            icon(px.SP_FileDialogDetailedView),
        )
        self.record_delete = self._make(
            "record.delete", self.tr("&Delete…"), std.Delete, icon(px.SP_TrashIcon)
        )
        self.edit_find = self._make("edit.find", self.tr("&Find"), std.Find)

        self.event_guests = self._make(
            "event.guests", self.tr("&Guest List"), QKeySequence("Ctrl+G")
        )
        self.event_import_guests = self._make(
            "event.import_guests", self.tr("&Import Guest List…"), QKeySequence("Ctrl+Shift+I")
        )
        self.event_checkin = self._make(
            "event.checkin", self.tr("&Check-in Mode"), QKeySequence("Ctrl+Shift+K")
        )
        self.event_invites = self._make("event.invites", self.tr("Calendar In&vites…"))
        self.event_import_replies = self._make(
            "event.import_replies", self.tr("Import Calendar &Replies…")
        )
        self.event_badges = self._make(
            "event.badges", self.tr("&Badges…"), QKeySequence("Ctrl+Shift+B")
        )
        self.event_place_cards = self._make("event.place_cards", self.tr("&Place Cards…"))
        self.file_export_feed = self._make("file.export_feed", self.tr("Export Calendar &Feed…"))
        self.event_host_sheet = self._make("event.host_sheet", self.tr("&Host Sheet…"))
        self.event_host_sheet.setToolTip(
            self.tr("A PDF for the venue's host about the selected event")
        )
        self.edit_preferences = self._make(
            "edit.preferences", self.tr("&Preferences…"), _preferences_keys()
        )
        self.edit_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.help_getting_started = self._make(
            "help.getting_started", self.tr("&Getting Started"), std.HelpContents
        )
        self.help_about = self._make("help.about", self.tr("&About Convivio"))
        self.help_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _make(
        self,
        action_id: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
        action.setIconText(without_mnemonic(text))  # toolbars: "新建", not "新建(N)…"
        action.setObjectName(action_id)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        self.by_id[action_id] = action
        self._window.addAction(action)
        return action


def _preferences_keys() -> QKeySequence:
    """The platform's Preferences shortcut (Ctrl+, on macOS); "Ctrl+," where it has none."""
    platform = QKeySequence(QKeySequence.StandardKey.Preferences)
    return platform if not platform.isEmpty() else QKeySequence("Ctrl+,")
