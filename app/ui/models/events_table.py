"""The events list: when, what, status and how full, in each event's own time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from app.domain.enums import EventStatus
from app.domain.text import fold
from app.services.changes import Kind
from app.services.dto import EventDto

from app.ui import labels
from app.ui.jobs import JobRunner
from app.ui.models.base_table import Column, DtoTableModel
from app.ui.models.core_events import progress_text

if TYPE_CHECKING:
    from app.services.container import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventsTableModel", text)


def attendance(event: EventDto) -> str:
    going = labels.format_number(event.going)
    if event.capacity is None:
        return going
    return f"{going} / {labels.format_number(event.capacity)}"


class EventsTableModel(DtoTableModel[EventDto]):
    kind = Kind.EVENT

    def __init__(self, services: Services, runner: JobRunner, parent: Any = None) -> None:
        columns = [
            Column[EventDto](
                _tr("When"),
                lambda e: labels.format_event_when(e.starts_at, e.timezone, all_day=e.all_day),
                lambda e: e.starts_at,
                tooltip=lambda e: e.timezone,
                width_chars=18,
            ),
            Column[EventDto](
                _tr("Title"), lambda e: e.title, lambda e: fold(e.title), width_chars=40
            ),
            Column[EventDto](
                _tr("Kind"), lambda e: labels.event_kind(e.kind), lambda e: e.kind.value
            ),
            Column[EventDto](
                _tr("Status"), lambda e: labels.event_status(e.status), lambda e: e.status.value
            ),
            Column[EventDto](
                _tr("Going"),
                attendance,
                lambda e: e.going,
                align_right=True,
                width_chars=10,
                tooltip=lambda e: _tr("People going, with their guests, of the capacity"),
            ),
            Column[EventDto](
                _tr("Core"),
                lambda e: progress_text(e.core_counted, e.core_target),
                lambda e: (e.core_counted / e.core_target) if e.core_target else -1.0,
                align_right=True,
                width_chars=7,
                tooltip=lambda e: _tr("Early attendees committed or confirmed, of the target"),
            ),
            Column[EventDto](
                _tr("Venue"), lambda e: e.venue, lambda e: fold(e.venue), width_chars=24
            ),
            Column[EventDto](_tr("Time zone"), lambda e: e.timezone, lambda e: e.timezone),
        ]
        super().__init__(columns, services.events.list_all, services.events.rows, runner, parent)

    def foreground(self, item: EventDto) -> Any:
        """Past and cancelled events recede, so what's coming stands out."""
        if item.status is EventStatus.CANCELLED or item.ends_at < datetime.now(UTC):
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def first_upcoming_row(self) -> int | None:
        """Source row of the soonest event that hasn't ended yet."""
        now = datetime.now(UTC)
        upcoming = [(e.starts_at, n) for n, e in enumerate(self._rows) if e.ends_at >= now]
        return min(upcoming)[1] if upcoming else None

    def search_text(self, item: EventDto) -> str:
        return fold(
            " ".join(
                (
                    item.title,
                    labels.event_kind(item.kind),
                    labels.event_status(item.status),
                    item.venue,
                    item.timezone,
                )
            )
        )
