"""Undo for the RSVP area: every guest-list change, check-ins and walk-ins, and imports.

Like the record commands, these are pushed already applied; undo and redo go back through the
services. An RSVP change carries the revision its service call returned: reverting it gives
the revision of the revert, so undo and redo alternate through the same service method. An
import's undo removes what it created and restores what it updated; its redo runs the same
import again (matching finds the same people, so nothing is duplicated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.changes import Changes
from app.services.rsvp_dto import RsvpOutcome

from app.ui.commands.records import CommandContext, _ServiceCommand
from app.ui.context import AppContext

if TYPE_CHECKING:  # the services load SQLAlchemy; the window opens before the database
    from app.services.guest_import import GuestImportService
    from app.services.guest_import_dto import ImportRequest, ImportResult
    from app.services.rsvps import RsvpService


_Command = _ServiceCommand  # pushed already applied; undo/redo through the services


class RsvpCommand(_Command):
    """Any change made through RsvpService: answers, guests, offers, check-ins, walk-ins."""

    def __init__(
        self, ctx: CommandContext, service: RsvpService, outcome: RsvpOutcome, text: str
    ) -> None:
        super().__init__(ctx, text)
        self._service = service
        self._revision = outcome.revision
        self.rsvp_ids = outcome.rsvp_ids

    def _undo(self) -> Changes:
        result = self._service.revert(self._revision, "undo")
        self._revision = result.revision
        return result.changes

    def _do(self) -> Changes:
        result = self._service.revert(self._revision, "redo")
        self._revision = result.revision
        return result.changes


class ImportCommand(_Command):
    """Undo takes an import back; redo imports the same guests again."""

    def __init__(
        self,
        ctx: CommandContext,
        service: GuestImportService,
        request: ImportRequest,
        result: ImportResult,
        text: str,
    ) -> None:
        super().__init__(ctx, text)
        self._service = service
        self._request = request
        self._undo_data = result.undo

    def _undo(self) -> Changes:
        if self._undo_data is None:
            return Changes()
        return self._service.undo(self._undo_data)

    def _do(self) -> Changes:
        result = self._service.run(self._request)
        self._undo_data = result.undo
        return result.changes


def push_outcome(ctx: AppContext, outcome: RsvpOutcome | list[RsvpOutcome], text: str) -> bool:
    """Push applied changes as one undo step and tell every view; False when nothing changed."""
    outcomes = [o for o in (outcome if isinstance(outcome, list) else [outcome]) if o.changes]
    if not outcomes:
        return False
    rsvps = ctx.services.rsvps
    one = outcomes[0] if len(outcomes) == 1 else rsvps.combine(outcomes)
    ctx.undo_stack.push(RsvpCommand(ctx, rsvps, one, text))
    ctx.bus.publish(one.changes)
    return True
