"""Keyboard focus helpers: Tab goes through a window in the order it reads.

Qt's Tab order is the order widgets were created in, which is often not the order a dialog
shows them: a base class makes the Save / Cancel box before its subclass adds the fields, and
a button box keeps its buttons in the order they were added, so Tab reaches a standard
Cancel before the custom Save PDF… button left of it.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QWidget,
)


def visual_buttons(box: QDialogButtonBox) -> list[QAbstractButton]:
    """The box's buttons left to right, as the style lays them out."""
    layout = box.layout()
    if layout is None:
        return list(box.buttons())
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QAbstractButton) and not widget.isHidden():
            found.append(widget)
    return found


def chain(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def controls_in_chain(window: QWidget, inside: QWidget | None = None) -> list[QWidget]:
    """The widgets of `window` (within `inside`, when given) that take focus, in Tab order;
    a spin box or combo box counts once, not with its inner line edit."""
    found: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        parent = widget.parentWidget()
        if (
            widget.window() is window
            and (inside is None or inside.isAncestorOf(widget))
            and widget.focusPolicy() != widget.focusPolicy().NoFocus
            and not isinstance(parent, QAbstractSpinBox | QComboBox)
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def last_in_chain(window: QWidget, leave_out: QWidget) -> QWidget | None:
    """The last widget of `window`'s focus chain outside `leave_out` that can take focus."""
    outside = [
        w for w in controls_in_chain(window) if not (w is leave_out or leave_out.isAncestorOf(w))
    ]
    return outside[-1] if outside else None


def buttons_last(window: QWidget, box: QDialogButtonBox) -> None:
    """Tab reaches the dialog's buttons after everything else, left to right."""
    buttons = visual_buttons(box)
    if not buttons:
        return
    before = last_in_chain(window, box)
    chain(*([before] if before is not None else []), *buttons)
