"""Text follows the system font size: no fixed point sizes, fields measured in lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import RecordingErrors

from app.ui.dialogs.event_dialog import EventDialog
from app.ui.dialogs.person_dialog import PersonDialog

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
ABSOLUTE_FONT = re.compile(r"font-size:\s*\d+(\.\d+)?\s*(pt|px)|setPointSize\(\s*\d|setPixelSize\(")


def test_no_widget_fixes_its_font_size() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if ABSOLUTE_FONT.search(line)
    ]
    assert not found, "fixed font sizes:\n" + "\n".join(found)


def heights(qtbot: QtBot, errors: RecordingErrors) -> tuple[int, int, float]:
    event = EventDialog(errors)
    person = PersonDialog(errors, [])
    for dialog in (event, person):
        qtbot.addWidget(dialog)
    return event.description.height(), person.notes.height(), event.title.font().pointSizeF()


def test_fields_and_text_grow_with_the_system_font(
    qtbot: QtBot, errors: RecordingErrors, qapp: QApplication
) -> None:
    normal = heights(qtbot, errors)
    before = qapp.font()
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    try:
        large = heights(qtbot, errors)
    finally:
        qapp.setFont(before)
    assert large[2] == pytest.approx(normal[2] * 1.5)
    assert large[0] > normal[0] * 1.3  # the description box shows as many lines as before
    assert large[1] > normal[1] * 1.3
