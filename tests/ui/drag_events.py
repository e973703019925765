"""Drag-and-drop events for tests, built the way the installed PySide6 takes them: 6.11 wants
a QPoint for enter and move events, 6.12 a QPointF (both take a QPointF for the drop)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

_BUTTONS = Qt.MouseButton.LeftButton
_MODS = Qt.KeyboardModifier.NoModifier


def _drag(
    kind: type[QDragEnterEvent] | type[QDragMoveEvent],
    at: QPoint,
    action: Qt.DropAction,
    mime: QMimeData,
) -> QDragMoveEvent:
    try:
        return kind(at, action, mime, _BUTTONS, _MODS)  # type: ignore[arg-type, call-overload, unused-ignore]
    except TypeError:
        return kind(QPointF(at), action, mime, _BUTTONS, _MODS)  # type: ignore[arg-type, call-overload, unused-ignore]


def drag_enter(at: QPoint, action: Qt.DropAction, mime: QMimeData) -> QDragEnterEvent:
    event = _drag(QDragEnterEvent, at, action, mime)
    assert isinstance(event, QDragEnterEvent)
    return event


def drag_move(at: QPoint, action: Qt.DropAction, mime: QMimeData) -> QDragMoveEvent:
    return _drag(QDragMoveEvent, at, action, mime)


def drop_event(at: QPoint, action: Qt.DropAction, mime: QMimeData) -> QDropEvent:
    return QDropEvent(QPointF(at), action, mime, _BUTTONS, _MODS)
