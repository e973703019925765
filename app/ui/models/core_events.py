"""Events whose core is being built: upcoming ones, with progress toward their target."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.domain.enums import EventStatus
from app.domain.events import zone
from app.domain.text import fold
from app.services.changes import Kind

from app.ui import labels
from app.ui.core import words
from app.ui.jobs import JobRunner
from app.ui.models.base_table import Column, DtoTableModel

if TYPE_CHECKING:
    from app.services.container import Services
    from app.services.dto import EventDto

_CLOSED = (EventStatus.DONE, EventStatus.CANCELLED)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CoreEventsModel", text)


@dataclass(frozen=True, slots=True)
class CoreEventRow:
    id: int
    title: str
    status: EventStatus
    starts_at: datetime
    timezone: str
    all_day: bool
    target: int | None
    counted: int
    candidates: int


def progress_text(counted: int, target: int | None) -> str:
    """ "3/6", "6/6 ✓", or "3" without a target: how the core is shown next to an event."""
    if target is None:
        return labels.format_number(counted) if counted else ""
    done = " ✓" if counted >= target else ""
    return f"{labels.format_number(counted)}/{labels.format_number(target)}{done}"


def _rows(services: Services, events: list[EventDto]) -> list[CoreEventRow]:
    now = datetime.now(UTC)
    shown = [e for e in events if e.status not in _CLOSED and e.ends_at >= now]
    progress = services.core.progress([e.id for e in shown])
    result = []
    for e in shown:
        p = progress.get(e.id)
        result.append(
            CoreEventRow(
                e.id,
                e.title,
                e.status,
                e.starts_at,
                e.timezone,
                e.all_day,
                e.core_target,
                p.counted if p else 0,
                p.candidates if p else 0,
            )
        )
    return result


def describe(row: CoreEventRow) -> str:
    day = words.day(row.starts_at.astimezone(zone(row.timezone)).date())
    core = progress_text(row.counted, row.target)
    return f"{day} · {row.title}" + (f"  ({core})" if core else "")


class CoreEventsModel(DtoTableModel[CoreEventRow]):
    kind = Kind.EVENT

    def __init__(self, services: Services, runner: JobRunner, parent: Any = None) -> None:
        events = services.events

        def fetch_ids(ids: Collection[int]) -> list[CoreEventRow]:
            return _rows(services, events.rows(ids))

        columns = [
            Column[CoreEventRow](_tr("Event"), describe, lambda r: r.starts_at, width_chars=50),
            Column[CoreEventRow](
                _tr("Core"),
                lambda r: progress_text(r.counted, r.target),
                lambda r: (r.target is None, r.counted - (r.target or 0)),
            ),
        ]
        super().__init__(
            columns, lambda: _rows(services, events.list_all()), fetch_ids, runner, parent
        )

    def search_text(self, item: CoreEventRow) -> str:
        return fold(item.title)
