"""Undo for creating, editing and deleting any kind of record.

Commands are pushed already applied (the service call happened first, so an error never leaves
a half-done command on the stack); their first redo() does nothing. Later undo and redo go
through the same services. If a teammate changed the record meanwhile, the service raises
ConflictError: the command tells the user and marks itself obsolete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from app.domain.errors import ConvivioError
from app.services.changes import Changes
from app.services.dto import Created, Edited, Removed, Tombstone

from app.ui.change_bus import ChangeBus
from app.ui.errors import ErrorPresenter

T = TypeVar("T")


class RecordService(Protocol):
    def delete(self, ids: Any) -> Removed: ...
    def undelete(self, tombstone: Tombstone) -> Changes: ...


class CommandContext(Protocol):
    bus: ChangeBus
    errors: ErrorPresenter
    record_versions: dict[tuple[str, int], int]


class _ServiceCommand(QUndoCommand):
    def __init__(self, ctx: CommandContext, text: str) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            changes = step()
        except ConvivioError as error:
            self.setObsolete(True)
            self._ctx.errors.present(error)
            return
        self._ctx.bus.publish(changes)

    def _do(self) -> Changes:
        raise NotImplementedError

    def _undo(self) -> Changes:
        raise NotImplementedError


class CreateRecordCommand(_ServiceCommand, Generic[T]):
    """Undo deletes the new record (keeping a copy); redo puts the same record back."""

    def __init__(
        self, ctx: CommandContext, service: RecordService, created: Created[T], text: str
    ) -> None:
        super().__init__(ctx, text)
        self._service = service
        self._id = int(getattr(created.item, "id"))  # noqa: B009
        self._tombstone: Tombstone | None = None

    def _undo(self) -> Changes:
        removed = self._service.delete([self._id])
        self._tombstone = removed.tombstone
        return removed.changes

    def _do(self) -> Changes:
        assert self._tombstone is not None
        return self._service.undelete(self._tombstone)


class EditRecordCommand(_ServiceCommand, Generic[T]):
    """Undo saves the earlier values, redo the later ones, each checking the version.

    The version expected is the one this window last wrote for the record (shared by all its
    commands through `ctx.record_versions`), so undoing two edits of one record in a row
    works, while a teammate's newer save still makes the undo refuse with a conflict.
    """

    def __init__(
        self,
        ctx: CommandContext,
        save: Callable[[T, int], Edited[T]],
        edited: Edited[T],
        text: str,
    ) -> None:
        super().__init__(ctx, text)
        self._save = save
        self._before = edited.before
        self._after = edited.after
        self._key = (type(edited.after).__name__, int(getattr(edited.after, "id")))  # noqa: B009
        self._version = int(getattr(edited.after, "version"))  # noqa: B009
        ctx.record_versions[self._key] = self._version

    def _apply(self, values: T) -> Changes:
        expected = self._ctx.record_versions.get(self._key, self._version)
        result = self._save(values, expected)
        self._version = int(getattr(result.after, "version"))  # noqa: B009
        self._ctx.record_versions[self._key] = self._version
        return result.changes

    def _undo(self) -> Changes:
        return self._apply(self._before)

    def _do(self) -> Changes:
        return self._apply(self._after)


class DeleteRecordsCommand(_ServiceCommand):
    """Undo brings the rows (and everything deleted with them) back with the same ids."""

    def __init__(
        self, ctx: CommandContext, service: RecordService, removed: Removed, text: str
    ) -> None:
        super().__init__(ctx, text)
        self._service = service
        self._tombstone = removed.tombstone

    def _undo(self) -> Changes:
        return self._service.undelete(self._tombstone)

    def _do(self) -> Changes:
        removed = self._service.delete(self._tombstone.ids)
        self._tombstone = removed.tombstone
        return removed.changes
