"""Demo data for guest lists and the door.

Every demo RSVP gets a check-in code; waitlists get their arrival times; on some full
upcoming events a guest has just declined and the next in line holds an offer; each event
gets a host, talks and workshops speakers (one of them seated beyond capacity); people going
to upcoming events have reconfirmed or not; a few have accessibility needs besides the
dietary ones the demo already gave.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from app.domain import checkin_codes
from app.domain.enums import AttendeeRole, RsvpResponse
from app.domain.rsvps import OFFER_WINDOW
from app.services.demo_parts import DemoContext
from app.storage.orm import Base, Rsvp, RsvpChange
from app.storage.sequences import sync_sequences

ACCESS = ("wheelchair access", "step-free entrance", "hearing loop", "seat near the exit")
SPEAKING = ("talk", "panel", "workshop", "class", "conference-side")
_GOING, _WAITLISTED = RsvpResponse.GOING.value, RsvpResponse.WAITLISTED.value
_T = Base.metadata.tables


def extend(ctx: DemoContext) -> None:
    if not ctx.events:
        return
    sync_sequences(ctx.session, ["rsvp_changes"])
    events = {e["id"]: e for e in ctx.events}
    rows = [
        dict(r._mapping)
        for r in ctx.session.execute(
            select(_T["rsvps"]).where(_T["rsvps"].c.event_id.in_(list(events))).order_by(Rsvp.id)
        )
    ]
    changes: dict[int, dict[str, Any]] = {}
    history: list[dict[str, Any]] = []
    taken = {code for code in ctx.session.scalars(select(Rsvp.checkin_code)) if code is not None}
    missing = [r for r in rows if not r["checkin_code"]]
    for row, code in zip(missing, checkin_codes.new_codes(len(missing), taken), strict=True):
        changes.setdefault(row["id"], {})["checkin_code"] = code
    by_event: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        by_event.setdefault(row["event_id"], []).append(row)
    squeezed = False
    upcoming = sorted((e["starts_at"], e["id"]) for e in ctx.events if e["starts_at"] > ctx.now)
    soonest = upcoming[0][1] if upcoming else None
    for event_id, guests in by_event.items():
        event = events[event_id]
        _waitlist(ctx, guests, changes)
        squeezed = _roles(ctx, event, guests, changes, first=not squeezed) or squeezed
        if event["starts_at"] > ctx.now:
            _reconfirmations(ctx, event, guests, changes, soonest=event_id == soonest)
            _offer(ctx, event, guests, changes, history)
        for row in guests:
            if ctx.rng.random() < 0.04:
                changes.setdefault(row["id"], {})["accessibility"] = ctx.rng.choice(ACCESS)
    _write(ctx, changes)
    if history:
        ctx.session.execute(insert(RsvpChange), history)


def _waitlist(
    ctx: DemoContext, guests: list[dict[str, Any]], changes: dict[int, dict[str, Any]]
) -> None:
    """Waiting guests queue in the order they answered."""
    for row in guests:
        if row["response"] == _WAITLISTED and row["waitlisted_at"] is None:
            when = row["responded_at"] or ctx.now
            changes.setdefault(row["id"], {})["waitlisted_at"] = when
            row["waitlisted_at"] = when


def _roles(
    ctx: DemoContext,
    event: dict[str, Any],
    guests: list[dict[str, Any]],
    changes: dict[int, dict[str, Any]],
    *,
    first: bool,
) -> bool:
    """A host for every event, speakers for talks; True when a speaker was squeezed in."""
    going = [r for r in guests if r["response"] == _GOING and r["role"] == AttendeeRole.GUEST.value]
    if going:
        changes.setdefault(going[0]["id"], {})["role"] = AttendeeRole.HOST.value
    if event["kind"] not in SPEAKING:
        return False
    for row in going[1 : 1 + ctx.rng.choice((1, 2))]:
        changes.setdefault(row["id"], {})["role"] = AttendeeRole.SPEAKER.value
    waiting = [r for r in guests if r["response"] == _WAITLISTED and r["guests"] == 0]
    leaving = [
        r
        for r in going[3:]
        if r["guests"] == 0 and r["role"] == "guest" and "role" not in changes.get(r["id"], {})
    ]
    if not (waiting and leaving and event["capacity"] is not None):
        return False
    if not first and ctx.rng.random() >= 0.5:
        return False
    # The organizer squeezed in one more speaker on purpose when the room was full; a guest
    # has since cancelled, so the room holds its capacity again and nobody was offered a seat.
    speaker, gone = waiting[0], leaving[-1]
    speaker.update(response=_GOING, waitlisted_at=None)
    gone.update(response=RsvpResponse.DECLINED.value)
    changes.setdefault(speaker["id"], {}).update(
        response=_GOING, role=AttendeeRole.SPEAKER.value, over_capacity=True, waitlisted_at=None
    )
    changes.setdefault(gone["id"], {}).update(response=RsvpResponse.DECLINED.value)
    return True


def _reconfirmations(
    ctx: DemoContext,
    event: dict[str, Any],
    guests: list[dict[str, Any]],
    changes: dict[int, dict[str, Any]],
    *,
    soonest: bool,
) -> None:
    """Guests of the next events confirmed again, most of them."""
    if event["starts_at"] - ctx.now > timedelta(days=21) and not soonest:
        return
    for row in guests:
        if row["response"] == _GOING and ctx.rng.random() < 0.6:
            hours = ctx.rng.randint(2, 96)
            changes.setdefault(row["id"], {})["reconfirmed_at"] = ctx.now - timedelta(hours=hours)


def _offer(
    ctx: DemoContext,
    event: dict[str, Any],
    guests: list[dict[str, Any]],
    changes: dict[int, dict[str, Any]],
    history: list[dict[str, Any]],
) -> None:
    """On some full events someone just declined, and the next in line holds the seat."""
    waiting = sorted(
        (r for r in guests if r["response"] == _WAITLISTED and r["guests"] == 0),
        key=lambda r: (r["waitlisted_at"], r["id"]),
    )
    leaving = [
        r
        for r in guests
        if r["response"] == _GOING and r["guests"] == 0 and not changes.get(r["id"], {}).get("role")
    ]
    if not waiting or not leaving or ctx.rng.random() < 0.4:
        return
    gone, lucky = leaving[-1], waiting[0]
    when = ctx.now - timedelta(hours=ctx.rng.randint(1, 20))
    expires = min(when + OFFER_WINDOW, event["starts_at"])
    changes.setdefault(gone["id"], {}).update(
        response=RsvpResponse.DECLINED.value, responded_at=when
    )
    changes.setdefault(lucky["id"], {}).update(offered_at=when, offer_expires_at=expires)
    gone["response"] = RsvpResponse.DECLINED.value
    for row, before, after, detail in (
        (gone, _GOING, RsvpResponse.DECLINED.value, "can't make it after all"),
        (lucky, _WAITLISTED, _WAITLISTED, f"offered a seat until {expires:%Y-%m-%d %H:%M} UTC"),
    ):
        history.append(
            {
                "rsvp_id": row["id"],
                "changed_at": when,
                "response_from": before,
                "response_to": after,
                "detail": detail,
                "actor": "demo",
            }
        )


def _write(ctx: DemoContext, changes: dict[int, dict[str, Any]]) -> None:
    """One executemany per set of changed columns."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for rsvp_id, values in changes.items():
        params = {f"v_{k}": v for k, v in values.items()} | {"b_id": rsvp_id}
        groups.setdefault(tuple(sorted(values)), []).append(params)
    table = _T["rsvps"]
    for columns, batch in groups.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({c: bindparam(f"v_{c}") for c in columns})
        )
        ctx.session.connection().execute(statement, batch)
