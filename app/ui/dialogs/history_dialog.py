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

if TYPE_CHECKING:
    from app.services.change_feed import HistoryEntry

_FIELD_WORDS = {
    "given_name": "given name",
    "family_name": "family name",
    "preferred_name": "preferred name",
    "job_title": "job title",
    "starts_at": "start",
    "ends_at": "end",
    "organization_id": "organization",
    "venue_id": "venue",
    "room_id": "room",
    "core_target": "core target",
    "emails": "e-mail addresses",
    "person_emails": "e-mail addresses",
    "person_handles": "platform ids",
    "venue_rooms": "rooms",
    "venue_contacts": "contacts",
    "rsvp_changes": "RSVP",
}


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
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
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
        words = ", ".join(_FIELD_WORDS.get(f, f.replace("_", " ")) for f in fields)
        return self.tr("changed %1").replace("%1", words)
