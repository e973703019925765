"""Asks for the organizer's name and e-mail before the first calendar invitations go out.

Calendars send their answers to the ORGANIZER address, so an invitation without one is
useless. The values are shared settings (everyone on the database sees them); the save is
one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.domain.errors import ValidationError
from app.services.shared_settings import SharedSettings

from app.ui.commands.invites import SharedSettingsCommand
from app.ui.context import AppContext
from app.ui.dialogs.record_dialog import RecordDialog


@dataclass(frozen=True)
class OrganizerDraft:
    """The shared settings with the organizer's e-mail required."""

    settings: SharedSettings

    def validated(self) -> SharedSettings:
        if not self.settings.organizer_email.strip():
            raise ValidationError(
                "organizer_email", "Enter the e-mail address where answers should go."
            )
        return self.settings.validated()


class OrganizerDialog(RecordDialog):
    """Signals (from RecordDialog):
    saved(object): (before, after, changes) of the stored settings; already on the undo stack.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Who sends the invitations?"), ctx.errors, parent)
        self.ctx = ctx
        self._current = ctx.services.settings.get()
        intro = QLabel(
            self.tr(
                "Calendar invitations name an organizer, and guests' calendars send their "
                "answers to the organizer's e-mail address. Everyone using this database "
                "shares this setting."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.name = QLineEdit(self._current.organizer_name)
        self.name.setPlaceholderText(self.tr("e.g. Alex Morgan"))
        self.email = QLineEdit(self._current.organizer_email)
        self.email.setPlaceholderText(self.tr("e.g. alex@example.org"))
        self.add_field(self.tr("&Name:"), self.name, "organizer_name")
        self.add_field(self.tr("&E-mail:"), self.email, "organizer_email")
        self.setMinimumWidth(460)
        self.set_saver(self._store)
        (self.email if self._current.organizer_name else self.name).setFocus()

    def draft(self) -> OrganizerDraft:
        return OrganizerDraft(
            replace(
                self._current, organizer_name=self.name.text(), organizer_email=self.email.text()
            )
        )

    def _store(self, validated: SharedSettings) -> object:
        settings = self.ctx.services.settings
        before, after, changes = settings.save(validated)
        self.ctx.undo_stack.push(
            SharedSettingsCommand(self.ctx, settings, before, after, self.tr("Set the organizer"))
        )
        self.ctx.bus.publish(changes)
        return before, after, changes
