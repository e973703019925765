"""Date columns of one parse: which order "03/04/26" means, a cache, and notes on bad dates.

Meetup and Eventbrite US write month-first, Eventbrite UK day-first. For other files each date
column is read the way its unambiguous values show ("13/04/2026" proves day-first); a column
with no proof is read day-first, as most of the world writes, and a note says so. An unreadable
date never rejects a guest: the field is left empty and the line is named in a note.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.domain.messages import msg
from app.services.guestlists.columns import ColumnMapping
from app.services.guestlists.model import (
    Field,
    FormatGuess,
    GuestListFormat,
    GuestTable,
    ImportNote,
)
from app.services.guestlists.values import read_when, slash_order

DATE_FIELDS = (Field.CHECKED_IN_AT, Field.REGISTERED_AT, Field.CHECKED_IN)
_SHOWN_LINES = 5


class DateReader:
    """Reads the date cells of one table, remembering what it had to ignore."""

    def __init__(
        self, table: GuestTable, mapping: ColumnMapping, guess: FormatGuess, timezone: str
    ) -> None:
        self._tz = timezone
        self._headers: dict[Field, str] = {}
        self._day_first: dict[Field, bool] = {}
        self._assumed: list[Field] = []
        self._bad: dict[Field, list[int]] = {}
        for fld in DATE_FIELDS:
            index = mapping.column(fld)
            if index is None:
                continue
            self._headers[fld] = table.header[index]
            fixed = _platform_order(guess)
            if fixed is not None:
                self._day_first[fld] = fixed
                continue
            proven, ambiguous = _column_order(table, index)
            self._day_first[fld] = True if proven is None else proven
            if proven is None and ambiguous:
                self._assumed.append(fld)

    def column(self, fld: Field) -> Callable[[str, int], datetime | None]:
        """A reader of `fld`'s cells: (text, line) → the UTC instant, or None and a note."""
        day_first = self._day_first.get(fld, True)
        cache: dict[str, datetime | None] = {}
        bad = self._bad.setdefault(fld, [])

        def read(text: str, line: int) -> datetime | None:
            if text not in cache:
                cache[text] = read_when(text, day_first, self._tz)
            value = cache[text]
            if value is None:
                bad.append(line)
            return value

        return read

    def notes(self) -> list[ImportNote]:
        notes = [
            ImportNote(
                msg(
                    "Dates in the column “{column}” were read day first (03/04/2026 = 3 April); "
                    "if that is wrong, fix the file and import again.",
                    column=self._headers[fld],
                )
            )
            for fld in self._assumed
        ]
        for fld, lines in self._bad.items():
            if not lines:
                continue
            shown = ", ".join(str(n) for n in lines[:_SHOWN_LINES])
            extra = len(lines) - _SHOWN_LINES
            more = msg(" and {count} more", count=extra) if extra > 0 else ""
            params = {
                "count": len(lines),
                "column": self._headers[fld],
                "lines": shown,
                "more": more,
            }
            if fld is Field.CHECKED_IN:
                text = msg(
                    "Ignored {count} value(s) that are neither yes/no nor a time in the column "
                    "“{column}” (line {lines}{more}); those guests are imported without it.",
                    **params,
                )
            else:
                text = msg(
                    "Ignored {count} unreadable date(s) in the column “{column}” "
                    "(line {lines}{more}); those guests are imported without it.",
                    **params,
                )
            notes.append(ImportNote(text, tuple(lines)))
        return notes


def _platform_order(guess: FormatGuess) -> bool | None:
    if guess.format is GuestListFormat.MEETUP:
        return False
    if guess.format is GuestListFormat.EVENTBRITE:
        return guess.variant == "UK"
    return None


def _column_order(table: GuestTable, index: int) -> tuple[bool | None, bool]:
    """(day-first proven True/False or None, whether ambiguous numeric dates occur)."""
    day = month = 0
    ambiguous = False
    for _line, cells in table.rows:
        if index >= len(cells):
            continue
        text = cells[index].strip()
        if len(text) < 6 or text[4:5] == "-" or not text[0].isdigit():
            continue  # empty, ISO (2026-10-01…), or worded: no day/month question
        order = slash_order(text)
        if order is None:
            ambiguous = ambiguous or "/" in text or "." in text
        elif order:
            day += 1
        else:
            month += 1
    if day == month == 0:
        return None, ambiguous
    return day >= month, False
