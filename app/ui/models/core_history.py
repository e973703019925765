"""Small read-only tables for a person's page: events, conversations, core involvement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui.models.roles import Role

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Field(Generic[T]):
    title: str
    display: Callable[[T], str]
    colour: Callable[[T], QColor | None] | None = None
    tooltip: Callable[[T], str] | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """A list of frozen values, shown one per row; replaced whole when the page reloads."""

    def __init__(self, fields: Sequence[Field[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, field = self._rows[index.row()], self._fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return field.display(item)
        if role == Qt.ItemDataRole.ForegroundRole and field.colour is not None:
            return field.colour(item)
        if role == Qt.ItemDataRole.ToolTipRole and field.tooltip is not None:
            return field.tooltip(item)
        if role == Role.DTO:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._fields)
        ):
            return self._fields[section].title
        return None
