"""Frozen values of a guest-list import: the plan the preview shows, the request, the result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.services.changes import Changes
from app.services.guestlists import GuestListPreview, ImportNote, RejectedRow


@dataclass(frozen=True, slots=True)
class PersonChoice:
    """An existing person a guest could be (same name, different or no e-mail)."""

    id: int
    display_name: str
    email: str
    organization: str


@dataclass(frozen=True, slots=True)
class SameNameMatch:
    """A guest of the file whose name matches people already in Convivio."""

    line: int
    name: str
    email: str
    organization: str
    candidates: tuple[PersonChoice, ...]


@dataclass(frozen=True)
class ImportPlan:
    """How the file's guests match Convivio's people, before anything is written."""

    event_id: int
    rows: int
    by_email: int
    by_user_id: int
    new_people: int
    same_name: tuple[SameNameMatch, ...]
    already_listed: int
    """Guests who already have an RSVP for this event (they are updated, not duplicated)."""
    capacity: int | None = None
    waitlisted: int = 0
    """Guests answering going who would join the waitlist because the event is full (unless
    the request lets everyone in beyond capacity)."""


@dataclass(frozen=True)
class ImportRequest:
    event_id: int
    preview: GuestListPreview
    merges: Mapping[int, int] = field(default_factory=dict)
    """Line → the existing person a same-name guest is; other same-name guests become new
    people. Lines whose guest has no same-name match are ignored."""
    dry_run: bool = False
    over_capacity: bool = False
    """Let everyone answering going in, beyond capacity (marked so), instead of waitlisting
    those who don't fit."""


@dataclass(frozen=True)
class ImportResult:
    event_id: int
    filename: str
    imported: int
    """New RSVPs."""
    updated: int
    """Existing RSVPs that changed."""
    unchanged: int
    """Guests already on the list exactly as the file says (a re-import)."""
    people_created: int
    people_updated: int
    merged: int
    """Same-name guests joined to an existing person, as the user chose."""
    same_name_created: tuple[SameNameMatch, ...]
    """Same-name guests created as new people (not merged): worth a look."""
    rejected: tuple[RejectedRow, ...]
    notes: tuple[ImportNote, ...]
    changes: Changes
    undo: object | None
    """Opaque to the UI: hand to `GuestImportService.undo`. None for a dry run."""
    dry_run: bool = False
    waitlisted: int = 0
    """Guests answering going who joined the waitlist because the event is full."""
    over_capacity: int = 0
    """Guests answering going who were let in beyond capacity."""

    @property
    def all_imported(self) -> bool:
        return not self.rejected
