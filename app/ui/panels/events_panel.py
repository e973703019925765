"""Events: what the organizer is planning and has hosted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QWidget

from app.services.dto import EventDto

from app.ui import labels
from app.ui.context import AppContext
from app.ui.core.announce_gate import guard_announce
from app.ui.dialogs.event_dialog import EventDialog
from app.ui.event_page import EventPage
from app.ui.models.events_table import EventsTableModel
from app.ui.panels.records_panel import RecordsPanel


class EventsPanel(RecordsPanel):
    """Signals (besides RecordsPanel's):
    event_edited(object): an event was saved from its dialog (the Edited outcome).
    """

    event_edited = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = EventPage(ctx)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(self.view, self.splitter)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.selection_changed.connect(self._on_selection_changed_for_page)
        self.page.overview.edit_requested.connect(self.edit_record)

    def _on_selection_changed_for_page(self) -> None:
        ids = self.selected_ids()
        current = self.current_id()
        chosen = current if current in ids else (ids[0] if ids else None)
        if chosen != self.page.event_id:
            self.page.show_event(chosen)

    def _on_ctx_database_changed(self) -> None:
        self.page.show_event(None)
        super()._on_ctx_database_changed()

    def make_model(self) -> EventsTableModel:
        model = EventsTableModel(self.ctx.services, self.ctx.runner, self)
        model.loading_changed.connect(self._on_events_loading_changed)
        return model

    def _on_events_loading_changed(self, loading: bool) -> None:
        """After a load, show the next upcoming event at the top, past ones above it."""
        if not loading:
            # After the view has laid out the new rows, or scrollTo has nothing to scroll.
            QTimer.singleShot(0, self._scroll_to_upcoming)

    def _scroll_to_upcoming(self) -> None:
        if not isinstance(self.model, EventsTableModel) or self.selected_ids():
            return
        source_row = self.model.first_upcoming_row()
        row = None if source_row is None else self.proxy.proxy_row_of_source(source_row)
        if row is not None:
            # A few past events stay in sight above the next one, for context.
            top = self.proxy.index(max(0, row - 3), 0)
            self.view.scrollTo(top, self.view.ScrollHint.PositionAtTop)

    def search_placeholder(self) -> str:
        return self.tr("Search events by title, kind, status, venue or time zone")

    def accessible_table_name(self) -> str:
        return self.tr("Events")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return labels.count("EventsPanel", total, "%n event", "%n events")
        return labels.count("EventsPanel", total, "%1 of %n event", "%1 of %n events").replace(
            "%1", labels.format_number(shown)
        )

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No event matches your search.")
        return self.tr("No events yet. Plan one with New (Ctrl+N).")

    def new_record(self) -> None:
        service = self.ctx.services.events
        dialog = EventDialog(
            self.ctx.errors,
            None,
            self,
            service.venue_choices(),
            self.ctx.services.people,
            default_zone=self.ctx.services.settings.get().default_timezone,
        )
        dialog.set_saver(service.create)
        dialog.saved.connect(
            lambda created: self.record_created(
                service, created, self.tr("Add “%1”").replace("%1", created.item.title)
            )
        )
        self.open_dialog(dialog)

    def edit_record(self, record_id: int) -> None:
        service = self.ctx.services.events
        try:
            event = service.get(record_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        dialog = EventDialog(
            self.ctx.errors,
            event.to_draft(),
            self,
            service.venue_choices(),
            self.ctx.services.people,
        )
        dialog.set_saver(
            guard_announce(
                self.ctx,
                event.id,
                event.status,
                lambda draft: service.update(event.id, draft, event.version),
            )
        )
        self.resolve_conflicts_with(dialog, "events", event.id, service.get, service.update)
        dialog.saved.connect(self._on_event_saved)
        self.open_dialog(dialog)

    def _on_event_saved(self, edited: Any) -> None:
        text = self.tr("Edit “%1”").replace("%1", edited.after.title)
        self.record_edited(_save_event(self), edited, text)
        self.event_edited.emit(edited)

    def extra_actions(self) -> list[QAction]:
        history = QAction(self.tr("Show History…"), self)
        history.triggered.connect(lambda: self.show_history("events"))
        return [history]

    def delete_records(self, ids: list[int]) -> None:
        assert self.model is not None
        titles = [e.title for i in ids if (e := self.model.item_by_id(i)) is not None]
        if len(ids) == 1 and titles:
            question = self.tr("Delete “%1” and its guest list? You can undo this.").replace(
                "%1", titles[0]
            )
            text = self.tr("Delete “%1”").replace("%1", titles[0])
        else:
            question = self.tr(
                "Delete %n events and their guest lists? You can undo this."
            ).replace("%n", labels.format_number(len(ids)))
            text = self.tr("Delete %n events").replace("%n", labels.format_number(len(ids)))
        self.confirm_and_delete(self.ctx.services.events, ids, question, text)


def _save_event(panel: EventsPanel) -> Any:
    def save(dto: EventDto, version: int) -> Any:
        return panel.ctx.services.events.update(dto.id, dto.to_draft(), version, check_status=False)

    return save
