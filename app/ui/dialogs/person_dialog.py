"""Add or edit a person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from app.domain.enums import NameOrder
from app.domain.people import PersonDraft, parse_tags

from app.ui import labels
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.errors import ErrorPresenter
from app.ui.text_box import text_box


class PersonDialog(RecordDialog):
    def __init__(
        self,
        errors: ErrorPresenter,
        organizations: list[str],
        draft: PersonDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit person") if draft else self.tr("New person"), errors, parent)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.order = QComboBox()
        for order in NameOrder:
            self.order.addItem(labels.name_order(order), order.value)
        self.preferred = QLineEdit()
        self.preferred.setPlaceholderText(self.tr("What they like to be called"))
        self.pronouns = QLineEdit()
        self.emails = QLineEdit()
        self.emails.setPlaceholderText(self.tr("one or more, separated by commas"))
        self.phone = QLineEdit()
        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.addItem("")
        self.organization.addItems(organizations)
        completer = QCompleter(organizations, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.setCompleter(completer)
        self.job_title = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. core, speaker, investor"))
        self.how_we_met = QLineEdit()
        self.notes = text_box(4)

        self.add_field(self.tr("&Given name:"), self.given, "given_name")
        self.add_field(self.tr("&Family name:"), self.family, "family_name")
        self.add_field(self.tr("Name &order:"), self.order, "name_order")
        self.add_field(self.tr("&Preferred name:"), self.preferred, "preferred_name")
        self.add_field(self.tr("Pro&nouns:"), self.pronouns, "pronouns")
        self.add_field(self.tr("&E-mail:"), self.emails, "emails")
        self.add_field(self.tr("P&hone:"), self.phone, "phone")
        self.add_field(self.tr("Organi&zation:"), self.organization, "organization")
        self.add_field(self.tr("&Job title:"), self.job_title, "job_title")
        self.add_field(self.tr("&Tags:"), self.tags, "tags")
        self.add_field(self.tr("Ho&w we met:"), self.how_we_met, "how_we_met")
        self.add_field(self.tr("Notes:"), self.notes, "notes")
        self.setMinimumWidth(460)
        if draft is not None:
            self._fill(draft)
        self.given.setFocus()

    def _fill(self, draft: PersonDraft) -> None:
        self.given.setText(draft.given_name)
        self.family.setText(draft.family_name)
        self.order.setCurrentIndex(self.order.findData(draft.name_order.value))
        self.preferred.setText(draft.preferred_name)
        self.pronouns.setText(draft.pronouns)
        self.emails.setText(", ".join(draft.emails))
        self.phone.setText(draft.phone)
        self.organization.setCurrentText(draft.organization)
        self.job_title.setText(draft.job_title)
        self.tags.setText(", ".join(draft.tags))
        self.how_we_met.setText(draft.how_we_met)
        self.notes.setPlainText(draft.notes)

    def draft(self) -> PersonDraft:
        emails = tuple(e.strip() for e in self.emails.text().replace(";", ",").split(","))
        return PersonDraft(
            given_name=self.given.text(),
            family_name=self.family.text(),
            name_order=NameOrder(self.order.currentData()),
            preferred_name=self.preferred.text(),
            pronouns=self.pronouns.text(),
            emails=tuple(e for e in emails if e),
            phone=self.phone.text(),
            organization=self.organization.currentText(),
            job_title=self.job_title.text(),
            tags=tuple(parse_tags(self.tags.text())),
            notes=self.notes.toPlainText(),
            how_we_met=self.how_we_met.text(),
        )
