"""Small line drawings for the welcome window and the guide, in the palette's colours.

Drawn rather than shipped as images so they follow the theme: dark, light and high contrast get
the same drawing in their own text and highlight colours, sharp at any size. Each is an SVG
snippet in a 100 × 100 box that Qt renders in one call (no Python painting per stroke).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap

DRAWINGS: dict[str, str] = {
    "calendar": """
        <rect x="14" y="20" width="72" height="16" fill="{accent}" stroke="none"/>
        <rect x="14" y="20" width="72" height="66" rx="6" fill="none"/>
        <path d="M32 12V26M68 12V26" fill="none"/>
        <g fill="{line}" stroke="none">
          <circle cx="27" cy="52" r="4"/><circle cx="42" cy="52" r="4"/>
          <circle cx="57" cy="52" r="4"/><circle cx="72" cy="52" r="4"/>
          <circle cx="27" cy="70" r="4"/><circle cx="42" cy="70" r="4"/>
        </g>""",
    "people": """
        <circle cx="26" cy="38" r="8.5" fill="{line}"/>
        <path d="M10 84C10 56 42 56 42 84Z" fill="{line}"/>
        <circle cx="74" cy="38" r="8.5" fill="{line}"/>
        <path d="M58 84C58 56 90 56 90 84Z" fill="{line}"/>
        <circle cx="50" cy="30" r="11" fill="{accent}"/>
        <path d="M30 86C30 50 70 50 70 86Z" fill="{accent}"/>""",
    "megaphone": """
        <path d="M18 42L62 20V80L18 58Z" fill="{accent}"/>
        <path d="M28 60L34 82M72 36L86 26M72 50H86M72 64L86 74" fill="none"/>""",
    "envelope": """
        <rect x="12" y="24" width="76" height="52" rx="5" fill="{accent}"/>
        <path d="M14 27L50 54L86 27" fill="none"/>""",
    "badge": """
        <path d="M38 8L47 22M62 8L53 22" fill="none"/>
        <rect x="20" y="34" width="60" height="12" fill="{accent}" stroke="none"/>
        <rect x="20" y="22" width="60" height="66" rx="7" fill="none"/>
        <path d="M32 60H68M32 73H56" fill="none"/>""",
    "check": """
        <circle cx="50" cy="50" r="36" fill="{accent}"/>
        <path d="M33 50L46 63L68 38" fill="none"/>""",
    "chat": """
        <rect x="12" y="18" width="62" height="44" rx="10" fill="{accent}"/>
        <path d="M26 62L24 76L40 62" fill="none"/>
        <rect x="50" y="50" width="38" height="30" rx="8" fill="none"/>""",
    "sheet": """
        <rect x="16" y="14" width="68" height="16" fill="{accent}" stroke="none"/>
        <rect x="16" y="14" width="68" height="72" fill="none"/>
        <path d="M16 45H84M16 60H84M16 75H84M42 14V86" fill="none"/>""",
    "plus": """
        <rect x="20" y="12" width="60" height="76" rx="5" fill="none"/>
        <path d="M50 34V66M34 50H66" fill="none" stroke-width="8"/>""",
}
"""The drawings, with {line} and {accent} colours; strokes are in the line colour."""

_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 100 100">'
    '<g stroke="{line}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">'
    "{body}</g></svg>"
)


def _tint(colour: QColor, background: QColor, amount: float) -> QColor:
    """`amount` of `colour` over `background`: fills stay light behind the lines on light
    themes and dark on dark ones, so the lines keep their contrast."""
    return QColor.fromRgbF(
        colour.redF() * amount + background.redF() * (1 - amount),
        colour.greenF() * amount + background.greenF() * (1 - amount),
        colour.blueF() * amount + background.blueF() * (1 - amount),
    )


def pictogram(
    name: str, size: int, palette: QPalette, ratio: float = 1.0, *, selected: bool = False
) -> QPixmap:
    """The drawing `name` in a `size` × `size` (logical pixels) pixmap for screens at `ratio`;
    `selected` draws it for a highlighted row."""
    role = QPalette.ColorRole
    line = palette.color(role.HighlightedText if selected else role.WindowText)
    behind = palette.color(role.Highlight if selected else role.Window)
    accent = _tint(
        palette.color(role.HighlightedText if selected else role.Highlight), behind, 0.45
    )
    colours = {"line": line.name(), "accent": accent.name()}
    body = DRAWINGS[name].format(**colours)
    svg = _SVG.format(px=round(size * ratio), body=body, **colours)
    pixmap = QPixmap()
    if not pixmap.loadFromData(QByteArray(svg.encode()), "SVG"):
        raise RuntimeError("Qt's SVG image format plugin is missing")
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def pictogram_icon(name: str, palette: QPalette, size: int = 32) -> QIcon:
    """An icon (normal and selected) drawn at `size` for high-density screens; Qt scales it."""
    icon = QIcon(pictogram(name, size, palette, 2.0))
    icon.addPixmap(pictogram(name, size, palette, 2.0, selected=True), QIcon.Mode.Selected)
    return icon
