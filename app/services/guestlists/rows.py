"""Give records meaning with a column mapping: guests to import, rejected lines, and notes.

Hot loop rules: column positions are resolved once, one C-level itemgetter pulls every mapped
cell of a record, and status words, flags and "nothing" answers are cached per distinct text.
Cells stay text: a name like "=HYPERLINK(…)" is imported exactly as written, never evaluated.

Responses: without a status column a plain list means everyone is going (that is why people
keep such a list), except a Meetup member list, which means invited. A blank status cell means
not answered yet (invited) unless the guest came. An unknown status word rejects the row: a
wrong guess would count someone as going.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from app.domain.enums import RsvpResponse
from app.domain.events import zone
from app.domain.messages import message_of, msg
from app.domain.people import MAX_NAME, full_name, is_valid_email
from app.domain.text import clean
from app.services.guestlists.columns import ColumnMapping
from app.services.guestlists.duplicates import merge_duplicates
from app.services.guestlists.model import (
    CHECK_EVERY,
    MULTI_COLUMN_FIELDS,
    Cancelled,
    Field,
    FormatGuess,
    GuestListFormat,
    GuestRow,
    GuestTable,
    ImportNote,
    ParsedRows,
    Progress,
    RejectedRow,
    UnreadableGuestList,
)
from app.services.guestlists.names import name_order, split_name
from app.services.guestlists.values import (
    MAX_GUESTS,
    Status,
    is_nothing,
    read_flag,
    read_guests,
    read_status,
)
from app.services.guestlists.when import DateReader

_SINGLE = tuple(f for f in Field if f not in MULTI_COLUMN_FIELDS)
# `_RecordReader.read` unpacks the cells in exactly this order.
assert [f.value for f in _SINGLE] == [
    "full_name",
    "given_name",
    "family_name",
    "email",
    "phone",
    "organization",
    "job_title",
    "platform_user_id",
    "profile_url",
    "response",
    "guests",
    "checked_in",
    "checked_in_at",
    "registered_at",
    "ticket_type",
]


class _Reject(Exception):
    """A record can't be imported; the message is the reason shown with its line."""


