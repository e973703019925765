"""Recognize which platform exported a guest list, from the column names it always writes."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from app.domain.messages import msg
from app.services.guestlists.aliases import header_key
from app.services.guestlists.model import FormatGuess, GuestListFormat

# Columns only that platform writes; two or more of them identify the file.
_SIGNATURES: dict[GuestListFormat, tuple[str, ...]] = {
    GuestListFormat.LUMA: (
        "api_id",
        "guest_id",
        "approval_status",
        "checked_in_at",
        "qr_code_url",
        "custom_source",
        "ticket_type_id",
        "eth_address",
        "solana_address",
        "amount_discount",
    ),
    # Not "RSVP" or "Guests": hand-made lists use those words too.
    GuestListFormat.MEETUP: (
        "User ID",
        "RSVPed on",
        "Joined Group on",
        "URL of Member Profile",
        "Event Host",
        "Last visited group on",
        "Meetups attended",
    ),
    GuestListFormat.EVENTBRITE: (
        "Order #",
        "Order no.",
        "Attendee #",
        "Attendee no.",
        "Attendee Status",
        "Price Tier",
        "Eventbrite Fees",
        "Eventbrite Payment Processing",
        "Fees Paid",
        "Barcode #",
        "Order Type",
        "Total Paid",
    ),
    GuestListFormat.HIEVENTS: (
        "Is Checked In",
        "Checked In At",
        "Product ID",
        "Product Name",
        "Public ID",
        "Short ID",
        "Last Updated Date",
    ),
}
_KEYS = {fmt: frozenset(header_key(c) for c in cols) for fmt, cols in _SIGNATURES.items()}
_LABELS = {
    GuestListFormat.LUMA: "Luma",
    GuestListFormat.MEETUP: "Meetup",
    GuestListFormat.EVENTBRITE: "Eventbrite",
    GuestListFormat.HIEVENTS: "Hi.Events",
}
# "Order no." and "Order #" share a key, so the UK export is told apart by its other renames.
_UK = frozenset(header_key(c) for c in ("Surname", "Home Postcode", "County of Residence"))


def detect_format(header: Sequence[str], filename: str = "", delimiter: str = ",") -> FormatGuess:
    """The platform whose signature columns the header has most of (at least two), else generic.

    The reason names the columns that decided, so the preview can say why.
    """
    keys = {header_key(h): h for h in header}
    scored = sorted(
        ((len(_KEYS[fmt] & keys.keys()), fmt) for fmt in _KEYS),
        key=lambda item: -item[0],
    )
    hits, fmt = scored[0]
    if hits < 2:
        return FormatGuess(
            GuestListFormat.GENERIC,
            msg("no platform's typical columns found; read as a hand-made list"),
        )
    matched = [keys[k] for k in keys if k in _KEYS[fmt]]
    variant = _variant(fmt, keys.keys(), filename, delimiter)
    label = _LABELS[fmt] + (f" ({variant})" if variant else "")
    shown = ", ".join(matched[:4]) + (", …" if len(matched) > 4 else "")
    return FormatGuess(
        fmt, msg("{platform}: has the columns {columns}", platform=label, columns=shown), variant
    )


def forced_format(
    fmt: GuestListFormat, header: Sequence[str], filename: str = "", delimiter: str = ","
) -> FormatGuess:
    """The guess to use when the user chose the format; the variant still comes from the file."""
    keys = {header_key(h) for h in header}
    return FormatGuess(fmt, msg("chosen by you"), _variant(fmt, keys, filename, delimiter))


def _variant(fmt: GuestListFormat, keys: AbstractSet[str], filename: str, delimiter: str) -> str:
    """Eventbrite UK writes dates day-first; a Meetup member list has no RSVP column."""
    if fmt is GuestListFormat.EVENTBRITE:
        return "UK" if _UK & keys else "US"
    if fmt is GuestListFormat.MEETUP:
        if header_key("RSVP") not in keys:
            return "member list"
        if filename.lower().endswith(".xls") or delimiter == "\t":
            return "tab-separated .xls"
    if fmt is GuestListFormat.LUMA:
        return "new" if header_key("guest_id") in keys else "old"
    return ""
