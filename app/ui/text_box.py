"""Multi-line fields sized in lines of text, not pixels, so they grow with the system font."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QPlainTextEdit, QWidget


def text_box(lines: float, parent: QWidget | None = None) -> QPlainTextEdit:
    """A plain-text field `lines` lines tall in its font, that Tab leaves (as in a form)."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    chrome = 2 * box.frameWidth() + 2 * math.ceil(box.document().documentMargin())
    box.setFixedHeight(math.ceil(lines * box.fontMetrics().lineSpacing()) + chrome)
    return box
