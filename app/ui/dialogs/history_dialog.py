"""Who changed a record, when, and which fields: read from the change log."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import labels
from app.ui.field_labels import field_name

if TYPE_CHECKING:
    from app.services.change_feed import HistoryEntry


class HistoryDialog(QDialog):
    def __init__(self, title: str, entries: Sequence[HistoryEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1").replace("%1", title))
        layout = QVBoxLayout(self)
        if not entries:
            layout.addWidget(QLabel(self.tr("No changes have been recorded yet.")))
        self.table = QTableWidget(len(entries), 3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(entries):
            local = entry.at.astimezone()
            when = f"{labels.format_date(local.date())} {labels.format_time(local)}"
            for column, text in enumerate(
                (when, entry.actor or self.tr("someone"), self._describe(entry))
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def _describe(self, entry: HistoryEntry) -> str:
        if entry.action == "insert":
            return self.tr("created")
        if entry.action == "delete":
            return self.tr("deleted")
        fields = [f.strip() for f in entry.summary.split(",") if f.strip()]
        if not fields:
            return self.tr("changed")
        words = labels.word_list(field_name(f) for f in fields)
        return self.tr("changed: %1").replace("%1", words)
