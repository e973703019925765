"""What the door searches, built from guest-list lines (pure: the command line and the check-in
screen build it from rows they already hold)."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.matching import FuzzyIndex
from app.services.rsvp_dto import RsvpRow


def checkin_index(rows: Iterable[RsvpRow]) -> FuzzyIndex:
    """Names (and preferred names), e-mail addresses and organizations of the guests."""
    return FuzzyIndex(
        (r.id, (r.display_name, r.preferred_name, r.email, r.organization)) for r in rows
    )
