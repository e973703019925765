"""Paints a candidate as a card: name, organization, and what needs attention.

The follow-up date turns amber when due today and red when overdue; repeat no-shows get a
warning badge, so they are seen before anyone asks them again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.enums import CoreStage
from app.services.core_dto import CandidateDto

from app.ui import labels
from app.ui.core import words
from app.ui.models.roles import Role

AnyIndex = QModelIndex | QPersistentModelIndex
PAD = 9
GAP = 6
RADIUS = 7


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardDelegate", text)


def badges(card: CandidateDto, today: date) -> list[tuple[str, QColor | None]]:
    """Short notes for the card's last line, each with its colour (None: secondary text)."""
    found: list[tuple[str, QColor | None]] = []
    due = card.next_follow_up_on
    if due is not None:
        colour = words.overdue() if due < today else words.due_today() if due == today else None
        found.append((_tr("Follow up %1").replace("%1", words.relative_day(due, today)), colour))
    if card.no_shows:
        text = labels.count("CardDelegate", card.no_shows, "%n no-show", "%n no-shows")
        found.append((text, words.overdue() if card.no_shows > 1 else words.warning()))
    if card.stage is CoreStage.ASKED and due is None:
        asked = card.stage_changed_at.astimezone().date()
        found.append((_tr("asked %1").replace("%1", words.relative_day(asked, today)), None))
    return found


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Name and organization, then one line per badge: quiet cards stay small."""
        card = index.data(Role.DTO)
        extra = len(badges(card, self.today)) if isinstance(card, CandidateDto) else 0
        lines = 2 + extra
        line = QFontMetrics(option.font).height() + 2
        # Narrow on purpose: the list view stretches cards to the column's width.
        return QSize(60, lines * line + 2 * PAD + GAP - 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card = index.data(Role.DTO)
        if not isinstance(card, CandidateDto):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect = QRect(option.rect).adjusted(2, GAP // 2, -2, -GAP // 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        accent = words.stage_colour(card.stage)
        painter.setPen(
            QPen(
                palette.color(QPalette.ColorRole.Highlight)
                if focused
                else palette.color(QPalette.ColorRole.Mid),
                2 if focused else 1,
            )
        )
        base = palette.color(QPalette.ColorRole.Base)
        if selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(40)
            painter.setBrush(base)
            painter.drawRoundedRect(rect, RADIUS, RADIUS)
            painter.setBrush(tint)
        else:
            painter.setBrush(base)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 5, rect.height()), 2, 2)

        inner = rect.adjusted(PAD + 4, PAD - 2, -PAD, -PAD + 2)
        metrics = QFontMetrics(option.font)
        line = metrics.height() + 2
        bold = QFont(option.font)
        bold.setBold(True)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)

        painter.setFont(bold)
        painter.setPen(text)
        name = QFontMetrics(bold).elidedText(
            card.display_name, Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            name,
        )

        painter.setFont(option.font)
        painter.setPen(muted)
        second = card.organization or card.email or card.last_note
        second = metrics.elidedText(second, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line),
            Qt.AlignmentFlag.AlignVCenter,
            second,
        )

        y = inner.top() + 2 * line
        for label, colour in badges(card, self.today):
            painter.setPen(colour or muted)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(
                QRect(inner.left(), y, inner.width(), line), Qt.AlignmentFlag.AlignVCenter, shown
            )
            y += line
        painter.restore()
