"""Colour themes: follow the platform (light, dark, high contrast) or force one.

Only colours and the style change here, never fonts: text keeps the system font and its size,
so it scales with the user's setting. Widgets that want larger text scale the font they get.
Every look keeps the keyboard focus visible: the platform's and Fusion's light styles show it
themselves (and paint entirely in C++); dark and high contrast add FocusRingStyle's ring.
"""

from __future__ import annotations

import sys
from enum import Enum, StrEnum
from functools import lru_cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


class Theme(StrEnum):
    """What the user chose in Preferences (stored as the value in `ui/theme`)."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"

    @classmethod
    def parse(cls, value: str) -> Theme:
        """A stored value; anything unknown (another version, a typo) means System."""
        try:
            return cls(value)
        except ValueError:
            return cls.SYSTEM


class Look(Enum):
    """What is on screen once the choice met the platform."""

    PLATFORM = "platform"
    LIGHT = "light"
    DARK = "dark"
    CONTRAST_LIGHT = "contrast-light"
    CONTRAST_DARK = "contrast-dark"

    @property
    def high_contrast(self) -> bool:
        return self in (Look.CONTRAST_LIGHT, Look.CONTRAST_DARK)


def resolve_look(choice: Theme, scheme: Qt.ColorScheme, high_contrast: bool) -> Look:
    """The look for a choice, given the platform's colour scheme and contrast preference.

    High contrast follows the platform's scheme too: white on black when it is dark, black on
    white otherwise. System uses the platform style unless the platform asks for high contrast.
    """
    if choice is Theme.LIGHT:
        return Look.LIGHT
    if choice is Theme.DARK:
        return Look.DARK
    if choice is Theme.HIGH_CONTRAST or high_contrast:
        return Look.CONTRAST_DARK if scheme == Qt.ColorScheme.Dark else Look.CONTRAST_LIGHT
    return Look.PLATFORM


# -- palettes ------------------------------------------------------------------------------------

_CR = QPalette.ColorRole
_CG = QPalette.ColorGroup


def _palette(
    colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(_CG.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    """Fusion's own light palette (the same on every platform)."""
    style = QStyleFactory.create("fusion")
    palette = QPalette(style.standardPalette())
    style.deleteLater()
    return palette


def dark_palette() -> QPalette:
    """A calm dark palette: body text about 12:1, selections and links at least 4.5:1."""
    return _palette(
        {
            _CR.Window: "#2d2d2d",
            _CR.WindowText: "#f0f0f0",
            _CR.Base: "#1e1e1e",
            _CR.AlternateBase: "#262626",
            _CR.ToolTipBase: "#3a3a3a",
            _CR.ToolTipText: "#f0f0f0",
            _CR.PlaceholderText: "#9a9a9a",
            _CR.Text: "#f0f0f0",
            _CR.Button: "#363636",
            _CR.ButtonText: "#f0f0f0",
            _CR.BrightText: "#ff8a80",
            _CR.Light: "#4a4a4a",
            _CR.Midlight: "#3e3e3e",
            _CR.Mid: "#8a8a8a",  # edges of controls: 3:1 on the window (WCAG non-text)
            _CR.Dark: "#1a1a1a",
            _CR.Shadow: "#0a0a0a",
            _CR.Highlight: "#3478c6",
            _CR.HighlightedText: "#ffffff",
            _CR.Link: "#8cc4ff",
            _CR.LinkVisited: "#d0a8ff",
            _CR.Accent: "#3478c6",
        },
        {
            _CR.WindowText: "#7f7f7f",
            _CR.Text: "#7f7f7f",
            _CR.ButtonText: "#7f7f7f",
            _CR.HighlightedText: "#bfbfbf",
            _CR.Highlight: "#3a3a3a",
            _CR.PlaceholderText: "#6a6a6a",
        },
    )


def contrast_palette(dark: bool) -> QPalette:
    """Maximal contrast: pure black and white, selections and links well over 7:1 (WCAG AAA)."""
    if dark:
        fg, bg, alt, select, link, visited, quiet, off = (
            "#ffffff",
            "#000000",
            "#1a1a1a",
            "#1aebff",
            "#ffff00",
            "#ffb3ff",
            "#d0d0d0",
            "#a6a6a6",
        )
        selected_text = "#000000"
    else:
        fg, bg, alt, select, link, visited, quiet, off = (
            "#000000",
            "#ffffff",
            "#ebebeb",
            "#37006e",
            "#00009f",
            "#6e0060",
            "#333333",
            "#575757",
        )
        selected_text = "#ffffff"
    return _palette(
        {
            _CR.Window: bg,
            _CR.WindowText: fg,
            _CR.Base: bg,
            _CR.AlternateBase: alt,
            _CR.ToolTipBase: bg,
            _CR.ToolTipText: fg,
            _CR.PlaceholderText: quiet,
            _CR.Text: fg,
            _CR.Button: bg,
            _CR.ButtonText: fg,
            _CR.BrightText: link,
            # Fusion draws bevels and frames from these: make every edge the text colour.
            _CR.Light: fg,
            _CR.Midlight: fg,
            _CR.Mid: fg,
            _CR.Dark: fg,
            _CR.Shadow: fg,
            _CR.Highlight: select,
            _CR.HighlightedText: selected_text,
            _CR.Link: link,
            _CR.LinkVisited: visited,
            _CR.Accent: select,
        },
        {
            _CR.WindowText: off,
            _CR.Text: off,
            _CR.ButtonText: off,
            _CR.PlaceholderText: off,
            _CR.HighlightedText: selected_text,
        },
    )


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@lru_cache(maxsize=256)
def _readable_rgb(colour: int, background: int, minimum: float) -> int:
    fg, bg = QColor.fromRgb(colour), QColor.fromRgb(background)
    lighten = relative_luminance(bg) < 0.18  # a dark background: move towards white
    hue, saturation, lightness = fg.hslHueF(), fg.hslSaturationF(), fg.lightnessF()
    step = 0.04 if lighten else -0.04
    while contrast_ratio(fg, bg) < minimum and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        fg = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
    return fg.rgb()


