"""The first guests of a file as they will be imported, for the import preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.guestlists import GuestRow

from app.ui import rsvp_labels as words

AnyIndex = QModelIndex | QPersistentModelIndex
SHOWN = 500
"""Rows shown: enough to check a mapping, cheap for a 50,000-row file."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuestPreviewModel", text)


class GuestPreviewModel(QAbstractTableModel):
    """Read-only: line, name, e-mail, organization, answer, guests, came, needs."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GuestRow] = []
        self._titles = [
            _tr("Line"),
            _tr("Name"),
            _tr("E-mail"),
            _tr("Organization"),
            _tr("Response"),
            _tr("Guests"),
            _tr("Came"),
            _tr("Dietary"),
            _tr("Accessibility"),
        ]

    def set_rows(self, rows: tuple[GuestRow, ...] | list[GuestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows[:SHOWN])
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        return (
            str(r.line),
            r.full_name,
            r.email,
            r.organization,
            words.response(r.response),
            f"+{r.guests}" if r.guests else "",
            _tr("yes") if r.came else "",
            r.dietary,
            r.accessibility,
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._titles)
        ):
            return self._titles[section]
        return None
