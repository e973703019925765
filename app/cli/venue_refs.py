"""Command-line references to people, venues and rooms, and printing venue warnings."""

from __future__ import annotations

import sys
from typing import Any

from app.cli.context import CliContext
from app.domain.errors import NotFound
from app.domain.events import EventDraft
from app.domain.text import fold
from app.services.dto import PersonRow
from app.services.venue_dto import VenueDto


def find_person(ctx: CliContext, ref: str) -> PersonRow:
    """A person by id, exact e-mail address or exact name (accents and case ignored)."""
    people = ctx.services.people
    text = ref.strip()
    if text.isdigit():
        found = people.rows([int(text)])
    elif "@" in text:
        found = [p for p in people.search(text, limit=50) if p.email.casefold() == text.casefold()]
    else:
        found = [p for p in people.search(text, limit=200) if fold(p.display_name) == fold(text)]
    if not found:
        raise NotFound(f"No person matches “{ref}”; use their number or e-mail address.")
    if len(found) > 1:
        raise NotFound(f"Several people are called “{ref}”; use their number or e-mail address.")
    return found[0]


def find_room(venue: VenueDto, ref: str) -> int:
    """A room of `venue` by id or name."""
    for room in venue.rooms:
        if ref.strip() == str(room.id) or fold(ref) == fold(room.name):
            return room.id
    names = ", ".join(r.name for r in venue.rooms) or "none"
    raise NotFound(f"{venue.name} has no room “{ref}” (its rooms: {names}).")


def place_changes(
    ctx: CliContext, venue_ref: str | None, room_ref: str | None, draft: EventDraft
) -> dict[str, Any]:
    """`event edit --venue V --room R`: the draft fields to change ("" clears the venue)."""
    changes: dict[str, Any] = {}
    venue_id = draft.venue_id
    if venue_ref is not None:
        venue_id = ctx.services.venues.find(venue_ref).id if venue_ref.strip() else None
        changes["venue_id"] = venue_id
        if venue_id != draft.venue_id:
            changes["room_id"] = None
    if room_ref is not None:
        if not room_ref.strip():
            changes["room_id"] = None
        elif venue_id is None:
            raise NotFound("Choose the venue (--venue) before one of its rooms.")
        else:
            changes["room_id"] = find_room(ctx.services.venues.get(venue_id), room_ref)
    return changes


def warn_about_venue(ctx: CliContext, event_id: int) -> None:
    """Print the event's venue warnings (capacity, closing time, guest list) on stderr."""
    for warning in ctx.services.venues.warnings_for_event(event_id):
        sys.stderr.write(f"convivio: warning: {warning.message}\n")
