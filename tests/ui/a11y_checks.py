"""Keyboard and screen-reader checks for any window: Tab order, accessible names, buddies.

`tab_chain()` follows Qt's own rules for what Tab visits (QWidget::nextInFocusChain, skipping
widgets that hand their focus to a proxy, are hidden or can't take Tab focus). The reading
order is where the layouts put the controls: rows of a form, cells of a grid, top to bottom.
A dialog's Tab order must follow that order, so focus never jumps back and forth.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QSlider,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
)
"""Controls that need a name from a label or setAccessibleName (they show no text of their own
that names them)."""

COMPOUND = (QAbstractSpinBox, QComboBox)
"""Controls whose inner line edit takes the focus for them."""


def control_of(widget: QWidget) -> QWidget:
    """The control a focus-chain widget belongs to (a spin box for its inner line edit)."""
    parent = widget.parentWidget()
    while parent is not None and isinstance(parent, COMPOUND):
        widget, parent = parent, parent.parentWidget()
    return widget


def takes_tab(widget: QWidget, top: QWidget) -> bool:
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and widget.isVisibleTo(top)
        and widget.isEnabled()
        and not isinstance(widget, QScrollBar)
    )


def tab_chain(top: QWidget) -> list[QWidget]:
    """The controls Tab visits in `top`, in order, each once."""
    chain: list[QWidget] = []
    widget = top.nextInFocusChain()
    seen = 0
    while widget is not top and seen < 5000:
        seen += 1
        if top.isAncestorOf(widget) and takes_tab(widget, top):
            control = control_of(widget)
            if control not in chain:
                chain.append(control)
        widget = widget.nextInFocusChain()
    return chain


def _layout_items(layout: QLayout) -> list[tuple[tuple[int, int], QWidget | QLayout]]:
    items = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if isinstance(layout, QGridLayout):
            row, column, _rows, _cols = layout.getItemPosition(index)
            key = (row, column)
        elif isinstance(layout, QFormLayout):
            row, role = layout.getItemPosition(index)
            key = (row, int(role.value) if hasattr(role, "value") else int(role))
        else:
            key = (index, 0)
        child = item.widget() or item.layout()
        if child is not None:
            items.append((key, child))
    return sorted(items, key=lambda pair: pair[0])


def reading_order(widget: QWidget) -> Iterator[QWidget]:
    """The widget's controls in the order its layouts show them."""
    if isinstance(widget, QTabWidget):
        yield widget.tabBar()
        current = widget.currentWidget()
        if current is not None:
            yield from reading_order(current)
        return
    if isinstance(widget, QStackedWidget):
        current = widget.currentWidget()
        if current is not None:
            yield from reading_order(current)
        return
    if isinstance(widget, QSplitter):
        for i in range(widget.count()):
            yield from reading_order(widget.widget(i))
        return
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        yield from reading_order(widget.widget())
        return
    if isinstance(widget, QToolBar):
        for action in widget.actions():
            child = widget.widgetForAction(action)
            if child is not None:
                yield from reading_order(child)
        return
    if isinstance(widget, (*COMPOUND, QAbstractScrollArea, QLineEdit, QAbstractButton, QTabBar)):
        yield widget
        return
    if (isinstance(widget, QGroupBox) and widget.isCheckable()) or (
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.layout() is None
    ):
        yield widget
    layout = widget.layout()
    if layout is not None:
        yield from _layout_order(layout)


def _layout_order(layout: QLayout) -> Iterator[QWidget]:
    for _key, child in _layout_items(layout):
        if isinstance(child, QLayout):
            yield from _layout_order(child)
        else:
            yield from reading_order(child)


def tab_order_problems(top: QWidget) -> list[str]:
    """Where Tab leaves the reading order, as "A → B, expected C" lines."""
    chain = tab_chain(top)
    order = [w for w in reading_order(top) if w in chain]
    order = list(dict.fromkeys(order))
    chained = [w for w in chain if w in order]
    if chained == order:
        return []
    problems = []
    for position, (got, want) in enumerate(zip(chained, order, strict=False)):
        if got is not want:
            before = describe(chained[position - 1]) if position else "start"
            problems.append(
                f"after {before}: Tab goes to {describe(got)}, reading order says {describe(want)}"
            )
            break
    return problems


