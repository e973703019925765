"""Venue partners: venues with rooms and contacts, partnership terms, the pipeline log.

A venue's stage and next follow-up are derived from its logged steps (the last step logged sets
the stage; the earliest open follow-up is the next one), so undoing a step puts both back
without remembering them. They are written with a plain UPDATE that leaves the venue's
version alone: the version guards what the user edits in the venue dialog, not the log.

"Thank the host" is computed, not stored (`venue_thanks`): every announced or done event at a
venue, and every event a "hosted" step names, is due a thank-you the day after it (in the
venue's zone) until a "thanked" step is logged for it (or a general "thanked" step after it
began). It moves with the event, disappears when the event is cancelled, and needs no clean-up
on undo. `follow_ups()` lists it next to logged follow-ups, and so does the Today digest.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload

from app.domain.enums import EventKind, EventStatus, PartnerStage
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.messages import msg
from app.domain.venue_warnings import (
    EventFacts,
    RoomFacts,
    VenueFacts,
    VenueWarning,
    venue_warnings,
)
from app.domain.venues import StepDraft, VenueDraft, check_move
from app.services import venue_queries as q
from app.services.base import Service
from app.services.changes import Changes, Kind
from app.services.dto import Created, Edited, Removed, Tombstone
from app.services.organizations import find_or_create_organization
from app.services.venue_dto import (
    HostedEventDto,
    StepLogged,
    StepRemoved,
    ThankHostDue,
    VenueDto,
    VenueFollowUp,
    VenueStepDto,
)
from app.storage import queries, snapshots
from app.storage.orm import Event, Person, Venue, VenueContact, VenueRoom, VenueStep
from app.storage.sequences import sync_sequences
from app.storage.types import utcnow

QUIET = (EventStatus.CANCELLED, EventStatus.DONE)
"""Events that need no warnings any more."""


class VenueService(Service):
    kind = Kind.VENUE
    table = "venues"

    # -- reading -------------------------------------------------------------------------------

    def list_all(self) -> list[VenueDto]:
        with self._db.read() as session:
            return q.venue_dtos(session)

    def rows(self, ids: Collection[int]) -> list[VenueDto]:
        with self._db.read() as session:
            return q.venue_dtos(session, ids)

    def get(self, venue_id: int) -> VenueDto:
        found = self.rows([venue_id])
        if not found:
            raise NotFound(msg("This venue no longer exists."))
        return found[0]

    def find(self, ref: str) -> VenueDto:
        """A venue by id or exact name (case-insensitive when only one matches that way)."""
        with self._db.read() as session:
            ids: Collection[int] = []
            if ref.strip().isdigit():
                ids = session.scalars(select(Venue.id).where(Venue.id == int(ref))).all()
            if not ids:
                ids = session.scalars(select(Venue.id).where(Venue.name == ref.strip())).all()
            if not ids:
                names = session.execute(select(Venue.id, Venue.name)).all()
                ids = [i for i, n in names if n.casefold() == ref.strip().casefold()]
        if not ids:
            raise NotFound(msg("No venue matches “{ref}”.", ref=ref))
        if len(ids) > 1:
            raise NotFound(
                msg("Several venues are called “{ref}”; use the venue's number.", ref=ref)
            )
        return self.get(next(iter(ids)))

    def steps(self, venue_id: int) -> list[VenueStepDto]:
        """The partnership log of a venue, newest first."""
        with self._db.read() as session:
            return q.step_dtos(session, venue_id=venue_id)

    def step(self, step_id: int) -> VenueStepDto:
        with self._db.read() as session:
            found = q.step_dtos(session, ids=[step_id])
        if not found:
            raise NotFound(msg("This step is no longer in the log."))
        return found[0]

    def history(self, venue_id: int, now: datetime | None = None) -> list[HostedEventDto]:
        """Every event held (or planned) at the venue, with headcount and thank-you state."""
        with self._db.read() as session:
            return q.hosted_events(session, venue_id, now or datetime.now(UTC))

    def thank_host_due(self, until: date | None = None) -> list[ThankHostDue]:
        """Hosts to thank, due the day after their event (only those due by `until`)."""
        with self._db.read() as session:
            due = q.thank_host_due(session)
        return [d for d in due if until is None or d.due_on <= until]

    def follow_ups(self, until: date | None = None) -> list[VenueFollowUp]:
        """Open follow-ups of the venue log plus hosts to thank, soonest first (Today view)."""
        with self._db.read() as session:
            logged = q.open_follow_ups(session, until)
            thanks = q.thank_host_due(session)
        computed = [
            VenueFollowUp(d.venue_id, d.venue, d.due_on, None, d.event_id, d.event_title, "")
            for d in thanks
            if until is None or d.due_on <= until
        ]
        return sorted(logged + computed, key=lambda f: (f.due_on, f.venue, f.event_id or 0))

    def warnings_for_event(self, event_id: int, now: datetime | None = None) -> list[VenueWarning]:
        """What may go wrong with the event's venue: capacity, closing time, guest list."""
        with self._db.read() as session:
            rows = queries.event_rows(session, [event_id])
            if not rows:
                raise NotFound(msg("This event no longer exists."))
            event = rows[0]
            if event.venue_id is None or EventStatus(event.status) in QUIET:
                return []
            venue = session.get(Venue, event.venue_id)
            room = session.get(VenueRoom, event.room_id) if event.room_id is not None else None
            assert venue is not None
            place = VenueFacts(
                venue.name,
                venue.timezone,
                venue.capacity,
                venue.closing_time,
                venue.guest_list_days_before,
            )
            space = None if room is None else RoomFacts(room.name, room.seated, room.standing)
        facts = EventFacts(
            title=event.title,
            kind=EventKind(event.kind),
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            timezone=event.timezone,
            all_day=event.all_day,
            capacity=event.capacity,
            going=int(event.going),
        )
        return venue_warnings(facts, place, space, now or datetime.now(UTC))

    # -- venues ----------------------------------------------------------------------------------

    def create(self, draft: VenueDraft) -> Created[VenueDto]:
        clean = draft.validated()
        with self._db.transaction() as session:
            venue = Venue(stage=PartnerStage.PROSPECT.value)
            session.add(venue)
            changes = self._apply(session, venue, clean)
            venue_id = venue.id
        return Created(self.get(venue_id), changes | Changes.of(Kind.VENUE, touched=[venue_id]))

    def update(self, venue_id: int, draft: VenueDraft, expected_version: int) -> Edited[VenueDto]:
        """Save an edit (rooms and contacts included); refuse if someone changed it since."""
        clean = draft.validated()
        with self._db.transaction() as session:
            found = q.venue_dtos(session, [venue_id])
            if not found:
                raise NotFound(msg("This venue no longer exists."))
            before = found[0]
            venue = session.scalar(
                select(Venue).where(Venue.id == venue_id).options(selectinload(Venue.rooms))
            )
            assert venue is not None
            if venue.version != expected_version:
                raise ConflictError(
                    msg(
                        "{name} was changed by someone else after you opened it; nothing was "
                        "saved.",
                        name=venue.name,
                    )
                )
            changes = self._apply(session, venue, clean)
        after = self.get(venue_id)
        return Edited(before, after, changes | Changes.of(Kind.VENUE, touched=[venue_id]))

    def delete(self, ids: Iterable[int]) -> Removed:
        """Delete venues with their rooms, contacts and log; events keep their other details."""
        with self._db.transaction() as session:
            return self._remove(session, Venue, ids)

    def _apply(self, session: Session, venue: Venue, draft: VenueDraft) -> Changes:
        """Copy a validated draft onto `venue`, its rooms and its contacts."""
        with session.no_autoflush:
            old_org = venue.organization_id
            org = None
            if draft.organization:
                org, _created = find_or_create_organization(session, draft.organization)
            renamed = venue.name != draft.name
            venue.name = draft.name
            venue.organization = org
            for field in (
                "address", "timezone", "capacity", "access_notes", "url", "food_rules",
                "house_rules", "closing_time", "guest_list_days_before", "id_required",
                "security_notes", "cost", "currency", "partnership_notes", "notes",
            ):  # fmt: skip
                setattr(venue, field, getattr(draft, field))
            venue.amenities = list(draft.amenities)
            venue.links = list(draft.links)
            venue.gives_back = list(draft.gives_back)
            venue.terms = draft.terms.value
            venue.updated_at = utcnow()  # a rooms- or contacts-only edit still bumps the version
        session.flush()
        rooms_changed = self._set_rooms(session, venue, draft)
        self._set_contacts(session, venue.id, draft)
        session.flush()
        org_ids = {i for i in (old_org, venue.organization_id) if i is not None}
        changes = Changes.of(Kind.ORGANIZATION, touched=org_ids)
        if renamed or rooms_changed:
            event_ids = session.scalars(select(Event.id).where(Event.venue_id == venue.id)).all()
            changes = changes | Changes.of(Kind.EVENT, touched=event_ids)
        return changes

    def _set_rooms(self, session: Session, venue: Venue, draft: VenueDraft) -> bool:
        """Update rooms in place (ids stay, so events keep their room); refuse to delete a
        room that events use. Rooms coming back through undo get their old ids again."""
        existing = {r.id: r for r in venue.rooms}
        was = sorted((r.id, r.name, r.seated, r.standing, r.notes) for r in venue.rooms)
        kept = {r.id for r in draft.rooms if r.id is not None}
        for room_id in set(existing) - kept:
            used = session.scalars(
                select(Event.title).where(Event.room_id == room_id).order_by(Event.starts_at)
            ).all()
            if used:
                raise ValidationError(
                    "rooms",
                    msg(
                        "“{room}” is the room of {count} event(s), e.g. “{event}”; "
                        "choose another room for them first.",
                        room=existing[room_id].name,
                        count=len(used),
                        event=used[0],
                    ),
                )
            venue.rooms.remove(existing[room_id])
        revived = False
        for room in draft.rooms:
            row = existing.get(room.id) if room.id is not None else None
            if row is None:
                if room.id is not None:
                    if session.get(VenueRoom, room.id) is not None:
                        raise ConflictError(msg("That room now belongs to another venue."))
                    revived = True
                row = VenueRoom(id=room.id)
                venue.rooms.append(row)
            row.name, row.seated, row.standing, row.notes = (
                room.name,
                room.seated,
                room.standing,
                room.notes,
            )
        session.flush()
        if revived:
            sync_sequences(session, ["venue_rooms"])
        return was != sorted((r.id, r.name, r.seated, r.standing, r.notes) for r in venue.rooms)

    def _set_contacts(self, session: Session, venue_id: int, draft: VenueDraft) -> None:
        wanted = [c.person_id for c in draft.contacts]
        if wanted:
            found = set(session.scalars(select(Person.id).where(Person.id.in_(wanted))))
            if len(found) != len(set(wanted)):
                raise ValidationError(
                    "contacts", msg("One of the contact people no longer exists.")
                )
        session.execute(delete(VenueContact).where(VenueContact.venue_id == venue_id))
        session.add_all(
            VenueContact(venue_id=venue_id, person_id=c.person_id, role=c.role)
            for c in draft.contacts
        )

    # -- the partnership log ----------------------------------------------------------------

    def log_step(self, venue_id: int, draft: StepDraft, actor: str = "") -> StepLogged:
        """Log a step and move the partnership; older open follow-ups count as done."""
        clean = draft.validated()
        with self._db.transaction() as session:
            venue = session.get(Venue, venue_id)
            if venue is None:
                raise NotFound(msg("This venue no longer exists."))
            current = PartnerStage(venue.stage)
            check_move(current, clean.stage_to)
            if clean.event_id is not None and session.get(Event, clean.event_id) is None:
                raise ValidationError("event", msg("That event no longer exists."))
            closed = list(q.open_follow_up_ids(session, venue_id))
            if closed:
                session.execute(
                    update(VenueStep)
                    .where(VenueStep.id.in_(closed))
                    .values(follow_up_done_at=utcnow())
                )
            step = VenueStep(
                venue_id=venue_id,
                event_id=clean.event_id,
                stage_from=current.value,
                stage_to=clean.stage_to.value,
                occurred_at=clean.occurred_at,
                channel=clean.channel.value,
                note=clean.note,
                follow_up_on=clean.follow_up_on,
                actor=actor,
            )
            session.add(step)
            session.flush()
            step_id = step.id
            self._derive_state(session, venue_id)
        changes = Changes.of(Kind.VENUE_STEP, touched=[step_id, *closed]) | Changes.of(
            Kind.VENUE, touched=[venue_id]
        )
        return StepLogged(self.step(step_id), tuple(closed), changes)

    def remove_step(self, step_id: int, reopen: Iterable[int] = ()) -> StepRemoved:
        """Take a step out of the log (and reopen the follow-ups it had closed)."""
        with self._db.transaction() as session:
            venue_id = session.scalar(select(VenueStep.venue_id).where(VenueStep.id == step_id))
            if venue_id is None:
                raise NotFound(msg("This step is no longer in the log."))
            snapshot = snapshots.capture(session, "venue_steps", [step_id])
            session.execute(delete(VenueStep).where(VenueStep.id == step_id))
            reopened = list(reopen)
            if reopened:
                session.execute(
                    update(VenueStep)
                    .where(VenueStep.id.in_(reopened))
                    .values(follow_up_done_at=None)
                )
            self._derive_state(session, venue_id)
        changes = Changes.of(Kind.VENUE_STEP, touched=reopened, removed=[step_id]) | Changes.of(
            Kind.VENUE, touched=[venue_id]
        )
        return StepRemoved(
            Tombstone(Kind.VENUE_STEP, (step_id,), snapshot), tuple(reopened), changes
        )

    def restore_step(self, removed: StepRemoved) -> StepLogged:
        """Put a removed step back with its id, closing again what it had closed."""
        snapshot = removed.tombstone.payload
        assert isinstance(snapshot, snapshots.RowSnapshot)
        (step_id,) = removed.tombstone.ids
        with self._db.transaction() as session:
            venue_id = int(dict(snapshot.tables)["venue_steps"][0]["venue_id"])
            if session.get(Venue, venue_id) is None:
                raise NotFound(msg("The venue of this step no longer exists."))
            snapshots.restore(session, snapshot)
            if removed.reopened:
                session.execute(
                    update(VenueStep)
                    .where(VenueStep.id.in_(removed.reopened))
                    .values(follow_up_done_at=utcnow())
                )
            self._derive_state(session, venue_id)
        changes = Changes.of(Kind.VENUE_STEP, touched=[step_id, *removed.reopened]) | Changes.of(
            Kind.VENUE, touched=[venue_id]
        )
        return StepLogged(self.step(step_id), removed.reopened, changes)

    def set_follow_up_done(self, step_id: int, done: bool) -> Edited[VenueStepDto]:
        """Tick off (or reopen) a step's follow-up, e.g. from the Today view."""
        before = self.step(step_id)
        with self._db.transaction() as session:
            session.execute(
                update(VenueStep)
                .where(VenueStep.id == step_id)
                .values(follow_up_done_at=utcnow() if done else None)
            )
            self._derive_state(session, before.venue_id)
        changes = Changes.of(Kind.VENUE_STEP, touched=[step_id]) | Changes.of(
            Kind.VENUE, touched=[before.venue_id]
        )
        return Edited(before, self.step(step_id), changes)

    def _derive_state(self, session: Session, venue_id: int) -> None:
        last = session.scalar(
            select(VenueStep.stage_to)
            .where(VenueStep.venue_id == venue_id)
            .order_by(VenueStep.id.desc())
            .limit(1)
        )
        next_up = session.scalar(
            select(func.min(VenueStep.follow_up_on)).where(
                VenueStep.venue_id == venue_id, VenueStep.follow_up_done_at.is_(None)
            )
        )
        session.execute(
            update(Venue)
            .where(Venue.id == venue_id)
            .values(stage=last or PartnerStage.PROSPECT.value, next_follow_up_on=next_up)
            .execution_options(synchronize_session=False)
        )
