"""Read queries of the RSVP area: guest-list lines with names, counts, waitlist positions."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import Row, case, func, select
from sqlalchemy.orm import Session

from app.domain.enums import AttendeeRole, NameOrder, RsvpResponse, RsvpSource
from app.domain.people import full_name
from app.domain.rsvps import Party
from app.domain.text import fold
from app.services.rsvp_dto import RsvpCounts, RsvpRow
from app.storage.orm import Event, Organization, Person, PersonEmail, Rsvp

_CHUNK = 900
_WAITLISTED = RsvpResponse.WAITLISTED.value


def _primary_email() -> Any:
    return (
        select(PersonEmail.address)
        .where(PersonEmail.person_id == Person.id)
        .order_by(PersonEmail.position)
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )


def _query() -> Any:
    return (
        select(
            Rsvp.id,
            Rsvp.event_id,
            Rsvp.person_id,
            Rsvp.response,
            Rsvp.guests,
            Rsvp.dietary,
            Rsvp.accessibility,
            Rsvp.source,
            Rsvp.role,
            Rsvp.over_capacity,
            Rsvp.waitlisted_at,
            Rsvp.offered_at,
            Rsvp.offer_expires_at,
            Rsvp.reconfirmed_at,
            Rsvp.checked_in_at,
            Rsvp.responded_at,
            Rsvp.checkin_code,
            Rsvp.version,
            Person.given_name,
            Person.family_name,
            Person.name_order,
            Person.preferred_name,
            _primary_email().label("email"),
            Organization.name.label("organization"),
        )
        .join(Person, Person.id == Rsvp.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .order_by(Rsvp.id)
    )


def waitlist_order(session: Session, event_ids: Iterable[int]) -> dict[int, int]:
    """RSVP id → place on its event's waitlist (1 = next in line), offers included."""
    places: dict[int, int] = {}
    for event_id in set(event_ids):
        rows = session.execute(
            select(Rsvp.id, Rsvp.waitlisted_at).where(
                Rsvp.event_id == event_id, Rsvp.response == _WAITLISTED
            )
        ).all()
        ordered = sorted(
            rows,
            key=lambda r: Party(
                r.id, RsvpResponse.WAITLISTED, waitlisted_at=r.waitlisted_at
            ).queue_key(),
        )
        places.update({r.id: n for n, r in enumerate(ordered, 1)})
    return places


def _row(r: Row[Any], places: dict[int, int]) -> RsvpRow:
    name = full_name(r.given_name, r.family_name, NameOrder(r.name_order))
    email = r.email or ""
    organization = r.organization or ""
    code = r.checkin_code or ""
    return RsvpRow(
        id=r.id,
        event_id=r.event_id,
        person_id=r.person_id,
        display_name=name,
        preferred_name=r.preferred_name,
        email=email,
        organization=organization,
        response=RsvpResponse(r.response),
        guests=r.guests,
        dietary=r.dietary,
        accessibility=r.accessibility,
        source=RsvpSource(r.source),
        role=AttendeeRole(r.role),
        over_capacity=r.over_capacity,
        waitlisted_at=r.waitlisted_at,
        offered_at=r.offered_at,
        offer_expires_at=r.offer_expires_at,
        reconfirmed_at=r.reconfirmed_at,
        checked_in_at=r.checked_in_at,
        responded_at=r.responded_at,
        checkin_code=code,
        waitlist_position=places.get(r.id),
        search_key=fold(
            " ".join(p for p in (name, r.preferred_name, email, organization, code) if p)
        ),
        version=r.version,
    )


def event_rows(session: Session, event_id: int) -> list[RsvpRow]:
    places = waitlist_order(session, [event_id])
    rows = session.execute(_query().where(Rsvp.event_id == event_id)).all()
    return [_row(r, places) for r in rows]


def rows_by_id(session: Session, ids: Collection[int]) -> list[RsvpRow]:
    wanted = sorted(set(ids))
    found: list[Row[Any]] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.extend(session.execute(_query().where(Rsvp.id.in_(chunk))).all())
    places = waitlist_order(session, {r.event_id for r in found})
    return [_row(r, places) for r in found]


