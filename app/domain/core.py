"""The core of early attendees: stage rules, the ready-to-announce gate, follow-ups, templates.

Template filling stays Qt-free: dates and times are converted to the event's own time zone here,
and then written by a `WhenFormat` the caller passes in. The UI passes one backed by QLocale (the
reader's locale); the command line and tests use `PlainWhenFormat` (English long dates, 24-hour
times), which needs no locale library.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol
from urllib.parse import quote

from app.domain import words
from app.domain.enums import Channel, CoreStage, RsvpResponse
from app.domain.errors import DomainError, ValidationError
from app.domain.events import to_local
from app.domain.messages import Message, msg

# -- stages --------------------------------------------------------------------------------------

PIPELINE: tuple[CoreStage, ...] = (
    CoreStage.TO_ASK,
    CoreStage.ASKED,
    CoreStage.INTERESTED,
    CoreStage.COMMITTED,
    CoreStage.CONFIRMED,
)
EXITS: tuple[CoreStage, ...] = (CoreStage.DECLINED, CoreStage.NOT_NOW)
BOARD_ORDER: tuple[CoreStage, ...] = PIPELINE + EXITS
"""Columns of the board, left to right."""
COUNTED: frozenset[CoreStage] = frozenset({CoreStage.COMMITTED, CoreStage.CONFIRMED})
"""Stages that count toward the core target: people who said yes."""
MAX_NOTE = 5000


class InvalidStageMove(DomainError):
    """A candidate can't go from one stage straight to another."""


def _allowed(stage: CoreStage) -> frozenset[CoreStage]:
    """The rules, stated once:

    1. Along the pipeline, forward moves may skip stages (someone can say yes at once).
    2. Backward moves go one stage at a time (confirmed → committed, asked → to ask), so a
       slip is easy to fix but a yes isn't silently turned into "not asked yet".
    3. Anyone in the pipeline can decline or be set aside for now.
    4. From declined or not now, people re-enter the pipeline anywhere up to committed (they
       said yes after all), but confirming needs a commitment first; and the two exits swap.
    """
    if stage in EXITS:
        other = EXITS[1 - EXITS.index(stage)]
        return frozenset({*PIPELINE[:-1], other})
    at = PIPELINE.index(stage)
    forward = PIPELINE[at + 1 :]
    back = PIPELINE[at - 1 : at] if at > 0 else ()
    return frozenset({*forward, *back, *EXITS})


ALLOWED_MOVES: dict[CoreStage, frozenset[CoreStage]] = {s: _allowed(s) for s in CoreStage}


def can_move(current: CoreStage, target: CoreStage) -> bool:
    return target in ALLOWED_MOVES[current]


def check_move(current: CoreStage, target: CoreStage, who: str = "This person") -> None:
    """Raise InvalidStageMove, in words, unless `current` → `target` is allowed."""
    if can_move(current, target):
        return
    if current is target:
        raise InvalidStageMove(
            msg("{who} is already “{stage}”.", who=who, stage=stage_word(target))
        )
    if target is CoreStage.CONFIRMED:
        raise InvalidStageMove(
            msg(
                "{who} can't be confirmed straight from “{stage}”: move them to committed first.",
                who=who,
                stage=stage_word(current),
            )
        )
    raise InvalidStageMove(
        msg(
            "{who} can't go from “{stage}” back to “{target}”: move them back one stage at a time.",
            who=who,
            stage=stage_word(current),
            target=stage_word(target),
        )
    )


def neighbour_stage(current: CoreStage, step: int) -> CoreStage | None:
    """The nearest board column in direction `step` (+1 right, -1 left) the card may move to."""
    at = BOARD_ORDER.index(current) + step
    while 0 <= at < len(BOARD_ORDER):
        if can_move(current, BOARD_ORDER[at]):
            return BOARD_ORDER[at]
        at += step
    return None


def counts_toward_target(stage: CoreStage) -> bool:
    return stage in COUNTED


def stage_word(stage: CoreStage) -> Message:
    """The stage in plain English ("not now"), for messages raised below the UI."""
    return words.core_stage(stage)


# -- the ready-to-announce gate ------------------------------------------------------------------


