"""A table model over frozen DTOs, refreshed precisely from the change bus.

Rows are kept as a list plus an id → row index; the model loads everything in a worker once,
then fetches only the ids a change names.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.domain.text import fold
from app.services.changes import Changes, Kind

from app.ui.jobs import Job, JobRunner
from app.ui.models.roles import Role

log = logging.getLogger(__name__)

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex

# Plain ints: comparing them is much cheaper than comparing Qt enum members in `data()`.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ID, _DTO, _SORT_KEY = int(Role.ID), int(Role.DTO), int(Role.SORT_KEY)
_HANDLED_ROLES = frozenset(
    {DISPLAY, _TOOLTIP, _ALIGNMENT, _DECORATION, _FOREGROUND, _ID, _DTO, _SORT_KEY}
)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    display: Callable[[T], str]
    sort_key: Callable[[T], Any]
    align_right: bool = False
    tooltip: Callable[[T], str] | None = None
    width_chars: int = 16
    """Initial width, in average characters, before the user resizes the column."""


class DtoTableModel(QAbstractTableModel, Generic[T]):
    """Signals:
    loading_changed(bool): a full load started (True) or ended (False).
    load_failed(object): the full load raised this exception.
    """

    loading_changed = Signal(bool)
    load_failed = Signal(object)

    kind: Kind
    RELOAD_THRESHOLD = 500
    RESET_THRESHOLD = 10

    def __init__(
        self,
        columns: Sequence[Column[T]],
        fetch_all: Callable[[], list[T]],
        fetch_ids: Callable[[Collection[int]], list[T]],
        runner: JobRunner,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch_all = fetch_all
        self._fetch_ids = fetch_ids
        self._runner = runner
        self._rows: list[T] = []
        self._row_of: dict[int, int] = {}
        self._search_keys: list[str] | None = None
        self._sort_keys: dict[int, list[Any]] = {}
        self._loading: Job | None = None
        self._pending: Changes = Changes()
        self.loaded = False

    # -- what subclasses provide --------------------------------------------------------------

    def row_id(self, item: T) -> int:
        return int(getattr(item, "id"))  # noqa: B009

    def search_text(self, item: T) -> str:
        """Folded text a search looks in; override with a stored key when there is one."""
        return fold(" ".join(c.display(item) for c in self._columns))

    def decoration(self, item: T, column: int) -> Any:
        return None

    def foreground(self, item: T) -> Any:
        """A brush for rows that should recede (past events), else None."""
        return None

    # -- loading and refreshing ----------------------------------------------------------------

    def load(self) -> None:
        """Load every row in a worker; changes arriving meanwhile are applied afterwards."""
        if self._loading is not None:
            self._loading.cancel()
        fetch, search_text, first_key = self._fetch_all, self.search_text, self._columns[0].sort_key

        def work(_progress: object, _cancelled: object) -> tuple[list[T], list[str], list[Any]]:
            # Keys are derived here too, so the first keystroke and sort don't pay for them.
            rows = fetch()
            return rows, [search_text(r) for r in rows], [first_key(r) for r in rows]

        job = Job(work, name=f"load {type(self).__name__}")
        job.signals.finished.connect(lambda result, j=job: self._on_job_finished(j, *result))
        job.signals.failed.connect(lambda error, j=job: self._on_job_failed(j, error))
        self._loading = job
        self.loading_changed.emit(True)
        self._runner.start(job)

    def _on_job_finished(
        self, job: Job, rows: list[T], search_keys: list[str], first_sort_keys: list[Any]
    ) -> None:
        if job is not self._loading:
            return
        self._loading = None
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self._search_keys = search_keys
        self._sort_keys[0] = first_sort_keys
        self.endResetModel()
        self.loaded = True
        self.loading_changed.emit(False)
        pending, self._pending = self._pending, Changes()
        if pending:
            self.apply_changes(pending)

    def _on_job_failed(self, job: Job, error: BaseException) -> None:
        if job is not self._loading:
            return
        self._loading = None
        self.loading_changed.emit(False)
        self.load_failed.emit(error)

    def clear(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self.beginResetModel()
        self._rows = []
        self._reindex()
        self.endResetModel()
        self.loaded = False

    def apply_changes(self, changes: Changes) -> None:
        if not changes.affects(self.kind):
            return
        if self._loading is not None:
            self._pending = self._pending | changes
            return
        touched = changes.ids(self.kind)
        if self.kind in changes.reload or len(touched) > self.RELOAD_THRESHOLD:
            self.load()  # cheaper than asking for thousands of ids one query at a time
            return
        self._remove_ids(changes.removed_ids(self.kind))
        if not touched:
            return
        fresh = self._fetch_ids(touched)
        found = {self.row_id(item) for item in fresh}
        new_items = []
        for item in fresh:
            row = self._row_of.get(self.row_id(item))
            if row is None:
                new_items.append(item)
                continue
            self._rows[row] = item
            self._invalidate_keys()
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self._remove_ids(touched - found)  # touched, but no longer shown by this model
        if new_items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new_items) - 1)
            self._rows.extend(new_items)
            self._reindex()
            self.endInsertRows()

    def _remove_ids(self, ids: Collection[int]) -> None:
        rows = sorted((self._row_of[i] for i in ids if i in self._row_of), reverse=True)
        if len(rows) > self.RESET_THRESHOLD:
            gone = set(rows)
            self.beginResetModel()
            self._rows = [item for n, item in enumerate(self._rows) if n not in gone]
            self._reindex()
            self.endResetModel()
            return
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._reindex()
            self.endRemoveRows()

    def _reindex(self) -> None:
        self._row_of = {self.row_id(item): n for n, item in enumerate(self._rows)}
        self._invalidate_keys()

    def _invalidate_keys(self) -> None:
        self._search_keys = None
        self._sort_keys.clear()

    # -- lookups used by the proxy and panels ------------------------------------------------

    def column_widths(self) -> list[int]:
        return [c.width_chars for c in self._columns]

    def item(self, row: int) -> T:
        return self._rows[row]

    def row_of_id(self, item_id: int) -> int | None:
        return self._row_of.get(item_id)

    def item_by_id(self, item_id: int) -> T | None:
        row = self._row_of.get(item_id)
        return None if row is None else self._rows[row]

    def search_keys(self) -> list[str]:
        if self._search_keys is None:
            self._search_keys = [self.search_text(item) for item in self._rows]
        return self._search_keys

    def sort_keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            key = self._columns[column].sort_key
            keys = self._sort_keys[column] = [key(item) for item in self._rows]
        return keys

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """What `data()` returns, without a QModelIndex: the proxy calls this directly.

        A view asks for about ten roles per painted cell, so unhandled roles leave first.
        """
        if role not in _HANDLED_ROLES or not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        spec = self._columns[column]
        if role == DISPLAY:
            return spec.display(item)
        if role == _ID:
            return self.row_id(item)
        if role == _DTO:
            return item
        if role == _SORT_KEY:
            return spec.sort_key(item)
        if role == _TOOLTIP:
            return None if spec.tooltip is None else spec.tooltip(item)
        if role == _ALIGNMENT:
            return _RIGHT if spec.align_right else None
        if role == _FOREGROUND:
            return self.foreground(item)
        return self.decoration(item, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None
