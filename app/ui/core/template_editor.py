"""Write or edit a message template, with a menu to insert the placeholders Convivio can fill."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.core import PLACEHOLDERS
from app.services.followup_dto import TemplateDraft

from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.errors import ErrorPresenter

PLACEHOLDER_HELP = {
    "call_name": QT_TRANSLATE_NOOP("TemplateEditorDialog", "The name they like to be called"),
    "full_name": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Their whole name, in their own order"),
    "event_title": QT_TRANSLATE_NOOP("TemplateEditorDialog", "The event's title"),
    "event_date": QT_TRANSLATE_NOOP("TemplateEditorDialog", "The event's date, in its time zone"),
    "event_time": QT_TRANSLATE_NOOP(
        "TemplateEditorDialog", "The event's start time, in its time zone"
    ),
    "venue": QT_TRANSLATE_NOOP("TemplateEditorDialog", "Where the event happens"),
    "organizer_name": QT_TRANSLATE_NOOP(
        "TemplateEditorDialog", "Your name, as set in the message window"
    ),
}


class TemplateEditorDialog(RecordDialog):
    def __init__(
        self,
        errors: ErrorPresenter,
        draft: TemplateDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit template") if draft else self.tr("New template")
        super().__init__(title, errors, parent)
        self.name = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(220)
        self.insert = QComboBox()
        self.insert.addItem(self.tr("Insert a placeholder…"), "")
        for name in PLACEHOLDERS:
            help_text = self.tr(str(PLACEHOLDER_HELP[name]))  # i18n: noop
            self.insert.addItem(f"{{{name}}} — {help_text}", name)
        self.add_field(self.tr("&Name:"), self.name, "name")
        self.add_field(self.tr("&Subject:"), self.subject, "subject")
        self.add_field(self.tr("&Text:"), self.body, "body")
        self.add_field("", self.insert, "insert")
        self.setMinimumWidth(560)
        if draft is not None:
            self.name.setText(draft.name)
            self.subject.setText(draft.subject)
            self.body.setPlainText(draft.body)
        self.insert.activated.connect(self._on_insert_activated)
        self.name.setFocus()

    def draft(self) -> TemplateDraft:
        return TemplateDraft(self.name.text(), self.subject.text(), self.body.toPlainText())

    def _on_insert_activated(self, index: int) -> None:
        name = self.insert.itemData(index)
        if name:
            self.body.insertPlainText(f"{{{name}}}")
            self.body.setFocus()
        self.insert.setCurrentIndex(0)
