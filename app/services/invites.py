"""Calendar invitations for the guest list: export invites, updates and cancellations, the
public feed and "add to my calendar" files, and read the guests' calendar replies back.

The calendar library loads only when one of these runs (`invite_export`, `invite_replies`),
so opening a database and every other command stay as quick as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.enums import EventStatus
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services.events import EventService
from app.services.invite_dto import (
    FeedExport,
    InviteExport,
    InviteMode,
    InvitePlan,
    InviteRequest,
    InviteSummary,
    RepliesImport,
    ReplyCheck,
    Why,
)
from app.services.rsvps import RsvpService
from app.services.shared_settings import SharedSettingsService
from app.storage.database import Database

if TYPE_CHECKING:
    from app.services.invite_state import GuestInvite

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
MAX_ALARM_MINUTES = 4 * 7 * 24 * 60
"""A reminder at most four weeks ahead."""


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


class InviteService:
    """Calendar files for events and their guests, and replies from the guests' calendars."""

    def __init__(self, db: Database, rsvps: RsvpService | None = None) -> None:
        self._db = db
        self._rsvps = rsvps or RsvpService(db)
        self._events = EventService(db)
        self._settings = SharedSettingsService(db)

    # -- who gets what -------------------------------------------------------------------------

    def _guests(self, event_id: int) -> list[GuestInvite]:
        from app.services.invite_state import guest_invites

        with self._db.read() as session:
            return guest_invites(session, event_id)

    def plan(self, event_id: int, mode: InviteMode) -> InvitePlan:
        """Recipients, skipped guests (with reasons) and SEQUENCE of an export; writes nothing.

        Raises:
            NotFound: the event is gone.
            ValidationError: invitations (not a cancellation) for a cancelled event.
        """
        from app.services.invite_state import plan

        event = self._events.get(event_id)
        return plan(event, self._guests(event_id), mode)

    def summary(self, event_id: int) -> InviteSummary:
        """How many guests each choice reaches, for the dialog's labels and the after-edit offer."""
        from app.services.invite_state import plan

        event = self._events.get(event_id)
        guests = self._guests(event_id)
        requests = {InviteMode.ALL: 0, InviteMode.UPDATES: 0}
        outdated = 0
        if event.status is not EventStatus.CANCELLED:
            for mode in requests:
                requests[mode] = len(plan(event, guests, mode).recipients)
            chosen = plan(event, guests, InviteMode.UPDATES).recipients
            outdated = sum(1 for r in chosen if r.why in (Why.OUTDATED, Why.REINSTATED))
        return InviteSummary(
            event,
            all=requests[InviteMode.ALL],
            updates=requests[InviteMode.UPDATES],
            cancel=len(plan(event, guests, InviteMode.CANCEL).recipients),
            holders=sum(1 for g in guests if g.sequence is not None),
            outdated=outdated,
        )

    # -- exports -------------------------------------------------------------------------------

    def export(
        self,
        request: InviteRequest,
        *,
        progress: Progress = _no_progress,
        cancelled: Cancelled = _never,
        stamp: datetime | None = None,
    ) -> InviteExport:
        """One `.ics` per recipient (+ `.eml` drafts if asked) and `all.ics` in `request.folder`,
        then note in the database who received what (see `invite_export`).

        Raises:
            OrganizerMissing: the organizer's e-mail is not set (before anything is written).
            ValidationError: nobody to send to, a bad reminder, invites for a cancelled event.
            ExportTargetError: the folder can't be written.
            InterruptedError: cancelled; no file was written and nothing was recorded.
        """
        from app.services import invite_export, invite_mapping

        _check_alarm(request.alarm_minutes)
        settings = self._settings.get()
        invite_mapping.organizer(settings)  # fail early, before reading the guests
        plan = self.plan(request.event_id, request.mode)
        return invite_export.export_invites(
            self._db,
            settings,
            plan,
            request,
            progress=progress,
            cancelled=cancelled,
            stamp=stamp,
        )

    def work(self, request: InviteRequest) -> Callable[[Progress, Cancelled], InviteExport]:
        """`export` as a Job's work function `fn(progress, cancelled)`."""

        def run(progress: Progress, cancelled: Cancelled) -> InviteExport:
            return self.export(request, progress=progress, cancelled=cancelled)

        return run

    def feed(
        self,
        path: Path,
        *,
        public_only: bool = False,
        event_ids: Sequence[int] | None = None,
        alarm_minutes: int | None = None,
        progress: Progress = _no_progress,
        cancelled: Cancelled = _never,
    ) -> FeedExport:
        """A METHOD:PUBLISH calendar of all events (or `event_ids`) without guests.

        `public_only` keeps events marked public that have been announced (drafts and events
        still confirming their core stay private). Cancelled events stay in, marked
        cancelled, so subscribed calendars drop them.
        """
        from app.services import invite_export, invite_mapping

        _check_alarm(alarm_minutes)
        settings = self._settings.get()
        invite_mapping.organizer(settings)
        events = self._events.list_all() if event_ids is None else self._events.rows(event_ids)
        name = settings.organizer_name or "Convivio"
        return invite_export.export_feed(
            self._db,
            settings,
            events,
            path,
            public_only=public_only,
            name=f"{name} – events" if not public_only else f"{name} – public events",
            alarm_minutes=alarm_minutes,
            progress=progress,
            cancelled=cancelled,
        )

    def feed_work(
        self, path: Path, *, public_only: bool = False
    ) -> Callable[[Progress, Cancelled], FeedExport]:
        def run(progress: Progress, cancelled: Cancelled) -> FeedExport:
            return self.feed(path, public_only=public_only, progress=progress, cancelled=cancelled)

        return run

    def add_to_calendar(self, event_id: int, path: Path) -> Path:
        """The "add to my calendar" file of one event (PUBLISH, no guests), for a web page
        or a newsletter; anyone may open it."""
        from app.services import invite_export

        return invite_export.export_add_to_calendar(
            self._db, self._settings.get(), self._events.get(event_id), path
        )

    # -- replies -------------------------------------------------------------------------------

    def check_replies(
        self,
        paths: Sequence[Path],
        *,
        progress: Progress = _no_progress,
        cancelled: Cancelled = _never,
    ) -> list[ReplyCheck]:
        """Read and check reply files (`.ics`, `.eml`) without changing anything."""
        from app.services.invite_replies import check_replies

        with self._db.read() as session:
            return check_replies(
                session,
                list(paths),
                now=datetime.now(UTC),
                progress=progress,
                cancelled=cancelled,
            )

    def import_replies(
        self, paths: Sequence[Path], *, progress: Progress = _no_progress
    ) -> RepliesImport:
        """Check the files again and record the accepted answers (one transaction per file).

        `outcome` merges every change into one revision: pass it to the UI's `push_outcome`
        (or `RsvpService.revert`) to undo the whole import at once.
        """
        from app.services.invite_replies import apply_replies

        checks = self.check_replies(paths, progress=progress)
        results, outcomes = apply_replies(self._rsvps, checks)
        outcome = None
        if outcomes:
            outcome = outcomes[0] if len(outcomes) == 1 else self._rsvps.combine(outcomes)
        return RepliesImport(tuple(results), outcome)

    def import_work(self, paths: Sequence[Path]) -> Callable[[Progress, Cancelled], RepliesImport]:
        """`import_replies` as a Job's work; it ignores cancel so no file is half applied."""

        def run(progress: Progress, _cancelled: Cancelled) -> RepliesImport:
            return self.import_replies(paths, progress=progress)

        return run


def _check_alarm(minutes: int | None) -> None:
    if minutes is not None and not 0 <= minutes <= MAX_ALARM_MINUTES:
        raise ValidationError(
            "alarm_minutes", msg("A reminder must come between 0 minutes and 4 weeks before.")
        )
