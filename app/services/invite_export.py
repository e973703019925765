"""Writing invitations, cancellations, feeds and "add to calendar" files, then noting who got what.

Files first, database second: the exporter stages every file in a hidden folder and moves
them into place only when all are written (a cancel or a full disk leaves nothing). Only then
one transaction records `invite_sequence` and a history line per guest. If that transaction
fails the files stay: they are correct and the user may already be sending them; Convivio
then treats those guests as not yet invited, and exporting again rewrites the same files
with the same UID and SEQUENCE, which calendars treat as one invitation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update

from app.domain.enums import EventStatus
from app.domain.errors import ConvivioError, ValidationError
from app.domain.messages import Message, WordList, msg, word_list
from app.exporters.ics import (
    IcsAttendee,
    IcsEvent,
    Method,
    build_add_to_calendar,
    build_feed,
    build_invites,
    write_feed,
    write_invites,
)
from app.exporters.ics.builder import now_stamp
from app.services import invite_mapping as mapping
from app.services import rsvp_store as store
from app.services.changes import Changes, Kind
from app.services.dto import EventDto
from app.services.invite_dto import (
    FeedExport,
    InviteExport,
    InvitePlan,
    InviteRequest,
    SkipReason,
)
from app.services.invite_state import history_detail
from app.services.shared_settings import SharedSettings
from app.storage.database import Database
from app.storage.orm import Event, Rsvp

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_CHUNK = 900
UNANNOUNCED = frozenset({EventStatus.DRAFT, EventStatus.CONFIRMING_CORE})


def _nobody(plan: InvitePlan) -> ValidationError:
    title = plan.event.title
    if plan.method is Method.CANCEL and not plan.uninvite:
        text = msg(
            "Nobody has received an invitation to “{title}”, so there is nothing to cancel.",
            title=title,
        )
    elif plan.method is Method.CANCEL:
        text = msg(
            "No guest of “{title}” declined while holding an invitation: nothing to cancel.",
            title=title,
        )
    elif plan.skipped:
        text = msg(
            "None of the guests of “{title}” can get an invitation now ({reasons}).",
            title=title,
            reasons=_reasons(plan),
        )
    else:
        text = msg("“{title}” has nobody on its guest list yet.", title=title)
    return ValidationError("recipients", text)


def _reasons(plan: InvitePlan) -> WordList:
    counts = plan.skipped_by_reason()
    return word_list(_skip_words(reason, n) for reason, n in counts.items())


def _skip_words(reason: SkipReason, count: int) -> Message:
    if reason is SkipReason.NO_EMAIL:
        return msg("{count} no email", count=count)
    if reason is SkipReason.BAD_EMAIL:
        return msg("{count} bad email", count=count)
    if reason is SkipReason.WAITLISTED:
        return msg("{count} waitlisted", count=count)
    if reason is SkipReason.PENDING:
        return msg("{count} pending approval", count=count)
    if reason is SkipReason.DECLINED:
        return msg("{count} declined", count=count)
    if reason is SkipReason.UP_TO_DATE:
        return msg("{count} up to date", count=count)
    if reason is SkipReason.NEVER_INVITED:
        return msg("{count} never invited", count=count)
    return msg("{count} already cancelled", count=count)


def ics_events(
    db: Database, events: Sequence[EventDto], *, sequence: int | None = None
) -> list[IcsEvent]:
    """The exporter's view of events with venue details, each at its own SEQUENCE (or
    `sequence`)."""
    with db.read() as session:
        venues = mapping.venues(session, [e.venue_id for e in events if e.venue_id is not None])
    return [
        mapping.ics_event(
            e,
            mapping.ics_venue(e, venues.get(e.venue_id) if e.venue_id is not None else None),
            sequence=e.sequence if sequence is None else sequence,
        )
        for e in events
    ]


def export_invites(
    db: Database,
    settings: SharedSettings,
    plan: InvitePlan,
    request: InviteRequest,
    *,
    progress: Progress,
    cancelled: Cancelled,
    stamp: datetime | None = None,
) -> InviteExport:
    """Build and write the files of `plan`, then record them (see the module docstring).

    Raises:
        OrganizerMissing: no organizer e-mail is set.
        ValidationError: nobody to send to, or a bad reminder.
        ExportTargetError: the folder can't be written.
        InterruptedError: cancelled before the files were moved into place; nothing changed.
    """
    organizer = mapping.organizer(settings)
    if not plan.recipients:
        raise _nobody(plan)
    if request.alarm_minutes is not None and request.alarm_minutes < 0:
        raise ValidationError("alarm_minutes", msg("A reminder can't come after the start."))
    (event,) = ics_events(db, [plan.event], sequence=plan.sequence)
    attendees = [IcsAttendee(r.name, r.email, r.response) for r in plan.recipients]
    stamp = stamp or now_stamp()
    total = 2 * len(attendees)
    invites = build_invites(
        event,
        organizer,
        attendees,
        method=plan.method,
        uninvite=plan.uninvite,
        alarm_minutes=request.alarm_minutes,
        stamp=stamp,
        progress=lambda done, _n: progress(done, total),
        cancelled=cancelled,
    )
    written = write_invites(
        request.folder,
        invites,
        eml=request.eml,
        stamp=stamp,
        progress=lambda done, n: progress(n + done, total),
        cancelled=cancelled,
    )
    try:
        changes = record(db, plan)
    except ConvivioError as error:
        return InviteExport(plan, written, Changes(), error)
    return InviteExport(plan, written, changes)


def record(db: Database, plan: InvitePlan) -> Changes:
    """One transaction: each recipient's `invite_sequence` and history line; for a REQUEST
    above the event's SEQUENCE (after a cancellation), the event's SEQUENCE too.

    Versions are not raised: noting what was sent is no edit, and must not make an open
    event dialog or a guest's undo step fail with "changed by someone else".
    """
    wanted = [r.rsvp_id for r in plan.recipients]
    with db.transaction() as session:
        alive: list[int] = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            alive += session.scalars(select(Rsvp.id).where(Rsvp.id.in_(chunk))).all()
        for start in range(0, len(alive), _CHUNK):
            session.execute(
                update(Rsvp)
                .where(Rsvp.id.in_(alive[start : start + _CHUNK]))
                .values(invite_sequence=plan.sequence)
                .execution_options(synchronize_session=False)
            )
        detail = history_detail(plan.method, plan.sequence)
        store.history_rows(session, alive, datetime.now(UTC), db.actor, detail)
        raised = False
        if plan.method is Method.REQUEST:
            result = session.execute(
                update(Event)
                .where(Event.id == plan.event.id, Event.sequence < plan.sequence)
                .values(sequence=plan.sequence)
                .execution_options(synchronize_session=False)
            )
            raised = bool(getattr(result, "rowcount", 0))
    changes = Changes.of(Kind.RSVP, touched=alive)
    if alive or raised:
        changes = changes | Changes.of(Kind.EVENT, touched=[plan.event.id])
    return changes


def export_feed(
    db: Database,
    settings: SharedSettings,
    events: Sequence[EventDto],
    path: Path,
    *,
    public_only: bool,
    name: str = "",
    alarm_minutes: int | None = None,
    progress: Progress,
    cancelled: Cancelled,
) -> FeedExport:
    """A PUBLISH feed of `events` (public-only: public and announced ones) written atomically.

    Raises:
        OrganizerMissing, ExportTargetError, InterruptedError.
    """
    organizer = mapping.organizer(settings)
    chosen = [e for e in events if not public_only or (e.public and e.status not in UNANNOUNCED)]
    if not chosen:
        if public_only:
            text = msg("There are no public, announced events to put in a calendar feed yet.")
        else:
            text = msg("There are no events to put in a calendar feed yet.")
        raise ValidationError("events", text)
    data = build_feed(
        ics_events(db, chosen),
        organizer,
        name=name,
        public_only=public_only,
        alarm_minutes=alarm_minutes,
        progress=progress,
        cancelled=cancelled,
    )
    if cancelled():
        raise InterruptedError("The export was cancelled.")
    write_feed(path, data)
    return FeedExport(path, len(chosen))


def export_add_to_calendar(
    db: Database, settings: SharedSettings, event: EventDto, path: Path
) -> Path:
    """The "add to my calendar" file of one event: PUBLISH, no attendees, written atomically."""
    organizer = mapping.organizer(settings)
    (ics,) = ics_events(db, [event])
    return write_feed(path, build_add_to_calendar(ics, organizer))
