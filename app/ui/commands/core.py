"""Undo for the core and follow-ups: patches for moves and logs, snapshots for adding people.

Like the record commands, these are pushed already applied; undo and redo go back through the
services, and a ConflictError (someone changed the rows since) makes the command obsolete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from app.services.changes import Changes
from app.services.core_dto import CandidatesAdded, Patch, Patched
from app.services.dto import Tombstone

from app.ui.commands.records import CommandContext, _ServiceCommand

if TYPE_CHECKING:
    from app.services.core import CoreService

TARGET_COMMAND_ID = 7301
"""Consecutive target changes of one event merge into one undo step (spin box clicks)."""


class PatchCommand(_ServiceCommand):
    """Undo and redo a change recorded as a row patch: each revert returns the next patch."""

    def __init__(
        self,
        ctx: CommandContext,
        revert: Callable[[Patch], Patched],
        outcome: Patched,
        text: str,
        *,
        merge_key: object = None,
    ) -> None:
        super().__init__(ctx, text)
        self._revert = revert
        self._patch = outcome.patch
        self._merge_key = merge_key

    def _undo(self) -> Changes:
        result = self._revert(self._patch)
        self._patch = result.patch
        return result.changes

    def _do(self) -> Changes:
        return self._undo()

    def id(self) -> int:
        return TARGET_COMMAND_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PatchCommand) or other._merge_key != self._merge_key:
            return False
        # Reverting the merged patch undoes the later change first, then this one.
        self._patch = Patch(self._patch.rows + other._patch.rows)
        self.setText(other.text())
        return True


class AddCandidatesCommand(_ServiceCommand):
    """Undo takes the added people off the list (keeping a copy); redo puts them back."""

    def __init__(
        self, ctx: CommandContext, service: CoreService, added: CandidatesAdded, text: str
    ) -> None:
        super().__init__(ctx, text)
        self._service = service
        self._ids = tuple(c.id for c in added.items)
        self._tombstone: Tombstone | None = None

    def _undo(self) -> Changes:
        removed = self._service.delete(self._ids)
        self._tombstone = removed.tombstone
        return removed.changes

    def _do(self) -> Changes:
        assert self._tombstone is not None
        return self._service.undelete(self._tombstone)
