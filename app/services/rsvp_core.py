"""The machinery every RSVP change shares: load the seating, apply a rule, write, record.

One call is one transaction. `_apply` runs a rule of `domain.rsvps` over one event's seating,
writes the parties that changed plus any extra columns, adds history lines, and returns what
undo needs (a Revision) and what views must refresh (Changes).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import RsvpResponse
from app.domain.errors import ConflictError
from app.domain.messages import msg
from app.domain.rsvps import Moment, Seating, changed, offer_deadline
from app.services import rsvp_reads as reads
from app.services import rsvp_revisions as revisions
from app.services import rsvp_store as store
from app.services.base import Service
from app.services.changes import Changes, Kind
from app.services.rsvp_dto import RsvpOutcome
from app.storage.database import Database
from app.storage.orm import Rsvp

Rule = Callable[[Seating, Moment], Seating]
Clock = Callable[[], datetime]


def default_actor() -> str:
    """Who is making changes, for the history: the operating-system user name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Applied:
    """What `_apply` did to one event, collected over a transaction."""

    written: list[int] = field(default_factory=list)
    updates: list[revisions.RowUpdate] = field(default_factory=list)
    events: set[int] = field(default_factory=set)
    before: dict[int, Seating] = field(default_factory=dict)
    after: dict[int, Seating] = field(default_factory=dict)


class RsvpChanged(ConflictError):
    """A guest's RSVP was saved by someone else since the user read it."""


def _check_versions(session: Session, expected: Mapping[int, int]) -> None:
    rows = session.execute(select(Rsvp.id, Rsvp.version).where(Rsvp.id.in_(list(expected)))).all()
    for rsvp_id, version in rows:
        if version != expected[rsvp_id]:
            raise RsvpChanged(
                msg(
                    "Someone else changed this guest's answer or details since you opened "
                    "them; nothing was saved."
                )
            )


