"""Add or edit an organization."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.domain.enums import OrganizationKind
from app.domain.people import OrganizationDraft

from app.ui import labels
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.errors import ErrorPresenter
from app.ui.text_box import text_box


class OrganizationDialog(RecordDialog):
    def __init__(
        self,
        errors: ErrorPresenter,
        draft: OrganizationDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit organization") if draft else self.tr("New organization")
        super().__init__(title, errors, parent)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in OrganizationKind:
            self.kind.addItem(labels.organization_kind(kind), kind.value)
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://")
        self.notes = text_box(4.5)
        self.add_field(self.tr("&Name:"), self.name, "name")
        self.add_field(self.tr("&Kind:"), self.kind, "kind")
        self.add_field(self.tr("&Website:"), self.website, "website")
        self.add_field(self.tr("Notes:"), self.notes, "notes")
        self.setMinimumWidth(420)
        if draft is not None:
            self.name.setText(draft.name)
            self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
            self.website.setText(draft.website)
            self.notes.setPlainText(draft.notes)
        self.name.setFocus()

    def draft(self) -> OrganizationDraft:
        return OrganizationDraft(
            name=self.name.text(),
            kind=OrganizationKind(self.kind.currentData()),
            website=self.website.text(),
            notes=self.notes.toPlainText(),
        )
