"""Demo data for calendar invitations.

The organizer gets a name and an e-mail (unless set), so exports work at once. The next
upcoming events have sent their invitations; on the second one the time changed since, so
its guests need an update; the latest cancelled event still owes its guests a cancellation. Runs
before the RSVP part, which later declines or waitlists a few of these guests: realistic
cases of a guest who holds an invitation but no longer a seat.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update

from app.domain.core import ORGANIZER_NAME_KEY
from app.domain.enums import EventStatus, RsvpResponse
from app.services.demo_parts import DemoContext
from app.services.invite_dto import INVITE_SENT
from app.services.shared_settings import ORGANIZER_EMAIL
from app.storage.orm import Base, Event, RsvpChange, Setting
from app.storage.sequences import sync_sequences

ORGANIZER = ("Alex Morgan", "alex@convivio.example")
_T = Base.metadata.tables
_HOLDING = (RsvpResponse.INVITED.value, RsvpResponse.GOING.value, RsvpResponse.MAYBE.value)


def extend(ctx: DemoContext) -> None:
    for key, value in ((ORGANIZER_NAME_KEY, ORGANIZER[0]), (ORGANIZER_EMAIL, ORGANIZER[1])):
        if ctx.session.get(Setting, key) is None:
            ctx.session.add(Setting(key=key, value=value))
    if not ctx.events:
        return
    sync_sequences(ctx.session, ["rsvp_changes"])
    upcoming = sorted(
        (e for e in ctx.events if e["starts_at"] > ctx.now),
        key=lambda e: e["starts_at"],
    )
    live = [e for e in upcoming if e["status"] != EventStatus.CANCELLED.value]
    cancelled = sorted(
        (e for e in ctx.events if e["status"] == EventStatus.CANCELLED.value),
        key=lambda e: e["starts_at"],
        reverse=True,
    )
    history: list[dict[str, Any]] = []
    for index, event in enumerate(live[:3]):
        _sent(ctx, event["id"], history)
        if index == 1:
            # The time moved after the invitations went out: SEQUENCE 1, guests still hold 0.
            ctx.session.execute(update(Event).where(Event.id == event["id"]).values(sequence=1))
    for event in cancelled[:1]:
        _sent(ctx, event["id"], history)
    if history:
        ctx.session.execute(insert(RsvpChange), history)


def _sent(ctx: DemoContext, event_id: int, history: list[dict[str, Any]]) -> None:
    """Invitations at SEQUENCE 0 for the guests invited, going or maybe (most of them)."""
    rows = ctx.session.execute(
        select(_T["rsvps"].c.id, _T["rsvps"].c.response, _T["rsvps"].c.responded_at).where(
            _T["rsvps"].c.event_id == event_id, _T["rsvps"].c.response.in_(_HOLDING)
        )
    ).all()
    chosen = [r for r in rows if ctx.rng.random() < 0.9]
    if not chosen:
        return
    ctx.session.execute(
        update(_T["rsvps"])
        .where(_T["rsvps"].c.id.in_([r.id for r in chosen]))
        .values(invite_sequence=0)
    )
    for r in chosen:
        history.append(
            {
                "rsvp_id": r.id,
                "changed_at": r.responded_at or ctx.now,
                "response_from": r.response,
                "response_to": r.response,
                "detail": f"{INVITE_SENT} (SEQUENCE 0)",
                "actor": ORGANIZER[0],
            }
        )
