"""What a core stage move does to the person's RSVP: confirmed people are going, from "core"."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.core import EXITS, stage_word
from app.domain.enums import AttendeeRole, CoreStage, RsvpResponse, RsvpSource
from app.domain.errors import DomainError
from app.domain.messages import msg
from app.services.changes import Kind
from app.services.core_patch import PatchRecorder
from app.storage.orm import Event, Rsvp

GOING = RsvpResponse.GOING.value


def rsvp_effects(
    session: Session,
    rec: PatchRecorder,
    event_id: int,
    person_id: int,
    before: CoreStage,
    after: CoreStage,
    now: datetime,
    actor: str,
) -> None:
    """Confirming makes (or turns) the RSVP "going"; leaving the core after confirming
    (declined, not now) turns it to "declined". Other moves leave the RSVP alone."""
    if after is CoreStage.CONFIRMED and before is not CoreStage.CONFIRMED:
        _confirm(session, rec, event_id, person_id, now, actor)
    elif before is CoreStage.CONFIRMED and after in EXITS:
        _leave(session, rec, event_id, person_id, after, now, actor)


def _rsvp(session: Session, event_id: int, person_id: int) -> Rsvp | None:
    return session.scalar(
        select(Rsvp).where(Rsvp.event_id == event_id, Rsvp.person_id == person_id)
    )


def _check_seat(session: Session, event_id: int, seats: int, now: datetime) -> None:
    """Refuse to confirm into a full event. Going parties take seats, and so do seats offered
    to the waitlist until the offer expires (the RSVP rules promise them to the next in line)."""
    event = session.execute(select(Event.title, Event.capacity).where(Event.id == event_id)).one()
    if event.capacity is None or seats == 0:
        return
    holding = or_(
        Rsvp.response == GOING,
        and_(
            Rsvp.response == RsvpResponse.WAITLISTED.value,
            Rsvp.offer_expires_at.is_not(None),
            Rsvp.offer_expires_at > now,
        ),
    )
    taken = int(
        session.scalar(
            select(func.coalesce(func.sum(1 + Rsvp.guests), 0)).where(
                Rsvp.event_id == event_id, holding
            )
        )
        or 0
    )
    if taken + seats > event.capacity:
        raise DomainError(
            msg(
                "“{event_title}” is full ({taken} of {capacity} seats taken): raise its capacity "
                "or free a seat before confirming someone else.",
                event_title=event.title,
                taken=taken,
                capacity=event.capacity,
            )
        )


def _log(
    rec: PatchRecorder, rsvp_id: int, before: str | None, detail: str, now: datetime, actor: str
) -> None:
    rec.insert(
        "rsvp_changes",
        {
            "rsvp_id": rsvp_id,
            "changed_at": now,
            "response_from": before,
            "response_to": GOING if detail.startswith("Confirmed") else "declined",
            "detail": detail,
            "actor": actor,
        },
        related=((Kind.RSVP, rsvp_id),),
    )


def _confirm(
    session: Session, rec: PatchRecorder, event_id: int, person_id: int, now: datetime, actor: str
) -> None:
    rsvp = _rsvp(session, event_id, person_id)
    detail = "Confirmed as part of the core"
    related = ((Kind.EVENT, event_id),)
    if rsvp is None:
        _check_seat(session, event_id, 1, now)
        rsvp_id = rec.insert(
            "rsvps",
            {
                "event_id": event_id,
                "person_id": person_id,
                "response": GOING,
                "source": RsvpSource.CORE.value,
                "role": AttendeeRole.CORE.value,
                "responded_at": now,
            },
            related=related,
        )
        _log(rec, rsvp_id, None, detail, now, actor)
        return
    rsvp_id, response, source, role, guests = (
        rsvp.id,
        rsvp.response,
        rsvp.source,
        rsvp.role,
        rsvp.guests,
    )
    session.expunge(rsvp)
    values: dict[str, object] = {}
    if response != GOING:
        _check_seat(session, event_id, 1 + guests, now)
        values.update(
            response=GOING,
            responded_at=now,
            waitlisted_at=None,
            offered_at=None,
            offer_expires_at=None,
        )
    if source != RsvpSource.CORE.value:
        values["source"] = RsvpSource.CORE.value
    if role == AttendeeRole.GUEST.value:
        values["role"] = AttendeeRole.CORE.value
    if values:
        rec.update("rsvps", rsvp_id, values, related=related)
    if response != GOING:
        _log(rec, rsvp_id, response, detail, now, actor)


def _leave(
    session: Session,
    rec: PatchRecorder,
    event_id: int,
    person_id: int,
    stage: CoreStage,
    now: datetime,
    actor: str,
) -> None:
    rsvp = _rsvp(session, event_id, person_id)
    if rsvp is None or rsvp.response != GOING:
        return
    rsvp_id = rsvp.id
    session.expunge(rsvp)
    rec.update(
        "rsvps",
        rsvp_id,
        {"response": RsvpResponse.DECLINED.value, "responded_at": now},
        related=((Kind.EVENT, event_id),),
    )
    _log(rec, rsvp_id, GOING, f"Left the core: {stage_word(stage)}", now, actor)
