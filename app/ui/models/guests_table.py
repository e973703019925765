"""One event's guest list: answers, guests, roles, needs, the waitlist and check-ins."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from app.domain.enums import RsvpResponse
from app.domain.text import fold
from app.services.changes import Kind
from app.services.rsvp_dto import RsvpRow

from app.ui import labels
from app.ui import rsvp_labels as words
from app.ui.jobs import JobRunner
from app.ui.models.base_table import Column, DtoTableModel

if TYPE_CHECKING:
    from app.services.container import Services

Filter = Callable[[RsvpRow], bool]
_ORDER = {
    r: n
    for n, r in enumerate(
        (
            RsvpResponse.GOING,
            RsvpResponse.WAITLISTED,
            RsvpResponse.MAYBE,
            RsvpResponse.PENDING_APPROVAL,
            RsvpResponse.INVITED,
            RsvpResponse.DECLINED,
        )
    )
}
"""Sorting by response: who is coming first, then the waitlist in its order, then the rest."""
_FAR = datetime.max.replace(tzinfo=UTC)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuestsTableModel", text)


def _state_key(r: RsvpRow) -> tuple[int, int, str]:
    return (_ORDER[r.response], r.waitlist_position or 0, fold(r.display_name))


def _checked_in(r: RsvpRow) -> str:
    return words.local_time(r.checked_in_at) if r.checked_in_at else ""


class GuestsTableModel(DtoTableModel[RsvpRow]):
    kind = Kind.RSVP

    def __init__(
        self,
        services: Services,
        runner: JobRunner,
        event_id: int | None,
        keep: Filter | None = None,
        parent: Any = None,
    ) -> None:
        """`keep` narrows the list (e.g. only the waitlist); None shows everyone."""
        columns = [
            Column[RsvpRow](
                _tr("Name"),
                lambda r: r.display_name,
                lambda r: fold(r.display_name),
                width_chars=26,
            ),
            Column[RsvpRow](
                _tr("Response"),
                words.state,
                _state_key,
                width_chars=18,
                tooltip=lambda r: words.response(r.response),
            ),
            Column[RsvpRow](
                _tr("Guests"),
                lambda r: f"+{r.guests}" if r.guests else "",
                lambda r: r.guests,
                align_right=True,
                width_chars=7,
            ),
            Column[RsvpRow](
                _tr("Role"),
                lambda r: "" if r.role.value == "guest" else words.role(r.role),
                lambda r: r.role.value,
                width_chars=9,
            ),
            Column[RsvpRow](
                _tr("E-mail"), lambda r: r.email, lambda r: r.email.casefold(), width_chars=24
            ),
            Column[RsvpRow](
                _tr("Organization"),
                lambda r: r.organization,
                lambda r: fold(r.organization),
                width_chars=18,
            ),
            Column[RsvpRow](
                _tr("Dietary"), lambda r: r.dietary, lambda r: fold(r.dietary), width_chars=14
            ),
            Column[RsvpRow](
                _tr("Reconfirmed"),
                lambda r: "✓" if r.reconfirmed_at else "",
                lambda r: r.reconfirmed_at or _FAR,
                width_chars=6,
                tooltip=lambda r: words.local_time(r.reconfirmed_at) if r.reconfirmed_at else "",
            ),
            Column[RsvpRow](
                _tr("Checked in"), _checked_in, lambda r: r.checked_in_at or _FAR, width_chars=12
            ),
            Column[RsvpRow](
                _tr("Source"), lambda r: words.source(r.source), lambda r: r.source.value
            ),
        ]
        event = event_id

        def fetch_all() -> list[RsvpRow]:
            if event is None:
                return []
            return [r for r in services.rsvps.guest_rows(event) if self._keep(r)]

        def fetch_ids(ids: Collection[int]) -> list[RsvpRow]:
            return [r for r in services.rsvps.rows(ids) if r.event_id == event and self._keep(r)]

        super().__init__(columns, fetch_all, fetch_ids, runner, parent)
        self.event_id = event_id
        self._keep: Filter = keep or (lambda _r: True)

    def set_filter(self, keep: Filter | None) -> None:
        """Show only the guests `keep` accepts (reloads)."""
        self._keep = keep or (lambda _r: True)
        self.load()

    def search_text(self, item: RsvpRow) -> str:
        return item.search_key

    def foreground(self, item: RsvpRow) -> Any:
        """Guests who won't come recede."""
        if item.response is RsvpResponse.DECLINED:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None


def count_text(shown: int, total: int) -> str:
    if shown == total:
        return labels.count("GuestsPanel", total, "%n guest", "%n guests")
    return labels.count("GuestsPanel", total, "%1 of %n guest", "%1 of %n guests").replace(
        "%1", labels.format_number(shown)
    )
