"""Read queries for venue partners: DTOs, step logs, hosted events, hosts still to thank."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, selectinload

from app.domain.enums import Channel, EventStatus, NameOrder, PartnershipTerms, PartnerStage
from app.domain.events import to_local
from app.domain.people import full_name
from app.services.venue_dto import (
    ContactDto,
    HostedEventDto,
    RoomDto,
    VenueDto,
    VenueFollowUp,
    VenueStepDto,
)
from app.services.venue_thanks import THANKED, thank_host_due
from app.storage.orm import (
    Event,
    Organization,
    Person,
    PersonEmail,
    Rsvp,
    Venue,
    VenueContact,
    VenueRoom,
    VenueStep,
)

__all__ = ["THANKED", "thank_host_due"]


def person_name(row: Any) -> str:
    return full_name(row.given_name, row.family_name, NameOrder(row.name_order))


def contact_rows(session: Session, venue_ids: Collection[int]) -> dict[int, list[ContactDto]]:
    first_email = (
        select(PersonEmail.address)
        .where(PersonEmail.person_id == Person.id)
        .order_by(PersonEmail.position)
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            VenueContact.venue_id,
            VenueContact.role,
            Person.id,
            Person.given_name,
            Person.family_name,
            Person.name_order,
            Person.phone,
            first_email.label("email"),
            func.coalesce(Organization.name, "").label("organization"),
        )
        .join(Person, Person.id == VenueContact.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(VenueContact.venue_id.in_(list(venue_ids)))
        .order_by(VenueContact.venue_id, VenueContact.role, Person.family_name, Person.id)
    ).all()
    found: dict[int, list[ContactDto]] = {}
    for r in rows:
        found.setdefault(r.venue_id, []).append(
            ContactDto(r.id, person_name(r), r.role, r.email or "", r.phone, r.organization)
        )
    return found


def venue_dtos(
    session: Session, ids: Collection[int] | None = None, now: datetime | None = None
) -> list[VenueDto]:
    now = now or datetime.now(UTC)
    query = (
        select(Venue)
        .options(selectinload(Venue.rooms), selectinload(Venue.organization))
        .order_by(Venue.name, Venue.id)
    )
    if ids is not None:
        query = query.where(Venue.id.in_(list(ids)))
    venues = session.scalars(query).all()
    wanted = [v.id for v in venues]
    contacts = contact_rows(session, wanted)
    hosted = {
        r.venue_id: r
        for r in session.execute(
            select(
                Event.venue_id,
                func.count().label("n"),
                func.max(Event.starts_at).label("last"),
                func.max(Event.timezone).label("zone"),
            )
            .where(
                Event.venue_id.in_(wanted),
                Event.status != EventStatus.CANCELLED.value,
                Event.ends_at <= now,
            )
            .group_by(Event.venue_id)
        )
    }
    thanked = dict(
        session.execute(
            select(VenueStep.venue_id, func.max(VenueStep.occurred_at))
            .where(VenueStep.venue_id.in_(wanted), VenueStep.stage_to == THANKED)
            .group_by(VenueStep.venue_id)
        ).all()
    )
    # Read from the log, not the venue row, so follow-ups closed elsewhere (the Today view
    # ticks venue steps off directly) never leave a stale date behind.
    next_up = dict(
        session.execute(
            select(VenueStep.venue_id, func.min(VenueStep.follow_up_on))
            .where(VenueStep.venue_id.in_(wanted), VenueStep.follow_up_done_at.is_(None))
            .group_by(VenueStep.venue_id)
        ).all()
    )
    due: dict[int, date] = {}
    for item in thank_host_due(session, wanted):
        due.setdefault(item.venue_id, item.due_on)
    return [
        _venue_dto(v, contacts.get(v.id, []), hosted.get(v.id), thanked, due, next_up.get(v.id))
        for v in venues
    ]


def _local_day(instant: datetime | None, tz: str) -> date | None:
    return None if instant is None else to_local(instant, tz or "UTC").date()


def _venue_dto(
    v: Venue,
    contacts: list[ContactDto],
    hosted: Any,
    thanked: dict[int, datetime],
    due: dict[int, date],
    next_up: date | None,
) -> VenueDto:
    zone = v.timezone or (hosted.zone if hosted is not None else "") or "UTC"
    return VenueDto(
        id=v.id,
        name=v.name,
        organization_id=v.organization_id,
        organization=v.organization.name if v.organization else "",
        address=v.address,
        timezone=v.timezone,
        capacity=v.capacity,
        access_notes=v.access_notes,
        url=v.url,
        amenities=tuple(v.amenities or ()),
        food_rules=v.food_rules,
        house_rules=v.house_rules,
        closing_time=v.closing_time,
        guest_list_days_before=v.guest_list_days_before,
        id_required=v.id_required,
        security_notes=v.security_notes,
        links=tuple(v.links or ()),
        terms=PartnershipTerms(v.terms),
        cost=v.cost,
        currency=v.currency,
        gives_back=tuple(v.gives_back or ()),
        partnership_notes=v.partnership_notes,
        notes=v.notes,
        stage=PartnerStage(v.stage),
        next_follow_up_on=next_up,
        rooms=tuple(RoomDto(r.id, r.name, r.seated, r.standing, r.notes) for r in v.rooms),
        contacts=tuple(contacts),
        events_hosted=int(hosted.n) if hosted is not None else 0,
        last_event_on=_local_day(hosted.last if hosted is not None else None, zone),
        last_thanked_on=_local_day(thanked.get(v.id), zone),
        thank_due_on=due.get(v.id),
        updated_at=v.updated_at,
        version=v.version,
    )


def step_dtos(
    session: Session, *, venue_id: int | None = None, ids: Collection[int] | None = None
) -> list[VenueStepDto]:
    """Steps newest first (by when they happened, then by when they were logged)."""
    query = (
        select(VenueStep, func.coalesce(Event.title, "").label("event_title"))
        .outerjoin(Event, Event.id == VenueStep.event_id)
        .order_by(VenueStep.occurred_at.desc(), VenueStep.id.desc())
    )
    if venue_id is not None:
        query = query.where(VenueStep.venue_id == venue_id)
    if ids is not None:
        query = query.where(VenueStep.id.in_(list(ids)))
    return [_step_dto(step, title) for step, title in session.execute(query)]


def _step_dto(s: VenueStep, event_title: str) -> VenueStepDto:
    return VenueStepDto(
        id=s.id,
        venue_id=s.venue_id,
        event_id=s.event_id,
        event_title=event_title,
        stage_from=PartnerStage(s.stage_from) if s.stage_from else None,
        stage_to=PartnerStage(s.stage_to),
        occurred_at=s.occurred_at,
        channel=Channel(s.channel),
        note=s.note,
        follow_up_on=s.follow_up_on,
        follow_up_done_at=s.follow_up_done_at,
        actor=s.actor,
    )


def hosted_events(session: Session, venue_id: int, now: datetime) -> list[HostedEventDto]:
    """Every event at the venue, newest first, with its headcount and thank-you state."""
    one_party = 1 + Rsvp.guests
    counts = (
        select(
            Rsvp.event_id,
            func.sum(case((Rsvp.response == "going", one_party), else_=0)).label("going"),
            func.sum(case((Rsvp.checked_in_at.is_not(None), one_party), else_=0)).label("came"),
        )
        .group_by(Rsvp.event_id)
        .subquery()
    )
    thank_steps = dict(
        session.execute(
            select(VenueStep.event_id, func.max(VenueStep.occurred_at))
            .where(
                VenueStep.venue_id == venue_id,
                VenueStep.stage_to == THANKED,
                VenueStep.event_id.is_not(None),
            )
            .group_by(VenueStep.event_id)
        ).all()
    )
    general = session.scalars(
        select(VenueStep.occurred_at).where(
            VenueStep.venue_id == venue_id,
            VenueStep.stage_to == THANKED,
            VenueStep.event_id.is_(None),
        )
    ).all()
    due = {d.event_id: d.due_on for d in thank_host_due(session, [venue_id])}
    venue_zone = session.scalar(select(Venue.timezone).where(Venue.id == venue_id)) or ""
    rows = session.execute(
        select(
            Event,
            func.coalesce(VenueRoom.name, "").label("room"),
            func.coalesce(counts.c.going, 0).label("going"),
            func.coalesce(counts.c.came, 0).label("came"),
        )
        .outerjoin(VenueRoom, VenueRoom.id == Event.room_id)
        .outerjoin(counts, counts.c.event_id == Event.id)
        .where(Event.venue_id == venue_id)
        .order_by(Event.starts_at.desc())
    ).all()
    found = []
    for event, room, going, came in rows:
        tz = venue_zone or event.timezone
        thanked_at = thank_steps.get(event.id) or min(
            (at for at in general if at >= event.starts_at), default=None
        )
        found.append(
            HostedEventDto(
                event_id=event.id,
                title=event.title,
                starts_at=event.starts_at,
                ends_at=event.ends_at,
                timezone=event.timezone,
                all_day=event.all_day,
                status=EventStatus(event.status),
                room=room,
                headcount=int(came) if came else int(going),
                checked_in=bool(came),
                ended=event.ends_at <= now,
                thanked_on=_local_day(thanked_at, tz),
                thank_due_on=due.get(event.id),
            )
        )
    return found


def open_follow_ups(session: Session, until: date | None) -> list[VenueFollowUp]:
    """Logged follow-ups not done yet (due by `until`, if given)."""
    query = (
        select(VenueStep, Venue.name, func.coalesce(Event.title, ""))
        .join(Venue, Venue.id == VenueStep.venue_id)
        .outerjoin(Event, Event.id == VenueStep.event_id)
        .where(VenueStep.follow_up_on.is_not(None), VenueStep.follow_up_done_at.is_(None))
    )
    if until is not None:
        query = query.where(VenueStep.follow_up_on <= until)
    found = []
    for step, venue, title in session.execute(query):
        assert step.follow_up_on is not None
        found.append(
            VenueFollowUp(
                step.venue_id, venue, step.follow_up_on, step.id, step.event_id, title, step.note
            )
        )
    return found


def open_follow_up_ids(session: Session, venue_id: int) -> Sequence[int]:
    return session.scalars(
        select(VenueStep.id).where(
            and_(
                VenueStep.venue_id == venue_id,
                VenueStep.follow_up_on.is_not(None),
                VenueStep.follow_up_done_at.is_(None),
            )
        )
    ).all()
