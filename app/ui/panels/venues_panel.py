"""Venue partners: the companies and organizations that host our events.

The list (search as you type) sits beside the selected partner's details. New, Edit and
Delete work as in every records panel; the details add the pipeline log, thanking the host
and the host sheet. Every change is a service call, an undo command and a bus message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from app.domain.enums import PartnerStage
from app.services.changes import Changes, Kind
from app.services.venue_dto import VenueDto

from app.ui import labels
from app.ui.commands.venues import LogStepCommand, RemoveStepCommand, step_text
from app.ui.context import AppContext
from app.ui.dialogs.host_sheet_export import HostSheetExport
from app.ui.dialogs.venue_dialog import VenueDialog
from app.ui.dialogs.venue_step_dialog import VenueStepDialog
from app.ui.models.venues_table import VenuesTableModel
from app.ui.panels.records_panel import RecordsPanel
from app.ui.panels.venue_detail import VenueDetail


class VenuesPanel(RecordsPanel):
    """Signals (besides RecordsPanel's):
    event_activated(int): the user opened an event from a partner's history; the main
        window may show it in the events panel.
    """

    event_activated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = VenueDetail(ctx)
        self.host_sheets = HostSheetExport(ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout = self.layout()
        assert layout is not None
        layout.replaceWidget(self.view, self.splitter)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 620])
        self.splitter.setChildrenCollapsible(False)
        self._connect_venue_signals()

    def _connect_venue_signals(self) -> None:
        self.selection_changed.connect(self._on_selection_changed_for_detail)
        self.detail.edit_requested.connect(self.edit_record)
        self.detail.log_step_requested.connect(self.log_step)
        self.detail.remove_step_requested.connect(self.remove_step)
        self.detail.host_sheet_requested.connect(self._on_detail_host_sheet_requested)
        self.detail.event_activated.connect(self.event_activated)

    # -- RecordsPanel -------------------------------------------------------------------------

    def make_model(self) -> VenuesTableModel:
        return VenuesTableModel(self.ctx.services, self.ctx.runner, self)

    def search_placeholder(self) -> str:
        return self.tr("Search partners by name, organization, address, room, contact or stage")

    def accessible_table_name(self) -> str:
        return self.tr("Venue partners")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return labels.count("VenuesPanel", total, "%n partner", "%n partners")
        return labels.count("VenuesPanel", total, "%1 of %n partner", "%1 of %n partners").replace(
            "%1", labels.format_number(shown)
        )

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No venue partner matches your search.")
        return self.tr("No venue partners yet. Add the places that host you with New (Ctrl+N).")

    def new_record(self) -> None:
        service = self.ctx.services.venues
        dialog = VenueDialog(
            self.ctx.errors,
            self.ctx.services.organizations.names(),
            self.ctx.services.people.search,
            parent=self,
        )
        dialog.set_saver(service.create)
        dialog.saved.connect(
            lambda created: self.record_created(
                service, created, self.tr("Add %1").replace("%1", created.item.name)
            )
        )
        self.open_dialog(dialog)

    def edit_record(self, record_id: int) -> None:
        service = self.ctx.services.venues
        try:
            venue = service.get(record_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        dialog = VenueDialog(
            self.ctx.errors,
            self.ctx.services.organizations.names(),
            self.ctx.services.people.search,
            venue.to_draft(),
            venue.contacts,
            self,
        )
        dialog.set_saver(lambda draft: service.update(venue.id, draft, venue.version))
        self.resolve_conflicts_with(dialog, "venues", venue.id, service.get, service.update)
        dialog.saved.connect(
            lambda edited: self.record_edited(
                _save_venue(self), edited, self.tr("Edit %1").replace("%1", edited.after.name)
            )
        )
        self.open_dialog(dialog)

    def delete_records(self, ids: list[int]) -> None:
        assert self.model is not None
        names = [v.name for i in ids if (v := self.model.item_by_id(i)) is not None]
        if len(ids) == 1 and names:
            question = self.tr(
                "Delete %1 with its rooms, contacts and log? Its events stay, without a venue. "
                "You can undo this."
            ).replace("%1", names[0])
            text = self.tr("Delete %1").replace("%1", names[0])
        else:
            count = labels.format_number(len(ids))
            question = self.tr(
                "Delete %n venue partners? Their events stay, without a venue. You can undo this."
            ).replace("%n", count)
            text = self.tr("Delete %n venue partners").replace("%n", count)
        self.confirm_and_delete(self.ctx.services.venues, ids, question, text)

    # -- the partnership log ----------------------------------------------------------------

    def log_step(
        self, venue_id: int, stage: PartnerStage | None = None, event_id: int | None = None
    ) -> None:
        """Open the step dialog (thanking the host: stage THANKED and the event)."""
        service = self.ctx.services.venues
        try:
            venue = service.get(venue_id)
            events = service.history(venue_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        dialog = VenueStepDialog(
            self.ctx.errors, venue.name, venue.stage, events, stage, event_id, parent=self
        )
        dialog.set_saver(lambda draft: service.log_step(venue_id, draft))
        dialog.saved.connect(lambda logged: self._on_step_logged(venue, logged))
        self.open_dialog(dialog)

    def _on_step_logged(self, venue: VenueDto, logged: Any) -> None:
        command = LogStepCommand(
            self.ctx, self.ctx.services.venues, logged, step_text(venue.name, logged.step)
        )
        self.ctx.undo_stack.push(command)
        self.ctx.bus.publish(logged.changes)

    def remove_step(self, step_id: int) -> None:
        service = self.ctx.services.venues
        if not self.ctx.prompter.confirm(
            self.tr("Remove step"),
            self.tr("Remove this step from the partnership log? You can undo this."),
            ok=self.tr("Remove"),
            destructive=True,
        ):
            return
        try:
            removed = service.remove_step(step_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        self.ctx.undo_stack.push(
            RemoveStepCommand(self.ctx, service, removed, self.tr("Remove a step from the log"))
        )
        self.ctx.bus.publish(removed.changes)

    def export_host_sheet(self, event_id: int, force_guest_list: bool = False) -> None:
        self.host_sheets.start(event_id, force_guest_list=force_guest_list)

    # -- slots ----------------------------------------------------------------------------------

    def _on_selection_changed_for_detail(self) -> None:
        ids = self.selected_ids()
        current = self.current_id()
        chosen = current if current in ids else (ids[0] if ids else None)
        if chosen != (self.detail.venue.id if self.detail.venue else None):
            self.detail.show_venue(chosen)

    def _on_bus_changed(self, changes: Changes) -> None:
        super()._on_bus_changed(changes)
        shown = self.detail.venue
        if shown is None:
            return
        if shown.id in changes.removed_ids(Kind.VENUE):
            self.detail.show_venue(None)
        elif any(changes.affects(k) for k in (*VenuesTableModel.RELATED, Kind.VENUE)):
            self.detail.refresh()

    def _on_ctx_database_changed(self) -> None:
        self.detail.show_venue(None)
        super()._on_ctx_database_changed()

    def _on_detail_host_sheet_requested(self, event_id: int, force: bool) -> None:
        self.export_host_sheet(event_id, force)


def _save_venue(panel: VenuesPanel) -> Any:
    def save(dto: VenueDto, version: int) -> Any:
        return panel.ctx.services.venues.update(dto.id, dto.to_draft(), version)

    return save
