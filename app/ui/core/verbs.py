"""Each user verb on an event's core: a service call, an undo command, a bus message.

Kept apart from the panel so the panel only arranges widgets and tracks the current card.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.domain.core import suggested_follow_up
from app.domain.enums import CoreStage, EventStatus
from app.domain.events import to_local
from app.services.core_dto import CandidateDto
from app.services.dto import EventDto

from app.ui import labels
from app.ui.commands.core import AddCandidatesCommand, PatchCommand
from app.ui.commands.records import DeleteRecordsCommand, EditRecordCommand
from app.ui.context import AppContext
from app.ui.core import words
from app.ui.core.announce_gate import confirm_announce
from app.ui.core.conversation_dialog import ConversationDialog


class CoreVerbs(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget, select: Callable[[int], None]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._select = select

    def _fail(self, error: Exception) -> None:
        self.ctx.errors.present(error, self._parent)

    def add_people(self, event_id: int, person_ids: list[int]) -> None:
        core = self.ctx.services.core
        try:
            added = core.add(event_id, person_ids)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self._fail(error)
            return
        text = (
            self.tr("Add %1 to the core").replace("%1", added.items[0].display_name)
            if len(added.items) == 1
            else labels.count("CoreVerbs", len(added.items), "Add %n person", "Add %n people")
        )
        self.ctx.undo_stack.push(AddCandidatesCommand(self.ctx, core, added, text))
        self.ctx.bus.publish(added.changes)
        self._select(added.items[0].id)

    def remove(self, card: CandidateDto) -> None:
        question = self.tr(
            "Take %1 off this event's core list? Your conversations stay in their history. "
            "You can undo this."
        ).replace("%1", card.display_name)
        if not self.ctx.prompter.confirm(
            self.tr("Remove from core"), question, ok=self.tr("Remove"), destructive=True
        ):
            return
        core = self.ctx.services.core
        try:
            removed = core.delete([card.id])
        except Exception as error:  # noqa: BLE001 - shown to the user
            self._fail(error)
            return
        text = self.tr("Remove %1 from the core").replace("%1", card.display_name)
        self.ctx.undo_stack.push(DeleteRecordsCommand(self.ctx, core, removed, text))
        self.ctx.bus.publish(removed.changes)

    def move_dialog(
        self, card: CandidateDto, event: EventDto, stage: CoreStage, index: int | None
    ) -> ConversationDialog:
        """Asks how it went (channel, note, next follow-up); saving moves the card."""
        today = date.today()
        intro = (
            self.tr("Move %1 from “%2” to “%3”.")
            .replace("%1", card.display_name)
            .replace("%2", words.stage(card.stage))
            .replace("%3", words.stage(stage))
        )
        event_day = to_local(event.starts_at, event.timezone).date()
        dialog = ConversationDialog(
            self.tr("Move to %1").replace("%1", words.stage(stage)),
            intro,
            self.ctx.errors,
            today=today,
            follow_up=suggested_follow_up(stage, today, event_day),
            ok_text=self.tr("&Move"),
            parent=self._parent,
        )
        core = self.ctx.services.core
        dialog.set_saver(
            lambda draft: core.move(
                card.id, stage, draft, index=index, expected_version=card.version
            )
        )
        dialog.saved.connect(lambda moved: self._moved(moved, card.display_name, stage))
        return dialog

    def _moved(self, moved: Any, name: str, stage: CoreStage) -> None:
        text = self.tr("Move %1 to “%2”").replace("%1", name).replace("%2", words.stage(stage))
        self.ctx.undo_stack.push(PatchCommand(self.ctx, self.ctx.services.core.revert, moved, text))
        self.ctx.bus.publish(moved.changes)
        self._select(moved.candidate.id)

    def reorder(self, candidate_id: int, row: int) -> None:
        core = self.ctx.services.core
        try:
            outcome = core.reorder(candidate_id, row)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self._fail(error)
            return
        if outcome.patch:
            self.ctx.undo_stack.push(
                PatchCommand(self.ctx, core.revert, outcome, self.tr("Reorder the core board"))
            )
            self.ctx.bus.publish(outcome.changes)
        self._select(candidate_id)

    def set_target(self, event_id: int, target: int | None) -> bool:
        """False if it could not be set (the error was shown)."""
        core = self.ctx.services.core
        try:
            outcome = core.set_target(event_id, target)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self._fail(error)
            return False
        if outcome.patch:
            text = (
                self.tr("Set the core target to %1").replace("%1", labels.format_number(target))
                if target is not None
                else self.tr("Remove the core target")
            )
            command = PatchCommand(
                self.ctx, core.revert, outcome, text, merge_key=("target", event_id)
            )
            self.ctx.undo_stack.push(command)
            self.ctx.bus.publish(outcome.changes)
        return True

    def announce(self, event: EventDto) -> None:
        """Set the event to announced, after the ready-to-announce gate."""
        if not confirm_announce(self.ctx, event.id, event.title):
            return
        events = self.ctx.services.events
        try:
            edited = events.set_status(event.id, EventStatus.ANNOUNCED)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self._fail(error)
            return

        def save(dto: EventDto, version: int) -> Any:
            return events.update(dto.id, dto.to_draft(), version, check_status=False)

        text = self.tr("Announce “%1”").replace("%1", event.title)
        self.ctx.undo_stack.push(EditRecordCommand(self.ctx, save, edited, text))
        self.ctx.bus.publish(edited.changes)
