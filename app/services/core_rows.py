"""Reading core candidates as cards: one query for the cards, then their people's figures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, case, func, select
from sqlalchemy.orm import Session

from app.domain.core import COUNTED
from app.domain.enums import CoreStage, NameOrder
from app.domain.people import call_name, full_name
from app.services.core_dto import CandidateDto
from app.services.person_history import attendance_figures, last_contacts
from app.storage.orm import CoreCandidate, Interaction, Organization, Person, PersonEmail

_COUNTED_VALUES = tuple(s.value for s in COUNTED)


def core_counts_query() -> Any:
    """Per event: candidates counted toward the target, and all candidates.

    For event lists that want the progress in the same query (outer-join it on event id).
    """
    counted = func.sum(case((CoreCandidate.stage.in_(_COUNTED_VALUES), 1), else_=0))
    return select(
        CoreCandidate.event_id,
        counted.label("core_counted"),
        func.count().label("core_candidates"),
    ).group_by(CoreCandidate.event_id)


def _email() -> Any:
    return (
        select(PersonEmail.address)
        .where(PersonEmail.person_id == Person.id)
        .order_by(PersonEmail.position)
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
    )


def rows_query() -> Any:
    return (
        select(
            CoreCandidate.id,
            CoreCandidate.event_id,
            CoreCandidate.person_id,
            CoreCandidate.stage,
            CoreCandidate.position,
            CoreCandidate.stage_changed_at,
            CoreCandidate.next_follow_up_on,
            CoreCandidate.version,
            Person.given_name,
            Person.family_name,
            Person.name_order,
            Person.preferred_name,
            Person.search_key,
            func.coalesce(Organization.name, "").label("organization"),
            _email().label("email"),
        )
        .join(Person, Person.id == CoreCandidate.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .order_by(CoreCandidate.event_id, CoreCandidate.position, CoreCandidate.id)
    )


def _last_notes(session: Session, pairs: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    if not pairs:
        return {}
    rows = session.execute(
        select(Interaction.person_id, Interaction.event_id, Interaction.note)
        .where(
            Interaction.event_id.in_({e for e, _p in pairs}),
            Interaction.person_id.in_({p for _e, p in pairs}),
            Interaction.note != "",
        )
        .order_by(Interaction.occurred_at, Interaction.id)
    )
    return {(e, p): note for p, e, note in rows if e is not None and (e, p) in pairs}


def to_dtos(session: Session, rows: Sequence[Row[Any]], now: datetime) -> list[CandidateDto]:
    people = {r.person_id for r in rows}
    figures = attendance_figures(session, people, now)
    talked = last_contacts(session, people)
    notes = _last_notes(session, {(r.event_id, r.person_id) for r in rows})
    result: list[CandidateDto] = []
    for r in rows:
        fig = figures.get(r.person_id)
        result.append(
            CandidateDto(
                id=r.id,
                event_id=r.event_id,
                person_id=r.person_id,
                display_name=full_name(r.given_name, r.family_name, NameOrder(r.name_order)),
                call_name=call_name(r.given_name, r.family_name, r.preferred_name),
                email=r.email or "",
                organization=r.organization,
                stage=CoreStage(r.stage),
                position=r.position,
                stage_changed_at=r.stage_changed_at,
                next_follow_up_on=r.next_follow_up_on,
                attended=fig.attended if fig else 0,
                no_shows=fig.no_shows if fig else 0,
                last_contact=talked.get(r.person_id),
                last_note=notes.get((r.event_id, r.person_id), ""),
                search_key=r.search_key,
                version=r.version,
            )
        )
    return result