def readable(colour: QColor, background: QColor, minimum: float = 4.5) -> QColor:
    """`colour` made just light or dark enough to read on `background` (WCAG AA for text by
    default): status colours keep their hue on light, dark and high-contrast palettes."""
    return QColor.fromRgb(_readable_rgb(colour.rgb(), background.rgb(), minimum))


def palette_for(look: Look) -> QPalette:
    """The colours of a look other than the platform's own."""
    if look is Look.DARK:
        return dark_palette()
    if look.high_contrast:
        return contrast_palette(dark=look is Look.CONTRAST_DARK)
    return light_palette()


def is_dark(palette: QPalette) -> bool:
    return palette.color(_CR.Window).lightness() < 128


# -- applying ------------------------------------------------------------------------------------

RingSettings = tuple[int, QPalette.ColorRole, bool]
"""A FocusRingStyle's ring width, edge colour and whether dialog buttons show icons."""


class ThemeController(QObject):
    """Applies the chosen theme to the application and, while the choice depends on the
    platform (System, High contrast), applies it again when the platform's scheme or contrast
    preference changes. One per application (see `apply_theme`)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.platform_style = app.style().name()
        self.choice = Theme.SYSTEM
        self.look = Look.PLATFORM
        # Keep these wrappers: PySide invalidates the accessibility hints when a temporary
        # styleHints() wrapper is collected.
        self.hints = app.styleHints()
        self.accessibility = self.hints.accessibility()
        self.hints.colorSchemeChanged.connect(self._on_hints_color_scheme_changed)
        self.accessibility.contrastPreferenceChanged.connect(
            self._on_accessibility_contrast_preference_changed
        )

    def apply(self, choice: Theme) -> Look:
        self.choice = choice
        hints = self.hints
        if choice is Theme.LIGHT:
            hints.setColorScheme(Qt.ColorScheme.Light)  # native title bars follow, where supported
        elif choice is Theme.DARK:
            hints.setColorScheme(Qt.ColorScheme.Dark)
        else:
            hints.unsetColorScheme()
        return self._show(hints.colorScheme(), self._platform_wants_contrast())

    def _platform_wants_contrast(self) -> bool:
        preference = self.accessibility.contrastPreference()
        return preference == Qt.ContrastPreference.HighContrast

    def _show(self, scheme: Qt.ColorScheme, high_contrast: bool) -> Look:
        look = resolve_look(self.choice, scheme, high_contrast)
        if look is Look.PLATFORM:
            self._set_style(self.platform_style, None)
            self.app.setPalette(QPalette())  # nothing overridden: the platform's own colours
            if scheme == Qt.ColorScheme.Dark and not is_dark(self.app.palette()):
                look = Look.DARK  # the platform style ignores dark mode: supply the colours
        if look is Look.LIGHT:
            self._set_style("fusion", None)  # Fusion's own focus and edges suit its palette
        elif look is Look.DARK:
            self._set_style("fusion", (2, QPalette.ColorRole.Mid, False))
        elif look.high_contrast:
            light = look is Look.CONTRAST_LIGHT
            self._set_style("fusion", (3, QPalette.ColorRole.WindowText, light))
        if look is not Look.PLATFORM:
            self.app.setPalette(palette_for(look))
        self.look = look
        return look

    def _set_style(self, name: str, ring: RingSettings | None) -> None:
        """Use style `name`; wrapped in a FocusRingStyle with `ring` where the palette needs
        stronger focus and edges. Only then is Python in the painting path: plain styles
        paint entirely in C++."""
        current = self.app.style()
        wanted = name.lower()
        ring_module = sys.modules.get("app.ui.focus_ring_style")  # not loaded: not in use
        if ring_module is not None and isinstance(current, ring_module.FocusRingStyle):
            base = current.baseStyle()
            same_base = base is not None and base.name().lower() == wanted
            if same_base and current.settings() == ring:
                return
        elif ring is None and current.name().lower() == wanted:
            return
        if ring is None:
            self.app.setStyle(name)
        else:
            from app.ui.focus_ring_style import FocusRingStyle  # only dark and high contrast

            self.app.setStyle(FocusRingStyle(name, *ring))

    def _on_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.choice in (Theme.SYSTEM, Theme.HIGH_CONTRAST):
            self._show(scheme, self._platform_wants_contrast())

    def _on_accessibility_contrast_preference_changed(
        self, preference: Qt.ContrastPreference
    ) -> None:
        if self.choice is Theme.SYSTEM:
            self._show(self.hints.colorScheme(), preference == Qt.ContrastPreference.HighContrast)


def theme_controller(app: QApplication) -> ThemeController:
    """The application's controller, created on first use."""
    found = app.findChild(ThemeController)
    return found if isinstance(found, ThemeController) else ThemeController(app)


def apply_theme(app: QApplication | QGuiApplication, choice: str) -> Look:
    """Show the theme stored as `choice` ("system", "light", "dark", "high-contrast")."""
    if not isinstance(app, QApplication):
        raise TypeError("themes need a QApplication (widgets)")
    return theme_controller(app).apply(Theme.parse(choice))
