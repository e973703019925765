"""An event's core candidates: one table model, shown as a list and as board columns.

The board's columns are `StageProxyModel`s over the same model, so a move (here or in any
other window) updates the list and the board at once. Cards are dragged as their id and stage.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.domain.enums import CoreStage
from app.domain.text import fold
from app.services.changes import Changes, Kind
from app.services.core_dto import CandidateDto

from app.ui import labels
from app.ui.core import words
from app.ui.jobs import JobRunner
from app.ui.models.base_table import Column, DtoTableModel
from app.ui.models.roles import Role

if TYPE_CHECKING:
    from app.services.container import Services

MIME_TYPE = "application/x-convivio-core-candidate"
AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CandidatesModel", text)


def encode_card(card: CandidateDto) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(f"{card.id}:{card.stage.value}".encode()))
    mime.setText(card.display_name)
    return mime


def decode_card(mime: QMimeData | None) -> tuple[int, CoreStage] | None:
    """(candidate id, stage) of a dragged card, or None for anything else."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        ident, stage = bytes(mime.data(MIME_TYPE).data()).decode().split(":")
        return int(ident), CoreStage(stage)
    except ValueError:
        return None


def _follow_up(card: CandidateDto) -> str:
    return words.day(card.next_follow_up_on) if card.next_follow_up_on else ""


class CandidatesModel(DtoTableModel[CandidateDto]):
    """Candidates of one event; refreshed from the bus, including their people's changes."""

    kind = Kind.CORE_CANDIDATE

    def __init__(
        self, services: Services, runner: JobRunner, event_id: int, parent: Any = None
    ) -> None:
        self.event_id = event_id
        core = services.core
        columns = [
            Column[CandidateDto](
                _tr("Name"),
                lambda c: c.display_name,
                lambda c: fold(c.display_name),
                width_chars=26,
            ),
            Column[CandidateDto](
                _tr("Stage"),
                lambda c: words.stage(c.stage),
                lambda c: (list(CoreStage).index(c.stage), c.position),
                width_chars=12,
            ),
            Column[CandidateDto](
                _tr("Organization"),
                lambda c: c.organization,
                lambda c: fold(c.organization),
                width_chars=22,
            ),
            Column[CandidateDto](
                _tr("Follow up"),
                _follow_up,
                lambda c: c.next_follow_up_on or date.max,
                width_chars=12,
            ),
            Column[CandidateDto](
                _tr("No-shows"),
                lambda c: labels.format_number(c.no_shows) if c.no_shows else "",
                lambda c: c.no_shows,
                align_right=True,
                width_chars=9,
                tooltip=lambda c: _tr("Events they said they'd come to and didn't"),
            ),
            Column[CandidateDto](
                _tr("Since"),
                lambda c: words.ago(c.stage_changed_at),
                lambda c: c.stage_changed_at,
                width_chars=12,
            ),
            Column[CandidateDto](
                _tr("Last note"), lambda c: c.last_note, lambda c: fold(c.last_note), width_chars=40
            ),
        ]
        super().__init__(
            columns,
            lambda: core.candidates(event_id),
            lambda ids: [c for c in core.rows(ids) if c.event_id == event_id],
            runner,
            parent,
        )

    def search_text(self, item: CandidateDto) -> str:
        return item.search_key

    def apply_changes(self, changes: Changes) -> None:
        """A renamed person, a logged conversation or an RSVP change shows on the cards too."""
        extra: set[int] = set()
        if changes.affects(Kind.PERSON):
            people = changes.ids(Kind.PERSON)
            extra |= {c.id for c in self._rows if c.person_id in people}
        if changes.affects(Kind.INTERACTION) or changes.affects(Kind.RSVP):
            extra |= {c.id for c in self._rows}
        if extra:
            changes = changes | Changes.of(Kind.CORE_CANDIDATE, touched=extra)
        super().apply_changes(changes)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Any) -> QMimeData:
        valid = [i for i in indexes if i.isValid()]
        return encode_card(self.item(valid[0].row())) if valid else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class StageProxyModel(QSortFilterProxyModel):
    """One board column: the candidates in `stage` matching the search, top to bottom."""

    def __init__(self, stage: CoreStage, parent: Any = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._tokens: list[str] = []
        self.setDynamicSortFilter(True)
        self.sort(0)

    def set_search(self, text: str) -> None:
        tokens = fold(text).split()
        if tokens != self._tokens:
            self._tokens = tokens
            self.invalidateFilter()

    def card(self, row: int) -> CandidateDto:
        value = self.index(row, 0).data(Role.DTO)
        assert isinstance(value, CandidateDto)
        return value

    def row_of(self, candidate_id: int) -> int | None:
        for row in range(self.rowCount()):
            if self.card(row).id == candidate_id:
                return row
        return None

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, CandidatesModel)
        card = source.item(source_row)
        return card.stage is self.stage and all(t in card.search_key for t in self._tokens)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(Role.DTO), right.data(Role.DTO)
        return bool((a.position, a.id) < (b.position, b.id))