@dataclass(frozen=True)
class Gate:
    """How far an event's core is from its target, asked before announcing the event."""

    target: int | None
    counted: int
    """Committed plus confirmed candidates."""

    @property
    def missing(self) -> int:
        return 0 if self.target is None else max(0, self.target - self.counted)

    @property
    def ready(self) -> bool:
        return self.missing == 0

    def message(self) -> str:
        if self.target is None:
            return "This event has no core target."
        if self.ready:
            return f"The core is complete: {self.counted} of {self.target}."
        people = "person is" if self.missing == 1 else "people are"
        return (
            f"Only {self.counted} of the {self.target} core people have committed: "
            f"{self.missing} more {people} missing."
        )


def gate(target: int | None, counted: int) -> Gate:
    return Gate(target=target, counted=counted)


# -- follow-ups ------------------------------------------------------------------------------------

WAITING_DAYS_KEY = "followups.waiting_days"
"""Shared setting: days a candidate may wait in "asked" before the Today view lists them."""
DEFAULT_WAITING_DAYS = 7
MAX_WAITING_DAYS = 365
ORGANIZER_NAME_KEY = "organizer.name"
"""Shared setting: the name that signs messages ({organizer_name})."""


def parse_waiting_days(stored: str | None) -> int:
    """The stored setting as a number of days; anything unreadable means the default."""
    try:
        days = int((stored or "").strip())
    except ValueError:
        return DEFAULT_WAITING_DAYS
    return days if 1 <= days <= MAX_WAITING_DAYS else DEFAULT_WAITING_DAYS


def check_waiting_days(days: int) -> int:
    if not 1 <= days <= MAX_WAITING_DAYS:
        raise ValidationError(
            "waiting_days",
            msg(
                "Waiting days must be a number from 1 to {limit}.",
                limit=MAX_WAITING_DAYS,
            ),
        )
    return days


def waiting_cutoff(now: datetime, days: int) -> datetime:
    """Candidates asked before this instant have waited too long for an answer."""
    return now - timedelta(days=days)


def suggested_follow_up(stage: CoreStage, today: date, event_day: date | None) -> date | None:
    """When to check in next after moving someone to `stage` (the move dialog's default).

    An ask gets a few days for an answer; interest deserves a quick second conversation; a
    commitment is confirmed about a week before the event; the other stages need nothing.
    """
    if stage is CoreStage.ASKED:
        return today + timedelta(days=3)
    if stage is CoreStage.INTERESTED:
        return today + timedelta(days=2)
    if stage is CoreStage.COMMITTED:
        if event_day is None:
            return today + timedelta(days=7)
        return max(today + timedelta(days=1), event_day - timedelta(days=7))
    return None


def cadence_due_on(last_contact: date | None, cadence_days: int, today: date) -> date:
    """The day a keep-in-touch conversation is due: never talked to means today."""
    if last_contact is None:
        return today
    return last_contact + timedelta(days=cadence_days)


@dataclass(frozen=True)
class ConversationDraft:
    """A conversation to log (a stage move, a follow-up done, an ask sent), as typed."""

    channel: Channel = Channel.MESSAGE
    note: str = ""
    follow_up_on: date | None = None
    today: date | None = None
    """When given, a follow-up date before it is refused."""

    def validated(self) -> ConversationDraft:
        note = (self.note or "").strip()
        if len(note) > MAX_NOTE:
            raise ValidationError(
                "note", msg("The note is longer than {limit} characters.", limit=MAX_NOTE)
            )
        due, today = self.follow_up_on, self.today
        if due is not None and today is not None and due < today:
            raise ValidationError("follow_up_on", msg("The follow-up date is in the past."))
        return replace(self, channel=Channel(self.channel), note=note)


# -- message templates -----------------------------------------------------------------------------

PLACEHOLDERS: dict[str, str] = {
    "call_name": "the name they like to be called",
    "full_name": "their whole name, in their own order",
    "event_title": "the event's title",
    "event_date": "the event's date, in its time zone",
    "event_time": "the event's start time, in its time zone",
    "venue": "where the event happens",
    "organizer_name": "your name, from the shared settings",
}


class WhenFormat(Protocol):
    """Writes an event's local date and time for the reader (QLocale in the UI)."""

    def date_text(self, day: date) -> str: ...
    def time_text(self, moment: time) -> str: ...
    def all_day_text(self) -> str: ...


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class PlainWhenFormat:
    """English long dates and 24-hour times, without any locale library."""

    def date_text(self, day: date) -> str:
        return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"

    def time_text(self, moment: time) -> str:
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def all_day_text(self) -> str:
        return "all day"


