"""Turn a file's bytes into text, choosing the encoding from the bytes; never guess silently.

Order of evidence: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32), then the NUL pattern of
UTF-16 written without a mark, then strict UTF-8, then Windows-1252 (what Excel writes on western
Windows) — but only when the result looks like western text. Text in GBK or Shift-JIS decodes
"successfully" as cp1252 into mojibake (张伟 → ÕÅÎ°); we refuse it instead of importing nonsense.
"""

from __future__ import annotations

import codecs
import re

from app.domain.messages import Message, msg
from app.services.guestlists.model import UnreadableGuestList

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)

_MAGIC: tuple[tuple[bytes, Message], ...] = (
    (b"PK\x03\x04", msg("it is an Excel workbook or another zip archive; save it as CSV first")),
    (b"\xd0\xcf\x11\xe0", msg("it is a binary Excel (.xls) workbook; save it as CSV first")),
    (b"%PDF", msg("it is a PDF document, not a table")),
    (b"\x89PNG", msg("it is an image, not a table")),
    (b"\xff\xd8\xff", msg("it is an image, not a table")),
)

_LONG_RUN = re.compile(r"[^\x00-\x7f]{3,}")
_CONTROL = frozenset(chr(c) for c in range(32)) - {"\t", "\n", "\r", "\f"}


def decode(data: bytes, filename: str) -> tuple[str, str]:
    """Return (text without BOM, a human name of the encoding) or raise UnreadableGuestList."""
    if not data.strip(b" \t\r\n\x00"):
        raise UnreadableGuestList(filename, msg("the file is empty"))
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, label, filename), label
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            raise UnreadableGuestList(filename, reason)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        label = f"{utf16.upper()} without BOM"
        return _strict(data, utf16, label, filename), label
    if b"\x00" in data:
        raise UnreadableGuestList(filename, msg("it contains binary data (NUL bytes), not text"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked_text(text, filename), "UTF-8"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if not text or not looks_western(text):
        raise UnreadableGuestList(
            filename,
            msg(
                "it is neither UTF-8 nor western Windows text (it may be GBK, Big5 or "
                "Shift-JIS); save it as “CSV UTF-8” and try again"
            ),
        )
    return _checked_text(text, filename), "Windows-1252"


def _strict(data: bytes, codec: str, label: str, filename: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1 if codec == "utf-8" else None
        raise UnreadableGuestList(
            filename,
            msg(
                "it is not valid {encoding} text (byte {byte})", encoding=label, byte=exc.start + 1
            ),
            line,
        ) from exc
    return _checked_text(text, filename)


def _checked_text(text: str, filename: str) -> str:
    """Refuse text that is mostly control characters: a binary file that happened to decode."""
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise UnreadableGuestList(filename, msg("it contains binary data (NUL characters)"), line)
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch in _CONTROL)
    if controls > max(8, len(sample) // 100):
        raise UnreadableGuestList(filename, msg("it contains binary data, not text"))
    return text.lstrip("\ufeff")


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a mark shows NULs in every other byte for Latin text."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > half * 0.4 and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > half * 0.4 and odd.count(0) == 0:
        return "utf-16-be"
    return None


def looks_western(text: str) -> bool:
    """True when the non-ASCII letters mostly stand alone, as accents do in western words.

    In GBK, Big5 or Shift-JIS every CJK character is two high bytes, so cp1252 mojibake shows
    long runs of non-ASCII characters; "Jürgen Groß" or "Zoë" show runs of one or two.
    """
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    in_long_runs = sum(len(run) for run in _LONG_RUN.findall(text))
    return in_long_runs <= non_ascii * 0.2
