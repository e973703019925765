"""apply_theme on a whole application: each choice, back to the platform, following its scheme.

Run in a fresh process: switching the application's style re-polishes every widget, and in
the shared test process that includes whatever earlier tests left half torn down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

SCRIPT = r"""
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit
from app.ui.focus_ring_style import FocusRingStyle
from app.ui.theme import apply_theme, contrast_palette, theme_controller

app = QApplication(sys.argv[:1])
R = QPalette.ColorRole
out = {}
window = lambda: app.palette().color(R.Window).name()
field = QLineEdit()
field.show()
font = QApplication.font().toString()
out["platform"] = window()
for choice in ("dark", "light", "high-contrast", "system", "sepia"):
    look = apply_theme(app, choice)
    style = app.style()
    app.processEvents()  # palette change events reach the widgets
    out[choice] = {
        "look": look.value,
        "window": window(),
        "field_base": field.palette().color(R.Base).name(),
        "ring": style.settings()[0] if isinstance(style, FocusRingStyle) else None,
        "font_kept": QApplication.font().toString() == font,
    }
hc = contrast_palette(dark=False)
out["hc_matches"] = all(
    app.palette().color(role) == hc.color(role) for role in (R.Window, R.Text, R.Highlight)
) if apply_theme(app, "high-contrast") else False

controller = theme_controller(app)
apply_theme(app, "system")
controller.hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
out["system_dark"] = [controller.look.value, window()]
controller.hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
out["system_light"] = [controller.look.value, window()]
controller.accessibility.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
out["system_contrast"] = controller.look.value
controller.accessibility.contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
out["system_no_contrast"] = controller.look.value
apply_theme(app, "high-contrast")
controller.hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
out["contrast_dark"] = [controller.look.value, window()]
apply_theme(app, "light")
controller.hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
out["light_ignores"] = controller.look.value
out["one_controller"] = len(app.findChildren(type(controller))) == 1
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def seen() -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_dark_is_fusion_with_a_dark_palette_and_a_ring(seen: dict[str, Any]) -> None:
    dark = seen["dark"]
    assert dark["look"] == "dark"
    assert dark["window"] == "#2d2d2d"
    assert dark["field_base"] == "#1e1e1e"  # widgets got it too
    assert dark["ring"] == 2


def test_light_paints_with_fusion_alone(seen: dict[str, Any]) -> None:
    assert seen["light"]["look"] == "light"
    assert seen["light"]["ring"] is None


def test_high_contrast_has_its_palette_and_a_thicker_ring(seen: dict[str, Any]) -> None:
    contrast = seen["high-contrast"]
    assert contrast["look"] == "contrast-light"  # the offscreen platform is not dark
    assert contrast["window"] == "#ffffff"
    assert contrast["ring"] == 3
    assert seen["hc_matches"]


def test_system_gives_the_platform_back(seen: dict[str, Any]) -> None:
    assert seen["system"]["look"] == "platform"
    assert seen["system"]["window"] == seen["platform"]
    assert seen["sepia"]["look"] == "platform"  # an unknown stored value means System


def test_no_theme_touches_the_font(seen: dict[str, Any]) -> None:
    for choice in ("dark", "light", "high-contrast", "system"):
        assert seen[choice]["font_kept"], choice


def test_system_follows_the_platform_as_it_changes(seen: dict[str, Any]) -> None:
    # The offscreen platform has no dark mode of its own: the controller supplies the colours.
    assert seen["system_dark"] == ["dark", "#2d2d2d"]
    assert seen["system_light"] == ["platform", seen["platform"]]
    assert seen["system_contrast"] in ("contrast-light", "contrast-dark")
    assert seen["system_no_contrast"] == "platform"


def test_high_contrast_follows_the_scheme_and_light_does_not(seen: dict[str, Any]) -> None:
    assert seen["contrast_dark"] == ["contrast-dark", "#000000"]
    assert seen["light_ignores"] == "light"
    assert seen["one_controller"]
