"""Finding people to ask for an event's core: by text, tag, similar events, or lapsed contact.

Every mode is one SQL query that returns at most `limit` people (fast on 100,000 people); the
rows shown then get their figures (events attended, no-shows, last seen) for just those people.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.domain.messages import msg
from app.domain.text import fold
from app.services.core_dto import PersonSuggestion, SuggestMode, SuggestRequest
from app.services.people import row_to_person_row
from app.services.person_history import as_utc, attendance_figures, last_contacts
from app.storage import queries
from app.storage.orm import CoreCandidate, Event, Interaction, Person, Rsvp, Tag, person_tags


def _checkins() -> Any:
    return (
        select(Rsvp.person_id, func.max(Rsvp.checked_in_at).label("at"))
        .where(Rsvp.checked_in_at.is_not(None))
        .group_by(Rsvp.person_id)
        .subquery()
    )


def _talks() -> Any:
    return (
        select(Interaction.person_id, func.max(Interaction.occurred_at).label("at"))
        .group_by(Interaction.person_id)
        .subquery()
    )


def _later(a: Any, b: Any) -> Any:
    return case((a.is_(None), b), (b.is_(None), a), (a > b, a), else_=b)


def _base(request: SuggestRequest) -> Select[Any]:
    already = select(CoreCandidate.person_id).where(CoreCandidate.event_id == request.event_id)
    query = select(Person.id).where(Person.id.not_in(already))
    for token in fold(request.text).split():
        query = query.where(Person.search_key.contains(token, autoescape=True))
    if request.tag:
        tagged = (
            select(person_tags.c.person_id)
            .join(Tag, Tag.id == person_tags.c.tag_id)
            .where(Tag.name_key == request.tag.strip().casefold())
        )
        query = query.where(Person.id.in_(tagged))
    return query


def _ids(
    session: Session, request: SuggestRequest, now: datetime
) -> tuple[list[int], dict[int, int]]:
    """Matching person ids in display order, and per id the count of similar events."""
    if request.mode is SuggestMode.TAG and not request.tag.strip():
        return [], {}
    query = _base(request)
    similar: dict[int, int] = {}
    if request.mode is SuggestMode.SIMILAR:
        kind = session.scalar(select(Event.kind).where(Event.id == request.event_id))
        if kind is None:
            raise NotFound(msg("This event no longer exists."))
        counts = (
            select(Rsvp.person_id, func.count().label("n"))
            .join(Event, Event.id == Rsvp.event_id)
            .where(
                Event.kind == kind,
                Event.id != request.event_id,
                Rsvp.checked_in_at.is_not(None),
            )
            .group_by(Rsvp.person_id)
            .subquery()
        )
        rows = session.execute(
            query.add_columns(counts.c.n)
            .join(counts, counts.c.person_id == Person.id)
            .order_by(counts.c.n.desc(), Person.id)
            .limit(request.limit)
        ).all()
        similar = {r[0]: int(r[1]) for r in rows}
        return [r[0] for r in rows], similar
    if request.mode is SuggestMode.UNSEEN:
        seen, talked = _checkins(), _talks()
        last = _later(seen.c.at, talked.c.at)
        cutoff = now - timedelta(days=request.unseen_days)
        rows = session.execute(
            query.outerjoin(seen, seen.c.person_id == Person.id)
            .outerjoin(talked, talked.c.person_id == Person.id)
            .where(or_(seen.c.at.is_not(None), talked.c.at.is_not(None)))
            .where(or_(seen.c.at.is_(None), seen.c.at < cutoff))
            .where(or_(talked.c.at.is_(None), talked.c.at < cutoff))
            .order_by(last.desc(), Person.id)
            .limit(request.limit)
        ).all()
        return [r[0] for r in rows], similar
    rows = session.execute(
        query.order_by(Person.family_name, Person.given_name, Person.id).limit(request.limit)
    ).all()
    return [r[0] for r in rows], similar


def _last_checkins(session: Session, ids: list[int]) -> dict[int, datetime]:
    rows = session.execute(
        select(Rsvp.person_id, func.max(Rsvp.checked_in_at))
        .where(Rsvp.person_id.in_(ids), Rsvp.checked_in_at.is_not(None))
        .group_by(Rsvp.person_id)
    )
    return {pid: as_utc(at) for pid, at in rows if at is not None}


def suggest(
    session: Session, request: SuggestRequest, now: datetime | None = None
) -> list[PersonSuggestion]:
    """People to consider for the event's core (never those already on its list)."""
    moment = now or datetime.now(UTC)
    ids, similar = _ids(session, request, moment)
    if not ids:
        return []
    rows = {r.id: row_to_person_row(r) for r in queries.person_rows(session, ids)}
    figures = attendance_figures(session, ids, moment)
    talked = last_contacts(session, ids)
    checked = _last_checkins(session, ids)
    result: list[PersonSuggestion] = []
    for person_id in ids:
        row = rows.get(person_id)
        if row is None:
            continue
        seen = [t for t in (talked.get(person_id), checked.get(person_id)) if t is not None]
        fig = figures.get(person_id)
        result.append(
            PersonSuggestion(
                person_id=person_id,
                display_name=row.display_name,
                email=row.email,
                organization=row.organization,
                tags=row.tags,
                attended=fig.attended if fig else 0,
                no_shows=fig.no_shows if fig else 0,
                last_seen=max(seen) if seen else None,
                similar=similar.get(person_id, 0),
            )
        )
    return result


def tag_names(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name_key)))
