"""Write to someone from a template: fill it, adjust it, copy it or open it in the mail program.

Sending (copying or mailing) logs the ask as a conversation, undoably; when the person is
still "to ask" on the event's core, sending can move them to "asked" in the same step.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.core import ConversationDraft
from app.domain.enums import Channel, CoreStage
from app.domain.errors import DomainError, ValidationError
from app.services.changes import Changes, Kind
from app.services.core_dto import CandidateDto
from app.services.followup_dto import FilledMessage, TemplateDto

from app.ui.commands.core import PatchCommand
from app.ui.commands.records import CreateRecordCommand, DeleteRecordsCommand, EditRecordCommand
from app.ui.context import AppContext
from app.ui.core import words
from app.ui.core.template_editor import TemplateEditorDialog
from app.ui.focus import buttons_last
from app.ui.messages import error_text


class TemplateDialog(QDialog):
    """Signals:
    ask_logged(): a message was copied or mailed, and logged.
    """

    ask_logged = Signal()
    open_url = staticmethod(QDesktopServices.openUrl)
    """How mailto: links are opened (tests put a recorder here)."""

    def __init__(
        self,
        ctx: AppContext,
        person_id: int,
        event_id: int | None,
        *,
        heading: str = "",
        candidate: CandidateDto | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.event_id = event_id
        self.candidate = candidate
        self._message: FilledMessage | None = None
        self._editor: TemplateEditorDialog | None = None
        self.setWindowTitle(self.tr("Write a message"))
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.new_button = QPushButton(self.tr("&New…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.signed = QLineEdit(ctx.services.templates.organizer_name())
        self.signed.setPlaceholderText(self.tr("Your name, to sign messages"))
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(220)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("errorLabel")
        self.problem.setStyleSheet(f"color: {words.overdue().name()}; font-weight: bold;")
        self.problem.hide()
        self.move_to_asked = QCheckBox(self.tr("Move them to “Asked” on the core board"))
        asking = candidate is not None and candidate.stage is CoreStage.TO_ASK
        self.move_to_asked.setVisible(asking)
        self.move_to_asked.setChecked(asking)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy text"))
        self.mail_button = QPushButton(self.tr("Open in &mail program"))
        self.copy_button.setDefault(True)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)

        chooser = QHBoxLayout()
        chooser.addWidget(self.template, 1)
        for button in (self.edit_button, self.new_button, self.delete_button):
            chooser.addWidget(button)
        template_label = QLabel(self.tr("&Template:"))
        template_label.setBuddy(self.template)
        form = QFormLayout()
        form.addRow(template_label, chooser)
        form.addRow(self.tr("S&igned:"), self.signed)
        form.addRow("", self.problem)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("Messa&ge:"), self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.move_to_asked)
        layout.addWidget(self.buttons)
        buttons_last(self, self.buttons)
        self.resize(620, 520)
        self._connect_signals()
        self.reload_templates()

    def _connect_signals(self) -> None:
        self.template.currentIndexChanged.connect(self.refill)
        self.signed.editingFinished.connect(self._on_signed_edited)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.mail_button.clicked.connect(self._on_mail_clicked)
        self.buttons.rejected.connect(self.reject)
        self.ctx.bus.changed.connect(self._on_bus_changed)

    # -- templates -----------------------------------------------------------------------------

    def current_template(self) -> TemplateDto | None:
        value = self.template.currentData()
        return value if isinstance(value, TemplateDto) else None

    def select_template(self, key: str) -> None:
        for row in range(self.template.count()):
            if self.template.itemData(row).key == key:
                self.template.setCurrentIndex(row)
                return

    def reload_templates(self, select_id: int | None = None) -> None:
        current = self.current_template()
        wanted = select_id if select_id is not None else current.id if current else None
        self.template.blockSignals(True)
        self.template.clear()
        for template in self.ctx.services.templates.list_all():
            self.template.addItem(template.name, template)
            if template.id == wanted:
                self.template.setCurrentIndex(self.template.count() - 1)
        self.template.blockSignals(False)
        has = self.template.count() > 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.refill()

    def refill(self, *_args: Any) -> None:
        """Fill the chosen template; a placeholder that can't be filled is said in words."""
        template = self.current_template()
        self._message = None
        if template is not None:
            try:
                self._message = self.ctx.services.templates.fill(
                    template.id, self.person_id, self.event_id, words.QLocaleWhenFormat()
                )
            except ValidationError as error:
                self.problem.setText(self._problem_text(error))
            except DomainError as error:
                self.problem.setText(error_text(error))
        ok = self._message is not None
        self.problem.setVisible(not ok and template is not None)
        if self._message is not None:
            self.subject.setText(self._message.subject)
            self.body.setPlainText(self._message.body)
        else:
            # The template as written, to read while fixing what's missing; never sent as is.
            self.subject.setText(template.subject if template else "")
            self.body.setPlainText(template.body if template else "")
        for box in (self.subject, self.body):
            box.setReadOnly(not ok)
            box.setEnabled(ok)
        self.copy_button.setEnabled(ok)
        self.mail_button.setEnabled(ok and bool(self._message and self._message.to))
        self.mail_button.setToolTip(
            "" if self._message is None or self._message.to else self.tr("No e-mail address known")
        )

    def _problem_text(self, error: ValidationError) -> str:
        if error.field == "organizer_name":
            return self.tr("Type your name under “Signed”: this template signs with it.")
        return error_text(error)

    def message(self) -> FilledMessage | None:
        """The filled message with the user's own edits."""
        if self._message is None:
            return None
        return replace(self._message, subject=self.subject.text(), body=self.body.toPlainText())

    # -- sending -------------------------------------------------------------------------------

    def _send(self, channel: Channel) -> None:
        message = self.message()
        if message is None:
            return
        note = self.tr("Sent “%1”").replace("%1", message.template_name)
        try:
            if self.move_to_asked.isVisible() and self.move_to_asked.isChecked():
                assert self.candidate is not None
                draft = ConversationDraft(channel, note)
                core = self.ctx.services.core
                outcome: Any = core.move(self.candidate.id, CoreStage.ASKED, draft)
                revert = core.revert
                self.move_to_asked.hide()
            else:
                templates = self.ctx.services.templates
                outcome = templates.log_ask(message, channel, note=note)
                revert = templates.revert
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self)
            return
        text = self.tr("Send “%1”").replace("%1", message.template_name)
        self.ctx.undo_stack.push(PatchCommand(self.ctx, revert, outcome, text))
        self.ctx.bus.publish(outcome.changes)
        self.ask_logged.emit()

    def _on_copy_clicked(self) -> None:
        message = self.message()
        if message is not None:
            QGuiApplication.clipboard().setText(message.body)
            self._send(Channel.MESSAGE)

    def _on_mail_clicked(self) -> None:
        message = self.message()
        if message is not None and message.to:
            type(self).open_url(QUrl(message.mailto))
            self._send(Channel.EMAIL)

    def _on_signed_edited(self) -> None:
        service = self.ctx.services.templates
        if self.signed.text().strip() == service.organizer_name():
            return
        try:
            outcome = service.set_organizer_name(self.signed.text())
        except DomainError as error:
            self.ctx.errors.present(error, self)
            return
        if outcome.patch:
            text = self.tr("Sign messages as %1").replace("%1", self.signed.text().strip())
            self.ctx.undo_stack.push(PatchCommand(self.ctx, service.revert, outcome, text))
            self.ctx.bus.publish(outcome.changes)

    # -- template management ------------------------------------------------------------------

    def _open_editor(self, editor: TemplateEditorDialog) -> None:
        editor.setWindowModality(editor.windowModality().WindowModal)
        editor.show()
        self._editor = editor

    def _on_edit_clicked(self) -> None:
        template = self.current_template()
        if template is None:
            return
        service = self.ctx.services.templates
        editor = TemplateEditorDialog(self.ctx.errors, template.to_draft(), self)
        editor.set_saver(lambda draft: service.update(template.id, draft, template.version))
        editor.saved.connect(self._on_template_edited)
        self._open_editor(editor)

    def _on_template_edited(self, edited: Any) -> None:
        service = self.ctx.services.templates

        def save(dto: TemplateDto, version: int) -> Any:
            return service.update(dto.id, dto.to_draft(), version)

        text = self.tr("Edit template “%1”").replace("%1", edited.after.name)
        self.ctx.undo_stack.push(EditRecordCommand(self.ctx, save, edited, text))
        self.ctx.bus.publish(edited.changes)

    def _on_new_clicked(self) -> None:
        editor = TemplateEditorDialog(self.ctx.errors, None, self)
        editor.set_saver(self.ctx.services.templates.create)
        editor.saved.connect(self._on_template_created)
        self._open_editor(editor)

    def _on_template_created(self, created: Any) -> None:
        service = self.ctx.services.templates
        text = self.tr("Add template “%1”").replace("%1", created.item.name)
        self.ctx.undo_stack.push(CreateRecordCommand(self.ctx, service, created, text))
        self.ctx.bus.publish(created.changes)
        self.reload_templates(created.item.id)

    def _on_delete_clicked(self) -> None:
        template = self.current_template()
        if template is None:
            return
        question = self.tr("Delete the template “%1”? You can undo this.").replace(
            "%1", template.name
        )
        if not self.ctx.prompter.confirm(
            self.tr("Delete template"), question, ok=self.tr("Delete"), destructive=True
        ):
            return
        service = self.ctx.services.templates
        try:
            removed = service.delete([template.id])
        except DomainError as error:
            self.ctx.errors.present(error, self)
            return
        text = self.tr("Delete template “%1”").replace("%1", template.name)
        self.ctx.undo_stack.push(DeleteRecordsCommand(self.ctx, service, removed, text))
        self.ctx.bus.publish(removed.changes)

    def _on_bus_changed(self, changes: Changes) -> None:
        if changes.affects(Kind.TEMPLATE):
            self.reload_templates()
        elif changes.affects(Kind.SETTING):
            self.signed.setText(self.ctx.services.templates.organizer_name())
            self.refill()