def parse_rows(
    table: GuestTable,
    mapping: ColumnMapping,
    guess: FormatGuess,
    *,
    timezone: str = "UTC",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ParsedRows:
    """Read every record of `table` through `mapping`; cheap enough to redo after a correction.

    Args:
        timezone: zone of times the file writes without one (Meetup's "10/1/26 7:15 PM").
        progress: called with (records done, records in all) every ~1,000 records.
        cancelled: polled as often; when it returns True, InterruptedError is raised.

    Raises:
        UnreadableGuestList: no column of the mapping holds names.
        ValidationError: `timezone` is not a known zone.
        ValueError: the mapping points past the last column (a bug in the caller).
    """
    zone(timezone)
    if not mapping.has_name:
        raise UnreadableGuestList(table.filename, msg("no column is used for the guests' names"))
    width = len(table.header)
    for fld, indexes in mapping.assignments:
        if any(i >= width for i in indexes):
            raise ValueError(f"{fld.value} points past the last column")
    reader = _RecordReader(table, mapping, guess, timezone)
    rows: list[GuestRow] = []
    rejected: list[RejectedRow] = []
    total = len(table.rows)
    for done, (line, cells) in enumerate(table.rows, 1):
        if done % CHECK_EVERY == 0:
            if cancelled is not None and cancelled():
                raise InterruptedError("Reading the guest list was cancelled.")
            if progress is not None:
                progress(done, total)
        try:
            rows.append(reader.read(line, cells))
        except _Reject as reason:
            rejected.append(RejectedRow(line, message_of(reason)))
    if progress is not None:
        progress(total, total)
    merged, duplicate_notes = merge_duplicates(rows)
    notes = [*reader.dates.notes(), *duplicate_notes]
    if table.skipped_before_header:
        skipped = msg(
            "{count} line(s) above the header were skipped (a title?).",
            count=table.skipped_before_header,
        )
        notes.insert(0, ImportNote(skipped))
    return ParsedRows(tuple(merged), tuple(rejected), tuple(notes))


class _RecordReader:
    """Everything resolved once per parse, so that reading one record is a few lookups."""

    def __init__(
        self, table: GuestTable, mapping: ColumnMapping, guess: FormatGuess, timezone: str
    ) -> None:
        self.width = width = len(table.header)
        self.format = guess.format
        self.source = guess.format.source
        # Fields the mapping leaves out read the empty cell appended after the last column.
        columns = [mapping.column(f) for f in _SINGLE]
        self.take: Callable[[tuple[str, ...]], tuple[str, ...]] = itemgetter(
            *(width if c is None else c for c in columns)
        )
        self.dietary = mapping.columns(Field.DIETARY)
        self.accessibility = mapping.columns(Field.ACCESSIBILITY)
        self.notes = mapping.columns(Field.NOTES)
        self.has_response = mapping.column(Field.RESPONSE) is not None
        self.default = (
            RsvpResponse.INVITED if guess.variant == "member list" else RsvpResponse.GOING
        )
        self.statuses: dict[str, Status | None] = {}
        self.flags: dict[str, bool | None] = {}
        self.nothing: dict[str, bool] = {}
        self.dates = DateReader(table, mapping, guess, timezone)
        self.check_in_time = self.dates.column(Field.CHECKED_IN_AT)
        self.check_in_flag_time = self.dates.column(Field.CHECKED_IN)
        self.registration_time = self.dates.column(Field.REGISTERED_AT)

    def read(self, line: int, cells: tuple[str, ...]) -> GuestRow:
        count, width = len(cells), self.width
        if count > width and any(c.strip() for c in cells[width:]):
            raise _Reject(
                msg(
                    "it has {count} values but the header names {width} columns (a stray "
                    "delimiter or quote?)",
                    count=count,
                    width=width,
                )
            )
        if count == width:
            cells = (*cells, "")
        elif count < width:
            cells = cells + ("",) * (width + 1 - count)
        else:
            cells = (*cells[:width], "")
        # `clean` (NFC + strip) only where NFC can change something: ASCII is already NFC.
        (
            whole,
            given,
            family,
            email,
            phone,
            organization,
            job_title,
            user_id,
            profile,
            status_text,
            guests_text,
            flag_text,
            at_text,
            registered,
            ticket_type,
        ) = [v.strip() if v.isascii() else clean(v) for v in self.take(cells)]
        if given or family:
            order = name_order(given, family)
            whole = whole or full_name(given, family, order)
        elif whole:
            given, family, order = split_name(whole)
        else:
            raise _Reject(msg("it has no name"))
        if len(given) > MAX_NAME or len(family) > MAX_NAME:
            raise _Reject(msg("the name is longer than {limit} characters", limit=MAX_NAME))
        if email and not is_valid_email(email):
            raise _Reject(msg("“{email}” is not a valid e-mail address", email=email))
        guests = read_guests(guests_text)
        if guests is None or not 0 <= guests <= MAX_GUESTS:
            raise _Reject(
                msg(
                    "the guests count “{value}” is not a whole number from 0 to {limit}",
                    value=guests_text,
                    limit=MAX_GUESTS,
                )
            )
        response, came = self._status(status_text)
        checked_in_at = self.check_in_time(at_text, line) if at_text else None
        came = came or bool(at_text)
        if flag_text:
            flag = self._flag(flag_text)
            if flag is None:
                when = self.check_in_flag_time(flag_text, line)
                came = came or when is not None
                checked_in_at = checked_in_at or when
            else:
                came = came or flag
        if came and not status_text:
            response = RsvpResponse.GOING
        return GuestRow(
            line=line,
            given_name=given,
            family_name=family,
            full_name=whole,
            name_order=order,
            email=email,
            phone=phone,
            organization=organization,
            job_title=job_title,
            platform=self.source,
            platform_user_id=user_id or _member_id(profile, self.format),
            response=response,
            guests=guests,
            came=came,
            checked_in_at=checked_in_at,
            registered_at=self.registration_time(registered, line) if registered else None,
            dietary=self._needs(cells, self.dietary) if self.dietary else "",
            accessibility=self._needs(cells, self.accessibility) if self.accessibility else "",
            notes=self._text(cells, self.notes) if self.notes else "",
            profile_url=profile,
            ticket_type=ticket_type,
        )

    def _status(self, text: str) -> Status:
        if not self.has_response:
            return self.default, False
        if not text:
            return RsvpResponse.INVITED, False  # a status column left blank: not answered yet
        if text not in self.statuses:
            self.statuses[text] = read_status(text, self.format)
        status = self.statuses[text]
        if status is None:
            raise _Reject(msg("the status “{text}” is not one we know", text=text))
        return status

    def _flag(self, text: str) -> bool | None:
        if text not in self.flags:
            self.flags[text] = read_flag(text)
        return self.flags[text]

    @staticmethod
    def _text(cells: tuple[str, ...], columns: tuple[int, ...]) -> str:
        parts = [clean(cells[i]) for i in columns]
        return "; ".join(p for p in parts if p)

    def _needs(self, cells: tuple[str, ...], columns: tuple[int, ...]) -> str:
        """Dietary or access needs; "None", "n/a", "keine" mean no need, not a need."""
        kept: list[str] = []
        for i in columns:
            text = clean(cells[i])
            if not text:
                continue
            if text not in self.nothing:
                self.nothing[text] = is_nothing(text)
            if not self.nothing[text]:
                kept.append(text)
        return "; ".join(kept)


def _member_id(profile_url: str, fmt: GuestListFormat) -> str:
    """Meetup profile URLs end in /members/<id>/; other platforms' URLs are not ids."""
    if fmt is not GuestListFormat.MEETUP or "/members/" not in profile_url:
        return ""
    tail = profile_url.split("/members/", 1)[1].strip("/").split("/")[0]
    return tail if tail.isdigit() else ""
