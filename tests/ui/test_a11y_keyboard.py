"""Every action can be reached from the keyboard: menus, shortcuts without clashes, mnemonics,
toolbars whose buttons Tab skips, tables that Tab can leave, focus that shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QWidget,
)

from app.services.container import Services
from app.services.demo import DemoRequest, generate
from tests.ui import a11y_checks as a11y
from tests.ui.ui_tour import load_section, tour

from app.ui.context import AppContext
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, services: Services) -> MainWindow:
    generate(services.db, DemoRequest(people=30, events=6, seed=4, today=date(2026, 11, 21)))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=5000):
        win.show()
    return win


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        yield action
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_actions(sub)


def menubar_actions(window: MainWindow) -> list[QAction]:
    return [a for top in window.menuBar().actions() for a in menu_actions(top.menu())]


def shortcut_texts(action: QAction) -> list[str]:
    return [s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()]


def test_every_window_action_is_in_a_menu(window: MainWindow) -> None:
    in_menus = set(menubar_actions(window))
    everything = [
        *window.actions_.by_id.values(),
        *window.view_actions.values(),
        window.undo_action,
        window.redo_action,
    ]
    missing = [a.objectName() for a in everything if a not in in_menus]
    assert missing == []


def test_window_shortcuts_are_unique(window: MainWindow) -> None:
    owners: dict[str, list[str]] = {}
    for action in {*menubar_actions(window), *window.actions()}:
        if action.shortcutContext() in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            for keys in shortcut_texts(action):
                owners.setdefault(keys, []).append(action.text())
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_section_shortcuts_clash_neither_with_the_window_nor_each_other(
    qtbot: QtBot, window: MainWindow
) -> None:
    window_keys = {k for a in menubar_actions(window) for k in shortcut_texts(a)}
    clashes = []
    for spec in window.sections.specs:
        section = load_section(qtbot, window, spec.key)
        seen: dict[str, str] = {}
        for widget in [section, *section.findChildren(QWidget)]:
            for action in widget.actions():
                for keys in shortcut_texts(action):
                    if keys in window_keys:
                        clashes.append(f"{spec.key}: {action.text()} {keys} is also the window's")
                    elif keys in seen and seen[keys] != action.text():
                        clashes.append(f"{spec.key}: {keys} for {seen[keys]} and {action.text()}")
                    seen[keys] = action.text()
    assert clashes == []


def test_menu_mnemonics_are_unique(window: MainWindow) -> None:
    problems = []
    menus = [("menu bar", window.menuBar().actions())]
    menus += [(t.text(), t.menu().actions()) for t in window.menuBar().actions()]
    for name, actions in menus:
        letters: dict[str, str] = {}
        for action in actions:
            if action.isSeparator():
                continue
            letter = a11y.mnemonic(action.text())
            if letter is None:
                problems.append(f"{name}: {action.text()!r} has no mnemonic")
            elif letter in letters:
                problems.append(f"{name}: {action.text()!r} and {letters[letter]!r} share {letter}")
            else:
                letters[letter] = action.text()
    assert problems == []


def keyboard_context_menu(view: QAbstractItemView) -> list[QAction]:
    """The actions of the menu the Menu key (or Shift+F10) opens on a table."""
    before = set(QApplication.topLevelWidgets())
    pos = QPoint(5, 5)
    reason = QContextMenuEvent.Reason.Keyboard
    event = QContextMenuEvent(reason, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w not in before]
    found = [a for m in menus for a in menu_actions(m)]
    for menu in menus:
        menu.close()
    return found


def test_toolbar_actions_are_reachable_without_a_mouse(qtbot: QtBot, window: MainWindow) -> None:
    """Tab skips toolbar buttons, so each toolbar action needs another way in: a menu, a
    shortcut, the table's context menu, or a button of its own that takes Tab focus."""
    unreachable = []
    in_menus = set(menubar_actions(window))
    for spec in window.sections.specs:
        section = load_section(qtbot, window, spec.key)
        view = getattr(section, "view", None)
        in_context = set(keyboard_context_menu(view)) if view is not None else set()
        for bar in section.findChildren(QToolBar):
            for action in bar.actions():
                if action.isSeparator() or not action.isVisible():
                    continue
                button = bar.widgetForAction(action)
                reachable = (
                    action in in_menus
                    or action in in_context
                    or not action.shortcut().isEmpty()
                    or (button is not None and bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus))
                )
                if not reachable:
                    unreachable.append(f"{spec.key}: {action.text()}")
    assert unreachable == []


def test_tab_leaves_read_only_tables(qtbot: QtBot, window: MainWindow) -> None:
    """Tab in a read-only table must move on, not walk every cell (arrows do that)."""
    trapping = []
    for name, windows in tour(qtbot, window):
        for top in windows:
            for view in top.findChildren(QTableView):
                if (
                    view.isVisible()
                    and view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
                    and view.tabKeyNavigation()
                ):
                    trapping.append(f"{name}: {a11y.describe(view)}")
    assert sorted(set(trapping)) == []


@pytest.mark.parametrize("section", ["core", "today"])
def test_custom_painted_items_show_focus(qtbot: QtBot, window: MainWindow, section: str) -> None:
    """The delegates that paint core cards and Today entries themselves draw keyboard focus."""
    from app.ui.core.board import StageColumnView
    from app.ui.core.today_list import TodayList

    kind = StageColumnView if section == "core" else TodayList
    widget = load_section(qtbot, window, section)
    views = [v for v in widget.findChildren(kind) if v.model() is not None]
    view = next(v for v in views if v.model().rowCount() > 0)
    index = view.model().index(0, 0)
    if view.model().rowCount(index) > 0:  # Today's first row is a heading; take an entry
        index = view.model().index(0, 0, index)

    def render(state: QStyle.StateFlag) -> QImage:
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect.setRect(0, 0, 260, 80)
        option.state = QStyle.StateFlag.State_Enabled | state
        image = QImage(260, 80, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        view.itemDelegateForIndex(index).paint(painter, option, index)
        painter.end()
        return image

    assert render(QStyle.StateFlag.State_None) != render(QStyle.StateFlag.State_HasFocus)


def test_no_style_sheet_hides_the_focus_frame() -> None:
    from pathlib import Path

    import app.ui

    hiding = []
    for path in Path(app.ui.__file__).parent.rglob("*.py"):
        text = path.read_text(encoding="utf-8").replace(" ", "").casefold()
        if "outline:none" in text or "outline:0" in text:
            hiding.append(path.name)
    assert hiding == []
