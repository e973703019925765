"""Pick a backup to restore the database from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import BackupInfo

from app.ui import labels
from app.ui.focus import buttons_last


class RestoreDialog(QDialog):
    """Signals:
    chosen(object): the BackupInfo the user chose to restore.
    """

    chosen = Signal(object)

    def __init__(self, database: str, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self._backups = backups
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a backup of %1. The current file is kept aside, so restoring can be "
                "undone by restoring it again."
            ).replace("%1", database)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in backups:
            local = backup.taken_at.astimezone()
            when = f"{labels.format_date(local.date())} {labels.format_time(local)}"
            size = labels.format_number(max(1, backup.size // 1024))
            text = (
                self.tr("%1 — %2 — %3 KB").replace("%1", when).replace("%2", _reason(backup.reason))
            )
            item = QListWidgetItem(text.replace("%3", size), self.list)
            item.setData(Qt.ItemDataRole.UserRole, backup)
        if backups:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("There are no backups of this database yet."))
            self.list.setEnabled(False)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_buttons_accepted())
        layout.addWidget(buttons)
        buttons_last(self, buttons)
        self.resize(520, 360)

    def _on_buttons_accepted(self) -> None:
        item = self.list.currentItem()
        backup = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(backup, BackupInfo):
            self.chosen.emit(backup)
            self.accept()


def _reason(reason: str) -> str:
    if reason == "auto":
        return QCoreApplication.translate("RestoreDialog", "automatic")
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("RestoreDialog", "before an upgrade")
    if reason.startswith("replaced-by-restore"):
        return QCoreApplication.translate("RestoreDialog", "the file a restore replaced")
    return reason
