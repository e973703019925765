"""People: everyone the organizer knows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction

from app.services.dto import PersonDto

from app.ui import labels
from app.ui import settings as keys
from app.ui.dialogs.person_dialog import PersonDialog
from app.ui.models.people_table import PeopleTableModel
from app.ui.panels.records_panel import RecordsPanel


class PeoplePanel(RecordsPanel):
    def make_model(self) -> PeopleTableModel:
        return PeopleTableModel(self.ctx.services, self.ctx.runner, self)

    def search_placeholder(self) -> str:
        return self.tr("Search people by name, e-mail, organization, title or tag")

    def accessible_table_name(self) -> str:
        return self.tr("People")

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return labels.count("PeoplePanel", total, "%n person", "%n people")
        return labels.count("PeoplePanel", total, "%1 of %n person", "%1 of %n people").replace(
            "%1", labels.format_number(shown)
        )

    def empty_text(self, searching: bool) -> str:
        if searching:
            return self.tr("No one matches your search.")
        return self.tr("No people yet. Add someone with New (Ctrl+N).")

    def new_record(self) -> None:
        service = self.ctx.services.people
        dialog = PersonDialog(self.ctx.errors, self.ctx.services.organizations.names(), None, self)
        dialog.set_saver(service.create)
        dialog.saved.connect(
            lambda created: self.record_created(
                service, created, self.tr("Add %1").replace("%1", created.item.display_name)
            )
        )
        self.open_dialog(dialog)

    def edit_record(self, record_id: int) -> None:
        service = self.ctx.services.people
        try:
            person = service.get(record_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        dialog = PersonDialog(
            self.ctx.errors, self.ctx.services.organizations.names(), person.to_draft(), self
        )
        dialog.set_saver(lambda draft: service.update(person.id, draft, person.version))
        self.resolve_conflicts_with(dialog, "people", person.id, service.get, service.update)
        dialog.saved.connect(
            lambda edited: self.record_edited(
                _save_person(self),
                edited,
                self.tr("Edit %1").replace("%1", edited.after.display_name),
            )
        )
        self.open_dialog(dialog)

    def extra_actions(self) -> list[QAction]:
        export = QAction(self.tr("Export Personal Data…"), self)
        export.triggered.connect(self.export_selected_person)
        erase = QAction(self.tr("Erase Completely…"), self)
        erase.triggered.connect(self.erase_selected_person)
        history = QAction(self.tr("Show History…"), self)
        history.triggered.connect(lambda: self.show_history("people"))
        return [history, export, erase]

    def export_selected_person(self) -> None:
        """Everything Convivio holds about one person, as a JSON file (a GDPR request)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        person = self.ctx.services.people.get(ids[0])
        path = self.ctx.prompter.choose_save_path(
            self.tr("Export personal data"),
            str(
                Path(self.ctx.settings.get(keys.LAST_DIRECTORY) or Path.home())
                / f"{person.display_name}.json"
            ),
            self.tr("JSON files (*.json)"),
        )
        if path is None:
            return
        try:
            self.ctx.services.privacy.write_export(person.id, path)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)

    def erase_selected_person(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        person = self.ctx.services.people.get(ids[0])
        question = self.tr(
            "Erase %1 completely? Their RSVPs, conversations, core candidacies, venue roles and "
            "history are erased too. This cannot be undone, and the undo history is cleared. "
            "Backups taken earlier still hold them until they rotate away."
        ).replace("%1", person.display_name)
        if not self.ctx.prompter.confirm(
            self.tr("Erase completely"), question, ok=self.tr("Erase"), destructive=True
        ):
            return
        try:
            changes = self.ctx.services.privacy.erase_person(person.id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        self.ctx.undo_stack.clear()  # older commands hold copies of the person's data
        self.ctx.bus.publish(changes)

    def delete_records(self, ids: list[int]) -> None:
        assert self.model is not None
        names = [p.display_name for i in ids if (p := self.model.item_by_id(i)) is not None]
        if len(ids) == 1 and names:
            question = self.tr(
                "Delete %1? Their RSVPs and conversations are deleted too. You can undo this."
            ).replace("%1", names[0])
            text = self.tr("Delete %1").replace("%1", names[0])
        else:
            question = self.tr(
                "Delete %n people? Their RSVPs and conversations are deleted too. "
                "You can undo this."
            ).replace("%n", labels.format_number(len(ids)))
            text = self.tr("Delete %n people").replace("%n", labels.format_number(len(ids)))
        self.confirm_and_delete(self.ctx.services.people, ids, question, text)


def _save_person(panel: PeoplePanel) -> Any:
    def save(dto: PersonDto, version: int) -> Any:
        return panel.ctx.services.people.update(dto.id, dto.to_draft(), version)

    return save
