"""Frozen values of the core area, free of SQLAlchemy and Qt, so windows can import them early.

Cards, progress, suggestions, and the row patches that undo core changes.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from app.domain.core import Gate, gate
from app.domain.enums import CoreStage
from app.services.changes import Changes, Kind

_KINDS = {
    "core_candidates": Kind.CORE_CANDIDATE,
    "interactions": Kind.INTERACTION,
    "rsvps": Kind.RSVP,
    "events": Kind.EVENT,
    "message_templates": Kind.TEMPLATE,
    "venue_steps": Kind.VENUE_STEP,
    "settings": Kind.SETTING,
}


def setting_id(key: str) -> int:
    """Settings are keyed by name; the change bus wants numbers, so this stands in for one."""
    return zlib.crc32(key.encode("utf-8")) & 0x7FFFFFFF


Related = tuple[tuple[Kind, int], ...]


@dataclass(frozen=True)
class RowChange:
    """One row as it was (`old`) and as it is now (`new`); None means the row doesn't exist.

    For updates both hold only the columns written (plus `version`). `strict` rows are checked
    for changes by others before a revert; loose ones (board positions) are just written back.
    """

    table: str
    key: tuple[tuple[str, Any], ...]
    old: Mapping[str, Any] | None
    new: Mapping[str, Any] | None
    strict: bool = True
    related: Related = ()
    """Other records whose views show this row (a candidate's event shows core progress)."""


@dataclass(frozen=True)
class Patch:
    rows: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rows)

    def changes(self) -> Changes:
        """What the patch's rows mean for open views, as the change bus reports it."""
        result = Changes()
        for row in self.rows:
            kind = _KINDS.get(row.table)
            ident = dict(row.key).get("id", dict(row.key).get("key"))
            if kind is not None and ident is not None:
                number = setting_id(ident) if isinstance(ident, str) else int(ident)
                result = result | (
                    Changes.of(kind, removed=[number])
                    if row.new is None
                    else Changes.of(kind, touched=[number])
                )
            for related_kind, related_id in row.related:
                result = result | Changes.of(related_kind, touched=[related_id])
        return result


@dataclass(frozen=True)
class Patched:
    """Outcome of a change undone by reverting its patch."""

    patch: Patch
    changes: Changes


@dataclass(frozen=True, slots=True)
class CandidateDto:
    """One card on an event's core board."""

    id: int
    event_id: int
    person_id: int
    display_name: str
    call_name: str
    email: str
    organization: str
    stage: CoreStage
    position: int
    stage_changed_at: datetime
    next_follow_up_on: date | None
    attended: int
    no_shows: int
    last_contact: datetime | None
    last_note: str
    """The latest note logged with this person about this event."""
    search_key: str
    version: int


@dataclass(frozen=True, slots=True)
class CoreProgress:
    event_id: int
    target: int | None
    counted: int
    """Committed plus confirmed."""
    candidates: int

    @property
    def gate(self) -> Gate:
        return gate(self.target, self.counted)


@dataclass(frozen=True)
class CandidatesAdded:
    items: tuple[CandidateDto, ...]
    changes: Changes


@dataclass(frozen=True)
class Moved(Patched):
    candidate: CandidateDto
    interaction_id: int


DEFAULT_LIMIT = 50


DEFAULT_UNSEEN_DAYS = 90


class SuggestMode(StrEnum):
    SEARCH = "search"
    TAG = "tag"
    SIMILAR = "similar"
    """People who came to events of the same kind."""
    UNSEEN = "unseen"
    """People last seen (checked in or talked to) longer ago than `unseen_days`."""


@dataclass(frozen=True)
class SuggestRequest:
    event_id: int
    mode: SuggestMode = SuggestMode.SEARCH
    text: str = ""
    tag: str = ""
    unseen_days: int = DEFAULT_UNSEEN_DAYS
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True, slots=True)
class PersonSuggestion:
    person_id: int
    display_name: str
    email: str
    organization: str
    tags: str
    attended: int
    no_shows: int
    last_seen: datetime | None
    similar: int
    """Events of this kind they came to (for the "attended similar events" mode)."""
