"""The ready-to-announce gate, for whoever changes an event's status to "announced".

`confirm_announce` asks the user when committed+confirmed is below the core target;
`guard_announce` wraps an event dialog's saver so the question comes before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from app.domain.core import Gate
from app.domain.enums import EventStatus
from app.domain.errors import DomainError

from app.ui import labels
from app.ui.context import AppContext

T = TypeVar("T")


class AnnounceCancelled(DomainError):
    """The user chose not to announce an event whose core isn't complete."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("announce", text)


def gate_question(gate: Gate, title: str) -> str:
    missing = labels.count(
        "announce", gate.missing, "%n more person is missing.", "%n more people are missing."
    )
    return (
        _tr("Only %1 of the %2 core people for “%3” have committed: %4\n\nAnnounce it anyway?")
        .replace("%1", labels.format_number(gate.counted))
        .replace("%2", labels.format_number(gate.target or 0))
        .replace("%3", title)
        .replace("%4", missing)
    )


def confirm_announce(ctx: AppContext, event_id: int, title: str = "") -> bool:
    """True when the event may be announced: its core is complete, or the user says so."""
    gate = ctx.services.core.announce_gate(event_id)
    if gate.ready:
        return True
    return ctx.prompter.confirm(
        _tr("The core isn't complete"), gate_question(gate, title), ok=_tr("Announce anyway")
    )


def guard_announce(
    ctx: AppContext,
    event_id: int,
    current: EventStatus,
    save: Callable[[Any], T],
) -> Callable[[Any], T]:
    """A saver for the event dialog that asks before a draft's status becomes "announced".

    Declining raises AnnounceCancelled, which the dialog shows inline; nothing is saved and the
    user's input stays in the dialog.
    """

    def guarded(draft: Any) -> T:
        status = getattr(draft, "status", None)
        if status is EventStatus.ANNOUNCED and current is not EventStatus.ANNOUNCED:
            title = str(getattr(draft, "title", ""))
            if not confirm_announce(ctx, event_id, title):
                raise AnnounceCancelled(
                    _tr(
                        "Not announced: the core isn't complete yet. Choose another status or "
                        "confirm more people first."
                    )
                )
        return save(draft)

    return guarded