def describe(widget: QWidget) -> str:
    name = accessible_name(widget) or widget.objectName()
    return f"{type(widget).__name__}({name!r})"


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, its buddy label's text,
    or the text on it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def own_widgets(top: QWidget) -> list[QWidget]:
    """The visible widgets of this window (not of dialogs that are its children)."""
    return [w for w in top.findChildren(QWidget) if w.window() is top and w.isVisibleTo(top)]


def unnamed_controls(top: QWidget) -> list[str]:
    """Visible inputs and icon-only buttons a screen reader can't name."""
    found = []
    for widget in own_widgets(top):
        if isinstance(widget, QHeaderView):
            continue
        if isinstance(widget.parentWidget(), COMPOUND):
            continue  # a spin box's or combo box's own line edit
        needs = isinstance(widget, INPUTS) or (
            isinstance(widget, QAbstractButton) and not widget.text().strip()
        )
        if isinstance(widget, QToolButton) and isinstance(
            widget.parentWidget(), QTabBar | QLineEdit
        ):
            continue  # Qt's own scroll and clear buttons
        if needs and not accessible_name(widget):
            found.append(f"{describe(widget)} in {type(widget.parentWidget()).__name__}")
    return found


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].casefold()
        i += 1
    return None


def label_problems(top: QWidget) -> list[str]:
    """Form labels without a buddy (their mnemonic does nothing and the field has no name)."""
    found = []
    for label in own_widgets(top):
        if not isinstance(label, QLabel):
            continue
        if mnemonic(label.text()) is not None and label.buddy() is None:
            found.append(f"{label.text()!r} has a mnemonic but no buddy")
        parent = label.parentWidget()
        layout = parent.layout() if parent is not None else None
        for form in _forms(layout):
            index = form.indexOf(label)
            if index >= 0:
                row, role = form.getItemPosition(index)
                if role == QFormLayout.ItemRole.LabelRole and label.buddy() is None:
                    field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                    if field is not None and field.widget() is not None:
                        found.append(f"form label {label.text()!r} is not the buddy of its field")
    return found


def _forms(layout: QLayout | None) -> Iterator[QFormLayout]:
    if layout is None:
        return
    if isinstance(layout, QFormLayout):
        yield layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None and item.layout() is not None:
            yield from _forms(item.layout())


def duplicate_mnemonics(top: QWidget) -> list[str]:
    """Two visible controls of one window that answer to the same Alt+letter."""
    owners: dict[str, list[str]] = {}
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if letter := mnemonic(action.text()):
                owners.setdefault(letter, []).append(action.text())
    for widget in own_widgets(top):
        if isinstance(widget, QMenu):
            continue
        text = ""
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        letter = mnemonic(text)
        if letter:
            owners.setdefault(letter, []).append(text)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if letter := mnemonic(widget.tabText(i)):
                    owners.setdefault(letter, []).append(widget.tabText(i))
    return [f"Alt+{k}: {v}" for k, v in sorted(owners.items()) if len(v) > 1]


def buttonbox_buttons(top: QWidget) -> list[QAbstractButton]:
    return [b for box in top.findChildren(QDialogButtonBox) for b in box.buttons()]


def untabbable_controls(top: QWidget) -> list[str]:
    """Visible, enabled controls that Tab never reaches (toolbar buttons are checked apart:
    their actions need a menu, a shortcut or a context menu instead)."""
    found = []
    for widget in own_widgets(top):
        if not widget.isEnabled() or isinstance(widget, QHeaderView | QScrollBar):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QToolBar | QTabBar | QLineEdit | QAbstractScrollArea):
            continue  # toolbar buttons; Qt's own scroll, clear and corner buttons
        if isinstance(parent, COMPOUND) or widget.focusProxy() is not None:
            continue
        if isinstance(widget, QRadioButton) and (widget.group() or widget.autoExclusive()):
            continue  # Tab reaches the group's checked button; the arrow keys the others
        interactive = isinstance(widget, (*INPUTS, QAbstractButton, QTabBar))
        if interactive and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(describe(widget))
    return found
