"""Building small, exact worlds for the core tests: people, events, RSVPs, conversations."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from app.domain.core import ConversationDraft
from app.domain.enums import Channel, CoreStage, EventKind, EventStatus, NameOrder
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services
from app.storage.orm import Interaction, Person, Rsvp, Tag

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 21)


def person(
    services: Services,
    given: str,
    family: str = "",
    *,
    order: NameOrder = NameOrder.GIVEN_FIRST,
    preferred: str = "",
    email: str | None = None,
    tags: Iterable[str] = (),
    created: datetime | None = None,
) -> int:
    draft = PersonDraft(
        given_name=given,
        family_name=family,
        name_order=order,
        preferred_name=preferred,
        emails=(email,) if email else (),
        tags=tuple(tags),
    )
    pid = services.people.create(draft).item.id
    if created is not None:
        with services.db.transaction() as s:
            s.execute(update(Person).where(Person.id == pid).values(created_at=created))
    return pid


def event(
    services: Services,
    title: str = "Focus dinner",
    *,
    start: datetime = datetime(2026, 12, 1, 19, 0),
    hours: int = 3,
    tz: str = "Europe/Berlin",
    kind: EventKind = EventKind.DINNER,
    capacity: int | None = 12,
    target: int | None = None,
    status: EventStatus = EventStatus.CONFIRMING_CORE,
) -> int:
    draft = EventDraft(
        title=title,
        kind=kind,
        start=start,
        end=start + timedelta(hours=hours),
        timezone=tz,
        capacity=capacity,
        core_target=target,
        status=status,
    )
    return services.events.create(draft).item.id


def rsvp(
    services: Services,
    event_id: int,
    person_id: int,
    response: str = "going",
    *,
    checked_in: datetime | None = None,
    guests: int = 0,
) -> int:
    row = Rsvp(
        event_id=event_id,
        person_id=person_id,
        response=response,
        checked_in_at=checked_in,
        guests=guests,
    )
    with services.db.transaction() as s:
        s.add(row)
        s.flush()
        return row.id


def talk(
    services: Services,
    person_id: int,
    when: datetime,
    *,
    event_id: int | None = None,
    follow_up_on: date | None = None,
    note: str = "",
) -> int:
    row = Interaction(
        person_id=person_id,
        event_id=event_id,
        occurred_at=when,
        channel=Channel.CALL.value,
        note=note,
        follow_up_on=follow_up_on,
    )
    with services.db.transaction() as s:
        s.add(row)
        s.flush()
        return row.id


def set_cadence(services: Services, tag: str, days: int | None) -> None:
    with services.db.transaction() as s:
        s.execute(update(Tag).where(Tag.name_key == tag.casefold()).values(keep_in_touch_days=days))


def move(
    services: Services,
    candidate_id: int,
    stage: CoreStage,
    *,
    note: str = "",
    follow_up_on: date | None = None,
    channel: Channel = Channel.CALL,
    now: datetime = NOW,
) -> Any:
    draft = ConversationDraft(channel, note, follow_up_on)
    return services.core.move(candidate_id, stage, draft, now=now)


def table(services: Services, model: Any, *columns: Any) -> list[tuple[Any, ...]]:
    with services.db.read() as s:
        return [tuple(r) for r in s.execute(select(*columns).order_by(model.id)).all()]
