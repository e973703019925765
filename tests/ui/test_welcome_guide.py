"""Help → Getting Started: steps, Show Me targets, keyboard, pictures."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.guide import GuideDialog
from app.ui.pictograms import DRAWINGS, pictogram
from app.ui.theme import contrast_palette, dark_palette

TARGETS = ["events", "core", "events", "event.invites", "event.badges", "event.checkin", "today"]


@pytest.fixture
def guide(qtbot: QtBot) -> GuideDialog:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_flow_is_seven_short_steps(guide: GuideDialog) -> None:
    assert 5 <= len(guide.steps) <= 7
    assert [s.target for s in guide.steps] == TARGETS
    assert guide.position.text() == "Step 1 of 7"
    assert not guide.back_button.isEnabled()
    for step in guide.steps:
        assert len(step.text) < 400  # short


def test_show_me_asks_for_each_steps_place(qtbot: QtBot, guide: GuideDialog) -> None:
    asked = []
    guide.show_me_requested.connect(asked.append)
    for index, button in enumerate(guide.show_me_buttons):
        guide.show_step(index)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == TARGETS
    assert guide.isVisible()  # stays open beside the window while the user tries


def test_enter_walks_through_and_closes_after_the_last_step(
    qtbot: QtBot, guide: GuideDialog
) -> None:
    guide.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    for step in range(1, 7):
        focused = QApplication.focusWidget() or guide
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        assert guide.current_step() == step
    assert guide.position.text() == "Step 7 of 7"
    assert not guide.next_button.isEnabled()
    assert guide.close_button is not None
    assert guide.close_button.isDefault()
    qtbot.keyClick(QApplication.focusWidget() or guide, Qt.Key.Key_Return)
    assert not guide.isVisible()


def test_back_and_the_list_move_between_steps(qtbot: QtBot, guide: GuideDialog) -> None:
    guide.step_list.setCurrentRow(4)
    assert guide.current_step() == 4
    guide.back_button.click()
    assert guide.current_step() == 3
    assert guide.step_list.currentRow() == 3
    guide.step_list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(guide.step_list.hasFocus)
    qtbot.keyClick(guide.step_list, Qt.Key.Key_Down)
    assert guide.current_step() == 4


def test_escape_closes(qtbot: QtBot, guide: GuideDialog) -> None:
    qtbot.keyClick(guide, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_tab_goes_from_the_steps_to_the_page_and_the_buttons(
    qtbot: QtBot, guide: GuideDialog
) -> None:
    guide.show_step(2)
    guide.step_list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(guide.step_list.hasFocus)
    expected = [guide.show_me_buttons[2], guide.back_button, guide.next_button, guide.close_button]
    for widget in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget


def test_pictures_are_painted_again_for_a_new_palette(guide: GuideDialog) -> None:
    before = [p.pixmap().cacheKey() for p in guide.pictures]
    guide.setPalette(dark_palette())
    assert all(p.pixmap().cacheKey() != b for p, b in zip(guide.pictures, before, strict=True))


@pytest.mark.parametrize("name", sorted(DRAWINGS))
def test_every_drawing_is_in_the_palettes_text_colour(name: str) -> None:
    palette = contrast_palette(dark=True)
    image = pictogram(name, 48, palette).toImage()
    text = palette.color(QPalette.ColorRole.WindowText)
    colours = {
        image.pixelColor(x, y).rgba() for x in range(image.width()) for y in range(image.height())
    }
    assert text.rgba() in colours
    assert QColor(Qt.GlobalColor.transparent).rgba() in colours
