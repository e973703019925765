"""What every service shares: the database handle and undo of deletes."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, exc
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, NotFound
from app.domain.messages import msg
from app.services.changes import Changes, Kind
from app.services.dto import Removed, Tombstone
from app.storage import changelog, snapshots
from app.storage.database import Database
from app.storage.orm import Base

_GONE = {
    "core_candidates": msg("Some of the selected core_candidates no longer exist."),
    "events": msg("Some of the selected events no longer exist."),
    "message_templates": msg("Some of the selected message_templates no longer exist."),
    "organizations": msg("Some of the selected organizations no longer exist."),
    "people": msg("Some of the selected people no longer exist."),
    "rsvps": msg("Some of the selected rsvps no longer exist."),
    "venues": msg("Some of the selected venues no longer exist."),
}
"""What deleting records that are already gone says, by table (`Service.table`)."""


class Service:
    """Base of the use-case classes; each public method is one transaction."""

    kind: Kind
    table: str

    def __init__(self, db: Database) -> None:
        self._db = db

    def _remove(self, session: Session, model: type[Base], ids: Iterable[int]) -> Removed:
        wanted = sorted(set(ids))
        snapshot = snapshots.capture(session, self.table, wanted)
        if snapshot.count(self.table) != len(wanted):
            raise NotFound(_GONE[self.table])
        id_column = model.__table__.c.id
        session.execute(delete(model).where(id_column.in_(wanted)))
        changelog.note(session, self.table, wanted, "delete")
        changes = Changes.of(self.kind, removed=wanted) | _side_effects(
            snapshot, self.table, restoring=False
        )
        return Removed(Tombstone(self.kind, tuple(wanted), snapshot), changes)

    def undelete(self, tombstone: Tombstone) -> Changes:
        """Put back everything a delete removed, with the same ids (undo of delete)."""
        snapshot = tombstone.payload
        assert isinstance(snapshot, snapshots.RowSnapshot)
        try:
            with self._db.transaction() as session:
                snapshots.restore(session, snapshot)
        except exc.IntegrityError as error:
            raise ConflictError(
                msg(
                    "This can't be undone: the data it would bring back clashes with data added "
                    "since (for example the same e-mail address)."
                ),
                str(error.orig),
            ) from error
        return Changes.of(tombstone.kind, touched=tombstone.ids) | _side_effects(
            snapshot, self.table, restoring=True
        )


_TABLE_KINDS = {
    "people": Kind.PERSON,
    "events": Kind.EVENT,
    "organizations": Kind.ORGANIZATION,
    "venues": Kind.VENUE,
    "rsvps": Kind.RSVP,
    "interactions": Kind.INTERACTION,
    "core_candidates": Kind.CORE_CANDIDATE,
    "venue_steps": Kind.VENUE_STEP,
    "message_templates": Kind.TEMPLATE,
}


def _side_effects(snapshot: snapshots.RowSnapshot, root: str, *, restoring: bool) -> Changes:
    """Rows of other kinds that a delete (or its undo) touched, so their views refresh too.

    Cascaded rows disappear (or come back); the rows any deleted row points at (a person's
    organization, an RSVP's event) change their counts; rows whose reference was cleared change.
    """
    changes = Changes()
    for name, rows in snapshot.tables:
        kind = _TABLE_KINDS.get(name)
        if name == root or kind is None:
            continue
        ids = [r["id"] for r in rows]
        changes = changes | (
            Changes.of(kind, touched=ids) if restoring else Changes.of(kind, removed=ids)
        )
    for name, parents in snapshots.referenced_ids(snapshot).items():
        kind = _TABLE_KINDS.get(name)
        if kind is not None:
            changes = changes | Changes.of(kind, touched=parents)
    for name, _column, pk, _value in snapshot.cleared:
        kind = _TABLE_KINDS.get(name)
        if kind is not None:
            changes = changes | Changes.of(kind, touched=[pk])
    return changes
