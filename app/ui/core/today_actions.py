"""What "done" means for each kind of Today entry, and which template suits it.

Most entries are closed by logging a conversation. Thanking a venue partner for hosting is a
step of the partnership log instead: "done" opens the venue's step dialog on "thanked" for
that event, and undo takes the step out of the log again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.core import ConversationDraft
from app.domain.enums import Channel, CoreStage, PartnerStage
from app.domain.errors import ConvivioError
from app.services.followup_dto import FollowupItem, FollowupSource
from app.services.venue_dto import StepLogged

from app.ui.commands.core import PatchCommand
from app.ui.commands.venues import LogStepCommand, step_text
from app.ui.context import AppContext
from app.ui.core.conversation_dialog import ConversationDialog
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.dialogs.venue_step_dialog import VenueStepDialog
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
) -> RecordDialog | None:
    """A dialog logging the conversation (or the venue step) that closes `entry`; its saver
    does the right thing. None if the venue to thank is gone (the error was shown)."""
    item = entry.item
    if isinstance(item, FollowupItem) and item.source is FollowupSource.THANK_HOST:
        return thank_host_dialog(ctx, item, parent)
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


def thank_host_dialog(
    ctx: AppContext, item: FollowupItem, parent: QWidget | None = None
) -> VenueStepDialog | None:
    """The venue's step dialog on "thanked", about the event the host is thanked for."""
    assert item.venue_id is not None
    service = ctx.services.venues
    venue_id = item.venue_id
    try:
        venue = service.get(venue_id)
        events = service.history(venue_id)
    except ConvivioError as error:
        ctx.errors.present(error, parent)
        return None
    dialog = VenueStepDialog(
        ctx.errors, venue.name, venue.stage, events, PartnerStage.THANKED, item.event_id,
        parent=parent,
    )  # fmt: skip
    dialog.set_saver(lambda draft: service.log_step(venue_id, draft))
    return dialog


def push_done(ctx: AppContext, outcome: Any, entry: TodayEntry, text: str) -> None:
    """Put what a done dialog saved on the undo stack (`text` names it, unless it was a venue
    step: "Log “thanked” for Factory") and tell every view."""
    if isinstance(outcome, StepLogged):
        text = step_text(entry.title, outcome.step)
        command: Any = LogStepCommand(ctx, ctx.services.venues, outcome, text)
    else:
        command = PatchCommand(ctx, ctx.services.followups.revert, outcome, text)
    ctx.undo_stack.push(command)
    ctx.bus.publish(outcome.changes)


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
