"""Theme palettes and the focus style: WCAG contrast, which look each choice gets, focus rings.

These tests style single widgets only. Switching the whole application's style re-polishes
every widget other tests left behind, so that is tested in a fresh process
(test_theme_switching.py).
"""

from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleFactory,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.focus_ring_style import FocusRingStyle
from app.ui.theme import (
    Look,
    Theme,
    contrast_palette,
    contrast_ratio,
    dark_palette,
    is_dark,
    light_palette,
    palette_for,
    resolve_look,
)

R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.WindowText, R.Window),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
    (R.LinkVisited, R.Base),
]


@pytest.mark.parametrize("dark", [True, False])
def test_high_contrast_text_reaches_7_to_1(dark: bool) -> None:
    palette = contrast_palette(dark)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            assert ratio >= 7.0, (text, background, ratio)
    disabled = QPalette.ColorGroup.Disabled
    assert contrast_ratio(palette.color(disabled, R.Text), palette.color(disabled, R.Base)) >= 4.5


def test_dark_text_reaches_at_least_4_5_to_1() -> None:
    palette = dark_palette()
    assert is_dark(palette)
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(palette.color(text), palette.color(background))
        assert ratio >= 4.5, (text, background, ratio)
    # Control edges against the window: WCAG's 3:1 for parts of controls.
    assert contrast_ratio(palette.color(R.Mid), palette.color(R.Window)) >= 3.0


def test_each_look_has_its_palette() -> None:
    assert not is_dark(palette_for(Look.LIGHT))
    assert palette_for(Look.LIGHT).color(R.Window) == light_palette().color(R.Window)
    assert palette_for(Look.DARK).color(R.Base) == dark_palette().color(R.Base)
    assert palette_for(Look.CONTRAST_DARK).color(R.Window) == QColor("#000000")
    assert palette_for(Look.CONTRAST_LIGHT).color(R.Window) == QColor("#ffffff")


def test_contrast_ratio_is_wcag() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, black) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), white) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#123456"), QColor("#123456")) == pytest.approx(1.0)


def test_an_unknown_stored_choice_means_system() -> None:
    assert Theme.parse("sepia") is Theme.SYSTEM
    assert Theme.parse("dark") is Theme.DARK


@pytest.mark.parametrize(
    ("choice", "scheme", "contrast", "look"),
    [
        (Theme.SYSTEM, Qt.ColorScheme.Light, False, Look.PLATFORM),
        (Theme.SYSTEM, Qt.ColorScheme.Dark, False, Look.PLATFORM),
        (Theme.SYSTEM, Qt.ColorScheme.Dark, True, Look.CONTRAST_DARK),
        (Theme.SYSTEM, Qt.ColorScheme.Unknown, True, Look.CONTRAST_LIGHT),
        (Theme.HIGH_CONTRAST, Qt.ColorScheme.Dark, False, Look.CONTRAST_DARK),
        (Theme.HIGH_CONTRAST, Qt.ColorScheme.Light, False, Look.CONTRAST_LIGHT),
        (Theme.DARK, Qt.ColorScheme.Light, True, Look.DARK),
        (Theme.LIGHT, Qt.ColorScheme.Dark, True, Look.LIGHT),
    ],
)
def test_which_look_each_choice_gets(
    choice: Theme, scheme: Qt.ColorScheme, contrast: bool, look: Look
) -> None:
    assert resolve_look(choice, scheme, contrast) is look


def styled(widget: QWidget, style: QStyle, palette: QPalette) -> QWidget:
    """Give one widget (not the application) a style and palette, as a theme would."""
    widget.setStyle(style)
    widget.setPalette(palette)
    return widget


def focused_edge(qtbot: QtBot, control: QWidget) -> tuple[QColor, QColor]:
    """The colour of a control's outermost left pixel without the keyboard focus, and of the
    one inside it with the focus."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    other = QPushButton("other")
    layout.addWidget(control)
    layout.addWidget(other)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    edge, inside = QPoint(0, control.height() // 2), QPoint(1, control.height() // 2)
    before = control.grab().toImage().pixelColor(edge)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    return before, control.grab().toImage().pixelColor(inside)


@pytest.mark.parametrize("make", [QLineEdit, QPushButton, QComboBox])
def test_high_contrast_draws_a_thick_ring_around_the_focus(
    qtbot: QtBot, make: type[QWidget]
) -> None:
    palette = contrast_palette(dark=True)
    style = FocusRingStyle("fusion", 3, R.WindowText, button_icons=False)
    before, after = focused_edge(qtbot, styled(make(), style, palette))
    ring = palette.color(R.Highlight)
    assert before == palette.color(R.WindowText)  # the edge Fusion would draw black on black
    assert after == ring


def test_dark_gets_a_ring_around_the_focus(qtbot: QtBot) -> None:
    palette = dark_palette()
    style = FocusRingStyle("fusion", 2, R.Mid, button_icons=False)
    _before, after = focused_edge(qtbot, styled(QPushButton("b"), style, palette))
    assert contrast_ratio(after, palette.color(R.Highlight)) < 1.2
    assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0


def test_fusion_light_shows_the_focus_by_itself(qtbot: QtBot) -> None:
    style = QStyleFactory.create("fusion")
    before, after = focused_edge(qtbot, styled(QLineEdit("a"), style, light_palette()))
    assert contrast_ratio(before, after) > 1.2


def test_painting_through_the_focus_style_keeps_none_alive(qtbot: QtBot) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call and per null
    argument; the style gives them back, or painting would abort the interpreter."""
    style = FocusRingStyle("fusion", 3, R.WindowText, button_icons=True)
    palette = contrast_palette(dark=False)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    table = QTableWidget(20, 5)
    for row in range(20):
        for column in range(5):
            table.setItem(row, column, QTableWidgetItem("x"))
    combo = QComboBox()
    combo.setEditable(True)
    for widget in (table, QLineEdit("a"), QPushButton("b"), QCheckBox("c"), combo):
        layout.addWidget(styled(widget, style, palette))
    table.viewport().setStyle(style)
    window.show()
    window.grab()
    before = sys.getrefcount(None)
    for _ in range(20):
        window.grab()
    assert before - sys.getrefcount(None) < 20  # thousands of style calls, none lost


@pytest.mark.parametrize("look", list(Look))
def test_status_colours_are_readable_on_every_look(look: Look) -> None:
    from app.ui.theme import readable

    base = palette_for(look).color(QPalette.ColorRole.Base)
    for hex_colour in ("#c2524a", "#c0892b", "#b5651d", "#1b7f3a"):
        shown = readable(QColor(hex_colour), base)
        assert contrast_ratio(shown, base) >= 4.5, (look, hex_colour, shown.name())
        assert shown.hue() == pytest.approx(QColor(hex_colour).hue(), abs=3)  # the same tone


def test_a_readable_colour_is_left_as_it_is() -> None:
    from app.ui.theme import readable

    assert readable(QColor("#1b7f3a"), QColor("white")).name() == "#1b7f3a"
