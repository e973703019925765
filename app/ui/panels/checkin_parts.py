"""Pieces of the check-in screen: the search field, the list of matches and how it is drawn."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.enums import RsvpResponse
from app.services.rsvp_dto import RsvpRow

from app.ui import labels
from app.ui import rsvp_labels as words
from app.ui.models.roles import Role

AnyIndex = QModelIndex | QPersistentModelIndex


class DoorSearch(QLineEdit):
    """The one big field at the door; Up and Down move through the matches below it.

    Signals:
        step_requested(int): -1 or +1, the arrow pressed.
    """

    step_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.step_requested.emit(1)
            return
        if event.key() == Qt.Key.Key_Up:
            self.step_requested.emit(-1)
            return
        super().keyPressEvent(event)


class MatchesModel(QAbstractListModel):
    """The few guests matching what was typed, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RsvpRow] = []

    def set_rows(self, rows: list[RsvpRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RsvpRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return detail_line(row)
        if role == Role.ID:
            return row.id
        if role == Role.DTO:
            return row
        return None


def detail_line(row: RsvpRow) -> str:
    parts = [p for p in (row.organization, row.email) if p]
    parts.append(words.state(row))
    if row.role.value != "guest":
        parts.append(words.role(row.role))
    if row.guests:
        parts.append(labels.count("CheckinPanel", row.guests, "with %n guest", "with %n guests"))
    return "  ·  ".join(parts)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckinPanel", text)


class MatchDelegate(QStyledItemDelegate):
    """Two lines per guest, readable from a step back: the name, then who they are; on the
    right whether they are already in."""

    PADDING = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        big = QFontMetrics(self._name_font(option.font))
        small = QFontMetrics(option.font)
        return QSize(320, big.height() + small.height() + 3 * self.PADDING // 2 + 4)

    @staticmethod
    def _name_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 1.35)
        font.setBold(True)
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row = index.data(Role.DTO)
        if not isinstance(row, RsvpRow):
            super().paint(painter, option, index)
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.highlight())
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = palette.color(text_role)
        if not selected:
            muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        rect = option.rect.adjusted(
            self.PADDING, self.PADDING // 2, -self.PADDING, -self.PADDING // 2
        )
        name_font = self._name_font(option.font)
        big = QFontMetrics(name_font)
        status, status_color = _status(row, palette, selected)
        status_width = QFontMetrics(option.font).horizontalAdvance(status) + self.PADDING
        painter.setFont(name_font)
        painter.setPen(palette.color(text_role))
        name_rect = QRect(rect.left(), rect.top(), rect.width() - status_width, big.height())
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            big.elidedText(row.display_name, Qt.TextElideMode.ElideRight, name_rect.width()),
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        small = QFontMetrics(option.font)
        line_rect = QRect(rect.left(), name_rect.bottom() + 2, rect.width(), small.height())
        painter.drawText(
            line_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small.elidedText(detail_line(row), Qt.TextElideMode.ElideRight, line_rect.width()),
        )
        painter.setPen(status_color)
        painter.drawText(
            QRect(rect.right() - status_width, rect.top(), status_width, big.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            status,
        )
        painter.restore()


def _status(row: RsvpRow, palette: QPalette, selected: bool) -> tuple[str, Any]:
    color_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    if row.checked_in_at is not None:
        text = _tr("✓ in since %1").replace(
            "%1", labels.format_time(row.checked_in_at.astimezone())
        )
        return text, palette.color(color_role)
    if row.response is RsvpResponse.GOING:
        return _tr("expected"), palette.color(color_role)
    return words.response(row.response), palette.color(color_role)


class WalkInForm(QFrame):
    """Someone not on the list: a name and, if they like, an e-mail; Enter adds them.

    Signals:
        submitted(str, str): name and e-mail to add and check in.
    """

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Walk-in's name"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("E-mail (optional)"))
        self.email.setAccessibleName(self.tr("Walk-in's e-mail"))
        self.add = QPushButton(self.tr("Add and check in"))
        layout = QHBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Walk-in:")))
        layout.addWidget(self.name, 2)
        layout.addWidget(self.email, 2)
        layout.addWidget(self.add)
        self.add.clicked.connect(self._on_add_clicked)
        self.name.returnPressed.connect(self._on_add_clicked)
        self.email.returnPressed.connect(self._on_add_clicked)

    def start(self, typed: str) -> None:
        """Open with what was typed at the door as the name (the guest just said it)."""
        if typed and not self.name.text():
            self.name.setText(typed)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish(self) -> None:
        self.name.clear()
        self.email.clear()
        self.hide()

    def _on_add_clicked(self) -> None:
        self.submitted.emit(self.name.text(), self.email.text().strip())


class MatchesView(QListView):
    """The matches under the search field; it never takes the focus from the field."""

    def __init__(self, model: MatchesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(MatchDelegate(self))
        self.setAccessibleName(self.tr("Matching guests"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)


def scaled(widget: QWidget, factor: float, bold: bool = False) -> None:
    """A bigger (or bolder) font, readable from a step back."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)
