"""Guest-list import, pure part: bytes in, reviewed guests out (no database, no Qt)."""

from __future__ import annotations

from app.services.guestlists.api import GuestListPreview, load_guest_list, read_guest_list
from app.services.guestlists.columns import ColumnMapping, guess_mapping
from app.services.guestlists.formats import detect_format, forced_format
from app.services.guestlists.model import (
    Field,
    FormatGuess,
    GuestListFormat,
    GuestRow,
    GuestTable,
    ImportNote,
    ParsedRows,
    RejectedRow,
    SourceRow,
    UnreadableGuestList,
)
from app.services.guestlists.reading import read_table
from app.services.guestlists.rows import parse_rows

__all__ = [
    "ColumnMapping",
    "Field",
    "FormatGuess",
    "GuestListFormat",
    "GuestListPreview",
    "GuestRow",
    "GuestTable",
    "ImportNote",
    "ParsedRows",
    "RejectedRow",
    "SourceRow",
    "UnreadableGuestList",
    "detect_format",
    "forced_format",
    "guess_mapping",
    "load_guest_list",
    "parse_rows",
    "read_guest_list",
    "read_table",
]
