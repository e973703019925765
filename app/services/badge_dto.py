"""Frozen values of the badge area: who is printed, where they sit, what the PDF should be."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.exporters.badges import BadgeEvent, BadgeOptions, BadgePerson, PlaceCard, PlaceCardOptions
from app.services.changes import NO_CHANGES, Changes

DateFormatter = Callable[[date], str]
"""Turns one day into text; the UI passes one that uses QLocale, the CLI `english_date`."""

MAX_SEATS_PER_TABLE = 100


class Who(StrEnum):
    """Whose badges to print when nobody was picked by hand."""

    GOING = "going"
    """Answered "going" (seated), checked in or not."""
    CHECKED_IN = "checked-in"
    """Already arrived (a reprint at the door); whatever their answer said."""
    ALL = "all"
    """Everyone on the list who has not declined: going, maybe, invited without an answer,
    waitlisted and pending approval. These are the people who might still be at the door, so a
    printed badge for them is never wasted on somebody who said no."""


class Layout(StrEnum):
    BADGES = "badges"
    PLACE_CARDS = "place-cards"

    @property
    def stock_kind(self) -> str:
        """The `LabelStock.kind` this layout prints on."""
        return "badge" if self is Layout.BADGES else "tent"


@dataclass(frozen=True)
class Seating:
    """Numbered tables filled in order: guest 1 to `per_table` at the first table, and so on.

    There is no seating plan in the database; this is the quick plan an organizer makes the
    night before, in the order of the guest list (sort or pick the guests to change it).
    """

    per_table: int
    first_table: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.per_table <= MAX_SEATS_PER_TABLE:
            raise ValidationError(
                "per_table",
                msg(
                    "Seats per table must be from 1 to {limit}.",
                    limit=MAX_SEATS_PER_TABLE,
                ),
            )
        if self.first_table < 0:
            raise ValidationError("first_table", msg("Table numbers start at 0 or more."))

    def place(self, index: int) -> tuple[str, str]:
        """(table, seat) as printed for the guest at `index` (0-based) in the list."""
        table, seat = divmod(index, self.per_table)
        return str(self.first_table + table), str(seat + 1)


@dataclass(frozen=True)
class BadgeGuest:
    """One person to print, with where they came from (None: not on the guest list)."""

    person_id: int
    rsvp_id: int | None
    badge: BadgePerson

    @property
    def name(self) -> str:
        """The whole name in the person's own order, as a place card shows it."""
        return self.badge.full_name or self.badge.call_name


@dataclass(frozen=True)
class BadgeBatch:
    """Everything to print for one event, read in one go so a worker needs no database.

    Attributes:
        changes: RSVPs that just received a check-in code (publish them so lists refresh).
    """

    event_id: int
    event: BadgeEvent
    guests: tuple[BadgeGuest, ...]
    changes: Changes = NO_CHANGES

    def __len__(self) -> int:
        return len(self.guests)

    def head(self, count: int) -> BadgeBatch:
        """The first `count` guests (a preview of the first sheet prints the same places)."""
        return replace(self, guests=self.guests[:count])

    def people(self) -> list[BadgePerson]:
        return [g.badge for g in self.guests]

    def place_cards(self, seating: Seating | None = None) -> list[PlaceCard]:
        if seating is None:
            return [PlaceCard(g.name) for g in self.guests]
        return [PlaceCard(g.name, *seating.place(i)) for i, g in enumerate(self.guests)]


@dataclass(frozen=True)
class SheetRequest:
    """What to write: the layout, its stock, its options, and the file.

    Attributes:
        first_sheet_only: print just the first sheet's worth of guests (the live preview);
            the first page is then the same as the full PDF's.
    """

    stock_id: str
    out_path: Path
    layout: Layout = Layout.BADGES
    badge_options: BadgeOptions = field(default_factory=BadgeOptions)
    card_options: PlaceCardOptions = field(default_factory=PlaceCardOptions)
    seating: Seating | None = None
    first_sheet_only: bool = False
