"""Guest list and dietary summary as CSV files a spreadsheet opens safely.

Cells go through `exporters.csv_export.write_csv`, which neutralizes formulas: a guest who
registered as "=HYPERLINK(…)" is exported as text. Headers and words for responses and roles
can be passed in the user's language; English is the default (the command line uses it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from app.domain.dietary import DietarySummary
from app.exporters.csv_export import write_csv
from app.services.rsvp_dto import RsvpRow

GUEST_HEADER = (
    "Name",
    "E-mail",
    "Organization",
    "Response",
    "Guests",
    "Role",
    "Dietary",
    "Accessibility",
    "Source",
    "Check-in code",
    "Checked in at",
    "Reconfirmed at",
    "Waitlist position",
    "Beyond capacity",
)
DIETARY_HEADER = ("Need", "People", "Names")


def guest_cells(row: RsvpRow, words: Mapping[str, str]) -> tuple[object, ...]:
    def word(value: str) -> str:
        return words.get(value, value)

    return (
        row.display_name,
        row.email,
        row.organization,
        word(row.response.value),
        row.guests,
        word(row.role.value),
        row.dietary,
        row.accessibility,
        word(row.source.value),
        row.checkin_code,
        row.checked_in_at,
        row.reconfirmed_at,
        row.waitlist_position,
        word("yes") if row.over_capacity else "",
    )


def write_guest_list(
    path: Path,
    rows: Sequence[RsvpRow],
    *,
    header: Sequence[str] = GUEST_HEADER,
    words: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the guest list; `words` translates enum values ("going" → "Zugesagt")."""
    table = [guest_cells(r, words or {}) for r in rows]
    return write_csv(path, header, table, progress=progress, cancelled=cancelled)


def dietary_cells(summary: DietarySummary, words: Mapping[str, str]) -> list[tuple[object, ...]]:
    """One line per need, then how many told us none and how many guests we know nothing of."""
    lines: list[tuple[object, ...]] = [
        (n.label, n.count, ", ".join(n.names)) for n in summary.needs
    ]
    lines.append((words.get("none", "No dietary needs"), summary.without_needs, ""))
    if summary.guests:
        lines.append((words.get("guests", "Their guests (needs unknown)"), summary.guests, ""))
    return lines


def write_dietary(
    path: Path,
    summary: DietarySummary,
    *,
    header: Sequence[str] = DIETARY_HEADER,
    words: Mapping[str, str] | None = None,
) -> int:
    return write_csv(path, header, dietary_cells(summary, words or {}))
