"""Split decoded text into a header and records, remembering the physical line of each record.

The delimiter is sniffed by reading the first records (quotes respected) with each candidate and
keeping the one that reveals known column names, then the one that gives consistent widths.
Parsing is strict: an unterminated quote is an error, not a silently swallowed rest of file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from itertools import islice

from app.domain.messages import msg
from app.services.guestlists.columns import header_score
from app.services.guestlists.decoding import decode
from app.services.guestlists.model import (
    CHECK_EVERY,
    Cancelled,
    GuestTable,
    SourceRow,
    UnreadableGuestList,
)

DELIMITERS = (",", ";", "\t")
HEADER_SEARCH = 10  # a title or a blank row or two may sit above the header
_SNIFF_CHARS = 65536


def read_table(
    data: bytes, filename: str = "guest list", *, cancelled: Cancelled | None = None
) -> GuestTable:
    """Decode and split a file; raise UnreadableGuestList when it isn't a table with a header."""
    text, encoding = decode(data, filename)
    delimiter = sniff_delimiter(text)
    records = _records(text, delimiter, filename, cancelled)
    first = list(islice(records, HEADER_SEARCH))
    at = _header_index(first)
    if at is None:
        raise UnreadableGuestList(
            filename,
            msg("no header row found; the first line should name the columns (e.g. Name, E-Mail)"),
            first[0].line if first else None,
        )
    header_line, header = first[at]
    rows = first[at + 1 :]
    rows.extend(records)
    return GuestTable(
        filename=filename,
        encoding=encoding,
        delimiter=delimiter,
        header_line=header_line,
        header=tuple(h.replace("\ufeff", "").strip() for h in header),
        rows=tuple(rows),
        skipped_before_header=at,
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter among `,` `;` tab that best explains the first records of `text`."""
    sample = text[:_SNIFF_CHARS]
    best, best_score = ",", (False, 0, 0.0, 0)
    for delimiter in DELIMITERS:
        # Lenient on purpose: the sample may end inside a quoted value. It can't raise either:
        # `decode` refused NUL characters and the sample is shorter than csv's field limit.
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        records = [r for r in islice(reader, 2 * HEADER_SEARCH) if _has_text(r)]
        if not records:
            continue
        named, known = max(header_score(r) for r in records[:HEADER_SEARCH])
        width = len(records[0])
        same = sum(len(r) == width for r in records[1:]) / max(1, len(records) - 1)
        score = (named, known, same if width > 1 else 0.0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _records(
    text: str, delimiter: str, filename: str, cancelled: Cancelled | None
) -> Iterator[SourceRow]:
    """Non-blank records with the line each starts on; blank and all-empty rows are skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous_end = 0
    count = 0
    try:
        for cells in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            count += 1
            if cancelled is not None and count % CHECK_EVERY == 0 and cancelled():
                raise InterruptedError("Reading the guest list was cancelled.")
            if _has_text(cells):
                yield SourceRow(start, tuple(cells))
    except csv.Error as exc:
        start = previous_end + 1
        if "end of data" in str(exc):
            reason = msg('a quoted value is never closed (a stray “"”?)')
        elif "field limit" in str(exc):
            reason = msg("a value is impossibly long; probably an unclosed quote")
        else:
            reason = msg("broken quoting ({detail})", detail=str(exc))
        raise UnreadableGuestList(filename, reason, start) from exc


def _has_text(cells: list[str] | tuple[str, ...]) -> bool:
    return bool("".join(cells).strip())


def _header_index(first: list[SourceRow]) -> int | None:
    """The first record naming a person column, else the first with any known column."""
    scores = [header_score(row.cells) for row in first]
    for index, (named, _known) in enumerate(scores):
        if named:
            return index
    for index, (_named, known) in enumerate(scores):
        if known:
            return index
    return None
