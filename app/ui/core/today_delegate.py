"""Paints the Today view: section titles with their counts, entries as two calm lines."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui import labels
from app.ui.core import words
from app.ui.models.core_today import EntryKind, TodayEntry, TodaySection, Tone
from app.ui.models.roles import Role

AnyIndex = QModelIndex | QPersistentModelIndex
PAD = 8


def tones() -> dict[Tone, QColor]:
    """Overdue and due-today colours, readable on the palette in use."""
    return {Tone.OVERDUE: words.overdue(), Tone.TODAY: words.due_today()}


def _title_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * 1.2)
    font.setBold(True)
    return font


class TodayDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        value = index.data(Role.DTO)
        height = QFontMetrics(option.font).height()
        if isinstance(value, TodaySection):
            return QSize(200, QFontMetrics(_title_font(option.font)).height() + 26)
        if isinstance(value, TodayEntry) and (value.kind is EntryKind.MORE or not value.detail):
            return QSize(200, height + 2 * PAD)
        return QSize(200, 2 * height + 2 * PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        value = index.data(Role.DTO)
        painter.save()
        palette = option.palette
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if isinstance(value, TodaySection):
            self._paint_section(painter, option, value, muted)
        elif isinstance(value, TodayEntry):
            self._paint_entry(painter, option, value, muted)
            if option.state & QStyle.StateFlag.State_HasFocus:
                self._paint_focus(painter, option)
        painter.restore()

    @staticmethod
    def _paint_focus(painter: QPainter, option: QStyleOptionViewItem) -> None:
        """A ring keyboard users can see, also on the selected (highlighted) row."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                option.palette.color(role),
                2,
                Qt.PenStyle.DashLine if selected else Qt.PenStyle.SolidLine,
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRect(option.rect).adjusted(2, 2, -2, -2), 4, 4)

    def _paint_section(
        self, painter: QPainter, option: QStyleOptionViewItem, section: TodaySection, muted: QColor
    ) -> None:
        font = _title_font(option.font)
        rect = QRect(option.rect).adjusted(PAD, 14, -PAD, -4)
        count = labels.format_number(section.total)
        room = rect.width() - QFontMetrics(option.font).horizontalAdvance(count) - 10
        # A long event title must not push the count out of sight or be cut mid-letter.
        title = QFontMetrics(font).elidedText(section.title, Qt.TextElideMode.ElideRight, room)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        width = QFontMetrics(font).horizontalAdvance(title)
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(
            rect.adjusted(width + 10, 0, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            count,
        )
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(
            option.rect.left() + PAD,
            option.rect.bottom(),
            option.rect.right() - PAD,
            option.rect.bottom(),
        )

    def _paint_entry(
        self, painter: QPainter, option: QStyleOptionViewItem, entry: TodayEntry, muted: QColor
    ) -> None:
        palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
            text = palette.color(QPalette.ColorRole.HighlightedText)
            muted = text
        else:
            text = palette.color(QPalette.ColorRole.Text)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        rect = QRect(option.rect).adjusted(PAD + 14, PAD, -PAD - 6, -PAD)
        if entry.kind is EntryKind.MORE:
            painter.setPen(muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, entry.title)
            return
        when_width = metrics.horizontalAdvance(entry.when) + 8
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        name_width = rect.width() - when_width
        name = QFontMetrics(bold).elidedText(entry.title, Qt.TextElideMode.ElideRight, name_width)
        top = QRect(rect.left(), rect.top(), name_width, line)
        painter.drawText(top, Qt.AlignmentFlag.AlignVCenter, name)
        x = rect.left() + QFontMetrics(bold).horizontalAdvance(name) + 10
        painter.setFont(option.font)
        if entry.badge and x < rect.left() + name_width:
            painter.setPen(muted)
            badge = metrics.elidedText(
                entry.badge, Qt.TextElideMode.ElideRight, rect.left() + name_width - x
            )
            painter.drawText(
                QRect(x, rect.top(), rect.left() + name_width - x, line),
                Qt.AlignmentFlag.AlignVCenter,
                badge,
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(text if selected else tones().get(entry.tone, muted))
        painter.drawText(
            QRect(rect.right() - when_width, rect.top(), when_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            entry.when,
        )
        if entry.detail:
            painter.setPen(muted)
            detail = metrics.elidedText(entry.detail, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(
                QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
                Qt.AlignmentFlag.AlignVCenter,
                detail,
            )
