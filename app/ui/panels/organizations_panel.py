"""Organizations: companies, spaces and groups that people belong to."""

from __future__ import annotations

from typing import Any

from app.services.dto import OrganizationDto

from app.ui import labels
from app.ui.dialogs.organization_dialog import OrganizationDialog
from app.ui.models.organizations_table import OrganizationsTableModel
from app.ui.panels.records_panel import RecordsPanel


class OrganizationsPanel(RecordsPanel):
    def make_model(self) -> OrganizationsTableModel:
        return OrganizationsTableModel(self.ctx.services, self.ctx.runner, self)

    def search_placeholder(self) -> str:
        return self.tr("Search organizations")

    def accessible_table_name(self) -> str:
        return self.tr("Organizations")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return labels.count("OrganizationsPanel", total, "%n organization", "%n organizations")
        return labels.count(
            "OrganizationsPanel", total, "%1 of %n organization", "%1 of %n organizations"
        ).replace("%1", labels.format_number(shown))

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No organization matches your search.")
        return self.tr("No organizations yet. Add one with New (Ctrl+N).")

    def new_record(self) -> None:
        service = self.ctx.services.organizations
        dialog = OrganizationDialog(self.ctx.errors, None, self)
        dialog.set_saver(service.create)
        dialog.saved.connect(
            lambda created: self.record_created(
                service, created, self.tr("Add %1").replace("%1", created.item.name)
            )
        )
        self.open_dialog(dialog)

    def edit_record(self, record_id: int) -> None:
        service = self.ctx.services.organizations
        try:
            org = service.get(record_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        dialog = OrganizationDialog(self.ctx.errors, org.to_draft(), self)
        dialog.set_saver(lambda draft: service.update(org.id, draft, org.version))
        self.resolve_conflicts_with(dialog, "organizations", org.id, service.get, service.update)
        dialog.saved.connect(
            lambda edited: self.record_edited(
                _save_org(self), edited, self.tr("Edit %1").replace("%1", edited.after.name)
            )
        )
        self.open_dialog(dialog)

    def delete_records(self, ids: list[int]) -> None:
        assert self.model is not None
        names = [o.name for i in ids if (o := self.model.item_by_id(i)) is not None]
        if len(ids) == 1 and names:
            question = self.tr(
                "Delete %1? Its people stay, without an organization. You can undo this."
            ).replace("%1", names[0])
            text = self.tr("Delete %1").replace("%1", names[0])
        else:
            question = self.tr(
                "Delete %n organizations? Their people stay. You can undo this."
            ).replace("%n", labels.format_number(len(ids)))
            text = self.tr("Delete %n organizations").replace("%n", labels.format_number(len(ids)))
        self.confirm_and_delete(self.ctx.services.organizations, ids, question, text)


def _save_org(panel: OrganizationsPanel) -> Any:
    def save(dto: OrganizationDto, version: int) -> Any:
        return panel.ctx.services.organizations.update(dto.id, dto.to_draft(), version)

    return save
