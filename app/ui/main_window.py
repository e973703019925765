"""The main window: a sidebar of sections, the current section's table, menus and toolbar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import APP_NAME

from app.ui import labels
from app.ui import settings as keys
from app.ui.actions import Actions
from app.ui.assist_routes import AssistRoutes
from app.ui.context import AppContext
from app.ui.event_routes import EventRoutes
from app.ui.file_routes import FileRoutes
from app.ui.i18n import without_mnemonic
from app.ui.live_refresh import LiveRefresher
from app.ui.sections import Sections, section_specs

if TYPE_CHECKING:
    from app.ui.panels.core_panel import CorePanel
    from app.ui.panels.events_panel import EventsPanel
    from app.ui.panels.guests_panel import GuestsPanel
    from app.ui.panels.organizations_panel import OrganizationsPanel
    from app.ui.panels.people_panel import PeoplePanel
    from app.ui.panels.records_panel import RecordsPanel
    from app.ui.panels.today_panel import TodayPanel
    from app.ui.panels.venues_panel import VenuesPanel


class MainWindow(QMainWindow):
    """Signals:
    ready(): the window is shown and the section it opened on has loaded.
    database_requested(str, bool): open the database at this path (True: create a new one).
    restore_requested(): the user asked to restore the database from a backup.
    team_connect_requested(str): the user asked to connect to a team database (URL to prefill).
    """

    ready = Signal()
    database_requested = Signal(str, bool)
    restore_requested = Signal()
    team_connect_requested = Signal(str)

    def __init__(self, ctx: AppContext, *, build_after_paint: bool = False) -> None:
        """With `build_after_paint`, the section shown first is built right after the window's
        first paint (the application does this: the user sees the window sooner)."""
        super().__init__()
        self.ctx = ctx
        self._waiting_for_paint = build_after_paint
        self._ready_sent = False
        self._waiting_for_rows = False
        self.setObjectName("mainWindow")
        self.actions_ = Actions(self)
        self.view_actions: dict[str, QAction] = {}
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget()
        self.sections = Sections(ctx, self.stack, section_specs(), self._on_section_created)
        for spec in self.sections.specs:
            QListWidgetItem(spec.title, self.sidebar)
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 48)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.live = LiveRefresher(ctx, self)
        self._build_menus()
        self._build_toolbar()
        self._connect_signals()
        if build_after_paint:
            self.sidebar.viewport().installEventFilter(self)
        self._restore_settings()
        self._update_title()
        self._update_actions()

    # -- building --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions_
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("edit.undo")
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("edit.redo")
        for action in (undo, redo):  # the toolbar shows the verb, the menu what it undoes
            action.setIconText(without_mnemonic(action.text()))
        self.undo_action, self.redo_action = undo, redo
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([a.file_new_db, a.file_open_db, a.file_connect_team])
        file_menu.addSeparator()
        file_menu.addAction(a.file_export_feed)
        file_menu.addSeparator()
        file_menu.addAction(a.file_restore)
        file_menu.addSeparator()
        file_menu.addAction(a.file_quit)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.record_new, a.record_edit, a.record_delete])
        edit_menu.addSeparator()
        edit_menu.addAction(a.edit_find)
        edit_menu.addSeparator()
        edit_menu.addAction(a.edit_preferences)
        event_menu = menu.addMenu(self.tr("Eve&nt"))
        event_menu.addActions([a.event_guests, a.event_import_guests, a.event_checkin])
        event_menu.addSeparator()
        event_menu.addActions([a.event_invites, a.event_import_replies])
        event_menu.addSeparator()
        event_menu.addActions([a.event_badges, a.event_place_cards, a.event_host_sheet])
        view_menu = menu.addMenu(self.tr("&View"))
        for number, spec in enumerate(self.sections.specs, start=1):
            key = spec.key
            action = self.view_actions[key] = QAction(spec.menu_title or spec.title, self)
            action.setObjectName(f"view.{key}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_section(k))
            view_menu.addAction(action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(a.help_getting_started)
        help_menu.addSeparator()
        help_menu.addAction(a.help_about)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        bar.addActions(
            [self.actions_.record_new, self.actions_.record_edit, self.actions_.record_delete]
        )
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        self.addToolBar(bar)

    def _connect_signals(self) -> None:
        a = self.actions_
        a.file_quit.triggered.connect(self.close)
        a.file_restore.triggered.connect(self.restore_requested.emit)
        a.file_connect_team.triggered.connect(lambda: self.team_connect_requested.emit(""))
        a.record_new.triggered.connect(lambda: self._on_record_action("new"))
        a.record_edit.triggered.connect(lambda: self._on_record_action("edit"))
        a.record_delete.triggered.connect(lambda: self._on_record_action("delete"))
        a.edit_find.triggered.connect(self._on_find_triggered)
        self.routes = EventRoutes(self)
        self.assist = AssistRoutes(self)
        self.files = FileRoutes(self)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        self.ctx.database_changed.connect(self._on_ctx_database_changed)
        self.live.changed_by_others.connect(self._on_live_changed_by_others)

    # -- sections --------------------------------------------------------------------------------

    def _on_section_created(self, key: str, widget: QWidget) -> None:
        """Wire a section the first time it is built."""
        a = self.actions_
        from app.ui.panels.records_panel import RecordsPanel  # with the first section

        if isinstance(widget, RecordsPanel):
            widget.shared_actions = [a.record_new, a.record_edit, a.record_delete]
        selection_changed = getattr(widget, "selection_changed", None)
        if selection_changed is not None:
            selection_changed.connect(self._update_actions)
        person_activated = getattr(widget, "person_activated", None)
        if person_activated is not None and key == "core":
            person_activated.connect(self._on_person_activated)
        counts_changed = getattr(widget, "counts_changed", None)
        if counts_changed is not None:
            counts_changed.connect(self._on_today_counts_changed)
        self.routes.attach(key, widget)

    @property
    def panels(self) -> list[RecordsPanel]:
        from app.ui.panels.records_panel import RecordsPanel

        return [w for w in self.sections.made.values() if isinstance(w, RecordsPanel)]

    @property
    def today_panel(self) -> TodayPanel:
        return cast("TodayPanel", self.sections.get("today"))

    @property
    def events_panel(self) -> EventsPanel:
        return cast("EventsPanel", self.sections.get("events"))

    @property
    def core_panel(self) -> CorePanel:
        return cast("CorePanel", self.sections.get("core"))

    @property
    def guests_panel(self) -> GuestsPanel:
        return cast("GuestsPanel", self.sections.get("guests"))

    @property
    def people_panel(self) -> PeoplePanel:
        return cast("PeoplePanel", self.sections.get("people"))

    @property
    def organizations_panel(self) -> OrganizationsPanel:
        return cast("OrganizationsPanel", self.sections.get("organizations"))

    @property
    def venues_panel(self) -> VenuesPanel:
        return cast("VenuesPanel", self.sections.get("venues"))

    def current_panel(self) -> RecordsPanel | None:
        """The section shown, when it is a list of records."""
        from app.ui.panels.records_panel import RecordsPanel

        panel = self.stack.currentWidget()
        return panel if isinstance(panel, RecordsPanel) else None

    def current_editable(self) -> Any:
        """The section New/Edit/Delete act on (a list of records, or the core board)."""
        widget = self.stack.currentWidget()
        verbs = ("new_record", "edit_selected", "delete_selected", "selected_ids")
        return widget if all(hasattr(widget, v) for v in verbs) else None

    def section_key(self) -> str:
        return self.sections.specs[max(0, self.sidebar.currentRow())].key

    def show_section(self, key: str) -> None:
        try:
            self.sidebar.setCurrentRow(self.sections.index(key))
        except KeyError:
            return  # a section remembered from another version

    def _on_sidebar_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self._waiting_for_paint:
            self.stack.setCurrentIndex(row)  # its placeholder; built in _on_first_paint
            return
        self.sections.get(self.sections.specs[row].key)
        self.stack.setCurrentIndex(row)
        panel = self.current_panel()
        if panel is not None:
            panel.ensure_loaded()
        self._update_actions()

    def _on_find_triggered(self) -> None:
        widget = self.stack.currentWidget()
        search = getattr(widget, "search", None)
        if search is not None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def _on_record_action(self, verb: str) -> None:
        panel = self.current_editable()
        if panel is not None:
            {"new": panel.new_record, "edit": panel.edit_selected, "delete": panel.delete_selected}[
                verb
            ]()

    def _on_person_activated(self, person_id: int) -> None:
        from app.ui.panels.person_page import open_person_page

        open_person_page(self.ctx, person_id, self)

    def _on_today_counts_changed(self, count: int) -> None:
        item = self.sidebar.item(self.sections.index("today"))
        if item is not None:
            title = self.tr("Today")
            item.setText(f"{title} ({labels.format_number(count)})" if count else title)

    def _update_actions(self) -> None:
        ready = self.ctx.has_database
        self.actions_.file_restore.setEnabled(ready)
        self.actions_.file_export_feed.setEnabled(ready)
        self.actions_.event_import_replies.setEnabled(ready)
        panel = self.current_editable()
        has_selection = ready and panel is not None and bool(panel.selected_ids())
        self.actions_.record_new.setEnabled(ready and panel is not None)
        self.actions_.record_edit.setEnabled(has_selection)
        self.actions_.record_delete.setEnabled(has_selection)
        self.routes.update_actions()

    def _update_title(self) -> None:
        if not self.ctx.has_database:
            self.setWindowTitle(APP_NAME)
            self.db_label.setText(self.tr("Opening database…"))
            return
        name = self.ctx.services.db.name
        self.setWindowTitle(f"{APP_NAME} — {name}")
        self.db_label.setText(name)

    def _on_live_changed_by_others(self, actors: list[str]) -> None:
        who = ", ".join(actors) if actors else self.tr("another window")
        self.statusBar().showMessage(self.tr("Updated with changes by %1").replace("%1", who), 5000)

    def _on_ctx_database_changed(self) -> None:
        self._update_title()
        self._update_actions()
        self._check_ready()

    # -- start-up readiness ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._check_ready()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The sidebar's first paint: the window is on screen, build the section now."""
        if event.type() == QEvent.Type.Paint and self._waiting_for_paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._on_first_paint)
        return super().eventFilter(watched, event)

    def _on_first_paint(self) -> None:
        if self._waiting_for_paint:
            self._waiting_for_paint = False
            self._on_sidebar_row_changed(self.sidebar.currentRow())
            self._check_ready()

    def _check_ready(self) -> None:
        """Emit `ready` once: window shown, database open, first section's rows loaded."""
        if self._ready_sent or not self.isVisible() or not self.ctx.has_database:
            return
        if self._waiting_for_paint:
            return  # _on_first_paint asks again
        widget = self.stack.currentWidget()
        from app.ui.panels.records_panel import RecordsPanel

        if isinstance(widget, RecordsPanel):
            done = widget.model is not None and widget.model.loaded
        elif type(widget).__name__ == "TodayPanel":
            done = getattr(widget, "digest", None) is not None
        else:
            done = True
        if done:
            self._ready_sent = True
            QTimer.singleShot(0, self.ready.emit)
        elif not self._waiting_for_rows and hasattr(widget, "loaded"):
            self._waiting_for_rows = True
            widget.loaded.connect(  # type: ignore[union-attr]
                self._on_first_panel_loaded, Qt.ConnectionType.SingleShotConnection
            )

    def _on_first_panel_loaded(self) -> None:
        self._waiting_for_rows = False
        self._check_ready()

    # -- settings -----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = self.ctx.settings
        geometry = settings.get(keys.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)
        state = settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.sidebar.setCurrentRow(0)
        self.show_section(settings.get(keys.SECTION))

    def save_settings(self) -> None:
        settings = self.ctx.settings
        if QGuiApplication.platformName() != "offscreen":  # a headless run has no real geometry
            settings.set(keys.GEOMETRY, self.saveGeometry())
            settings.set(keys.WINDOW_STATE, self.saveState())
        settings.set(keys.SECTION, self.section_key())
        for panel in self.panels:
            panel.save_header_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.ctx.runner.wait(5000)
        super().closeEvent(event)