class RsvpCore(Service):
    kind = Kind.RSVP
    table = "rsvps"

    def __init__(self, db: Database, *, actor: str | None = None, clock: Clock | None = None):
        super().__init__(db)
        self._actor = actor
        self._clock = clock or _utcnow

    @property
    def actor(self) -> str:
        """Who the history names: the one given, else whoever the database says is working."""
        return self._db.actor if self._actor is None else self._actor

    def now(self) -> datetime:
        return self._clock()

    # -- applying rules ------------------------------------------------------------------------

    def _apply(
        self,
        session: Session,
        event_id: int,
        rule: Rule,
        applied: Applied,
        *,
        acted: Collection[int] = (),
        detail: str = "",
        extra: Mapping[int, Mapping[str, Any]] | None = None,
        fresh: Collection[int] = (),
    ) -> Seating:
        """Run `rule` on the event's seating and write the result.

        `fresh` RSVPs were inserted in this transaction: undo removes them whole, so their
        column changes are not recorded as updates.
        """
        info, seating, versions = store.load_seating(session, event_id)
        now = self.now()
        after = rule(seating, Moment(now, offer_deadline(now, info.starts_at)))
        candidates = {p.id for p in after.parties.values() if seating.parties.get(p.id) != p}
        candidates.update(extra or {})
        before_rows = revisions.capture_rows(session, "rsvps", candidates - set(fresh))
        written = store.save(
            session,
            seating,
            after,
            versions,
            now,
            self.actor,
            acted=acted,
            detail=detail,
            extra=extra,
        )
        after_rows = revisions.capture_rows(session, "rsvps", before_rows)
        applied.written.extend(written)
        applied.updates.extend(revisions.diff_rows("rsvps", before_rows, after_rows))
        applied.events.add(event_id)
        applied.before.setdefault(event_id, seating)
        applied.after[event_id] = after
        return after

    def _each(
        self,
        rsvp_ids: Iterable[int],
        step: Callable[[Seating, int, Moment], Seating],
        *,
        detail: str = "",
        extra: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None,
        explain: RsvpResponse | None = None,
        expected: Mapping[int, int] | None = None,
    ) -> RsvpOutcome:
        """Apply `step` to each RSVP in turn, event by event, in one transaction.

        `extra(row)` gives columns to set besides the rules' (from the RSVP's current row);
        values equal to the current ones are left alone, so repeating a verb changes nothing.
        `expected` maps RSVP ids to the versions the user saw: when a teammate saved one of
        them since, nothing is written and RsvpChanged says so.
        """
        applied = Applied()
        with self._db.transaction() as session:
            if expected:
                _check_versions(session, expected)
            acted: list[int] = []
            for event_id, ids in store.events_of(session, rsvp_ids).items():

                def rule(seating: Seating, at: Moment, ids: list[int] = ids) -> Seating:
                    for rsvp_id in ids:
                        seating = step(seating, rsvp_id, at)
                    return seating

                values = None
                if extra is not None:
                    current = revisions.capture_rows(session, "rsvps", ids)
                    values = {i: _different(current[i], extra(current[i])) for i in ids}
                acted.extend(ids)
                self._apply(
                    session, event_id, rule, applied, acted=ids, detail=detail, extra=values
                )
            message = self._explain(session, applied, acted, explain)
            revision = revisions.Revision(tuple(applied.updates))
            return self._outcome(session, applied, revision, message=message)

    def _explain(
        self, session: Session, applied: Applied, acted: list[int], wanted: RsvpResponse | None
    ) -> str:
        """One sentence when the rules did what the user didn't ask: waitlisted, offered."""
        waitlisted: list[int] = []
        offered: list[int] = []
        going = wanted is RsvpResponse.GOING
        for event_id, after in applied.after.items():
            before = applied.before[event_id]
            for p in changed(before, after):
                was = before.parties.get(p.id)
                if p.id in acted and going and p.response is RsvpResponse.WAITLISTED:
                    waitlisted.append(p.id)
                elif p.offered and p.id not in acted and not (was is not None and was.offered):
                    offered.append(p.id)
        names = reads.display_names(session, [*waitlisted, *offered])
        parts = []
        if waitlisted:
            who = ", ".join(names.get(i, "?") for i in waitlisted)
            parts.append(f"The event is full: {who} joined the waitlist.")
        if offered:
            who = ", ".join(names.get(i, "?") for i in offered)
            parts.append(f"A freed seat was offered to {who}.")
        return " ".join(parts)

    def _outcome(
        self,
        session: Session,
        applied: Applied,
        revision: revisions.Revision,
        *,
        removed: Collection[int] = (),
        message: str = "",
    ) -> RsvpOutcome:
        """Changes for the views: the RSVPs written, the whole waitlist when it moved, events
        (their counts) and people."""
        ids = set(applied.written) | revision.ids("rsvps")
        if not ids and not removed:
            return RsvpOutcome(Changes(), revision, (), message)
        moved = any(
            _waiting(applied.before.get(e), i) != _waiting(applied.after.get(e), i)
            for e in applied.events
            for i in ids
        )
        if moved:
            ids.update(reads.waitlisted_ids(session, applied.events))
        ids -= set(removed)
        events, people = reads.event_and_person_ids(session, ids)
        changes = (
            Changes.of(Kind.RSVP, touched=ids, removed=removed)
            | Changes.of(Kind.EVENT, touched=events | applied.events)
            | Changes.of(Kind.PERSON, touched=people)
        )
        return RsvpOutcome(changes, revision, tuple(sorted(set(applied.written))), message)

    @staticmethod
    def combine(outcomes: Sequence[RsvpOutcome]) -> RsvpOutcome:
        """Several changes as one, for one undo step (a guest's details saved together)."""
        changes = Changes()
        for outcome in outcomes:
            changes = changes | outcome.changes
        parts = [o.revision for o in outcomes]
        assert all(isinstance(p, revisions.Revision) for p in parts)
        merged = revisions.merge([p for p in parts if isinstance(p, revisions.Revision)])
        ids = tuple(dict.fromkeys(i for o in outcomes for i in o.rsvp_ids))
        message = " ".join(o.message for o in outcomes if o.message)
        return RsvpOutcome(changes, merged, ids, message)

    # -- undo and redo -------------------------------------------------------------------------

    def revert(self, revision: object, detail: str = "undone") -> RsvpOutcome:
        """Take a change back (undo), or take an undo back (redo): pass the outcome's revision.

        Raises:
            ConflictError: someone changed the same guests since; nothing is written.
        """
        assert isinstance(revision, revisions.Revision)
        with self._db.transaction() as session:
            inverse = revisions.revert(session, revision)
            store.revert_history(session, inverse.updates, self.now(), self.actor, detail)
            ids = revision.ids("rsvps") | inverse.ids("rsvps")
            events, people = reads.event_and_person_ids(session, ids)
            alive = reads.existing_ids(session, ids)
            for row in _removed_rows(inverse, "rsvps"):
                events.add(int(row["event_id"]))
                people.add(int(row["person_id"]))
            waiting = set(reads.waitlisted_ids(session, events))
        gone_people = {int(r["id"]) for r in _removed_rows(inverse, "people")}
        changes = (
            Changes.of(Kind.RSVP, touched=alive | waiting, removed=ids - alive)
            | Changes.of(Kind.EVENT, touched=events)
            | Changes.of(Kind.PERSON, touched=people - gone_people, removed=gone_people)
        )
        return RsvpOutcome(changes, inverse, tuple(sorted(alive)))


def _waiting(seating: Seating | None, rsvp_id: int) -> bool:
    if seating is None:
        return False
    party = seating.parties.get(rsvp_id)
    return party is not None and party.response is RsvpResponse.WAITLISTED


def _removed_rows(revision: revisions.Revision, table: str) -> list[dict[str, Any]]:
    if revision.removed is None:
        return []
    return [r for name, rows in revision.removed.tables if name == table for r in rows]


def _different(current: Mapping[str, Any], wanted: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in wanted.items() if current.get(k) != v}
