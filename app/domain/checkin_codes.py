"""Check-in codes: what a badge's QR code carries and a door scanner types back.

Short, random and easy to read aloud: eight characters from an alphabet without look-alikes
(0/O, 1/I/L) and without Y and Z, which a US-configured USB scanner types swapped on a German
keyboard layout. Codes are compared after `normalize`, so a hand-typed "abcd 2345" or a
scanner that adds a prefix or lowercase still finds the guest.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Container

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWX"
LENGTH = 8
PREFIX = "CV-"
"""Printed before the code on badges so a human sees it is a Convivio check-in code."""

_ALLOWED = frozenset(ALPHABET)


def new_code(taken: Container[str], randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh code not in `taken` (collisions are astronomically rare; we check anyway)."""
    while True:
        code = "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(LENGTH))
        if code not in taken:
            return code


def new_codes(count: int, taken: Container[str]) -> list[str]:
    """`count` distinct fresh codes, quickly (one call to the OS random source)."""
    codes: list[str] = []
    fresh: set[str] = set()
    base = len(ALPHABET)
    while len(codes) < count:
        need = count - len(codes)
        raw = secrets.token_bytes(need * LENGTH * 2)
        # Bytes below the largest multiple of 29 keep the draw unbiased.
        usable = [b % base for b in raw if b < 256 - 256 % base]
        for start in range(0, len(usable) - LENGTH + 1, LENGTH):
            if len(codes) == count:
                break
            code = "".join(ALPHABET[v] for v in usable[start : start + LENGTH])
            if code not in taken and code not in fresh:
                fresh.add(code)
                codes.append(code)
    return codes


def normalize(text: str) -> str:
    """The code a scan or a typed text means: upper case, no spaces, dashes or prefix."""
    cleaned = text.strip().upper()
    if cleaned.startswith(PREFIX):
        cleaned = cleaned[len(PREFIX) :]
    return "".join(ch for ch in cleaned if ch not in " -_\t")


def looks_like_code(text: str) -> bool:
    """True when `text` could be a check-in code (what a scanner types)."""
    code = normalize(text)
    return len(code) == LENGTH and set(code) <= _ALLOWED


def payload(code: str) -> str:
    """What the badge's QR code encodes for this check-in code."""
    return PREFIX + code
