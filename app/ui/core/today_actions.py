"""What "done" means for each kind of Today entry, and which template suits it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.core import ConversationDraft
from app.domain.enums import Channel, CoreStage
from app.services.followup_dto import FollowupItem

from app.ui.context import AppContext
from app.ui.core.conversation_dialog import ConversationDialog
from app.ui.models.core_today import EntryKind, TodayEntry


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayActions", text)


INTROS = {
    EntryKind.FOLLOW_UP: QT_TRANSLATE_NOOP("TodayActions", "Follow up with %1."),
    EntryKind.WAITING: QT_TRANSLATE_NOOP("TodayActions", "Nudge %1 about their answer."),
    EntryKind.KEEP_IN_TOUCH: QT_TRANSLATE_NOOP("TodayActions", "Catch up with %1."),
    EntryKind.CAME: QT_TRANSLATE_NOOP("TodayActions", "Thank %1 for coming."),
    EntryKind.MISSED: QT_TRANSLATE_NOOP("TodayActions", "Check in with %1, who missed it."),
}


def done_dialog(
    ctx: AppContext, entry: TodayEntry, today: date, parent: QWidget | None = None
) -> ConversationDialog:
    """A dialog logging the conversation that closes `entry`; its saver does the right thing."""
    intro = _tr(str(INTROS.get(entry.kind, "%1"))).replace("%1", entry.title)  # i18n: noop
    channel = Channel.MESSAGE
    if isinstance(entry.item, FollowupItem):
        try:
            channel = Channel(entry.item.channel)
        except ValueError:
            channel = Channel.MESSAGE
    dialog = ConversationDialog(
        _tr("Mark done"),
        intro,
        ctx.errors,
        today=today,
        channel=channel,
        ok_text=_tr("&Done"),
        parent=parent,
    )
    followups = ctx.services.followups

    def save(draft: ConversationDraft) -> Any:
        if isinstance(entry.item, FollowupItem):
            return followups.mark_done(entry.item, draft)
        assert entry.person_id is not None
        event = None if entry.kind is EntryKind.KEEP_IN_TOUCH else entry.event_id
        return followups.log(entry.person_id, event, draft)

    dialog.set_saver(save)
    return dialog


def template_for(entry: TodayEntry) -> str:
    """The key of the message template that fits the entry best."""
    if entry.kind is EntryKind.CAME:
        return "thank-you"
    if entry.kind is EntryKind.WAITING:
        return "no-answer-follow-up"
    if entry.kind is EntryKind.FOLLOW_UP and entry.event_id is not None:
        stage = getattr(entry.item, "stage", None)
        return "no-answer-follow-up" if stage is CoreStage.ASKED else "hard-ask"
    return "informational-interview"
