"""The Today view's queries: follow-ups due, answers awaited, cadences lapsed, events just past.

Each list is one SQL query with a limit (and a count), so the view opens at once on 100,000
people; nothing loops over everyone in Python.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select, true
from sqlalchemy.orm import Session

from app.domain.core import cadence_due_on, waiting_cutoff
from app.domain.enums import CoreStage, EventStatus, NameOrder, RsvpResponse
from app.domain.people import full_name
from app.services.followup_dto import (
    AfterEvent,
    AfterEventPerson,
    FollowupItem,
    FollowupSource,
    KeepInTouchItem,
    Section,
    WaitingItem,
)
from app.services.person_history import as_utc, checkins_recorded
from app.services.venue_dto import ThankHostDue
from app.storage.orm import (
    CoreCandidate,
    Event,
    Interaction,
    Person,
    Rsvp,
    Tag,
    Venue,
    VenueStep,
    person_tags,
)
from app.storage.types import UTCDateTime

_CLOSED = (EventStatus.DONE.value, EventStatus.CANCELLED.value)


def _name(row: Any) -> str:
    return full_name(row.given_name, row.family_name, NameOrder(row.name_order))


_PERSON = (Person.given_name, Person.family_name, Person.name_order)


def conversation_follow_ups(
    session: Session, due_by: date, limit: int, after: date | None = None
) -> Section:
    """Open follow-ups of conversations due on or before `due_by` (and after `after`)."""
    wanted = and_(
        Interaction.follow_up_on.is_not(None),
        Interaction.follow_up_done_at.is_(None),
        Interaction.follow_up_on <= due_by,
        Interaction.follow_up_on > after if after is not None else true(),
    )
    total = session.scalar(select(func.count()).select_from(Interaction).where(wanted)) or 0
    rows = session.execute(
        select(
            Interaction.id,
            Interaction.follow_up_on,
            Interaction.person_id,
            Interaction.event_id,
            Interaction.channel,
            Interaction.note,
            *_PERSON,
            Event.title,
            CoreCandidate.stage,
        )
        .join(Person, Person.id == Interaction.person_id)
        .outerjoin(Event, Event.id == Interaction.event_id)
        .outerjoin(
            CoreCandidate,
            and_(
                CoreCandidate.person_id == Interaction.person_id,
                CoreCandidate.event_id == Interaction.event_id,
            ),
        )
        .where(wanted)
        .order_by(Interaction.follow_up_on, Interaction.id)
        .limit(limit)
    ).all()
    items = tuple(
        FollowupItem(
            FollowupSource.CONVERSATION,
            r.id,
            r.follow_up_on,
            r.person_id,
            None,
            _name(r),
            r.event_id,
            r.title or "",
            r.channel,
            r.note,
            CoreStage(r.stage) if r.stage else None,
        )
        for r in rows
    )
    return Section(items, int(total))


def venue_follow_ups(
    session: Session, due_by: date, limit: int, after: date | None = None
) -> Section:
    """Open follow-ups of venue partnership steps, like `conversation_follow_ups`."""
    wanted = and_(
        VenueStep.follow_up_on.is_not(None),
        VenueStep.follow_up_done_at.is_(None),
        VenueStep.follow_up_on <= due_by,
        VenueStep.follow_up_on > after if after is not None else true(),
    )
    total = session.scalar(select(func.count()).select_from(VenueStep).where(wanted)) or 0
    rows = session.execute(
        select(VenueStep, Venue.name, Event.title)
        .join(Venue, Venue.id == VenueStep.venue_id)
        .outerjoin(Event, Event.id == VenueStep.event_id)
        .where(wanted)
        .order_by(VenueStep.follow_up_on, VenueStep.id)
        .limit(limit)
    ).all()
    items = tuple(
        FollowupItem(
            FollowupSource.VENUE,
            step.id,
            step.follow_up_on or due_by,
            None,
            step.venue_id,
            venue,
            step.event_id,
            title or "",
            step.channel,
            step.note,
            None,
        )
        for step, venue, title in rows
    )
    return Section(items, int(total))


def thank_host_follow_ups(
    thanks: list[ThankHostDue], due_by: date, limit: int, after: date | None = None
) -> Section:
    """Hosts to thank (from `venue_thanks.thank_host_due`) due on or before `due_by`."""
    wanted = [t for t in thanks if t.due_on <= due_by and (after is None or t.due_on > after)]
    items = tuple(
        FollowupItem(
            FollowupSource.THANK_HOST,
            t.event_id,
            t.due_on,
            None,
            t.venue_id,
            t.venue,
            t.event_id,
            t.event_title,
            "",
            "",
            None,
        )
        for t in wanted[:limit]
    )
    return Section(items, len(wanted))


def waiting(session: Session, now: datetime, days: int, limit: int) -> Section:
    """Asked more than `days` ago about an event still ahead, with no conversation since."""
    cut = waiting_cutoff(now, days)
    talked_since = exists().where(
        Interaction.person_id == CoreCandidate.person_id,
        Interaction.event_id == CoreCandidate.event_id,
        Interaction.occurred_at >= cut,
    )
    wanted = and_(
        CoreCandidate.stage == CoreStage.ASKED.value,
        CoreCandidate.stage_changed_at < cut,
        Event.status.not_in(_CLOSED),
        Event.ends_at > now,
        ~talked_since,
    )
    base = select(CoreCandidate.id).join(Event, Event.id == CoreCandidate.event_id).where(wanted)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.execute(
        select(
            CoreCandidate.id,
            CoreCandidate.person_id,
            CoreCandidate.event_id,
            CoreCandidate.stage_changed_at,
            *_PERSON,
            Event.title,
        )
        .join(Event, Event.id == CoreCandidate.event_id)
        .join(Person, Person.id == CoreCandidate.person_id)
        .where(wanted)
        .order_by(CoreCandidate.stage_changed_at, CoreCandidate.id)
        .limit(limit)
    ).all()
    items = tuple(
        WaitingItem(r.id, r.person_id, _name(r), r.event_id, r.title, r.stage_changed_at)
        for r in rows
    )
    return Section(items, int(total))


def keep_in_touch(session: Session, now: datetime, limit: int) -> Section:
    """People whose keep-in-touch cadence lapsed, longest lapsed first.

    A cadence comes from the person's tags (the shortest wins). Someone never talked to counts
    from the day they were added, so a person met yesterday isn't "due" at once.
    """
    cadences = [
        d
        for d in session.scalars(
            select(Tag.keep_in_touch_days).where(Tag.keep_in_touch_days.is_not(None)).distinct()
        )
        if d is not None and d > 0
    ]
    if not cadences:
        return Section((), 0)
    cadence = (
        select(person_tags.c.person_id, func.min(Tag.keep_in_touch_days).label("days"))
        .join(Tag, Tag.id == person_tags.c.tag_id)
        .where(Tag.keep_in_touch_days > 0)
        .group_by(person_tags.c.person_id)
        .subquery()
    )
    talks = (
        select(Interaction.person_id, func.max(Interaction.occurred_at).label("at"))
        .group_by(Interaction.person_id)
        .subquery()
    )
    since = func.coalesce(talks.c.at, Person.created_at)
    threshold = case(
        *[(cadence.c.days == d, literal(now - timedelta(days=d), UTCDateTime())) for d in cadences]
    )
    query = (
        select(Person.id, *_PERSON, Person.created_at, cadence.c.days, talks.c.at)
        .join(cadence, cadence.c.person_id == Person.id)
        .outerjoin(talks, talks.c.person_id == Person.id)
        .where(since < threshold)
    )
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(query.order_by(since, Person.id).limit(limit)).all()
    items = []
    for r in rows:
        last = as_utc(r.at) if r.at is not None else None
        start = (last or as_utc(r.created_at)).date()
        due = cadence_due_on(start, int(r.days), now.date())
        items.append(KeepInTouchItem(r.id, _name(r), int(r.days), last, due))
    return Section(tuple(items), int(total))


def after_events(session: Session, now: datetime, days: int) -> tuple[AfterEvent, ...]:
    """Events that ended in the last `days`: who came (thank them), who missed it (check in).

    People someone talked to about the event since it ended are left out: that was the
    follow-up.
    """
    events = session.execute(
        select(
            Event.id,
            Event.title,
            Event.starts_at,
            Event.ends_at,
            Event.timezone,
            checkins_recorded().label("recorded"),
        )
        .where(
            Event.ends_at <= now,
            Event.ends_at > now - timedelta(days=days),
            Event.status != EventStatus.CANCELLED.value,
        )
        .order_by(Event.ends_at.desc())
    ).all()
    result = []
    for ev in events:
        followed = exists().where(
            Interaction.person_id == Rsvp.person_id,
            Interaction.event_id == ev.id,
            Interaction.occurred_at >= ev.ends_at,
        )
        rows = session.execute(
            select(Rsvp.person_id, Rsvp.checked_in_at, *_PERSON)
            .join(Person, Person.id == Rsvp.person_id)
            .where(
                Rsvp.event_id == ev.id,
                or_(Rsvp.checked_in_at.is_not(None), Rsvp.response == RsvpResponse.GOING.value),
                ~followed,
            )
            .order_by(Person.family_name, Person.given_name, Person.id)
        ).all()
        came = tuple(AfterEventPerson(r.person_id, _name(r)) for r in rows if r.checked_in_at)
        missed = tuple(
            AfterEventPerson(r.person_id, _name(r))
            for r in rows
            if r.checked_in_at is None and ev.recorded
        )
        result.append(
            AfterEvent(
                ev.id,
                ev.title,
                ev.starts_at,
                ev.ends_at,
                ev.timezone,
                bool(ev.recorded),
                came,
                missed,
            )
        )
    return tuple(result)
