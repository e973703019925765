"""When a teammate saved a guest's details while the user was editing them: show both and let
the user choose, field by field, as for people, events and venues (ConflictDialog)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.domain.enums import AttendeeRole
from app.services.rsvp_dto import RsvpRow

from app.ui.context import AppContext
from app.ui.dialogs.conflict_dialog import ConflictDialog


@dataclass(frozen=True)
class RsvpDetails:
    """The fields of a guest the details pane edits, in ConflictDialog's terms."""

    guests: int
    role: AttendeeRole
    dietary: str
    accessibility: str

    @classmethod
    def of(cls, row: RsvpRow) -> RsvpDetails:
        return cls(row.guests, row.role, row.dietary, row.accessibility)


def current_row(ctx: AppContext, row: RsvpRow) -> RsvpRow | None:
    """The guest as saved now (None when a teammate took them off the list)."""
    return next((r for r in ctx.services.rsvps.guest_rows(row.event_id) if r.id == row.id), None)


def resolve(
    ctx: AppContext,
    row: RsvpRow,
    mine: RsvpDetails,
    save: Callable[[RsvpRow, RsvpDetails], object],
    parent: QWidget,
) -> ConflictDialog | None:
    """Open the choice between the user's values and the saved ones; `save(theirs_row,
    chosen)` runs with the user's choice. None when there is nothing left to choose."""
    theirs_row = current_row(ctx, row)
    if theirs_row is None:
        return None
    theirs = RsvpDetails.of(theirs_row)
    if theirs == mine:
        return None  # the teammate saved just what the user wanted
    history = ctx.services.rsvps.history(row.id)
    dialog = ConflictDialog(mine, theirs, history[-1].actor if history else "", parent)
    dialog.resolved.connect(lambda chosen: save(theirs_row, chosen))
    return dialog
