"""What the badge renderer is given: plain frozen values that the service layer fills in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.domain.enums import NameOrder
from app.domain.people import full_name

ProgressFn = Callable[[int, int], None]
"""Called with (done, total) every `PROGRESS_EVERY` items and once at the end."""

CancelledFn = Callable[[], bool]
"""Polled as often as progress is reported; True stops the run with `InterruptedError`."""

PROGRESS_EVERY = 25

PRINT_NOTE = (
    "Print at 100% (“Actual size”): turn off “Fit to page” and “Shrink oversized pages”, "
    "or the badges will not line up with the labels."
)
"""Shown by the CLI and the export dialog, and stored in the PDF's subject."""


class QrMode(StrEnum):
    """What the optional QR code on a badge carries."""

    NONE = "none"
    CHECKIN = "checkin"
    VCARD = "vcard"


class BadgeRole(StrEnum):
    """A person's role at the event, shown as a coloured stripe with its name."""

    HOST = "host"
    SPEAKER = "speaker"
    CORE = "core"
    GUEST = "guest"
    STAFF = "staff"


@dataclass(frozen=True)
class BadgePerson:
    """One badge. Name order and the "call name" are derived here so every layout agrees.

    Attributes:
        role_text: the word printed in the role stripe; empty means the role's English name
            (the UI passes its translation).
    """

    given_name: str = ""
    family_name: str = ""
    family_first: bool = False
    preferred_name: str = ""
    organization: str = ""
    title: str = ""
    pronouns: str = ""
    role: BadgeRole | None = None
    role_text: str = ""
    checkin_code: str = ""
    email: str = ""
    phone: str = ""

    @property
    def full_name(self) -> str:
        """The whole name in the person's own order (张伟, Zhang Wei, Jürgen Groß)."""
        order = NameOrder.FAMILY_FIRST if self.family_first else NameOrder.GIVEN_FIRST
        return full_name(self.given_name.strip(), self.family_name.strip(), order)

    @property
    def call_name(self) -> str:
        """The big line. Family-first names print whole, because splitting 张伟 or "Zhang Wei"
        would put the given name first; a preferred name always wins."""
        if self.preferred_name.strip():
            return self.preferred_name.strip()
        if self.family_first:
            return self.full_name
        return self.given_name.strip() or self.family_name.strip()

    @property
    def rest_of_name(self) -> str:
        """The line under the call name, so that together they read in the person's order."""
        if self.preferred_name.strip():
            whole = self.full_name
            return "" if whole == self.call_name else whole
        if self.family_first or not self.given_name.strip():
            return ""
        return self.family_name.strip()

    @property
    def role_label(self) -> str:
        if self.role is None:
            return ""
        return self.role_text.strip() or self.role.value.upper()


@dataclass(frozen=True)
class BadgeEvent:
    """The event printed on every badge; `date_text` is already formatted for the locale."""

    title: str
    date_text: str = ""


@dataclass(frozen=True)
class BadgeOptions:
    """How to print. Offsets come from the alignment sheet: positive x moves the print right,
    positive y moves it down, in millimetres, on both sides of a two-sided sheet."""

    qr: QrMode = QrMode.NONE
    role_stripe: bool = True
    two_sided: bool = False
    outline: bool = False
    crop_marks: bool = False
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0


@dataclass(frozen=True)
class PlaceCard:
    """One folded tent card for a dinner table; `table` and `seat` are free text."""

    name: str
    table: str = ""
    seat: str = ""


@dataclass(frozen=True)
class PlaceCardOptions:
    """Printer settings for tent cards; `table_label`/`seat_label` are translated by the UI."""

    outline: bool = False
    crop_marks: bool = False
    fold_line: bool = True
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    table_label: str = "Table"
    seat_label: str = "Seat"


@dataclass(frozen=True)
class RenderReport:
    """What a finished render produced, and anything the organizer should check.

    Attributes:
        warnings: plain-language notes such as characters no installed font can draw or a
            name that had to be shortened; empty when everything printed whole.
    """

    path: Path
    pages: int
    items: int
    warnings: tuple[str, ...] = ()
