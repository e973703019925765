"""Demo data for the core of early attendees and the Today view.

A few upcoming dinners (or meetups) get a core target and candidates at every stage, each
move logged as a conversation; some follow-ups fall due today and tomorrow, some asks wait
too long, keep-in-touch cadences lapse, and one event has just happened.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, func, insert, select, update

from app.domain.core import ORGANIZER_NAME_KEY
from app.domain.enums import AttendeeRole, Channel, CoreStage, EventStatus, RsvpResponse, RsvpSource
from app.services.demo_parts import DemoContext
from app.storage.orm import CoreCandidate, Event, Interaction, Rsvp, RsvpChange, Setting, Tag
from app.storage.sequences import sync_sequences

PATHS: tuple[tuple[CoreStage, ...], ...] = (
    (CoreStage.ASKED, CoreStage.INTERESTED, CoreStage.COMMITTED, CoreStage.CONFIRMED),
    (CoreStage.ASKED, CoreStage.COMMITTED),
    (CoreStage.ASKED, CoreStage.INTERESTED, CoreStage.COMMITTED),
    (CoreStage.ASKED, CoreStage.INTERESTED),
    (CoreStage.ASKED,),
    (CoreStage.ASKED,),
    (),
    (),
    (CoreStage.ASKED, CoreStage.DECLINED),
    (CoreStage.ASKED, CoreStage.NOT_NOW),
)
"""Stages each candidate of a demo core went through after "to ask"."""
NOTES = {
    CoreStage.ASKED: ("Sent a soft ask.", "Asked over coffee.", "Mentioned it after the meetup."),
    CoreStage.INTERESTED: ("Sounds keen; wants the date first.", "Interested, checking with team."),
    CoreStage.COMMITTED: ("Said yes!", "In. Bringing good questions."),
    CoreStage.CONFIRMED: ("Confirmed, dietary needs noted.", "Confirmed by message."),
    CoreStage.DECLINED: ("Travelling that week.", "Not their topic."),
    CoreStage.NOT_NOW: ("Busy until spring; ask next time.",),
}
FOLLOW_UP_DAYS = {CoreStage.ASKED: (-2, 0, 1), CoreStage.INTERESTED: (0, 1, 2)}


def extend(ctx: DemoContext) -> None:
    if not ctx.people or not ctx.events:
        return
    # The demo wrote ids itself; PostgreSQL's sequences must catch up before we insert.
    sync_sequences(ctx.session, ["interactions", "rsvps", "rsvp_changes", "core_candidates"])
    _cadences(ctx)
    if ctx.session.get(Setting, ORGANIZER_NAME_KEY) is None:
        ctx.session.add(Setting(key=ORGANIZER_NAME_KEY, value="Alex Morgan"))
    future = [
        e
        for e in sorted(ctx.events, key=lambda e: e["starts_at"])
        if e["starts_at"] > ctx.now + timedelta(days=3)
        and e["status"] != EventStatus.CANCELLED.value
    ]
    dinners = [e for e in future if e["kind"] == "dinner"]
    others = [e for e in future if e["kind"] in ("meetup", "workshop", "talk", "panel")]
    for n, event in enumerate((dinners + others)[:4]):
        _core(ctx, event, first=n == 0)
    _recent_event(ctx)


def _cadences(ctx: DemoContext) -> None:
    ctx.session.execute(update(Tag).where(Tag.name_key == "mentor").values(keep_in_touch_days=60))
    ctx.session.execute(
        update(Tag).where(Tag.name_key == "keep-in-touch").values(keep_in_touch_days=90)
    )


def _core(ctx: DemoContext, event: dict[str, Any], *, first: bool) -> None:
    rng, s = ctx.rng, ctx.session
    size = len(PATHS) if len(ctx.people) >= len(PATHS) else len(ctx.people)
    chosen = rng.sample(ctx.people, size)
    target = 6 if event["kind"] == "dinner" else rng.choice((5, 8))
    if event["capacity"] is not None:
        target = min(target, event["capacity"])
    values: dict[str, Any] = {"core_target": target}
    if first or event["status"] == EventStatus.DRAFT.value:
        values["status"] = EventStatus.CONFIRMING_CORE.value
    s.execute(update(Event).where(Event.id == event["id"]).values(**values))
    positions: dict[CoreStage, int] = {}
    for person, path in zip(chosen, rng.sample(PATHS, size), strict=True):
        path = _seated(ctx, event, person["id"], path)
        stage, changed = _moves(ctx, event, person["id"], path)
        follow = None
        if stage in FOLLOW_UP_DAYS and rng.random() < 0.7:
            follow = ctx.today + timedelta(days=rng.choice(FOLLOW_UP_DAYS[stage]))
            s.execute(
                update(Interaction)
                .where(
                    Interaction.person_id == person["id"],
                    Interaction.event_id == event["id"],
                    Interaction.core_stage_to == stage.value,
                )
                .values(follow_up_on=follow)
            )
        s.execute(
            insert(CoreCandidate).values(
                event_id=event["id"],
                person_id=person["id"],
                stage=stage.value,
                position=positions.get(stage, 0),
                stage_changed_at=changed,
                next_follow_up_on=follow,
                created_at=changed,
                updated_at=changed,
            )
        )
        positions[stage] = positions.get(stage, 0) + 1


def _seated(
    ctx: DemoContext, event: dict[str, Any], person_id: int, path: tuple[CoreStage, ...]
) -> tuple[CoreStage, ...]:
    """Confirming takes a seat: a full event keeps that person at "committed"."""
    if not path or path[-1] is not CoreStage.CONFIRMED:
        return path
    s = ctx.session
    rsvp = s.execute(
        select(Rsvp.id, Rsvp.response, Rsvp.guests).where(
            Rsvp.event_id == event["id"], Rsvp.person_id == person_id
        )
    ).first()
    if rsvp is None or rsvp.response != RsvpResponse.GOING.value:
        taken = s.scalar(
            select(func.coalesce(func.sum(1 + Rsvp.guests), 0)).where(
                Rsvp.event_id == event["id"], Rsvp.response == RsvpResponse.GOING.value
            )
        )
        seats = 1 + (rsvp.guests if rsvp else 0)
        if event["capacity"] is not None and int(taken or 0) + seats > event["capacity"]:
            return path[:-1]
    when = ctx.now - timedelta(days=1)
    core = {"source": RsvpSource.CORE.value, "role": AttendeeRole.CORE.value}
    if rsvp is None:
        result = cast(
            CursorResult[Any],
            s.execute(
                insert(Rsvp).values(
                    event_id=event["id"],
                    person_id=person_id,
                    response=RsvpResponse.GOING.value,
                    responded_at=when,
                    **core,
                )
            ),
        )
        rsvp_id, before = int((result.inserted_primary_key or (0,))[0]), None
    else:
        rsvp_id, before = rsvp.id, rsvp.response
        s.execute(
            update(Rsvp)
            .where(Rsvp.id == rsvp_id)
            .values(response=RsvpResponse.GOING.value, responded_at=when, **core)
        )
    s.execute(
        insert(RsvpChange).values(
            rsvp_id=rsvp_id,
            changed_at=when,
            response_from=before,
            response_to=RsvpResponse.GOING.value,
            detail="Confirmed as part of the core",
        )
    )
    return path


def _moves(
    ctx: DemoContext, event: dict[str, Any], person_id: int, path: tuple[CoreStage, ...]
) -> tuple[CoreStage, datetime]:
    """Log each move of `path` as a conversation, a few days apart, ending recently."""
    rng = ctx.rng
    when = ctx.now - timedelta(
        days=rng.randint(2, 6) * max(1, len(path)) + 8, hours=rng.randint(0, 9)
    )
    stage, rows = CoreStage.TO_ASK, []
    for target in path:
        when += timedelta(days=rng.randint(2, 6), hours=rng.randint(0, 5))
        when = min(when, ctx.now - timedelta(hours=1))
        rows.append(
            {
                "person_id": person_id,
                "event_id": event["id"],
                "occurred_at": when,
                "channel": rng.choice(list(Channel)).value,
                "note": rng.choice(NOTES[target]),
                "core_stage_from": stage.value,
                "core_stage_to": target.value,
                "actor": "",
                "created_at": when,
            }
        )
        stage = target
    if rows:
        ctx.session.execute(insert(Interaction), rows)
    return stage, when if rows else ctx.now - timedelta(days=rng.randint(1, 5))


def _recent_event(ctx: DemoContext) -> None:
    """Make sure one event just happened, so the Today view has people to thank."""
    s = ctx.session
    past = [e for e in ctx.events if e["ends_at"] < ctx.now and e["status"] == "done"]
    if not past or any(e["ends_at"] > ctx.now - timedelta(days=7) for e in past):
        return
    event = max(past, key=lambda e: e["ends_at"])
    shift = (ctx.now - timedelta(days=2)) - event["ends_at"]
    shift = timedelta(days=shift.days)  # whole days: the event keeps its local time of day
    s.execute(
        update(Event)
        .where(Event.id == event["id"])
        .values(starts_at=event["starts_at"] + shift, ends_at=event["ends_at"] + shift)
    )
    for rsvp_id, checked, responded in s.execute(
        select(Rsvp.id, Rsvp.checked_in_at, Rsvp.responded_at).where(Rsvp.event_id == event["id"])
    ).all():
        s.execute(
            update(Rsvp)
            .where(Rsvp.id == rsvp_id)
            .values(
                checked_in_at=checked + shift if checked else None,
                responded_at=responded + shift if responded else None,
            )
        )
    event["starts_at"] += shift
    event["ends_at"] += shift
