"""One column of the Today view: a list of sections and their entries, calm and readable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTreeView, QWidget

from app.ui.core.today_delegate import TodayDelegate
from app.ui.models.core_today import TodayEntry, TodayModel, TodaySection


class TodayList(QTreeView):
    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.today_model = TodayModel(self)
        self.setModel(self.today_model)
        self.setItemDelegate(TodayDelegate(self))
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(name)

    def set_sections(self, sections: list[TodaySection]) -> None:
        self.today_model.set_sections(sections)
        self.expandAll()

    def current_entry(self) -> TodayEntry | None:
        return self.today_model.entry(self.currentIndex())

    def select_key(self, key: tuple[object, ...]) -> bool:
        index = self.today_model.index_of(key)
        if index.isValid():
            self.setCurrentIndex(index)
        return index.isValid()

    def select_first(self) -> bool:
        for s in range(self.today_model.rowCount()):
            first = self.today_model.index(0, 0, self.today_model.index(s, 0))
            if first.isValid() and self.today_model.flags(first) & Qt.ItemFlag.ItemIsSelectable:
                self.setCurrentIndex(first)
                return True
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.today_model.rowCount(QModelIndex()) == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(16, 24, -16, -16),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )
            painter.end()
