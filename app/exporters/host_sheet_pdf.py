"""A small page writer for text documents in any script, and all-or-nothing PDF files.

Text goes through the badge exporter's text engine (read-only reuse): per-character font
fallback over DejaVu Sans, Noto Sans Arabic/Hebrew/Devanagari, WenQuanYi Micro Hei and Droid
Sans Fallback; Arabic shaping; bidi order. This module adds wrapping, pages and a footer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm

from app.exporters.badges.text import TextEngine, text_engine

INK = (0.1, 0.1, 0.1)
MUTED = (0.38, 0.38, 0.42)
RULE = (0.78, 0.78, 0.8)
ACCENT = (0.62, 0.16, 0.05)
LEADING = 1.32


@dataclass
class Dropped:
    """Characters no installed font can draw, each with the first text it was in."""

    first_seen: dict[str, str] = field(default_factory=dict)

    def add(self, text: str, chars: str) -> None:
        for char in chars:
            self.first_seen.setdefault(char, text)

    def warnings(self) -> tuple[str, ...]:
        by_text: dict[str, list[str]] = {}
        for char, text in self.first_seen.items():
            by_text.setdefault(text, []).append(char)
        return tuple(
            f"No installed font can draw {''.join(chars)} in “{text}”; left out."
            for text, chars in by_text.items()
        )


class PageWriter:
    """Writes lines top to bottom, starting new pages (with the footer) as needed."""

    def __init__(
        self,
        canvas: Any,
        page_size: tuple[float, float],
        footer: Callable[[int], tuple[str, str]],
        margin: float = 18 * mm,
    ) -> None:
        self.canvas = canvas
        self.width, self.height = page_size
        self.margin = margin
        self.left = margin
        self.right = self.width - margin
        self.bottom = margin + 12 * mm
        self.y = self.height - margin
        self.page = 1
        self._footer = footer
        self.dropped = Dropped()

    # -- measuring ---------------------------------------------------------------------------

    @staticmethod
    def engine(bold: bool) -> TextEngine:
        return text_engine(bold)

    def clean(self, text: str, bold: bool = False) -> str:
        kept, dropped = self.engine(bold).clean(text)
        self.dropped.add(text, dropped)
        return kept

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        return self.engine(bold).width(text) * size

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        """Greedy line breaking at spaces; words wider than a line (CJK, URLs) break anywhere."""
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            current = ""
            for word in self.clean(paragraph, bold).split(" "):
                candidate = f"{current} {word}" if current else word
                if self.text_width(candidate, size, bold) <= width:
                    current = candidate
                    continue
                if current:
                    lines.append(current)
                current = ""
                for char in word:
                    if current and self.text_width(current + char, size, bold) > width:
                        lines.append(current)
                        current = ""
                    current += char
            lines.append(current)
        return lines

    # -- drawing -----------------------------------------------------------------------------

    def draw(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        bold: bool = False,
        colour: tuple[float, float, float] = INK,
    ) -> None:
        """One line of already-clean text, each run in its own font."""
        if not text:
            return
        engine = self.engine(bold)
        out = self.canvas.beginText(x, y)
        out.setFillColorRGB(*colour)
        for run in engine.runs(text):
            out.setFont(run.font, size)
            out.textOut(run.text)
        self.canvas.drawText(out)

    def ensure(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def new_page(self) -> None:
        self.finish_page()
        self.canvas.showPage()
        self.page += 1
        self.y = self.height - self.margin

    def finish_page(self) -> None:
        left, right = self._footer(self.page)
        size = 7.5
        base = self.margin
        self.canvas.setStrokeColorRGB(*RULE)
        self.canvas.setLineWidth(0.5)
        self.canvas.line(self.left, base + 4 * mm, self.right, base + 4 * mm)
        for line_no, line in enumerate(self.wrap(left, self.right - self.left - 30 * mm, size)):
            self.draw(self.left, base - line_no * size * LEADING, line, size, colour=MUTED)
        self.draw(
            self.right - self.text_width(self.clean(right), size),
            base,
            self.clean(right),
            size,
            colour=MUTED,
        )

    def paragraph(
        self,
        text: str,
        size: float = 10,
        bold: bool = False,
        indent: float = 0,
        colour: tuple[float, float, float] = INK,
    ) -> None:
        for line in self.wrap(text, self.right - self.left - indent, size, bold):
            self.ensure(size * LEADING)
            self.y -= size * LEADING
            self.draw(self.left + indent, self.y + size * 0.25, line, size, bold, colour)

    def field(self, label: str, value: str, label_width: float = 42 * mm, size: float = 10) -> None:
        """A label on the left and its (wrapped) value beside it."""
        lines = self.wrap(value, self.right - self.left - label_width, size)
        self.ensure(size * LEADING * min(len(lines), 3))
        for n, line in enumerate(lines):
            self.ensure(size * LEADING)
            self.y -= size * LEADING
            if n == 0:
                self.draw(self.left, self.y + size * 0.25, self.clean(label), size - 1, True, MUTED)
            self.draw(self.left + label_width, self.y + size * 0.25, line, size)

    def heading(self, text: str, size: float = 12) -> None:
        self.ensure(size * 4)
        self.y -= size * 1.1
        self.y -= size
        self.draw(self.left, self.y, self.clean(text, True), size, True, ACCENT)
        self.y -= 2.2 * mm
        self.canvas.setStrokeColorRGB(*RULE)
        self.canvas.setLineWidth(0.6)
        self.canvas.line(self.left, self.y, self.right, self.y)
        self.y -= 1 * mm

    def gap(self, points: float) -> None:
        self.y -= points
