"""Undo for the venue partnership log: logging a step, removing one, ticking off a follow-up.

Venues themselves use the record commands (create, edit, delete) of `records.py`. Like those,
these commands are pushed already applied and go back through `VenueService`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.changes import Changes
from app.services.venue_dto import StepLogged, StepRemoved, VenueStepDto

from app.ui import venue_labels
from app.ui.commands.records import CommandContext, _ServiceCommand

if TYPE_CHECKING:
    from app.services.venues import VenueService


def _tr(text: str) -> str:
    return QCoreApplication.translate("venue_commands", text)


class LogStepCommand(_ServiceCommand):
    """Undo takes the step out of the log (reopening the follow-ups it closed); redo puts the
    same step back, with its id."""

    def __init__(
        self, ctx: CommandContext, service: VenueService, logged: StepLogged, text: str
    ) -> None:
        super().__init__(ctx, text)
        self._service = service
        self._step_id = logged.step.id
        self._closed = logged.closed
        self._removed: StepRemoved | None = None

    def _undo(self) -> Changes:
        self._removed = self._service.remove_step(self._step_id, reopen=self._closed)
        return self._removed.changes

    def _do(self) -> Changes:
        assert self._removed is not None
        return self._service.restore_step(self._removed).changes


class RemoveStepCommand(_ServiceCommand):
    """Undo puts a removed step back with its id; redo removes it again."""

    def __init__(
        self, ctx: CommandContext, service: VenueService, removed: StepRemoved, text: str
    ) -> None:
        super().__init__(ctx, text)
        self._service = service
        self._removed = removed

    def _undo(self) -> Changes:
        return self._service.restore_step(self._removed).changes

    def _do(self) -> Changes:
        (step_id,) = self._removed.tombstone.ids
        self._removed = self._service.remove_step(step_id, reopen=self._removed.reopened)
        return self._removed.changes


class FollowUpDoneCommand(_ServiceCommand):
    """Ticking off (or reopening) a logged follow-up, e.g. from a Today view."""

    def __init__(
        self, ctx: CommandContext, service: VenueService, before: VenueStepDto, text: str
    ) -> None:
        super().__init__(ctx, text)
        self._service = service
        self._step_id = before.id
        self._was_done = before.follow_up_done_at is not None

    def _undo(self) -> Changes:
        return self._service.set_follow_up_done(self._step_id, self._was_done).changes

    def _do(self) -> Changes:
        return self._service.set_follow_up_done(self._step_id, not self._was_done).changes


def step_text(venue: str, step: VenueStepDto) -> str:
    """The Edit menu's label for logging a step: "Log “thanked” for Factory"."""
    return (
        _tr("Log “%1” for %2")
        .replace("%1", venue_labels.stage(step.stage_to).lower())
        .replace("%2", venue)
    )
