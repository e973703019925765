"""From logical text to drawable runs: cleaning, Arabic shaping, bidi order, font fallback.

ReportLab draws glyphs left to right from one font at a time and knows nothing about scripts,
so each line is (1) reshaped when it holds Arabic (joined letter forms, via arabic-reshaper),
(2) put into visual order by the Unicode bidi algorithm (python-bidi) when it holds Hebrew
or Arabic, and (3) cut into runs, each in the first font whose cmap has the characters.
Devanagari runs are shaped by HarfBuzz through ReportLab (uharfbuzz) for conjuncts and
vowel signs. Widths are in ems (font size 1), so fitting can scale them freely.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

import arabic_reshaper  # type: ignore[import-untyped, unused-ignore]
from bidi import get_display  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr

from app.exporters.badges.fonts import FontFace, FontSet, font_set

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_SPACES = re.compile(r"\s+")

_SCRIPT_ROLES: tuple[tuple[int, int, str], ...] = (
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x1100, 0x11FF, "cjk"),
    (0x1CD0, 0x1CFF, "devanagari"),
    (0x2E80, 0x9FFF, "cjk"),
    (0xA8E0, 0xA8FF, "devanagari"),
    (0xA960, 0xA97F, "cjk"),
    (0xAC00, 0xD7AF, "cjk"),
    (0xF900, 0xFAFF, "cjk"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE30, 0xFE4F, "cjk"),
    (0xFE70, 0xFEFF, "arabic"),
    (0xFF00, 0xFFEF, "cjk"),
    (0x20000, 0x3134F, "cjk"),
)
_CACHE_LIMIT = 50_000
_DEFAULT_INK = (-0.24, 0.93)
"""Extent of a line without ink (spaces only): DejaVu's, so empty lines still have height."""


def script_role(char: str) -> str | None:
    """The font role that should draw this character, if its script has a dedicated font."""
    code = ord(char)
    for lo, hi, role in _SCRIPT_ROLES:
        if lo <= code <= hi:
            return role
    return None


def _ignorable(char: str) -> bool:
    """Format and control characters, variation selectors and skin-tone modifiers: invisible
    or (in a monochrome emoji font) ugly, and never needed to read a name."""
    code = ord(char)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or 0x1F3FB <= code <= 0x1F3FF:
        return True
    return unicodedata.category(char) in ("Cf", "Cc", "Cs", "Co", "Cn")


def _sticky(char: str) -> bool:
    """Spaces, punctuation, digits and marks stay in the font of the text around them."""
    return unicodedata.category(char)[0] in "ZPNM"


@dataclass(frozen=True)
class Run:
    """Text for one font, in visual order; `text` may be a ReportLab `ShapedStr`."""

    font: str
    text: str
    width: float
    """In ems."""
    fake_bold: bool = False


class TextEngine:
    """Measures and splits text for one weight. Caches everything: names repeat across
    badges and fitting measures the same words at many sizes."""

    def __init__(self, fonts: FontSet, bold: bool) -> None:
        self._chain = fonts.bold if bold else fonts.regular
        self._fake_bold = fonts.synthetic_bold if bold else frozenset()
        self._preferred: dict[str, FontFace] = {}
        for face in self._chain:
            self._preferred.setdefault(face.role, face)
        self._font_cache: dict[tuple[str, str], FontFace | None] = {}
        self._runs_cache: dict[str, tuple[Run, ...]] = {}
        self._extent_cache: dict[str, tuple[float, float]] = {}

    def clean(self, text: str) -> tuple[str, str]:
        """NFC text with collapsed spaces and without characters no font can draw.

        Returns:
            (clean text, the dropped characters in order, for a warning).
        """
        text = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
        kept: list[str] = []
        dropped: list[str] = []
        for char in text:
            if _ignorable(char):
                continue
            if char == " " or self._font_for(char, None) is not None:
                kept.append(char)
            else:
                dropped.append(char)
        return _SPACES.sub(" ", "".join(kept)).strip(), "".join(dropped)

    def width(self, text: str) -> float:
        """Advance width in ems of the line as it will be drawn."""
        return sum(run.width for run in self.runs(text))

    def extent(self, text: str) -> tuple[float, float]:
        """(lowest, highest) ink per em over all characters of `text` in their fonts."""
        found = self._extent_cache.get(text)
        if found is not None:
            return found
        low, high = 0.0, 0.0
        inked = False
        prev: FontFace | None = None
        for char in self._drawn_form(text):
            face = self._font_for(char, prev)
            if face is None or char.isspace():
                continue
            prev = face
            bottom, top = face.ink(char)
            if bottom != top:
                inked = True
                low, high = min(low, bottom), max(high, top)
        found = (low, high) if inked else _DEFAULT_INK
        self._remember(self._extent_cache, text, found)
        return found

    def runs(self, text: str) -> tuple[Run, ...]:
        """The line in visual order, split by font, ready for `textOut`."""
        found = self._runs_cache.get(text)
        if found is not None:
            return found
        visual = self._drawn_form(text)
        if _RTL.search(visual):
            visual = get_display(visual)
        runs: list[Run] = []
        current: FontFace | None = None
        chars: list[str] = []
        for char in visual:
            face = self._font_for(char, current)
            if face is None:
                continue
            if face is not current and chars and current is not None:
                runs.append(self._run(current, "".join(chars)))
                chars = []
            current = face
            chars.append(char)
        if chars and current is not None:
            runs.append(self._run(current, "".join(chars)))
        found = tuple(runs)
        self._remember(self._runs_cache, text, found)
        return found

    def _drawn_form(self, text: str) -> str:
        return str(arabic_reshaper.reshape(text)) if _ARABIC.search(text) else text

    def _run(self, face: FontFace, text: str) -> Run:
        fake = face.name in self._fake_bold
        if face.complex_script:
            shaped: Any = shapeStr(text, face.name, 10)
            data = getattr(shaped, "__shapeData__", None)
            if data is not None:
                return Run(face.name, shaped, sum(d.x_advance for d in data) / 1000.0, fake)
        return Run(face.name, text, float(stringWidth(text, face.name, 1.0)), fake)

    def _font_for(self, char: str, prev: FontFace | None) -> FontFace | None:
        key = (char, prev.name if prev is not None else "")
        if key in self._font_cache:
            return self._font_cache[key]
        face = self._choose(char, prev)
        self._remember(self._font_cache, key, face)
        return face

    def _choose(self, char: str, prev: FontFace | None) -> FontFace | None:
        if prev is not None and _sticky(char) and prev.has(char):
            return prev
        role = script_role(char)
        preferred = self._preferred.get(role) if role else None
        if preferred is not None and preferred.has(char):
            return preferred
        for face in self._chain:
            if face.has(char):
                return face
        return None

    @staticmethod
    def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        cache[key] = value


_engines: dict[bool, TextEngine] = {}
_lock = threading.Lock()


def text_engine(bold: bool = False) -> TextEngine:
    """The shared engine for a weight (fonts are registered on first use)."""
    with _lock:
        engine = _engines.get(bold)
        if engine is None:
            engine = _engines[bold] = TextEngine(font_set(), bold)
        return engine
