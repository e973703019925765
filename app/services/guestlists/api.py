"""One call from bytes to a reviewed guest list; the preview re-parses with a corrected mapping."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from app.domain.messages import msg
from app.services.guestlists.columns import ColumnMapping, guess_mapping
from app.services.guestlists.formats import detect_format, forced_format
from app.services.guestlists.model import (
    Cancelled,
    FormatGuess,
    GuestListFormat,
    GuestTable,
    ParsedRows,
    Progress,
    UnreadableGuestList,
)
from app.services.guestlists.reading import read_table
from app.services.guestlists.rows import parse_rows

MAX_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class GuestListPreview:
    """What the import preview shows: the file, the detected format and mapping, the result."""

    table: GuestTable
    guess: FormatGuess
    mapping: ColumnMapping
    parsed: ParsedRows
    timezone: str = "UTC"

    def with_mapping(
        self,
        mapping: ColumnMapping,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> GuestListPreview:
        """The same file read again with the user's corrected mapping (no re-decoding)."""
        parsed = parse_rows(
            self.table,
            mapping,
            self.guess,
            timezone=self.timezone,
            progress=progress,
            cancelled=cancelled,
        )
        return replace(self, mapping=mapping, parsed=parsed)


def read_guest_list(
    data: bytes,
    filename: str = "guest list",
    *,
    format: GuestListFormat | None = None,
    timezone: str = "UTC",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> GuestListPreview:
    """Decode, detect, map and parse a guest list; raise UnreadableGuestList if it can't be.

    Args:
        filename: shown in messages; an ".xls" name hints at Meetup's tab-separated export.
        format: the user's choice of platform, or None to detect it.
        timezone: zone of times written without one (the event's zone).
    """
    table = read_table(data, filename, cancelled=cancelled)
    if format is None:
        guess = detect_format(table.header, filename, table.delimiter)
    else:
        guess = forced_format(format, table.header, filename, table.delimiter)
    mapping = guess_mapping(table.header, guess.format)
    if not mapping.has_name:
        shown = ", ".join(f"“{h}”" for h in table.header if h) or "none"
        raise UnreadableGuestList(
            filename,
            msg("no column holds the guests' names (columns found: {shown})", shown=shown),
            table.header_line,
        )
    parsed = parse_rows(
        table, mapping, guess, timezone=timezone, progress=progress, cancelled=cancelled
    )
    return GuestListPreview(table, guess, mapping, parsed, timezone)


def load_guest_list(
    path: Path,
    *,
    format: GuestListFormat | None = None,
    timezone: str = "UTC",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> GuestListPreview:
    """`read_guest_list` on a file; a file that can't be opened is unreadable too."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableGuestList(
                path.name, msg("it is too large ({megabytes} MB)", megabytes=size // 2**20)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableGuestList(
            path.name, msg("it can't be opened ({strerror})", strerror=exc.strerror)
        ) from exc
    return read_guest_list(
        data,
        path.name,
        format=format,
        timezone=timezone,
        progress=progress,
        cancelled=cancelled,
    )
