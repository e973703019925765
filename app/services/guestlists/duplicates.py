"""Merge rows of one file that are the same guest (same e-mail, or same platform user id).

A guest who registered twice is one person at the door. The later row is the newer answer, so
it wins the response and guest count; other fields keep the later value when it has one and the
earlier value otherwise; a check-in in either row means the guest came. The merged guest keeps
the line it first appeared on, and each merge is reported as a note, not an error.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.messages import msg
from app.domain.people import email_key
from app.services.guestlists.model import GuestRow, ImportNote

_TEXT_FIELDS = (
    "email",
    "phone",
    "organization",
    "job_title",
    "platform_user_id",
    "dietary",
    "accessibility",
    "notes",
    "profile_url",
    "ticket_type",
)


def merge_duplicates(rows: list[GuestRow]) -> tuple[list[GuestRow], list[ImportNote]]:
    """Rows with repeats merged, in order of first appearance, and one note per merge."""
    merged: list[GuestRow] = []
    by_email: dict[str, int] = {}
    by_user: dict[str, int] = {}
    notes: list[ImportNote] = []
    for row in rows:
        email = email_key(row.email) if row.email else ""
        at = by_email.get(email) if email else None
        same = f"e-mail {row.email}"
        if at is None and row.platform_user_id:
            at = by_user.get(row.platform_user_id)
            same = f"user id {row.platform_user_id}"
        if at is None:
            at = len(merged)
            merged.append(row)
        else:
            first = merged[at]
            merged[at] = _merge(first, row)
            notes.append(
                ImportNote(
                    msg(
                        "Line {line} is the same guest as line {first} ({same}); merged into "
                        "one, with the answer from line {line}.",
                        line=row.line,
                        first=first.line,
                        same=same,
                    ),
                    (first.line, row.line),
                )
            )
        if email:
            by_email.setdefault(email, at)
        if row.platform_user_id:
            by_user.setdefault(row.platform_user_id, at)
    return merged, notes


def _merge(first: GuestRow, later: GuestRow) -> GuestRow:
    kept = {name: getattr(later, name) or getattr(first, name) for name in _TEXT_FIELDS}
    registered = [t for t in (first.registered_at, later.registered_at) if t is not None]
    return replace(
        later,
        line=first.line,
        came=first.came or later.came,
        checked_in_at=later.checked_in_at or first.checked_in_at,
        registered_at=min(registered) if registered else None,
        **kept,
    )
