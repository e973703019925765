"""People suggested for an event's core, with the figures that help choose (no-shows first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.services.core_dto import PersonSuggestion

from app.ui import labels
from app.ui.core import words
from app.ui.models.roles import Role

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionsModel", text)


def _count(n: int) -> str:
    return labels.format_number(n) if n else ""


def _seen(p: PersonSuggestion) -> str:
    return words.ago(p.last_seen) if p.last_seen else _tr("never")


COLUMNS: tuple[tuple[object, Callable[[PersonSuggestion], str]], ...] = (
    (QT_TRANSLATE_NOOP("SuggestionsModel", "Name"), lambda p: p.display_name),
    (QT_TRANSLATE_NOOP("SuggestionsModel", "Organization"), lambda p: p.organization),
    (QT_TRANSLATE_NOOP("SuggestionsModel", "Tags"), lambda p: p.tags),
    (QT_TRANSLATE_NOOP("SuggestionsModel", "Came"), lambda p: _count(p.attended)),
    (QT_TRANSLATE_NOOP("SuggestionsModel", "No-shows"), lambda p: _count(p.no_shows)),
    (QT_TRANSLATE_NOOP("SuggestionsModel", "Similar events"), lambda p: _count(p.similar)),
    (QT_TRANSLATE_NOOP("SuggestionsModel", "Last seen"), _seen),
)
NO_SHOWS = 4
NUMERIC = frozenset({3, 4, 5})


class SuggestionsModel(QAbstractTableModel):
    """A short, read-only list (at most one search's worth of people)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonSuggestion] = []

    def set_rows(self, rows: list[PersonSuggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> PersonSuggestion:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column][1](person)
        if role == Role.ID:
            return person.person_id
        if role == Role.DTO:
            return person
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == NO_SHOWS and person.no_shows:
            if role == Qt.ItemDataRole.ForegroundRole:
                return words.overdue() if person.no_shows > 1 else words.warning()
            if role == Qt.ItemDataRole.FontRole and person.no_shows > 1:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr("Said they'd come and didn't, %n times").replace(
                    "%n", labels.format_number(person.no_shows)
                )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(str(COLUMNS[section][0]))  # i18n: noop
        return None
