"""A person's page: their events and attendance, conversations, core involvement and figures.

The attendance figures are also what candidate search shows, so repeat no-shows are visible
when choosing whom to ask; they are computed in SQL for the requested people only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.domain.core import attendance
from app.domain.enums import Channel, CoreStage, EventKind, EventStatus, NameOrder, RsvpResponse
from app.domain.errors import NotFound
from app.domain.messages import msg
from app.domain.people import call_name, full_name
from app.services.followup_dto import (
    AttendanceFigures,
    Conversation,
    CoreInvolvement,
    HistoryEvent,
    PersonHistory,
)
from app.storage.database import Database
from app.storage.orm import CoreCandidate, Event, Interaction, Person, Rsvp

_CHUNK = 900


def _chunks(ids: Collection[int]) -> Iterable[list[int]]:
    values = sorted(set(ids))
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def checkins_recorded() -> Any:
    """True for events where at least one guest was checked in: only there is a missing
    check-in a no-show (events run without the check-in desk blame nobody)."""
    other = aliased(Rsvp)
    return exists().where(other.event_id == Event.id, other.checked_in_at.is_not(None))


def attendance_figures(
    session: Session, person_ids: Collection[int], now: datetime
) -> dict[int, AttendanceFigures]:
    """Events attended and no-shows per person, for the people asked about."""
    came = case((Rsvp.checked_in_at.is_not(None), 1), else_=0)
    missed = case(
        (
            and_(
                Rsvp.checked_in_at.is_(None),
                Rsvp.response == RsvpResponse.GOING.value,
                Event.ends_at < now,
                Event.status != EventStatus.CANCELLED.value,
                checkins_recorded(),
            ),
            1,
        ),
        else_=0,
    )
    found: dict[int, AttendanceFigures] = {}
    for chunk in _chunks(person_ids):
        rows = session.execute(
            select(Rsvp.person_id, func.sum(came), func.sum(missed))
            .join(Event, Event.id == Rsvp.event_id)
            .where(Rsvp.person_id.in_(chunk))
            .group_by(Rsvp.person_id)
        )
        for person_id, attended, no_shows in rows:
            found[person_id] = AttendanceFigures(int(attended or 0), int(no_shows or 0))
    return found


def last_contacts(session: Session, person_ids: Collection[int]) -> dict[int, datetime]:
    """When each person was last talked to (their latest logged conversation)."""
    found: dict[int, datetime] = {}
    for chunk in _chunks(person_ids):
        rows = session.execute(
            select(Interaction.person_id, func.max(Interaction.occurred_at))
            .where(Interaction.person_id.in_(chunk))
            .group_by(Interaction.person_id)
        )
        for person_id, when in rows:
            if when is not None:
                found[person_id] = as_utc(when)
    return found


def as_utc(value: Any) -> datetime:
    """Aggregates skip the column type, so SQLite hands back naive UTC (or even text)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class PersonHistoryService:
    """Reads only: everything Convivio knows about one person, for their page."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def history(self, person_id: int, now: datetime | None = None) -> PersonHistory:
        moment = now or datetime.now(UTC)
        with self._db.read() as session:
            person = session.scalar(
                select(Person)
                .where(Person.id == person_id)
                .options(
                    selectinload(Person.emails),
                    selectinload(Person.tags),
                    selectinload(Person.organization),
                )
            )
            if person is None:
                raise NotFound(msg("This person no longer exists."))
            events = self._events(session, person_id, moment)
            talks = self._conversations(session, person_id)
            core = self._core(session, person_id)
            figures = attendance_figures(session, [person_id], moment).get(
                person_id, AttendanceFigures()
            )
            order = NameOrder(person.name_order)
            return PersonHistory(
                person_id=person.id,
                display_name=full_name(person.given_name, person.family_name, order),
                call_name=call_name(person.given_name, person.family_name, person.preferred_name),
                pronouns=person.pronouns,
                emails=tuple(e.address for e in person.emails),
                organization=person.organization.name if person.organization else "",
                job_title=person.job_title,
                tags=tuple(t.name for t in person.tags),
                notes=person.notes,
                how_we_met=person.how_we_met,
                events=events,
                conversations=talks,
                core=core,
                figures=figures,
                last_contact=talks[0].occurred_at if talks else None,
            )

    def figures(
        self, person_ids: Collection[int], now: datetime | None = None
    ) -> dict[int, AttendanceFigures]:
        with self._db.read() as session:
            return attendance_figures(session, person_ids, now or datetime.now(UTC))

    def _events(self, session: Session, person_id: int, now: datetime) -> tuple[HistoryEvent, ...]:
        rows = session.execute(
            select(
                Event.id,
                Event.title,
                Event.kind,
                Event.status,
                Event.starts_at,
                Event.ends_at,
                Event.timezone,
                Event.all_day,
                Rsvp.response,
                Rsvp.source,
                Rsvp.checked_in_at,
                checkins_recorded().label("recorded"),
            )
            .join(Rsvp, Rsvp.event_id == Event.id)
            .where(Rsvp.person_id == person_id)
            .order_by(Event.starts_at.desc())
        ).all()
        return tuple(_history_event(r, now) for r in rows)

    def _conversations(self, session: Session, person_id: int) -> tuple[Conversation, ...]:
        rows = session.execute(
            select(Interaction, Event.title)
            .outerjoin(Event, Event.id == Interaction.event_id)
            .where(Interaction.person_id == person_id)
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        ).all()
        return tuple(_conversation(i, title) for i, title in rows)

    def _core(self, session: Session, person_id: int) -> tuple[CoreInvolvement, ...]:
        rows = session.execute(
            select(CoreCandidate, Event.title, Event.starts_at, Event.timezone)
            .join(Event, Event.id == CoreCandidate.event_id)
            .where(CoreCandidate.person_id == person_id)
            .order_by(Event.starts_at.desc())
        ).all()
        return tuple(
            CoreInvolvement(
                c.id, c.event_id, title, starts, tz, CoreStage(c.stage), c.stage_changed_at
            )
            for c, title, starts, tz in rows
        )


def _history_event(row: Any, now: datetime) -> HistoryEvent:
    response = RsvpResponse(row.response)
    status = EventStatus(row.status)
    return HistoryEvent(
        event_id=row.id,
        title=row.title,
        kind=EventKind(row.kind),
        status=status,
        starts_at=row.starts_at,
        timezone=row.timezone,
        all_day=row.all_day,
        response=response,
        source=row.source,
        attendance=attendance(
            response,
            row.checked_in_at is not None,
            ended=row.ends_at < now,
            cancelled=status is EventStatus.CANCELLED,
            checkins_recorded=bool(row.recorded),
        ),
        checked_in_at=row.checked_in_at,
    )


def _conversation(i: Interaction, event_title: str | None) -> Conversation:
    return Conversation(
        id=i.id,
        occurred_at=i.occurred_at,
        channel=Channel(i.channel),
        note=i.note,
        event_id=i.event_id,
        event_title=event_title or "",
        stage_from=CoreStage(i.core_stage_from) if i.core_stage_from else None,
        stage_to=CoreStage(i.core_stage_to) if i.core_stage_to else None,
        follow_up_on=i.follow_up_on,
        follow_up_done_at=i.follow_up_done_at,
    )
