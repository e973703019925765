"""Demo venue partners: rooms, contacts, terms, a partnership log at various stages, events.

Events keep a venue only when it is in their own city (the base demo picks venues at random),
and get a room, setup needs and a contact on the day. Past events are thanked for, except
the latest one of each venue, so "thank the host" shows up; one partner has a follow-up due
in two days and one a follow-up that is overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select, update

from app.domain.enums import Channel, PartnerStage
from app.domain.venues import Amenity, GiveBack, InvalidMove, check_move
from app.services.demo_parts import DemoContext
from app.storage.orm import Event, Venue, VenueContact, VenueRoom, VenueStep


@dataclass(frozen=True)
class Partner:
    timezone: str
    access: str
    rooms: tuple[tuple[str, int | None, int | None], ...]
    amenities: tuple[str, ...]
    terms: str = "donated"
    cost: Decimal | None = None
    currency: str = ""
    gives_back: tuple[str, ...] = ()
    closing: time | None = None
    guest_list_days: int | None = None
    id_required: bool = False
    food: str = ""
    house: str = ""
    security: str = ""
    roles: tuple[str, str] = ("Community manager", "Facilities")
    finale: tuple[PartnerStage, int, str] | None = None
    """A last step: stage, follow-up in days from today, note."""


_A = Amenity
PARTNERS: dict[str, Partner] = {
    "Factory Görlitzer Park": Partner(
        "Europe/Berlin",
        "Entrance on the canal side, 2nd floor; check in at the front desk.",
        (("Event hall", 60, 120), ("Workshop room", 24, None)),
        (_A.PROJECTOR, _A.MICROPHONES, _A.WIFI, _A.KITCHEN, _A.STEP_FREE, _A.LIFT),
        gives_back=(GiveBack.RECRUITING, GiveBack.LOGO),
        closing=time(22, 30),
        guest_list_days=2,
        id_required=True,
        food="Caterers bring their own waste bags; no open flames.",
        house="Music off at 22:00.",
        security="Names exactly as on the ID.",
        roles=("Community manager", "Security desk"),
        finale=(PartnerStage.ASKED, 2, "Asked about a spring series; they check their calendar."),
    ),
    "The Loft at Northwind": Partner(
        "Europe/London",
        "Ring “Northwind” at the glass door; lift to the 5th floor.",
        (("The Loft", 40, 80),),
        (_A.PROJECTOR, _A.VIDEO_CALL, _A.WIFI, _A.LIFT, _A.ACCESSIBLE_TOILET),
        terms="in-kind",
        gives_back=(GiveBack.TALK_SLOT, GiveBack.PR),
        closing=time(21, 0),
        roles=("Office manager", "Head of engineering"),
    ),
    "Café Código": Partner(
        "America/Sao_Paulo",
        "Back room behind the bar.",
        (("Back room", 30, 50),),
        (_A.WIFI, _A.KITCHEN, "Espresso machine"),
        terms="discounted",
        cost=Decimal("350.00"),
        currency="BRL",
        closing=time(23, 0),
        food="Food and drinks from the café only.",
        roles=("Owner", "Bar manager"),
        finale=(PartnerStage.AGREED, -1, "Send the invoice details for the next date."),
    ),
    "渋谷 Hub": Partner(
        "Asia/Tokyo",
        "B1 entrance on Dogenzaka; show the QR code at the gate.",
        (("Main hall", 80, 150), ("Tatami room", 12, None)),
        (_A.PROJECTOR, _A.MICROPHONES, _A.VIDEO_CALL, _A.WIFI, _A.STEP_FREE),
        terms="paid",
        cost=Decimal("30000.00"),
        currency="JPY",
        gives_back=(GiveBack.LOGO,),
        closing=time(22, 0),
        guest_list_days=3,
        house="Shoes off in the tatami room.",
        roles=("Community manager", "Building security"),
    ),
    "Trattoria da Enzo": Partner(
        "Europe/Rome",
        "Upstairs room; ask for Enzo.",
        (("Sala grande", 24, None),),
        (_A.KITCHEN,),
        terms="paid",
        cost=Decimal("40.00"),
        currency="EUR",
        closing=time(0, 30),
        roles=("Owner", "Head waiter"),
        finale=(PartnerStage.DECLINED, 0, "Only private dinners until spring."),
    ),
}
SETUP = (
    "Projector with HDMI, two handheld microphones, chairs in rows.",
    "Long table for 12, candles allowed?",
    "Tables in groups of six, whiteboard, extension cables.",
    "Standing tables, a small stage corner, one microphone.",
)


def _next_id(session: Any, model: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


def extend(ctx: DemoContext) -> None:
    s = ctx.session
    by_zone: dict[str, dict[str, Any]] = {}
    room_id = _next_id(s, VenueRoom)
    rooms: dict[int, list[int]] = {}
    for venue in ctx.venues:
        plan = PARTNERS.get(venue["name"])
        if plan is None:
            continue
        by_zone.setdefault(plan.timezone, venue)
        s.execute(
            update(Venue)
            .where(Venue.id == venue["id"])
            .values(
                timezone=plan.timezone,
                access_notes=plan.access,
                amenities=list(plan.amenities),
                terms=plan.terms,
                cost=plan.cost,
                currency=plan.currency,
                gives_back=list(plan.gives_back),
                closing_time=plan.closing,
                guest_list_days_before=plan.guest_list_days,
                id_required=plan.id_required,
                food_rules=plan.food,
                house_rules=plan.house,
                security_notes=plan.security,
                capacity=max(n or 0 for r in plan.rooms for n in r[1:]),
            )
        )
        rows = [
            {"id": room_id + n, "venue_id": venue["id"], "name": name, "seated": seated,
             "standing": standing, "notes": ""}
            for n, (name, seated, standing) in enumerate(plan.rooms)
        ]  # fmt: skip
        s.execute(insert(VenueRoom), rows)
        rooms[venue["id"]] = [r["id"] for r in rows]
        room_id += len(rows)
        _add_contacts(ctx, venue, plan)
    held = _place_events(ctx, by_zone, rooms)
    for venue in ctx.venues:
        plan = PARTNERS.get(venue["name"])
        if plan is not None:
            _log(ctx, venue, plan, held.get(venue["id"], []))


def _add_contacts(ctx: DemoContext, venue: dict[str, Any], plan: Partner) -> None:
    staff = [p for p in ctx.people if p["organization_id"] == venue["organization_id"]]
    pool = staff if len(staff) >= 2 else ctx.people
    if len(pool) < 2:
        return
    chosen = ctx.rng.sample(pool, 2)
    ctx.session.execute(
        insert(VenueContact),
        [
            {"venue_id": venue["id"], "person_id": p["id"], "role": role}
            for p, role in zip(chosen, plan.roles, strict=True)
        ],
    )


def _place_events(
    ctx: DemoContext, by_zone: dict[str, dict[str, Any]], rooms: dict[int, list[int]]
) -> dict[int, list[dict[str, Any]]]:
    """Each event is held at the partner in its own city, if any; returns them by venue."""
    held: dict[int, list[dict[str, Any]]] = {}
    for event in ctx.events:
        venue = by_zone.get(event["timezone"])
        if venue is None or (event["venue_id"] is None and ctx.rng.random() < 0.3):
            values: dict[str, Any] = {"venue_id": None, "room_id": None}
        else:
            values = {
                "venue_id": venue["id"],
                "room_id": ctx.rng.choice(rooms[venue["id"]]),
                "setup_notes": ctx.rng.choice(SETUP),
                "day_contact_id": ctx.rng.choice(ctx.people)["id"] if ctx.people else None,
            }
            held.setdefault(venue["id"], []).append(event)
        event.update(values)
        ctx.session.execute(update(Event).where(Event.id == event["id"]).values(**values))
    return held


def _log(
    ctx: DemoContext, venue: dict[str, Any], plan: Partner, events: list[dict[str, Any]]
) -> None:
    """A believable partnership history, in order; impossible moves are left out."""
    now, today = ctx.now, ctx.today
    events = sorted(events, key=lambda e: e["starts_at"])
    past = [e for e in events if e["ends_at"] < now and e["status"] == "done"]
    start = (events[0]["starts_at"] if events else now) - timedelta(days=45)
    plan_steps: list[tuple[datetime, PartnerStage, str, str, int | None, date | None]] = [
        (start, PartnerStage.ASKED, "email", "Asked whether they host community events.", None,
         (start + timedelta(days=7)).date()),
        (start + timedelta(days=6), PartnerStage.AGREED, "call", "Yes, free of charge on weekdays.",
         None, None),
    ]  # fmt: skip
    for n, event in enumerate(past):
        end = event["ends_at"]
        plan_steps.append((end + timedelta(hours=1), PartnerStage.HOSTED, "in-person",
                           f"Hosted “{event['title']}”.", event["id"], None))  # fmt: skip
        recent = n == len(past) - 1 and end > now - timedelta(days=21)
        if not recent:  # the latest event, if recent, still waits for its thank-you
            plan_steps.append((end + timedelta(days=2), PartnerStage.THANKED, "email",
                               "Thank-you note with photos.", event["id"], None))  # fmt: skip
    if any(e["ends_at"] >= now for e in events):
        plan_steps.append((now - timedelta(days=5), PartnerStage.AGREED, "message",
                           "Confirmed the next date.", None, None))  # fmt: skip
    if plan.finale is not None:
        stage, days, note = plan.finale
        plan_steps.append((now - timedelta(hours=3), stage, "call", note, None,
                           today + timedelta(days=days) if days else None))  # fmt: skip
    stage = PartnerStage.PROSPECT
    rows: list[dict[str, Any]] = []
    first = _next_id(ctx.session, VenueStep)
    for at, target, channel, note, event_id, follow_up in sorted(plan_steps, key=lambda p: p[0]):
        try:
            check_move(stage, target)
        except InvalidMove:
            continue
        if rows:  # talking again closes the previous follow-up, as the service does
            rows[-1]["follow_up_done_at"] = at if rows[-1]["follow_up_on"] else None
        rows.append(
            {"id": first + len(rows), "venue_id": venue["id"], "event_id": event_id,
             "stage_from": stage.value, "stage_to": target.value, "occurred_at": at,
             "channel": Channel(channel).value, "note": note, "follow_up_on": follow_up,
             "follow_up_done_at": None, "actor": ""}
        )  # fmt: skip
        stage = target
    if rows:
        ctx.session.execute(insert(VenueStep), rows)
    ctx.session.execute(
        update(Venue)
        .where(Venue.id == venue["id"])
        .values(stage=stage.value, next_follow_up_on=rows[-1]["follow_up_on"] if rows else None)
    )
