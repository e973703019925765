"""Fitting text into a box: shrink, then wrap, then (last resort) ellipsize. Pure functions.

Everything is measured through a `Measurer` in ems, so the same code serves the PDF (fonts
measured by ReportLab) and tests (any fake). The result never exceeds the box: every line is
at most `width` wide and the ink of all lines, stacked, at most `height` high.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import Protocol

ELLIPSIS = "…"
STEP = 0.1
"""Font sizes are multiples of this (points): stable output, and a clean binary search."""

# Kinsoku: characters that may not start a line, and ones that may not end one.
_NO_START = set(
    "、。，．・：；！？）」』】〕〉》〙〗ー～々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;!?)]}"
)
_NO_END = set("（「『【〔〈《〘〖([{")


class Measurer(Protocol):
    def width(self, text: str) -> float:
        """Advance width of `text` on one line, in ems."""
        ...

    def extent(self, text: str) -> tuple[float, float]:
        """(lowest, highest) ink of `text` relative to the baseline, in ems."""
        ...


@dataclass(frozen=True)
class FitSpec:
    """The rules for one field.

    Attributes:
        wrap_below: wrap as soon as a single line would be smaller than this (defaults to
            `min_size`: shrink all the way before wrapping). Big names look better on two
            lines than tiny on one.
    """

    max_size: float
    min_size: float
    max_lines: int = 1
    leading: float = 1.15
    wrap_below: float | None = None


@dataclass(frozen=True)
class FittedText:
    """Lines (logical order) at one size, and the vertical metrics to place them.

    Attributes:
        ascent: ink above the first baseline, points. descent: ink below the last (>= 0).
        pitch: baseline to baseline. widths: each line's width in points.
        shortened: an ellipsis replaced part of the text.
    """

    lines: tuple[str, ...]
    size: float
    ascent: float
    descent: float
    pitch: float
    widths: tuple[float, ...]
    shortened: bool = False

    @property
    def height(self) -> float:
        if not self.lines:
            return 0.0
        return self.ascent + self.descent + self.pitch * (len(self.lines) - 1)

    @property
    def width(self) -> float:
        return max(self.widths, default=0.0)


EMPTY = FittedText((), 0.0, 0.0, 0.0, 0.0, ())


def fit_text(text: str, width: float, height: float, spec: FitSpec, m: Measurer) -> FittedText:
    """Fit `text` into a `width` x `height` box (points) following `spec`.

    The minimum size gives way to the box: if even one line at `min_size` is too tall, the
    text gets smaller still, because drawing outside the box is never acceptable.
    """
    text = text.strip()
    if not text or width <= 0 or height <= 0:
        return EMPTY
    low, high = m.extent(text + ELLIPSIS)
    ink = high - low
    hi = _floor(min(spec.max_size, height / ink))
    lo = min(spec.min_size, hi)
    if hi <= 0:
        return EMPTY
    em = m.width(text)
    single = _floor(min(hi, width / em)) if em > 0 else hi
    threshold = min(spec.wrap_below or spec.min_size, hi)
    if single >= threshold:
        return _result([text], single, spec, m)
    tokens = tokenize(text)
    wrapped = _largest_wrapped(tokens, width, height, spec, m, lo, hi, ink)
    if wrapped is not None and (single < lo or wrapped[1] > single):
        return _result(wrapped[0], wrapped[1], spec, m)
    if single >= lo:
        return _result([text], single, spec, m)
    return _ellipsized(tokens, width, height, spec, m, lo, ink)


def tokenize(text: str) -> list[tuple[str, str]]:
    """Split into (separator, piece) pairs at the places a line may break: spaces, after a
    hyphen between letters, and between CJK characters (respecting kinsoku)."""
    tokens: list[tuple[str, str]] = []
    for w, word in enumerate(text.split()):
        pieces: list[str] = []
        for i, char in enumerate(word):
            if not pieces or _break_before(word, i):
                pieces.append(char)
            else:
                pieces[-1] += char
        for p, piece in enumerate(pieces):
            tokens.append((" " if w and not p else "", piece))
    return tokens


def _break_before(word: str, i: int) -> bool:
    prev, char = word[i - 1], word[i]
    if char in _NO_START or prev in _NO_END or _is_mark(char):
        return False
    if prev == "-" and i >= 2 and word[i - 2].isalpha() and char.isalpha():
        return True
    return _is_cjk(char) or (_is_cjk(prev) and char not in _NO_START)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3134F
    )


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M" or char in "\u200c\u200d"


def clusters(text: str) -> list[str]:
    """Approximate grapheme clusters: a base character with its marks (and the virama of
    Indic conjuncts with the next consonant), so shortening never strands an accent."""
    out: list[str] = []
    for char in text:
        if out and (_is_mark(char) or out[-1][-1] in "\u200d\u094d"):
            out[-1] += char
        else:
            out.append(char)
    return out


def _floor(size: float) -> float:
    return round(math.floor(size / STEP + 1e-6) * STEP, 2)


def _block(lines: int, size: float, ink: float, leading: float) -> float:
    return size * ink + (lines - 1) * size * max(leading, ink)


def _wrap(tokens: list[tuple[str, str]], avail: float, m: Measurer) -> list[str] | None:
    """Greedy wrap at token boundaries; None when a single token is wider than `avail` ems."""
    lines: list[str] = []
    current = ""
    for sep, piece in tokens:
        candidate = current + sep + piece if current else piece
        if m.width(candidate) <= avail:
            current = candidate
            continue
        if not current or m.width(piece) > avail:
            return None
        lines.append(current)
        current = piece
    lines.append(current)
    return lines


def _largest_wrapped(
    tokens: list[tuple[str, str]],
    width: float,
    height: float,
    spec: FitSpec,
    m: Measurer,
    lo: float,
    hi: float,
    ink: float,
) -> tuple[list[str], float] | None:
    if spec.max_lines < 2 or len(tokens) < 2:
        return None

    def fits(size: float) -> list[str] | None:
        lines = _wrap(tokens, width / size, m)
        if lines is None or len(lines) > spec.max_lines:
            return None
        return lines if _block(len(lines), size, ink, spec.leading) <= height + 1e-6 else None

    best = fits(lo)
    if best is None:
        return None
    # feasibility only gets easier as the size drops, so binary search on STEP units; `lo`
    # itself (tested above) need not be a whole number of steps
    good, bad = math.floor(lo / STEP + 1e-9), round(hi / STEP) + 1
    size = lo
    while bad - good > 1:
        mid = (good + bad) // 2
        lines = fits(mid * STEP)
        if lines is None:
            bad = mid
        else:
            good, best = mid, lines
            size = max(size, mid * STEP)
    return _balanced(tokens, best, width / size, m), size  # never rounded up past the box


def _balanced(
    tokens: list[tuple[str, str]], lines: list[str], avail: float, m: Measurer
) -> list[str]:
    """The same number of lines, as even as possible ("北京字节跳动 / 科技有限公司" rather
    than "北京字节跳动科技有限 / 公司"): the narrowest width that still needs no more lines."""
    target = len(lines)
    narrow, wide = max(m.width(piece) for _sep, piece in tokens), avail
    best = lines
    for _ in range(12):
        if wide - narrow < 1e-3:
            break
        mid = (narrow + wide) / 2
        trial = _wrap(tokens, mid, m)
        if trial is not None and len(trial) <= target:
            wide, best = mid, trial
        else:
            narrow = mid
    return best


def _ellipsized(
    tokens: list[tuple[str, str]],
    width: float,
    height: float,
    spec: FitSpec,
    m: Measurer,
    size: float,
    ink: float,
) -> FittedText:
    """At the smallest size: break over-long words between characters, and if the text still
    needs more lines than fit, end the last one with an ellipsis."""
    avail = width / size
    allowed = 1
    while allowed < spec.max_lines and _block(allowed + 1, size, ink, spec.leading) <= height:
        allowed += 1
    pieces: list[tuple[str, str]] = []
    for sep, piece in tokens:
        if m.width(piece) <= avail:
            pieces.append((sep, piece))
        else:
            pieces.extend((sep if i == 0 else "", c) for i, c in enumerate(clusters(piece)))
    rows: list[list[tuple[str, str]]] = [[]]
    for sep, piece in pieces:
        if rows[-1] and m.width(_join(rows[-1] + [(sep, piece)])) > avail:
            rows.append([])
        rows[-1].append((sep, piece))
    lines = [_join(row) for row in rows]
    if len(lines) <= allowed and all(m.width(line) <= avail for line in lines):
        return _result(lines, size, spec, m)
    kept = [line if m.width(line) <= avail else ELLIPSIS for line in lines[: allowed - 1]]
    parts = clusters(_join([p for row in rows[allowed - 1 :] for p in row]))
    while parts and m.width("".join(parts).rstrip() + ELLIPSIS) > avail:
        parts.pop()
    kept.append("".join(parts).rstrip() + ELLIPSIS)
    kept = [k for k in kept if m.width(k) <= avail]  # not even "…" fits: leave it out
    return _result(kept, size, spec, m, shortened=True)


def _join(pieces: list[tuple[str, str]]) -> str:
    """Text of a line: the separator before its first piece is dropped."""
    return "".join(sep + piece if i else piece for i, (sep, piece) in enumerate(pieces))


def _result(
    lines: list[str], size: float, spec: FitSpec, m: Measurer, shortened: bool = False
) -> FittedText:
    if not lines:
        return EMPTY
    low, high = m.extent("".join(lines) + (ELLIPSIS if shortened else ""))
    pitch = size * max(spec.leading, high - low)
    return FittedText(
        lines=tuple(lines),
        size=size,
        ascent=size * high,
        descent=-size * low,
        pitch=pitch,
        widths=tuple(m.width(line) * size for line in lines),
        shortened=shortened,
    )
