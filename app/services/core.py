"""An event's core: candidates, stage moves logged as conversations, the target and its gate.

Every write is one transaction. Adding candidates is undone by deleting them (snapshots, as
for any record); moves, reorders and targets record a row patch (`core_patch`) that `revert`
undoes and redoes. Confirming someone makes them an RSVP "going" with source "core".
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import words
from app.domain.core import ConversationDraft, Gate, check_move
from app.domain.enums import CoreStage, EventStatus, NameOrder
from app.domain.errors import DomainError, NotFound, ValidationError
from app.domain.events import MAX_CAPACITY
from app.domain.messages import msg
from app.domain.people import full_name
from app.services.base import Service
from app.services.changes import Changes, Kind
from app.services.core_confirm import rsvp_effects
from app.services.core_dto import (
    CandidateDto,
    CandidatesAdded,
    CoreProgress,
    Moved,
    Patch,
    Patched,
    PersonSuggestion,
    SuggestRequest,
)
from app.services.core_patch import PatchRecorder, revert
from app.services.core_rows import core_counts_query, rows_query, to_dtos
from app.services.core_search import suggest, tag_names
from app.services.dto import Removed
from app.services.followups import record_conversation
from app.storage.database import Database
from app.storage.orm import CoreCandidate, Event, Person


def _column(session: Session, event_id: int, stage: CoreStage) -> list[tuple[int, int]]:
    """(id, position) of the cards in one column, top to bottom."""
    rows = session.execute(
        select(CoreCandidate.id, CoreCandidate.position)
        .where(CoreCandidate.event_id == event_id, CoreCandidate.stage == stage.value)
        .order_by(CoreCandidate.position, CoreCandidate.id)
    )
    return [(r.id, r.position) for r in rows]


def _place(rec: PatchRecorder, column: list[tuple[int, int]], card: int, index: int | None) -> int:
    """Put `card` at `index` of `column` (the end if None); renumber the others loosely.

    Positions only order the board, so other cards' versions stay as they are: reordering a
    column must not make someone's pending undo of an earlier move conflict.
    """
    order = [cid for cid, _pos in column if cid != card]
    at = len(order) if index is None else max(0, min(index, len(order)))
    order.insert(at, card)
    current = dict(column)
    for position, cid in enumerate(order):
        if cid != card and current.get(cid) != position:
            rec.update("core_candidates", cid, {"position": position}, strict=False)
    return at


class CoreService(Service):
    kind = Kind.CORE_CANDIDATE
    table = "core_candidates"

    def __init__(self, db: Database) -> None:
        super().__init__(db)

    # -- reading -------------------------------------------------------------------------------

    def candidates(self, event_id: int, now: datetime | None = None) -> list[CandidateDto]:
        with self._db.read() as session:
            rows = session.execute(rows_query().where(CoreCandidate.event_id == event_id)).all()
            return to_dtos(session, rows, now or datetime.now(UTC))

    def rows(self, ids: Collection[int], now: datetime | None = None) -> list[CandidateDto]:
        with self._db.read() as session:
            rows = session.execute(rows_query().where(CoreCandidate.id.in_(list(ids)))).all()
            return to_dtos(session, rows, now or datetime.now(UTC))

    def get(self, candidate_id: int) -> CandidateDto:
        found = self.rows([candidate_id])
        if not found:
            raise NotFound(msg("This person is no longer on the event's core list."))
        return found[0]

    def candidate_of(self, event_id: int, person_id: int) -> CandidateDto | None:
        with self._db.read() as session:
            ident = session.scalar(
                select(CoreCandidate.id).where(
                    CoreCandidate.event_id == event_id, CoreCandidate.person_id == person_id
                )
            )
        return None if ident is None else self.get(ident)

    def suggest(
        self, request: SuggestRequest, now: datetime | None = None
    ) -> list[PersonSuggestion]:
        """People to consider asking, with their events attended and no-shows."""
        with self._db.read() as session:
            return suggest(session, request, now)

    def tags(self) -> list[str]:
        with self._db.read() as session:
            return tag_names(session)

    def progress(self, event_ids: Collection[int] | None = None) -> dict[int, CoreProgress]:
        """Committed+confirmed against the target, for many events in two queries."""
        with self._db.read() as session:
            events = select(Event.id, Event.core_target)
            counts = core_counts_query()
            if event_ids is not None:
                wanted = list(event_ids)
                events = events.where(Event.id.in_(wanted))
                counts = counts.where(CoreCandidate.event_id.in_(wanted))
            found = {r.event_id: r for r in session.execute(counts)}
            result: dict[int, CoreProgress] = {}
            for event_id, target in session.execute(events):
                row = found.get(event_id)
                result[event_id] = CoreProgress(
                    event_id,
                    target,
                    int(row.core_counted or 0) if row else 0,
                    int(row.core_candidates) if row else 0,
                )
            return result

    def announce_gate(self, event_id: int) -> Gate:
        """How many core people are missing before announcing (ask the user if any are)."""
        found = self.progress([event_id]).get(event_id)
        if found is None:
            raise NotFound(msg("This event no longer exists."))
        return found.gate

    def resolve_person(self, ref: str) -> int:
        """A person by id, e-mail address or exact name (for the command line)."""
        from app.services.core_people import resolve_person

        with self._db.read() as session:
            return resolve_person(session, ref)

    # -- writing -------------------------------------------------------------------------------

    def add(self, event_id: int, person_ids: Iterable[int]) -> CandidatesAdded:
        """Put people on the event's list, "to ask", below the cards already there."""
        wanted = list(dict.fromkeys(person_ids))
        with self._db.transaction() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise NotFound(msg("This event no longer exists."))
            if event.status in (EventStatus.DONE.value, EventStatus.CANCELLED.value):
                raise DomainError(
                    msg(
                        "“{event_title}” is {status}; its core can't grow now.",
                        event_title=event.title,
                        status=words.event_status(event.status),
                    )
                )
            known = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
            if len(known) != len(wanted):
                raise NotFound(msg("Some of the chosen people no longer exist."))
            present = set(
                session.scalars(
                    select(CoreCandidate.person_id).where(
                        CoreCandidate.event_id == event_id, CoreCandidate.person_id.in_(wanted)
                    )
                )
            )
            fresh = [p for p in wanted if p not in present]
            if not fresh:
                raise DomainError(msg("Everyone chosen is already on this event's core list."))
            last = session.scalar(
                select(func.max(CoreCandidate.position)).where(
                    CoreCandidate.event_id == event_id,
                    CoreCandidate.stage == CoreStage.TO_ASK.value,
                )
            )
            start = -1 if last is None else int(last)
            added = [
                CoreCandidate(event_id=event_id, person_id=p, position=start + 1 + n)
                for n, p in enumerate(fresh)
            ]
            session.add_all(added)
            session.flush()
            ids = [c.id for c in added]
        items = tuple(self.rows(ids))
        changes = Changes.of(Kind.CORE_CANDIDATE, touched=ids) | Changes.of(
            Kind.EVENT, touched=[event_id]
        )
        return CandidatesAdded(items, changes)

    def delete(self, ids: Iterable[int]) -> Removed:
        """Take people off a core list; their logged conversations stay in their history."""
        with self._db.transaction() as session:
            return self._remove(session, CoreCandidate, ids)

    def move(
        self,
        candidate_id: int,
        stage: CoreStage,
        draft: ConversationDraft,
        *,
        index: int | None = None,
        expected_version: int | None = None,
        actor: str = "",
        now: datetime | None = None,
    ) -> Moved:
        """Move a candidate to `stage`, logging the conversation that moved them.

        Open follow-ups with them about this event are closed (this conversation answers them).
        Confirming makes them "going" with source "core"; leaving "confirmed" for declined or
        not now turns that RSVP to declined.
        """
        clean = draft.validated()
        moment = now or datetime.now(UTC)
        with self._db.transaction() as session:
            card = session.get(CoreCandidate, candidate_id)
            if card is None:
                raise NotFound(msg("This person is no longer on the event's core list."))
            if expected_version is not None and card.version != expected_version:
                raise DomainError(msg("This card changed meanwhile; look at it again and retry."))
            person = session.get(Person, card.person_id)
            assert person is not None
            who = full_name(person.given_name, person.family_name, NameOrder(person.name_order))
            current = CoreStage(card.stage)
            check_move(current, stage, who)
            event_id, person_id = card.event_id, card.person_id
            session.expunge(card)
            rec = PatchRecorder(session)
            at = _place(rec, _column(session, event_id, stage), candidate_id, index)
            rec.update(
                "core_candidates",
                candidate_id,
                {
                    "stage": stage.value,
                    "position": at,
                    "stage_changed_at": moment,
                    "next_follow_up_on": clean.follow_up_on,
                },
                related=((Kind.EVENT, event_id),),
            )
            interaction_id = record_conversation(
                session,
                rec,
                person_id,
                event_id,
                clean,
                moment,
                stages=(current, stage),
                actor=actor,
            )
            rsvp_effects(session, rec, event_id, person_id, current, stage, moment, actor)
            patch = rec.patch()
        return Moved(patch, patch.changes(), self.get(candidate_id), interaction_id)

    def reorder(self, candidate_id: int, index: int) -> Patched:
        """Move a card up or down within its column (no conversation is logged)."""
        with self._db.transaction() as session:
            card = session.get(CoreCandidate, candidate_id)
            if card is None:
                raise NotFound(msg("This person is no longer on the event's core list."))
            column = _column(session, card.event_id, CoreStage(card.stage))
            rec = PatchRecorder(session)
            order = [cid for cid, _pos in column if cid != candidate_id]
            order.insert(max(0, min(index, len(order))), candidate_id)
            positions = dict(column)
            for position, cid in enumerate(order):
                if positions[cid] != position:
                    rec.update("core_candidates", cid, {"position": position}, strict=False)
            patch = rec.patch()
        return Patched(patch, patch.changes())

    def set_target(self, event_id: int, target: int | None) -> Patched:
        """How many committed people the event needs before it is announced (None: no target)."""
        if target is not None and not 0 <= target <= MAX_CAPACITY:
            raise ValidationError("core_target", msg("The core target must be a number from 0 up."))
        with self._db.transaction() as session:
            row = session.execute(select(Event.core_target).where(Event.id == event_id)).first()
            if row is None:
                raise NotFound(msg("This event no longer exists."))
            rec = PatchRecorder(session)
            if row.core_target != target:
                rec.update("events", event_id, {"core_target": target})
            patch = rec.patch()
        return Patched(patch, patch.changes())

    def revert(self, patch: Patch) -> Patched:
        """Undo a move, reorder or target change; the result's patch redoes it."""
        return revert(self._db, patch)
