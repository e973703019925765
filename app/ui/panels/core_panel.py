"""The core of early attendees for one event: a board and a list, progress, asks and moves.

Every change is a service call, an undo command and a bus message, so the board, the list,
the event's progress and any other open view update together.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.core import neighbour_stage
from app.domain.enums import CoreStage, EventStatus
from app.services.changes import Changes, Kind
from app.services.core_dto import CandidateDto
from app.services.dto import EventDto

from app.ui.context import AppContext
from app.ui.core.add_people_dialog import AddPeopleDialog
from app.ui.core.board import CoreBoard
from app.ui.core.panel_actions import CoreActions
from app.ui.core.progress_header import CoreProgressHeader
from app.ui.core.template_dialog import TemplateDialog
from app.ui.core.verbs import CoreVerbs
from app.ui.models.core_candidates import CandidatesModel
from app.ui.models.core_events import CoreEventsModel
from app.ui.models.filters import SearchSortProxyModel
from app.ui.models.roles import Role
from app.ui.panels.person_page import open_person_page
from app.ui.table_fit import fit_titles


class CorePanel(QWidget):
    """Signals:
    person_activated(int): a card was opened (the panel also opens the person's page).
    event_changed(int): another event was chosen (-1 for none).
    selection_changed(): the current card changed.
    """

    person_activated = Signal(int)
    event_changed = Signal(int)
    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.model: CandidatesModel | None = None
        self.events_model: CoreEventsModel | None = None
        self._open_dialog: Any = None
        self.event_box = QComboBox()
        self.event_box.setAccessibleName(self.tr("Event"))
        self.event_box.setMinimumContentsLength(40)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter cards by name, organization…"))
        self.search.setAccessibleName(self.tr("Filter"))
        self.header = CoreProgressHeader()
        self.board = CoreBoard()
        self.list_proxy = SearchSortProxyModel(self)
        self.list = QTableView()
        self.list.setModel(self.list_proxy)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.list.setSortingEnabled(True)
        self.list.setShowGrid(False)
        self.list.setAlternatingRowColors(True)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.setAccessibleName(self.tr("Core candidates"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.list)
        self.empty = QLabel(self.tr("No upcoming events. Plan one in Events, then build its core."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyLabel")
        self.empty.hide()
        self.verbs = CoreVerbs(ctx, self, self.select_card)
        self.actions_ = CoreActions(self)
        self.toolbar = QToolBar(self.tr("Core"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_.fill(self.toolbar)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Event:")))
        top.addWidget(self.event_box, 2)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.board)
        self._connect_signals()
        if ctx.has_database:
            self.attach()

    def _connect_signals(self) -> None:
        self.event_box.activated.connect(self._on_event_activated)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.header.target_changed.connect(self._on_header_target_changed)
        self.header.announce_requested.connect(self.announce)
        self.board.move_requested.connect(self._on_board_move_requested)
        self.board.reorder_requested.connect(self._on_board_reorder_requested)
        self.board.card_activated.connect(self._on_card_activated)
        self.board.current_changed.connect(self._on_current_changed)
        self.list.activated.connect(self._on_list_activated)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.doubleClicked.connect(self._on_list_activated)
        self.ctx.bus.changed.connect(self._on_bus_changed)
        self.ctx.database_changed.connect(self.attach)

    # -- events ----------------------------------------------------------------------------------

    def attach(self) -> None:
        """Models over the current database (at start and after switching files)."""
        if not self.ctx.has_database:  # closed for a restore: the next database attaches
            return
        old = self.events_model
        self.events_model = CoreEventsModel(self.ctx.services, self.ctx.runner, self)
        self.events_model.loading_changed.connect(self._on_events_loading_changed)
        self.event_box.setModel(self.events_model)
        self.events_model.modelReset.connect(self._select_in_combo)
        if old is not None:
            old.deleteLater()
        self.set_event(None)
        self.events_model.load()

    def set_event(self, event_id: int | None) -> None:
        """Show the core of `event_id` (None: no event)."""
        if event_id == self.event_id and self.model is not None:
            return
        self.event_id = event_id
        old = self.model
        if event_id is None:
            # The views keep their last (hidden) model: a proxy always needs a source.
            self.model = None
            self.board.set_model(None)
        else:
            self.model = CandidatesModel(self.ctx.services, self.ctx.runner, event_id, self)
            self.model.load()
            self.board.set_model(self.model)
            self.list_proxy.setSourceModel(self.model)
            self._size_list_columns()
            if old is not None:
                old.deleteLater()
        self._select_in_combo()
        self._refresh_header()
        self.event_changed.emit(event_id if event_id is not None else -1)
        self._on_current_changed()

    def _size_list_columns(self) -> None:
        assert self.model is not None
        char = self.list.fontMetrics().averageCharWidth()
        for column, chars in enumerate(self.model.column_widths()):
            self.list.setColumnWidth(column, chars * char + 16)
        if self.list.isVisible():
            fit_titles(self.list)
        self.list.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by stage, as on the board

    def _select_in_combo(self) -> None:
        if self.events_model is None or self.event_id is None:
            return
        row = self.events_model.row_of_id(self.event_id)
        if row is not None and row != self.event_box.currentIndex():
            self.event_box.blockSignals(True)
            self.event_box.setCurrentIndex(row)
            self.event_box.blockSignals(False)

    def current_event(self) -> EventDto | None:
        return None if self.event_id is None else self.ctx.services.events.get(self.event_id)

    def _refresh_header(self) -> None:
        row = None
        if self.events_model is not None and self.event_id is not None:
            row = self.events_model.item_by_id(self.event_id)
        has_event = self.event_id is not None
        self.header.setVisible(has_event)
        self.toolbar.setEnabled(has_event)
        self.stack.setVisible(has_event)
        self.empty.setVisible(
            not has_event and bool(self.events_model and self.events_model.loaded)
        )
        if row is not None:
            self.header.show_progress(row.counted, row.target, row.candidates, row.status)

    # -- the current card ----------------------------------------------------------------------

    def current_card(self) -> CandidateDto | None:
        if self.stack.currentWidget() is self.list:
            index = self.list.currentIndex()
            value = index.data(Role.DTO) if index.isValid() else None
            return value if isinstance(value, CandidateDto) else None
        return self.board.current_card()

    def selected_ids(self) -> list[int]:
        card = self.current_card()
        return [card.id] if card else []

    def select_card(self, candidate_id: int) -> None:
        if self.stack.currentWidget() is self.board:
            self.board.select_card(candidate_id)
        elif self.model is not None:
            source = self.model.row_of_id(candidate_id)
            row = None if source is None else self.list_proxy.proxy_row_of_source(source)
            if row is not None:
                self.list.selectRow(row)
                self.list.setFocus()

    def show_list(self, as_list: bool) -> None:
        card = self.current_card()
        self.stack.setCurrentWidget(self.list if as_list else self.board)
        if as_list:
            fit_titles(self.list)
        if card is not None:
            self.select_card(card.id)
        self.actions_.update(self.current_card())

    # -- verbs (main window's New/Edit/Delete route here too) -----------------------------------

    def new_record(self) -> None:
        """Add people to the event's core."""
        if self.event_id is None:
            return
        dialog = AddPeopleDialog(self.ctx, self.event_id, self)
        dialog.people_chosen.connect(self.add_people)
        self._show(dialog)

    def add_people(self, person_ids: list[int]) -> None:
        if self.event_id is not None and person_ids:
            self.verbs.add_people(self.event_id, person_ids)

    def edit_selected(self) -> None:
        card = self.current_card()
        if card is not None:
            self._on_card_activated(card.id)

    def delete_selected(self) -> None:
        card = self.current_card()
        if card is not None:
            self.verbs.remove(card)

    def move_step(self, step: int) -> None:
        """Ctrl+→ / Ctrl+←: the next column the card may go to, through the move dialog."""
        card = self.current_card()
        target = None if card is None else neighbour_stage(card.stage, step)
        if card is not None and target is not None:
            self.request_move(card.id, target)

    def reorder_step(self, step: int) -> None:
        card = self.current_card()
        if card is None or self.stack.currentWidget() is not self.board:
            return
        row = self.board.proxies[card.stage].row_of(card.id)
        if row is not None and 0 <= row + step < self.board.proxies[card.stage].rowCount():
            self.verbs.reorder(card.id, row + step)

    def request_move(self, candidate_id: int, stage: CoreStage, index: int | None = None) -> None:
        """Ask how it went (channel, note, next follow-up), then move the card."""
        card = self.model.item_by_id(candidate_id) if self.model else None
        event = self.current_event()
        if card is not None and event is not None:
            self._show(self.verbs.move_dialog(card, event, stage, index))

    def write_message(self) -> None:
        card = self.current_card()
        event = self.current_event()
        if card is None or event is None:
            return
        heading = (
            self.tr("To %1, about “%2”").replace("%1", card.display_name).replace("%2", event.title)
        )
        dialog = TemplateDialog(
            self.ctx, card.person_id, event.id, heading=heading, candidate=card, parent=self
        )
        self._show(dialog)

    def set_target(self, target: int | None) -> None:
        if self.event_id is not None and not self.verbs.set_target(self.event_id, target):
            self._refresh_header()

    def announce(self) -> None:
        """Set the event to announced, after the ready-to-announce gate."""
        event = self.current_event()
        if event is not None:
            self.verbs.announce(event)

    # -- slots -----------------------------------------------------------------------------------

    def _show(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._open_dialog = dialog

    def _on_events_loading_changed(self, loading: bool) -> None:
        if loading or self.events_model is None:
            return
        if self.event_id is None or self.events_model.row_of_id(self.event_id) is None:
            rows = [self.events_model.item(r) for r in range(self.events_model.rowCount())]
            building = [r for r in rows if r.candidates]
            confirming = [r for r in building if r.status is EventStatus.CONFIRMING_CORE]
            first = confirming or building or rows
            chosen = first[0] if first else None
            self.set_event(chosen.id if chosen else None)
        self._select_in_combo()
        self._refresh_header()

    def _on_event_activated(self, row: int) -> None:
        """Only the user's choice counts: a reset makes the combo pick a row on its own."""
        if self.events_model is not None and 0 <= row < self.events_model.rowCount():
            self.set_event(self.events_model.item(row).id)

    def _on_search_text_changed(self, text: str) -> None:
        self.board.set_search(text)
        self.list_proxy.set_search(text)

    def _on_header_target_changed(self, target: object) -> None:
        self.set_target(target if isinstance(target, int) else None)

    def _on_board_move_requested(self, candidate_id: int, stage: object, row: object) -> None:
        assert isinstance(stage, CoreStage)
        self.request_move(candidate_id, stage, row if isinstance(row, int) else None)

    def _on_board_reorder_requested(self, candidate_id: int, row: int) -> None:
        self.verbs.reorder(candidate_id, row)

    def _on_card_activated(self, candidate_id: int) -> None:
        card = self.model.item_by_id(candidate_id) if self.model else None
        if card is not None:
            self.person_activated.emit(card.person_id)
            open_person_page(self.ctx, card.person_id, self)

    def _on_list_activated(self, index: Any) -> None:
        value = index.data(Role.ID) if index.isValid() else None
        if value is not None:
            self._on_card_activated(int(value))

    def _on_current_changed(self, *_args: Any) -> None:
        self.actions_.update(self.current_card())
        self.selection_changed.emit()

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.model is not None:
            self.model.apply_changes(changes)
        if self.events_model is not None:
            self.events_model.apply_changes(changes)
            if changes.affects(Kind.EVENT):
                self._select_in_combo()
                self._refresh_header()
        self.actions_.update(self.current_card())
