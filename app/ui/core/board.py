"""The core board: one column per stage; drag cards between columns or move them by keyboard.

Keys on a card: Up/Down walk the column, Left/Right go to the next column, Enter opens the
person. (The panel adds Ctrl+Left/Right to move a card, Ctrl+Up/Down to reorder it.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.core import BOARD_ORDER, can_move
from app.domain.enums import CoreStage
from app.services.core_dto import CandidateDto

from app.ui import labels
from app.ui.core import words
from app.ui.core.card_delegate import CardDelegate
from app.ui.models.core_candidates import CandidatesModel, StageProxyModel, decode_card
from app.ui.models.roles import Role


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoreBoard", text)


class StageColumnView(QListView):
    """The cards of one stage.

    Signals:
        card_dropped(int, int): the card with this id was dropped before this row.
        neighbour_requested(int): Left (-1) or Right (+1) was pressed: focus the next column.
    """

    card_dropped = Signal(int, int)
    neighbour_requested = Signal(int)

    def __init__(self, stage: CoreStage, proxy: StageProxyModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self._drop_row: int | None = None
        self.setModel(proxy)
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(_tr("%1 column").replace("%1", words.stage(stage)))
        self.viewport().setAutoFillBackground(False)

    def proxy(self) -> StageProxyModel:
        model = self.model()
        assert isinstance(model, StageProxyModel)
        return model

    # -- drag and drop -------------------------------------------------------------------------

    def accepts(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> bool:
        card = decode_card(event.mimeData())
        return card is not None and (card[1] is self.stage or can_move(card[1], self.stage))

    def drop_row_at(self, pos: QPoint) -> int:
        index = self.indexAt(pos)
        if not index.isValid():
            return self.proxy().rowCount()
        rect = self.visualRect(index)
        return index.row() if pos.y() < rect.center().y() else index.row() + 1

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.accepts(event):
            event.ignore()
            return
        self._drop_row = self.drop_row_at(event.position().toPoint())
        self.viewport().update()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_row = None
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_row = None
        self.viewport().update()
        card = decode_card(event.mimeData())
        if card is None or not self.accepts(event):
            event.ignore()
            return
        row = self.drop_row_at(event.position().toPoint())
        current = self.proxy().row_of(card[0])
        if current is not None and current < row:
            row -= 1  # the card leaves its old place first
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.card_dropped.emit(card[0], row)

    # -- keys and painting -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        palette = self.palette()
        if self.proxy().rowCount() == 0:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(8, 16, -8, -8),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                _tr("No one here yet"),
            )
        if self._drop_row is not None:
            rows = self.proxy().rowCount()
            if rows == 0:
                y = 4
            elif self._drop_row < rows:
                y = self.visualRect(self.proxy().index(self._drop_row, 0)).top()
            else:
                y = self.visualRect(self.proxy().index(rows - 1, 0)).bottom()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawLine(6, y, self.viewport().width() - 6, y)
        painter.end()


class _ColumnHeader(QLabel):
    def __init__(self, stage: CoreStage) -> None:
        super().__init__()
        self.stage = stage
        self.setTextFormat(Qt.TextFormat.RichText)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        colour = words.stage_colour(self.stage).name()
        self.setText(
            f"<span style='color:{colour}; font-size:large'>●</span> "
            f"<b>{words.stage(self.stage)}</b> "
            f"<span style='color:palette(placeholder-text)'>{labels.format_number(count)}</span>"
        )


class CoreBoard(QScrollArea):
    """Signals:
    move_requested(int, object, object): card id, target stage, row (None: the end).
    reorder_requested(int, int): card id, new row in its column.
    card_activated(int): Enter or a double-click on a card (its id).
    current_changed(): another card became current.
    """

    move_requested = Signal(int, object, object)
    reorder_requested = Signal(int, int)
    card_activated = Signal(int)
    current_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.proxies: dict[CoreStage, StageProxyModel] = {}
        self.views: dict[CoreStage, StageColumnView] = {}
        self.headers: dict[CoreStage, _ColumnHeader] = {}
        self._last: CoreStage = CoreStage.TO_ASK
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for stage in BOARD_ORDER:
            proxy = StageProxyModel(stage, self)
            view = StageColumnView(stage, proxy)
            header = _ColumnHeader(stage)
            frame = QFrame()
            frame.setObjectName("coreColumn")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame.setMinimumWidth(150)
            column = QVBoxLayout(frame)
            column.setContentsMargins(6, 6, 6, 2)
            column.addWidget(header)
            column.addWidget(view, 1)
            row.addWidget(frame, 1)
            if stage is CoreStage.CONFIRMED:
                row.addSpacing(10)  # the pipeline ends here; the exits stand apart
            self.proxies[stage], self.views[stage], self.headers[stage] = proxy, view, header
            self._connect_view(view)
        self.setWidget(inner)
        self.setFocusProxy(self.views[CoreStage.TO_ASK])

    def _connect_view(self, view: StageColumnView) -> None:
        view.card_dropped.connect(self._on_view_card_dropped)
        view.neighbour_requested.connect(self._on_view_neighbour_requested)
        view.activated.connect(self._on_view_activated)
        view.doubleClicked.connect(self._on_view_activated)
        view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        proxy = view.proxy()
        for signal in (
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.modelReset,
            proxy.layoutChanged,
        ):
            signal.connect(self._update_counts)

    def set_model(self, model: CandidatesModel | None) -> None:
        for proxy in self.proxies.values():
            proxy.setSourceModel(model)  # type: ignore[arg-type]
        self._update_counts()

    def set_search(self, text: str) -> None:
        for proxy in self.proxies.values():
            proxy.set_search(text)

    # -- the current card --------------------------------------------------------------------

    def current_card(self) -> CandidateDto | None:
        view = self.views[self._last]
        index = view.currentIndex()
        if index.isValid() and view.selectionModel().isSelected(index):
            return view.proxy().card(index.row())
        return None

    def select_card(self, candidate_id: int, *, focus: bool = True) -> bool:
        for stage, proxy in self.proxies.items():
            row = proxy.row_of(candidate_id)
            if row is not None:
                self._select(stage, row, focus=focus)
                return True
        return False

    def _select(self, stage: CoreStage, row: int, *, focus: bool) -> None:
        self._last = stage
        for other, view in self.views.items():
            if other is not stage:
                view.clearSelection()
        view = self.views[stage]
        index = view.proxy().index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        frame = view.parentWidget()
        if frame is not None:
            self.ensureWidgetVisible(frame, 10, 10)
        self.current_changed.emit()

    # -- slots -----------------------------------------------------------------------------

    def _on_view_current_changed(self, current: Any, _previous: Any) -> None:
        view = self.sender()
        for stage, candidate in self.views.items():
            if candidate.selectionModel() is view and current.isValid():
                self._last = stage
                for other, other_view in self.views.items():
                    if other is not stage:
                        other_view.clearSelection()
        self.current_changed.emit()

    def _on_view_card_dropped(self, candidate_id: int, row: int) -> None:
        view = self.sender()
        assert isinstance(view, StageColumnView)
        if view.proxy().row_of(candidate_id) is not None:
            self.reorder_requested.emit(candidate_id, row)
        else:
            self.move_requested.emit(candidate_id, view.stage, row)

    def _on_view_neighbour_requested(self, step: int) -> None:
        view = self.sender()
        assert isinstance(view, StageColumnView)
        at = BOARD_ORDER.index(view.stage) + step
        row = max(view.currentIndex().row(), 0)
        while 0 <= at < len(BOARD_ORDER):
            target = self.views[BOARD_ORDER[at]]
            count = target.proxy().rowCount()
            if count:
                self._select(BOARD_ORDER[at], min(row, count - 1), focus=True)
                return
            at += step

    def _on_view_activated(self, index: Any) -> None:
        value = index.data(Role.DTO) if index.isValid() else None
        if isinstance(value, CandidateDto):
            self.card_activated.emit(value.id)

    def _update_counts(self, *_args: Any) -> None:
        for stage, header in self.headers.items():
            header.set_count(self.proxies[stage].rowCount())
