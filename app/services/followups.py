"""Follow-ups across all events and people: the Today view, and logging what was done.

Marking something done logs a conversation (which is what resets a keep-in-touch cadence and
answers a pending follow-up). Every write records a row patch, so `revert` undoes and redoes it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.core import (
    DEFAULT_WAITING_DAYS,
    WAITING_DAYS_KEY,
    ConversationDraft,
    check_waiting_days,
    parse_waiting_days,
)
from app.domain.enums import CoreStage
from app.domain.errors import NotFound
from app.domain.messages import msg
from app.services.changes import Kind
from app.services.core_dto import Patch, Patched
from app.services.core_patch import PatchRecorder, revert
from app.services.followup_dto import FollowupItem, FollowupSource, Section, TodayDigest
from app.services.followups_today import (
    after_events,
    conversation_follow_ups,
    keep_in_touch,
    thank_host_follow_ups,
    venue_follow_ups,
    waiting,
)
from app.services.venue_dto import ThankHostDue
from app.services.venue_thanks import thank_host_due
from app.storage.database import Database
from app.storage.orm import Event, Interaction, Person, Setting, Venue, VenueStep

SECTION_LIMIT = 100
AFTER_EVENT_DAYS = 14
UPCOMING_DAYS = 7


def _all_kinds(
    session: Session,
    due_by: date,
    after: date | None,
    limit: int,
    thanks: list[ThankHostDue],
) -> Section:
    """Conversation and venue follow-ups and hosts to thank due in (after, due_by], soonest
    first."""
    talks = conversation_follow_ups(session, due_by, limit, after)
    venues = venue_follow_ups(session, due_by, limit, after)
    hosts = thank_host_follow_ups(thanks, due_by, limit, after)
    items = sorted(talks.items + venues.items + hosts.items, key=lambda i: (i.due_on, i.name))
    return Section(tuple(items[:limit]), talks.total + venues.total + hosts.total)


def record_conversation(
    session: Session,
    rec: PatchRecorder,
    person_id: int,
    event_id: int | None,
    draft: ConversationDraft,
    now: datetime,
    *,
    resolves: int | None = None,
    stages: tuple[CoreStage, CoreStage] | None = None,
    actor: str = "",
) -> int:
    """Log a conversation; it answers the follow-up `resolves` and, about an event, every open
    follow-up with that person about the same event. `stages` records a core stage move."""
    if session.get(Person, person_id) is None:
        raise NotFound(msg("This person no longer exists."))
    if event_id is not None and session.get(Event, event_id) is None:
        raise NotFound(msg("This event no longer exists."))
    query = select(Interaction.id).where(
        Interaction.person_id == person_id,
        Interaction.follow_up_on.is_not(None),
        Interaction.follow_up_done_at.is_(None),
    )
    if event_id is not None:
        answered = set(session.scalars(query.where(Interaction.event_id == event_id)))
    else:
        answered = set()
    if resolves is not None:
        if session.scalar(query.where(Interaction.id == resolves)) is None:
            raise NotFound(msg("This follow-up was already done or no longer exists."))
        answered.add(resolves)
    for interaction_id in sorted(answered):
        rec.update("interactions", interaction_id, {"follow_up_done_at": now})
    return rec.insert(
        "interactions",
        {
            "person_id": person_id,
            "event_id": event_id,
            "occurred_at": now,
            "channel": draft.channel.value,
            "note": draft.note,
            "follow_up_on": draft.follow_up_on,
            "core_stage_from": stages[0].value if stages else None,
            "core_stage_to": stages[1].value if stages else None,
            "actor": actor,
            "created_at": now,
        },
        related=((Kind.PERSON, person_id),),
    )


class FollowupService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------------

    def digest(
        self, today: date, now: datetime | None = None, *, limit: int = SECTION_LIMIT
    ) -> TodayDigest:
        """The Today view. `today` is the user's local date; `now` defaults to the clock."""
        moment = now or datetime.now(UTC)
        horizon = today + timedelta(days=UPCOMING_DAYS)
        yesterday = today - timedelta(days=1)
        with self._db.read() as session:
            days = self._waiting_days(session)
            thanks = thank_host_due(session)
            return TodayDigest(
                today=today,
                overdue=_all_kinds(session, yesterday, None, limit, thanks),
                due_today=_all_kinds(session, today, yesterday, limit, thanks),
                upcoming=_all_kinds(session, horizon, today, limit, thanks),
                waiting=waiting(session, moment, days, limit),
                waiting_days=days,
                keep_in_touch=keep_in_touch(session, moment, limit),
                after_events=after_events(session, moment, AFTER_EVENT_DAYS),
            )

    def due(self, due_by: date, *, limit: int = 10_000) -> list[FollowupItem]:
        """Open follow-ups due on or before `due_by`, oldest first (the `followups` command):
        conversations, venue partnership steps and hosts to thank."""
        with self._db.read() as session:
            thanks = thank_host_due(session)
            return list(_all_kinds(session, due_by, None, limit, thanks).items)

    def waiting_days(self) -> int:
        with self._db.read() as session:
            return self._waiting_days(session)

    @staticmethod
    def _waiting_days(session: Session) -> int:
        return parse_waiting_days(
            session.scalar(select(Setting.value).where(Setting.key == WAITING_DAYS_KEY))
        )

    # -- writing -------------------------------------------------------------------------------

    def log(
        self,
        person_id: int,
        event_id: int | None,
        draft: ConversationDraft,
        *,
        resolves: int | None = None,
        now: datetime | None = None,
    ) -> Patched:
        """Log a conversation (a keep-in-touch call, a thank-you, a nudge while waiting)."""
        clean = draft.validated()
        with self._db.transaction() as session:
            rec = PatchRecorder(session)
            record_conversation(
                session,
                rec,
                person_id,
                event_id,
                clean,
                now or datetime.now(UTC),
                resolves=resolves,
            )
            patch = rec.patch()
        return Patched(patch, patch.changes())

    def mark_done(
        self, item: FollowupItem, draft: ConversationDraft, now: datetime | None = None
    ) -> Patched:
        """Close a follow-up, logging the conversation (or the venue step) that closed it.

        A host is thanked with a "thanked" step in the venue's log (`VenueService.log_step`),
        which moves the partnership too; this refuses those items."""
        if item.source is FollowupSource.THANK_HOST:
            raise ValueError("thank a host by logging a “thanked” step for the venue")
        if item.source is FollowupSource.CONVERSATION:
            assert item.person_id is not None
            return self.log(item.person_id, item.event_id, draft, resolves=item.id, now=now)
        clean = draft.validated()
        moment = now or datetime.now(UTC)
        with self._db.transaction() as session:
            step = session.get(VenueStep, item.id)
            if step is None or step.follow_up_done_at is not None:
                raise NotFound(msg("This follow-up was already done or no longer exists."))
            venue = session.get(Venue, step.venue_id)
            assert venue is not None
            venue_id, event_id, stage = step.venue_id, step.event_id, venue.stage
            session.expunge(step)
            related = ((Kind.VENUE, venue_id),)
            rec = PatchRecorder(session)
            rec.update("venue_steps", item.id, {"follow_up_done_at": moment}, related=related)
            if clean.note or clean.follow_up_on:
                rec.insert(
                    "venue_steps",
                    {
                        "venue_id": venue_id,
                        "event_id": event_id,
                        "stage_from": stage,
                        "stage_to": stage,
                        "occurred_at": moment,
                        "channel": clean.channel.value,
                        "note": clean.note,
                        "follow_up_on": clean.follow_up_on,
                    },
                    related=related,
                )
            patch = rec.patch()
        return Patched(patch, patch.changes())

    def set_waiting_days(self, days: int) -> Patched:
        """How long an ask may go unanswered before the Today view lists it (shared setting)."""
        check_waiting_days(days)
        with self._db.transaction() as session:
            rec = PatchRecorder(session)
            stored = session.get(Setting, WAITING_DAYS_KEY)
            if stored is None:
                if days != DEFAULT_WAITING_DAYS:
                    rec.insert_keyed("settings", {"key": WAITING_DAYS_KEY, "value": str(days)})
            elif stored.value != str(days):
                session.expunge(stored)
                rec.update("settings", WAITING_DAYS_KEY, {"value": str(days)})
            patch = rec.patch()
        return Patched(patch, patch.changes())

    def revert(self, patch: Patch) -> Patched:
        return revert(self._db, patch)
