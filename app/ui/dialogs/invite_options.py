"""The options row of the Calendar Invites dialog: folder, e-mail drafts, reminder."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

MAX_REMINDER = 4 * 7 * 24 * 60
"""Minutes: four weeks, as the service allows."""


def safe_name(text: str) -> str:
    """A folder or file name from an event title, safe on every file system."""
    safe = re.sub(r'[\\/:*?"<>|#%\x00-\x1f]+', " ", text)
    return re.sub(r"\s+", " ", safe).strip(" .")[:80] or "event"


class InviteOptions(QWidget):
    """Signals:
    folder_chosen(str): the user picked or typed a folder (it is no longer suggested).
    """

    folder_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edited = False
        """The user chose the folder; suggestions no longer replace it."""
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.eml = QCheckBox(
            self.tr("Also write e-mail drafts (.eml) to send from your mail program")
        )
        self.reminder = QCheckBox(self.tr("Reminder"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_REMINDER)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" minutes before the start"))
        self.minutes.setEnabled(False)
        self.minutes.setAccessibleName(self.tr("Reminder minutes"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Folder:")), 0, 0)
        layout.addWidget(self.folder, 0, 1)
        layout.addWidget(self.choose_button, 0, 2)
        layout.addWidget(self.eml, 1, 1, 1, 2)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder)
        reminder_row.addWidget(self.minutes)
        reminder_row.addStretch(1)
        layout.addLayout(reminder_row, 2, 1, 1, 2)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.folder.textEdited.connect(self._on_folder_text_edited)
        self.reminder.toggled.connect(self._on_reminder_toggled)

    def path(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    def set_folder(self, path: Path) -> None:
        """The user's choice (a test's too): kept from now on."""
        self.folder.setText(str(path))
        self.edited = True
        self.folder_chosen.emit(str(path))

    def suggest(self, path: Path) -> None:
        """A folder named after what is exported, unless the user chose one."""
        if not self.edited:
            self.folder.setText(str(path))

    def alarm_minutes(self) -> int | None:
        if not (self.reminder.isEnabled() and self.reminder.isChecked()):
            return None
        return self.minutes.value()

    def set_reminder_allowed(self, allowed: bool) -> None:
        """Cancellations carry no reminder."""
        self.reminder.setEnabled(allowed)
        self.minutes.setEnabled(allowed and self.reminder.isChecked())

    def _on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the calendar files"), self.folder.text()
        )
        if chosen:
            self.set_folder(Path(chosen))

    def _on_folder_text_edited(self, text: str) -> None:
        self.edited = True
        self.folder_chosen.emit(text)

    def _on_reminder_toggled(self, checked: bool) -> None:
        self.minutes.setEnabled(checked and self.reminder.isEnabled())
