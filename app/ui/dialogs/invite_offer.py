"""After an event was saved: offer to send calendars what changed.

Calendars only move an event when they receive a message with a higher SEQUENCE, so a new
time or place, a cancellation or a reinstated event should reach every guest who holds an
invitation. The events panel calls `offer_updates` after every successful edit; it asks only
when invitations were sent before and something they show has changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.enums import EventStatus
from app.domain.errors import ConvivioError
from app.services.dto import Edited, EventDto
from app.services.invite_dto import InviteMode

from app.ui import labels
from app.ui.context import AppContext
from app.ui.dialogs.invites_dialog import InvitesDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("invite_offer", text)


def _count(n: int, one: str, many: str) -> str:
    return labels.count("invite_offer", n, one, many)


def offer_updates(
    ctx: AppContext, edited: Edited[EventDto], parent: QWidget | None = None
) -> InvitesDialog | None:
    """Ask whether to export updated invitations (or cancellations) and open the Calendar
    Invites dialog preselected for them; returns the dialog shown, else None."""
    before, after = edited.before, edited.after
    was_cancelled = before.status is EventStatus.CANCELLED
    is_cancelled = after.status is EventStatus.CANCELLED
    if not (is_cancelled != was_cancelled or after.sequence > before.sequence):
        return None
    try:
        summary = ctx.services.invites.summary(after.id)
    except ConvivioError as error:
        ctx.errors.present(error, parent)
        return None
    title = after.title
    if is_cancelled:
        if summary.cancel == 0:
            return None
        mode = InviteMode.CANCEL
        question = _count(
            summary.cancel,
            "“%1” is cancelled. %n guest received a calendar invitation. Export a cancellation "
            "so the event leaves their calendar?",
            "“%1” is cancelled. %n guests received a calendar invitation. Export cancellations "
            "so the event leaves their calendars?",
        )
        ok = _tr("Export Cancellations…")
    else:
        if summary.outdated == 0:
            return None
        mode = InviteMode.UPDATES
        if was_cancelled:
            question = _count(
                summary.outdated,
                "“%1” is back on. %n guest was sent a cancellation. Export the invitation again?",
                "“%1” is back on. %n guests were sent a cancellation. Export the invitations "
                "again?",
            )
        else:
            question = _count(
                summary.outdated,
                "You changed the time, date or place of “%1”. %n guest has an invitation with "
                "the old details. Export an updated invitation?",
                "You changed the time, date or place of “%1”. %n guests have an invitation "
                "with the old details. Export updated invitations?",
            )
        ok = _tr("Export Updates…")
    if not ctx.prompter.confirm(_tr("Calendar Invites"), question.replace("%1", title), ok=ok):
        return None
    dialog = InvitesDialog(ctx, after.id, parent, mode=mode)
    dialog.show()
    return dialog
