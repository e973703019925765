"""Text helpers for search: accent-, case- and width-insensitive keys."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Return a search key: compatibility-normalized, without Latin/Greek/Cyrillic accents,
    casefolded.

    "Jürgen Groß" and "jurgen gross" fold to the same key; other scripts pass through unchanged
    apart from width normalization (full-width Ｌａｔｉｎ → latin).
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept: list[str] = []
    base = 0
    for ch in decomposed:
        if unicodedata.combining(ch):
            # Accents on Latin, Greek and Cyrillic letters are optional when searching; marks
            # in Devanagari, Hebrew, Arabic… are part of the letters and stay.
            if base < 0x0590 or 0x1E00 <= base <= 0x1FFF:
                continue
        else:
            base = ord(ch)
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


def clean(text: str | None) -> str:
    """Trim surrounding whitespace and normalize to NFC so equal names compare equal."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", text).strip()


_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x9FFF),  # CJK radicals, kana, CJK unified
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility
    (0x20000, 0x3134F),  # CJK extensions
)


def is_cjk(text: str) -> bool:
    """True when every letter of `text` is Chinese, Japanese or Korean (names written unspaced)."""
    letters = [ch for ch in text if not ch.isspace()]
    if not letters:
        return False
    return all(any(lo <= ord(ch) <= hi for lo, hi in _CJK_RANGES) for ch in letters)
