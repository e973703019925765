"""Undo for the calendar-invite area's one edit of its own: the organizer's name and e-mail.

Exports write files and note who received them; that can't be taken back (the files may be
sent already), so they push nothing. Imported replies change RSVPs through RsvpService and use
`commands.rsvps.push_outcome`.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app.domain.errors import ConvivioError
from app.services.shared_settings import SharedSettings, SharedSettingsService

from app.ui.commands.records import CommandContext


class SharedSettingsCommand(QUndoCommand):
    """Pushed already applied; undo saves the settings as they were, redo as they became."""

    def __init__(
        self,
        ctx: CommandContext,
        service: SharedSettingsService,
        before: SharedSettings,
        after: SharedSettings,
        text: str,
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._service = service
        self._before = before
        self._after = after
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._save(self._after)

    def undo(self) -> None:
        self._save(self._before)

    def _save(self, settings: SharedSettings) -> None:
        try:
            _before, _after, changes = self._service.save(settings)
        except ConvivioError as error:
            self.setObsolete(True)
            self._ctx.errors.present(error)
            return
        self._ctx.bus.publish(changes)
