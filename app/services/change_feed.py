"""What others changed: read the change log since a point, as `Changes` for the views.

Every write logs itself (app/storage/changelog.py), whichever window, teammate or command made
it. An open window polls this feed about once a second; polling the log works the same on
SQLite (two Convivios on one file) and on PostgreSQL, survives dropped connections, and needs
no extra thread or server setting, which is why it was chosen over LISTEN/NOTIFY.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from app.services.changes import Changes, Kind
from app.storage.changelog import BULK_ID
from app.storage.database import Database
from app.storage.orm import ChangeLogEntry, CoreCandidate, Interaction, Rsvp, VenueStep

TABLE_KINDS: dict[str, Kind] = {
    "people": Kind.PERSON,
    "person_emails": Kind.PERSON,
    "person_tags": Kind.PERSON,
    "person_handles": Kind.PERSON,
    "events": Kind.EVENT,
    "organizations": Kind.ORGANIZATION,
    "venues": Kind.VENUE,
    "venue_rooms": Kind.VENUE,
    "venue_contacts": Kind.VENUE,
    "venue_steps": Kind.VENUE_STEP,
    "rsvps": Kind.RSVP,
    "rsvp_changes": Kind.RSVP,
    "interactions": Kind.INTERACTION,
    "core_candidates": Kind.CORE_CANDIDATE,
    "message_templates": Kind.TEMPLATE,
    "settings": Kind.SETTING,
    "tags": Kind.TAG,
}
_PARENT_OF_CHILD_TABLE = {
    "person_emails",
    "person_tags",
    "person_handles",
    "venue_rooms",
    "venue_contacts",
    "rsvp_changes",
}
"""Rows of these tables don't carry their parent's id in the log; their parent kind reloads."""
MAX_BATCH = 5000


@dataclass(frozen=True)
class FeedBatch:
    last_id: int
    changes: Changes
    actors: frozenset[str]


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    summary: str


class ChangeFeed:
    def __init__(self, db: Database) -> None:
        self._db = db

    def latest_id(self) -> int:
        with self._db.read() as session:
            return int(session.scalar(select(func.coalesce(func.max(ChangeLogEntry.id), 0))) or 0)

    def since(self, last_id: int) -> FeedBatch:
        """Changes made by other Convivios after `last_id` (this one's own are skipped)."""
        with self._db.read() as session:
            rows = session.execute(
                select(*ChangeLogEntry.__table__.c)
                .where(ChangeLogEntry.id > last_id)
                .order_by(ChangeLogEntry.id)
                .limit(MAX_BATCH)
            ).all()
            parents = self._parents_of_children(session, rows)
        changes = Changes()
        actors: set[str] = set()
        newest = last_id
        for row in rows:
            newest = max(newest, row.id)
            if row.origin == self._db.origin:
                continue
            kind = TABLE_KINDS.get(row.kind)
            if kind is None:
                continue
            actors.add(row.actor)
            if row.record_id == BULK_ID or row.kind in _PARENT_OF_CHILD_TABLE:
                changes = changes | Changes(reload=frozenset({kind}))
            elif row.action == "delete":
                changes = changes | Changes.of(kind, removed=[row.record_id])
            else:
                changes = changes | Changes.of(kind, touched=[row.record_id])
        changes = changes | parents
        if len(rows) == MAX_BATCH:  # far behind: reload what changed rather than chase ids
            changes = Changes(reload=frozenset(changes.touched) | frozenset(changes.removed))
        return FeedBatch(newest, changes, frozenset(actors))

    def _parents_of_children(self, session: Session, rows: Sequence[Row[Any]]) -> Changes:
        """An RSVP, candidate or conversation changing also changes its event's and person's
        counts; look their parents up so those rows refresh too."""
        changes = Changes()
        for model, table in (
            (Rsvp, "rsvps"),
            (CoreCandidate, "core_candidates"),
            (Interaction, "interactions"),
        ):
            ids = [
                r.record_id
                for r in rows
                if r.kind == table and r.record_id != BULK_ID and r.origin != self._db.origin
            ]
            if not ids:
                continue
            found = session.execute(
                select(model.event_id, model.person_id).where(model.id.in_(ids))
            ).all()
            changes = changes | Changes.of(Kind.EVENT, touched=[e for e, _p in found if e])
            changes = changes | Changes.of(Kind.PERSON, touched=[p for _e, p in found if p])
        steps = [r.record_id for r in rows if r.kind == "venue_steps" and r.record_id != BULK_ID]
        if steps:
            venues = session.scalars(select(VenueStep.venue_id).where(VenueStep.id.in_(steps)))
            changes = changes | Changes.of(Kind.VENUE, touched=list(venues))
        return changes

    def history(self, table: str, record_id: int, limit: int = 200) -> list[HistoryEntry]:
        """Who changed this record and when, newest first."""
        with self._db.read() as session:
            rows = session.execute(
                select(*ChangeLogEntry.__table__.c)
                .where(ChangeLogEntry.kind == table, ChangeLogEntry.record_id == record_id)
                .order_by(ChangeLogEntry.id.desc())
                .limit(limit)
            ).all()
            return [HistoryEntry(r.at, r.actor, r.action, r.summary) for r in rows]
