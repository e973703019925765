"""Each window and dialog the tour reaches: Tab follows the reading order and reaches every
control, every control has a name for screen readers, form labels are buddies, and no two
visible controls answer to the same Alt+letter."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from app.services.demo import DemoRequest, generate
from tests.ui import a11y_checks as a11y
from tests.ui.conftest import FakePrompter
from tests.ui.ui_tour import tour

from app.ui.context import AppContext
from app.ui.main_window import MainWindow


def problems_in_tour(qtbot: QtBot, ctx: AppContext, prompter: FakePrompter) -> list[str]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=5000):
        window.show()
    found: list[str] = []
    for state, windows in tour(qtbot, window):
        for top in windows:
            where = f"{state} [{type(top).__name__}]"
            for check in (
                a11y.tab_order_problems,
                a11y.untabbable_controls,
                a11y.unnamed_controls,
                a11y.label_problems,
                a11y.duplicate_mnemonics,
            ):
                found += [f"{where} {check.__name__}: {p}" for p in check(top)]
    window.close()
    return list(dict.fromkeys(found))


@pytest.mark.parametrize("data", ["demo", "empty"])
def test_windows_and_dialogs_work_from_the_keyboard(
    qtbot: QtBot, ctx: AppContext, services: Services, prompter: FakePrompter, data: str
) -> None:
    if data == "demo":
        generate(services.db, DemoRequest(people=40, events=8, seed=3, today=date(2026, 11, 21)))
    found = problems_in_tour(qtbot, ctx, prompter)
    assert not found, "\n".join(found)


def test_the_checks_catch_problems(qtbot: QtBot) -> None:
    """The checks themselves, on a dialog built wrong on purpose."""
    from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QToolButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    second = QLineEdit(dialog)  # made first: Tab reaches it before the field above it
    first = QLineEdit(dialog)
    form.addRow(QLabel("&First:"), first)  # a QLabel passed in gets no buddy
    form.addRow("&Second:", second)
    icon_only = QToolButton()
    form.addRow(icon_only)
    unreachable = QPushButton("&Go")
    unreachable.setFocusPolicy(unreachable.focusPolicy().NoFocus)
    form.addRow(unreachable)
    form.addRow(QPushButton("Fir&st"))
    dialog.show()
    assert a11y.tab_order_problems(dialog)
    assert any("QToolButton" in p for p in a11y.unnamed_controls(dialog))
    assert any("QLineEdit" in p for p in a11y.unnamed_controls(dialog))
    assert a11y.label_problems(dialog)
    assert a11y.untabbable_controls(dialog) == ["QPushButton('Go')"]
    assert a11y.duplicate_mnemonics(dialog) == ["Alt+s: ['&Second:', 'Fir&st']"]
