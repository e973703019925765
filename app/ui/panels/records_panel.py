"""A searchable, sortable table of one kind of record, with new / edit / delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes

from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.models.base_table import DtoTableModel
from app.ui.models.filters import SearchSortProxyModel
from app.ui.models.roles import Role
from app.ui.table_fit import fit_titles


def _tr(text: str) -> str:
    # Not self.tr(): PySide6 looks that up under the subclass's name (PeoplePanel…).
    return QCoreApplication.translate("RecordsPanel", text)


class RecordsPanel(QWidget):
    """Signals:
    selection_changed(): the selected rows changed.
    loaded(): the first full load of the table finished.
    """

    selection_changed = Signal()
    loaded = Signal()

    default_sort_column = 0
    extras_need_one_row = True
    """Whether the context menu's extra actions apply to exactly one selected row (else each
    action keeps the enabled state its panel gives it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: DtoTableModel[Any] | None = None
        # Selected ids as of the last user-visible selection; a proxy reset re-selects them.
        self._keep_selection: list[int] = []
        self._keep_current: int | None = None
        self._resetting = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.search_placeholder())
        self.search.setAccessibleName(_tr("Search"))
        self.count_label = QLabel()
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.hide()

        self.proxy = SearchSortProxyModel(self)
        self._header_ready = False
        self._fit_titles_when_shown = False
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setAccessibleName(self.accessible_table_name())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.shared_actions: list[QAction] = []
        """The window's New/Edit/Delete actions, set by the main window for the context menu."""

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.search)
        self.view.setModel(self.proxy)
        self._connect_signals()
        if ctx.has_database:
            self.attach()
        else:
            self.count_label.setText(_tr("Opening database…"))

    # -- what subclasses provide --------------------------------------------------------------

    def make_model(self) -> DtoTableModel[Any]:
        raise NotImplementedError

    def search_placeholder(self) -> str:
        return _tr("Search…")

    def accessible_table_name(self) -> str:
        return _tr("Records")

    def count_text(self, shown: int, total: int) -> str:
        return str(total)

    def empty_text(self, searching: bool) -> str:
        return _tr("Nothing here yet.")

    def extra_actions(self) -> list[QAction]:
        """Actions of this kind of record, added to the table's context menu."""
        return []

    def show_history(self, table: str) -> None:
        """Who changed the selected record, and when (from the shared change log)."""
        from app.ui.dialogs.history_dialog import HistoryDialog

        ids = self.selected_ids()
        if len(ids) != 1 or self.model is None:
            return
        item = self.model.item_by_id(ids[0])
        title = str(
            getattr(item, "display_name", None)
            or getattr(item, "title", None)
            or getattr(item, "name", "")
        )
        try:
            entries = self.ctx.services.feed.history(table, ids[0])
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        dialog = HistoryDialog(title, entries, self)
        self.open_dialog(dialog)

    def new_record(self) -> None:
        raise NotImplementedError

    def edit_record(self, record_id: int) -> None:
        raise NotImplementedError

    def delete_records(self, ids: list[int]) -> None:
        raise NotImplementedError

    # -- wiring ------------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        self.view.activated.connect(self._on_view_double_clicked)
        self.proxy.modelAboutToBeReset.connect(self._on_proxy_about_to_reset)
        self.proxy.modelReset.connect(self._on_proxy_reset)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.ctx.bus.changed.connect(self._on_bus_changed)
        self.ctx.database_changed.connect(self._on_ctx_database_changed)

    def attach(self) -> None:
        """Build a model over the current database (at start and after switching files)."""
        old = self.model
        self.model = self.make_model()
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.load_failed.connect(self._on_model_load_failed)
        self.proxy.setSourceModel(self.model)
        if not self._header_ready:
            self._header_ready = True
            self._restore_header_state()
            self.view.setSortingEnabled(True)
            self.view.sortByColumn(self.default_sort_column, Qt.SortOrder.AscendingOrder)
        if old is not None:
            old.deleteLater()
        self._update_counts()
        if self.isVisible():
            self.model.load()

    def _restore_header_state(self) -> None:
        assert self.model is not None
        char = self.view.fontMetrics().averageCharWidth()
        for column, chars in enumerate(self.model.column_widths()):
            self.view.setColumnWidth(column, chars * char + 16)
        saved = self.ctx.settings.get(keys.TABLE_HEADERS).get(self.accessible_table_name())
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.view.horizontalHeader().restoreState(saved)
        else:
            self._fit_titles_when_shown = True

    def save_header_state(self) -> None:
        if not self._header_ready:
            return
        headers: dict[str, Any] = self.ctx.settings.get(keys.TABLE_HEADERS).copy()
        headers[self.accessible_table_name()] = self.view.horizontalHeader().saveState()
        self.ctx.settings.set(keys.TABLE_HEADERS, headers)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_titles_when_shown:  # the header's font and margins are known once shown
            self._fit_titles_when_shown = False
            fit_titles(self.view)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        """Tables load the first time they are shown, so start-up reads only what it shows."""
        if self.model is not None and not self.model.loaded and not self.is_loading():
            self.model.load()

    def is_loading(self) -> bool:
        return self.model is not None and self.model._loading is not None

    # -- selection -----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        selection: QItemSelectionModel | None = self.view.selectionModel()
        if selection is None:
            return []
        ids = (i.data(Role.ID) for i in selection.selectedRows())
        return [int(i) for i in ids if i is not None]

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        value = index.data(Role.ID) if index.isValid() else None
        return None if value is None else int(value)

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        assert self.model is not None
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        for item_id in ids:
            source_row = self.model.row_of_id(item_id)
            row = None if source_row is None else self.proxy.proxy_row_of_source(source_row)
            if row is not None:
                selection.select(self.proxy.index(row, 0), self.proxy.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        focus = current if current is not None else (ids[0] if ids else None)
        if focus is not None:
            source_row = self.model.row_of_id(focus)
            row = None if source_row is None else self.proxy.proxy_row_of_source(source_row)
            if row is not None:
                index = self.proxy.index(row, 0)
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.view.scrollTo(index)

    def edit_selected(self) -> None:
        record_id = self.current_id()
        ids = self.selected_ids()
        if record_id is None or record_id not in ids:
            record_id = ids[0] if ids else None
        if record_id is not None:
            self.edit_record(record_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_records(ids)

    # -- slots -----------------------------------------------------------------------------------

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)

    def _on_search_return_pressed(self) -> None:
        if self.proxy.rowCount() > 0:
            self.view.setFocus()
            if not self.selected_ids():
                self.view.selectRow(0)

    def _on_view_context_menu_requested(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addActions(self.shared_actions)
        extras = self.extra_actions()
        if extras:
            menu.addSeparator()
            for action in extras:
                if self.extras_need_one_row:
                    action.setEnabled(len(self.selected_ids()) == 1)
                menu.addAction(action)
        self.context_menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _on_view_double_clicked(self, index: Any) -> None:
        if index.isValid():
            self.edit_record(int(index.data(Role.ID)))

    def _on_proxy_about_to_reset(self) -> None:
        # The source has already changed, so the proxy's rows can't be read now; the ids
        # remembered at the last selection change are the ones to restore.
        self._resetting = True

    def _on_proxy_reset(self) -> None:
        self._resetting = False
        if self._keep_selection:
            self.select_ids(self._keep_selection, self._keep_current)
        self._update_counts()

    def _on_selection_changed(self, *_args: Any) -> None:
        if not self._resetting:
            self._keep_selection = self.selected_ids()
            self._keep_current = self.current_id()
        self.selection_changed.emit()

    def _on_bus_changed(self, changes: Changes) -> None:
        if self.model is not None:
            self.model.apply_changes(changes)
            self._update_counts()

    def _on_ctx_database_changed(self) -> None:
        if self.ctx.has_database:
            self.attach()
        elif self.model is not None:
            self.model.clear()
            self.count_label.setText(_tr("Opening database…"))

    def _on_model_loading_changed(self, loading: bool) -> None:
        self._update_counts()
        if not loading:
            self.loaded.emit()

    def _on_model_load_failed(self, error: BaseException) -> None:
        self.ctx.errors.present(error, self)

    def _update_counts(self, *_args: Any) -> None:
        if self.model is None:
            return
        if self.is_loading():
            self.count_label.setText(_tr("Loading…"))
            self.empty_label.hide()
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.count_text(shown, total))
        searching = bool(self.search.text().strip())
        if shown == 0 and self.model.loaded:
            self.empty_label.setText(self.empty_text(searching))
            self.empty_label.show()
        else:
            self.empty_label.hide()

    # -- helpers for subclasses: every change = service call + undo command + bus ----------------

    def open_dialog(self, dialog: Any) -> None:
        """Show a dialog window-modal without blocking (tests drive it with qtbot)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._open_dialog = dialog

    def record_created(self, service: Any, created: Any, text: str) -> None:
        from app.ui.commands.records import CreateRecordCommand

        self.ctx.undo_stack.push(CreateRecordCommand(self.ctx, service, created, text))
        self.ctx.bus.publish(created.changes)
        self.search.clear() if self.proxy.rowCount() == 0 else None
        self.select_ids([created.item.id])

    def resolve_conflicts_with(
        self, dialog: Any, table: str, record_id: int, get: Any, update: Any
    ) -> None:
        """Let the dialog show a teammate's newer version when a save finds one."""
        feed = self.ctx.services.feed

        def fetch_current() -> tuple[Any, int, str]:
            current = get(record_id)
            history = feed.history(table, record_id, limit=1)
            return current.to_draft(), current.version, history[0].actor if history else ""

        dialog.set_conflict_resolver(
            fetch_current, lambda draft, version: update(record_id, draft, version)
        )

    def record_edited(self, save: Any, edited: Any, text: str) -> None:
        from app.ui.commands.records import EditRecordCommand

        self.ctx.undo_stack.push(EditRecordCommand(self.ctx, save, edited, text))
        self.ctx.bus.publish(edited.changes)

    def confirm_and_delete(self, service: Any, ids: list[int], question: str, text: str) -> None:
        from app.ui.commands.records import DeleteRecordsCommand

        if not self.ctx.prompter.confirm(
            _tr("Delete"), question, ok=_tr("Delete"), destructive=True
        ):
            return
        try:
            removed = service.delete(ids)
        except Exception as error:  # noqa: BLE001 - shown to the user, then logged if a bug
            self.ctx.errors.present(error, self)
            return
        self.ctx.undo_stack.push(DeleteRecordsCommand(self.ctx, service, removed, text))
        self.ctx.bus.publish(removed.changes)
