"""Read-only tables of the calendar dialogs: who gets what in an export, how each reply went."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from app.domain.enums import RsvpResponse
from app.services.invite_dto import InvitePlan, ReplyCheck, ReplyResult

from app.ui import invite_labels as words
from app.ui import rsvp_labels
from app.ui.messages import translated
from app.ui.models.roles import Role

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("invite_rows", text)


def _muted() -> QBrush:
    return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class _Rows(QAbstractTableModel):
    """Cells as strings; a row can be muted (skipped, rejected) and carry a tooltip."""

    def __init__(self, titles: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = titles
        self._cells: list[tuple[str, ...]] = []
        self._muted: list[bool] = []
        self._tips: list[str] = []
        self._ids: list[int | None] = []

    def tooltip(self, row: int) -> str:
        """The row's full explanation (its tooltip), or empty."""
        return self._tips[row] if 0 <= row < len(self._tips) else ""

    def _reset(self, rows: list[tuple[tuple[str, ...], bool, str, int | None]]) -> None:
        self.beginResetModel()
        self._cells = [r[0] for r in rows]
        self._muted = [r[1] for r in rows]
        self._tips = [r[2] for r in rows]
        self._ids = [r[3] for r in rows]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        row = index.row()
        if role == _DISPLAY:
            return self._cells[row][index.column()]
        if role == _TOOLTIP:
            return self._tips[row] or None
        if role == _FOREGROUND and self._muted[row]:
            return _muted()
        if role == Role.ID:
            return self._ids[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == _DISPLAY and 0 <= section < len(self._titles):
            return self._titles[section]
        return None


class InvitePlanModel(_Rows):
    """Recipients first, then the skipped guests with the reason (muted)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([_tr("Name"), _tr("E-mail"), _tr("Answer"), _tr("Gets")], parent)

    def set_plan(self, plan: InvitePlan | None) -> None:
        rows: list[tuple[tuple[str, ...], bool, str, int | None]] = []
        if plan is not None:
            for r in plan.recipients:
                cells = (r.name, r.email, rsvp_labels.response(r.response), words.why(r.why))
                rows.append((cells, False, "", r.rsvp_id))
            for s in plan.skipped:
                cells = (s.name, s.email, rsvp_labels.response(s.response), words.skip(s.reason))
                rows.append((cells, True, words.skip(s.reason), s.rsvp_id))
        self._reset(rows)


def reply_result_text(check: ReplyCheck, result: ReplyResult | None = None) -> str:
    """ "Going", "Waitlist (the event is full)", "Rejected" — after the import, what happened."""
    if not check.accepted:
        return _tr("Rejected")
    assert check.wanted is not None
    now = result.response if result is not None and result.response else check.expected
    if check.wanted is RsvpResponse.GOING and now is RsvpResponse.WAITLISTED:
        return _tr("Waitlist (the event is full)")
    text = rsvp_labels.response(check.wanted)
    if now is check.current or (result is not None and not result.changed):
        return text + " " + _tr("(no change)")
    return text


class ReplyRowsModel(_Rows):
    """One row per reply file: file, result, guest, event, and the problem or what followed."""

    DETAILS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [_tr("File"), _tr("Result"), _tr("Guest"), _tr("Event"), _tr("Details")], parent
        )

    def set_checks(
        self, checks: list[ReplyCheck], results: list[ReplyResult] | None = None
    ) -> None:
        by_path = {r.check.path: r for r in results or []}
        rows: list[tuple[tuple[str, ...], bool, str, int | None]] = []
        for check in checks:
            result = by_path.get(check.path)
            shown = result.check if result is not None else check
            guest = f"{shown.guest} <{shown.email}>" if shown.guest else shown.email
            detail = translated(shown.problem) or (result.message if result is not None else "")
            cells = (
                shown.source,
                reply_result_text(shown, result),
                guest,
                shown.event_title,
                detail,
            )
            rows.append((cells, not shown.accepted, detail, shown.rsvp_id))
        self._reset(rows)