@dataclass(frozen=True)
class MessageValues:
    """What a template can be filled with; None means "not known" and fails if used."""

    call_name: str
    full_name: str
    event_title: str | None = None
    event_starts_at: datetime | None = None
    """UTC instant."""
    event_timezone: str = "UTC"
    event_all_day: bool = False
    venue: str | None = None
    organizer_name: str | None = None


def _parsed(text: str, field: str) -> list[tuple[str, str | None]]:
    """(literal text, placeholder name or None) pairs, or a ValidationError naming the problem."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as error:
        raise ValidationError(
            field,
            msg(
                "The template has a “{” or “}” without its partner; write {{ or }} for a brace "
                "that should appear in the message."
            ),
        ) from error
    result: list[tuple[str, str | None]] = []
    for literal, name, spec, conversion in parts:
        if name is not None and (spec or conversion):
            raise ValidationError(
                field,
                msg(
                    "Write the placeholder as {placeholder}, without “:” or “!” after its name.",
                    placeholder=f"{{{name}}}",
                ),
            )
        if name is not None and name not in PLACEHOLDERS:
            known = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
            shown = f"{{{name}}}" if name else "{}"
            raise ValidationError(
                field,
                msg(
                    "The template uses {shown}, which Convivio can't fill. Use one of: {known}.",
                    shown=shown,
                    known=known,
                ),
            )
        result.append((literal, name))
    return result


def check_template(text: str, field: str = "body") -> list[str]:
    """The placeholders `text` uses, in order; raises ValidationError for unknown or broken ones."""
    return [name for _literal, name in _parsed(text, field) if name is not None]


def _value(name: str, values: MessageValues, fmt: WhenFormat) -> str:
    if name == "call_name":
        return values.call_name
    if name == "full_name":
        return values.full_name
    if name == "event_title":
        if values.event_title is None:
            raise ValidationError(name, msg("{event_title} can't be filled: no event is chosen."))
        return values.event_title
    if name in ("event_date", "event_time"):
        if values.event_starts_at is None:
            raise ValidationError(
                name,
                msg(
                    "{placeholder} can't be filled: no event is chosen.", placeholder=f"{{{name}}}"
                ),
            )
        local = to_local(values.event_starts_at.astimezone(UTC), values.event_timezone)
        if name == "event_date":
            return fmt.date_text(local.date())
        return fmt.all_day_text() if values.event_all_day else fmt.time_text(local.time())
    if name == "venue":
        if not values.venue:
            raise ValidationError(name, msg("{venue} can't be filled: the event has no venue yet."))
        return values.venue
    if not values.organizer_name:
        raise ValidationError(
            name,
            msg("{organizer_name} can't be filled: set your name in the shared settings first."),
        )
    return values.organizer_name


def fill(text: str, values: MessageValues, fmt: WhenFormat | None = None) -> str:
    """`text` with every placeholder replaced; never leaves braces behind.

    Raises:
        ValidationError: a placeholder is unknown, malformed, or has no value; the error's
            field is the placeholder's name (or "body" for a broken template).
    """
    writer = fmt or PlainWhenFormat()
    out: list[str] = []
    for literal, name in _parsed(text, "body"):
        out.append(literal)
        if name is not None:
            out.append(_value(name, values, writer))
    return "".join(out)


def mailto_url(address: str, subject: str, body: str) -> str:
    """A mailto: link (RFC 6068) that opens a draft in the user's mail program."""
    lines = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject, safe='')}&body={quote(lines, safe='')}"
    return f"mailto:{quote(address, safe='@')}?{query}"


# -- attendance ----------------------------------------------------------------------------------


class Attendance(StrEnum):
    """Whether someone came to an event, as the person's history shows it."""

    CAME = "came"
    NO_SHOW = "no-show"
    UPCOMING = "upcoming"
    NOT_GOING = "not-going"
    NOT_RECORDED = "not-recorded"
    """The event had no check-ins at all, so nobody can be called a no-show."""


def attendance(
    response: RsvpResponse,
    checked_in: bool,
    *,
    ended: bool,
    cancelled: bool,
    checkins_recorded: bool,
) -> Attendance:
    if checked_in:
        return Attendance.CAME
    if response is not RsvpResponse.GOING or cancelled:
        return Attendance.NOT_GOING
    if not ended:
        return Attendance.UPCOMING
    return Attendance.NO_SHOW if checkins_recorded else Attendance.NOT_RECORDED