def counts(session: Session, event_id: int) -> RsvpCounts:
    capacity = session.scalar(select(Event.capacity).where(Event.id == event_id))
    seats = 1 + Rsvp.guests
    going = Rsvp.response == RsvpResponse.GOING.value
    waiting = Rsvp.response == _WAITLISTED
    offered = waiting & Rsvp.offered_at.is_not(None)
    r = session.execute(
        select(
            func.count().filter(going).label("going_rsvps"),
            func.coalesce(func.sum(case((going, seats), else_=0)), 0).label("going"),
            func.count().filter(Rsvp.response == RsvpResponse.MAYBE.value).label("maybe"),
            func.count().filter(waiting).label("waitlisted"),
            func.coalesce(func.sum(case((offered, seats), else_=0)), 0).label("held"),
            func.count().filter(offered).label("offered"),
            func.count().filter(Rsvp.response == RsvpResponse.DECLINED.value).label("declined"),
            func.count().filter(Rsvp.response == RsvpResponse.INVITED.value).label("invited"),
            func.count()
            .filter(Rsvp.response == RsvpResponse.PENDING_APPROVAL.value)
            .label("pending"),
            func.coalesce(func.sum(case((going & Rsvp.over_capacity, seats), else_=0)), 0).label(
                "over"
            ),
            func.coalesce(
                func.sum(case((Rsvp.checked_in_at.is_not(None), seats), else_=0)), 0
            ).label("checked_in"),
            func.count().filter(going & Rsvp.reconfirmed_at.is_(None)).label("unconfirmed"),
        ).where(Rsvp.event_id == event_id)
    ).one()
    going_people = int(r.going)
    left = None if capacity is None else max(0, capacity - going_people - int(r.held))
    return RsvpCounts(
        event_id=event_id,
        capacity=capacity,
        going=going_people,
        going_rsvps=int(r.going_rsvps),
        maybe=int(r.maybe),
        waitlisted=int(r.waitlisted),
        offered=int(r.offered),
        declined=int(r.declined),
        invited=int(r.invited),
        pending=int(r.pending),
        seats_left=left,
        over_capacity=int(r.over),
        checked_in=int(r.checked_in),
        not_reconfirmed=int(r.unconfirmed),
    )


def event_and_person_ids(session: Session, rsvp_ids: Collection[int]) -> tuple[set[int], set[int]]:
    """Events and people of the RSVPs that (still) exist."""
    events: set[int] = set()
    people: set[int] = set()
    wanted = sorted(set(rsvp_ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for e, p in session.execute(
            select(Rsvp.event_id, Rsvp.person_id).where(Rsvp.id.in_(chunk))
        ).all():
            events.add(e)
            people.add(p)
    return events, people


def waitlisted_ids(session: Session, event_ids: Iterable[int]) -> list[int]:
    """Every waitlisted RSVP of these events: their places in line move together."""
    ids = list(set(event_ids))
    if not ids:
        return []
    return list(
        session.scalars(select(Rsvp.id).where(Rsvp.event_id.in_(ids), Rsvp.response == _WAITLISTED))
    )


def existing_ids(session: Session, rsvp_ids: Collection[int]) -> set[int]:
    wanted = sorted(set(rsvp_ids))
    found: set[int] = set()
    for start in range(0, len(wanted), _CHUNK):
        found.update(
            session.scalars(select(Rsvp.id).where(Rsvp.id.in_(wanted[start : start + _CHUNK])))
        )
    return found


def display_names(session: Session, rsvp_ids: Collection[int]) -> dict[int, str]:
    """RSVP id → the guest's name as they write it."""
    if not rsvp_ids:
        return {}
    rows = session.execute(
        select(Rsvp.id, Person.given_name, Person.family_name, Person.name_order)
        .join(Person, Person.id == Rsvp.person_id)
        .where(Rsvp.id.in_(list(rsvp_ids)))
    ).all()
    return {r.id: full_name(r.given_name, r.family_name, NameOrder(r.name_order)) for r in rows}
