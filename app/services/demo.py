"""Realistic, multilingual demo data: people, organizations, venues, events, RSVPs, conversations.

Everything is inserted with bulk Core statements in one transaction, so 100,000 people take
seconds, not minutes, and a failure or a cancel leaves the database as it was.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.domain.enums import Channel, EventKind, EventStatus, NameOrder, RsvpResponse, RsvpSource
from app.domain.events import to_utc
from app.domain.people import full_name
from app.domain.text import fold
from app.services import demo_names as pool
from app.services.changes import Changes, Kind
from app.services.demo_parts import DemoContext, extend_all
from app.storage.database import Database
from app.storage.orm import (
    Event,
    Interaction,
    Organization,
    Person,
    PersonEmail,
    Rsvp,
    Tag,
    Venue,
    person_tags,
)
from app.storage.sequences import sync_sequences

Row = dict[str, Any]
Progress = Callable[[int, int], None]
CONVERSATION_NOTES = (
    "Coffee chat about the next meetup.",
    "Asked about speaking.",
    "Intro via a friend.",
    "Follow-up call.",
    "Met after the talk.",
)


@dataclass(frozen=True)
class DemoRequest:
    people: int = 200
    events: int = 20
    seed: int = 1
    rsvps: int | None = None
    """Total RSVPs; by default 100 per event (never more than there are people)."""
    today: date | None = None


@dataclass(frozen=True)
class DemoResult:
    people: int
    organizations: int
    events: int
    rsvps: int
    interactions: int
    changes: Changes


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


def _insert(session: Session, table: Any, rows: list[Row], size: int = 5000) -> None:
    for start in range(0, len(rows), size):
        session.execute(insert(table), rows[start : start + size])


def _next_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1


class DemoGenerator:
    """Makes rows; `generate` below writes them. Seeded, so the same request gives the same data."""

    def __init__(self, request: DemoRequest) -> None:
        self.req = request
        self.rng = random.Random(request.seed)
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.today = request.today or self.now.date()
        self.weights = [c.weight for c in pool.CULTURES]

    def stamp(self) -> Row:
        return {"created_at": self.now, "updated_at": self.now, "version": 1}

    def organizations(self, first_id: int, existing: set[str]) -> list[Row]:
        names = [n for c in pool.CULTURES for n in c.organizations]
        extra = ("Labs", "Collective", "Studio", "Systems", "Foundation", "Ventures")
        words = ("Aurora", "Kite", "Harbor", "Maple", "Quartz", "Juniper", "Orbit", "Cedar")
        names += [f"{w} {e}" for w in words for e in extra]
        kinds = ("company", "company", "coworking", "university", "restaurant", "nonprofit")
        fresh = [n for n in names if n.casefold() not in existing]
        return [
            {
                "id": first_id + i,
                "name": n,
                "name_key": n.casefold(),
                "kind": self.rng.choice(kinds),
                "website": "",
                "notes": "",
                **self.stamp(),
            }
            for i, n in enumerate(fresh)
        ]

    def person(self, pid: int, orgs: list[Row]) -> tuple[Row, str]:
        """A person row and their e-mail address, drawn from one culture's names."""
        rng = self.rng
        culture = rng.choices(pool.CULTURES, self.weights)[0]
        given, given_ascii = rng.choice(culture.given)
        family, family_ascii = rng.choice(culture.family)
        order = NameOrder.FAMILY_FIRST if culture.family_first else NameOrder.GIVEN_FIRST
        org = rng.choice(orgs) if orgs and rng.random() < 0.8 else None
        if org is not None and rng.random() < 0.5:
            org = next((o for o in orgs if o["name"] in culture.organizations), org)
        title = rng.choice(culture.titles)
        email = f"{given_ascii}.{family_ascii}.{pid}@{culture.domain}"
        wants_latin = culture.family_first and rng.random() < 0.3
        preferred = given_ascii.capitalize() if wants_latin else ""
        created = self.now - timedelta(days=rng.randint(0, 900))
        org_name = org["name"] if org else ""
        words = (given, family, full_name(given, family, order), preferred, email, org_name, title)
        row = {
            "id": pid,
            "given_name": given,
            "family_name": family,
            "name_order": order.value,
            "preferred_name": preferred,
            "pronouns": rng.choice(("", "", "she/her", "he/him", "they/them")),
            "phone": "",
            "organization_id": org["id"] if org else None,
            "job_title": title,
            "notes": rng.choice(pool.NOTES),
            "how_we_met": "",
            "search_key": fold(" ".join(w for w in words if w)),
            "created_at": created,
            "updated_at": created,
            "version": 1,
        }
        return row, email

    def conversation(self, iid: int, pid: int) -> Row:
        rng = self.rng
        follow = self.today + timedelta(days=rng.randint(-10, 20)) if rng.random() < 0.3 else None
        return {
            "id": iid,
            "person_id": pid,
            "event_id": None,
            "occurred_at": self.now - timedelta(days=rng.randint(0, 400), hours=rng.randint(0, 12)),
            "channel": rng.choice(list(Channel)).value,
            "note": rng.choice(CONVERSATION_NOTES),
            "follow_up_on": follow,
            "created_at": self.now,
        }

    def venues(self, first_id: int, orgs: list[Row]) -> list[Row]:
        return [
            {
                "id": first_id + j,
                "name": name,
                "organization_id": orgs[j % len(orgs)]["id"] if orgs else None,
                "address": address,
                "latitude": pool.VENUE_PLACES[j][0],
                "longitude": pool.VENUE_PLACES[j][1],
                "url": f"https://{pool.VENUE_PLACES[j][2]}.example",
                "timezone": "",
                "capacity": self.rng.choice((30, 60, 120)),
                "notes": "",
                **self.stamp(),
            }
            for j, (name, address) in enumerate(pool.VENUES)
        ]

    def event(self, eid: int, venues: list[Row]) -> Row:
        rng = self.rng
        kind = rng.choice(list(EventKind))
        if eid <= len(EventKind):  # every kind at least once, whatever the seed
            kind = list(EventKind)[eid - 1]
        city, tz = rng.choice(pool.PLACES)
        offset = rng.randint(-400, 180)
        day = self.today + timedelta(days=offset)
        all_day = kind is EventKind.CONFERENCE_SIDE and rng.random() < 0.5
        if all_day:
            start_local = datetime.combine(day, time())
            end_local = start_local + timedelta(days=rng.choice((1, 1, 2)))
        else:
            hour = {"workshop": 10, "class": 14}.get(kind.value, 19)
            start_local = datetime.combine(day, time(hour, rng.choice((0, 30))))
            end_local = start_local + timedelta(hours=rng.choice((2, 3, 4)))
        if offset < 0:
            status = EventStatus.CANCELLED if rng.random() < 0.05 else EventStatus.DONE
        else:
            status = rng.choice(
                (EventStatus.DRAFT, EventStatus.CONFIRMING_CORE, EventStatus.ANNOUNCED)
            )
        title = f"{rng.choice(pool.EVENT_TITLES[kind.value])} — {city}"
        venue = rng.choice(venues) if venues and rng.random() < 0.6 else None
        capacity = 12 if kind is EventKind.DINNER else rng.choice((20, 40, 60, 120, None))
        return {
            "id": eid,
            "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "title": title,
            "kind": kind.value,
            "status": status.value,
            "description": f"{title}. Doors open 15 minutes early.",
            "agenda": "" if all_day else _agenda(start_local, end_local),
            "practical_info": "Bring a photo ID for the desk. Step-free entrance at the side.",
            "starts_at": to_utc(start_local, tz),
            "ends_at": to_utc(end_local, tz),
            "timezone": tz,
            "all_day": all_day,
            "capacity": capacity,
            "venue_id": venue["id"] if venue else None,
            "sequence": 0,
            **self.stamp(),
        }


def _agenda(start: datetime, end: datetime) -> str:
    """Doors, the programme, time to talk: what guests read in the invitation."""
    talk = start + timedelta(minutes=30)
    mingle = max(talk, end - timedelta(hours=1))
    return (
        f"{start:%H:%M} Doors open, drinks\n{talk:%H:%M} Welcome and programme\n"
        f"{mingle:%H:%M} Time to meet everyone"
    )


def generate(
    db: Database,
    request: DemoRequest,
    *,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
) -> DemoResult:
    """Add demo data to `db` in one transaction (nothing is written if cancelled)."""
    gen = DemoGenerator(request)
    rng = gen.rng
    with db.transaction() as s:
        existing_orgs = set(s.scalars(select(Organization.name_key)))
        orgs = gen.organizations(_next_id(s, Organization), existing_orgs)
        _insert(s, Organization, orgs)
        all_orgs: list[Row] = [
            {"id": o.id, "name": o.name} for o in s.scalars(select(Organization))
        ]
        tag_ids = _ensure_tags(s)

        first_person, first_talk = _next_id(s, Person), _next_id(s, Interaction)
        people: list[Row] = []
        emails: list[Row] = []
        tag_rows: list[Row] = []
        talks: list[Row] = []
        for i in range(request.people):
            pid = first_person + i
            row, email = gen.person(pid, all_orgs)
            people.append(row)
            emails.append(
                {"person_id": pid, "address": email, "address_key": email.casefold(), "position": 0}
            )
            for tag_id in rng.sample(tag_ids, k=rng.choice((0, 0, 1, 1, 2, 3))):
                tag_rows.append({"person_id": pid, "tag_id": tag_id})
            if rng.random() < 0.4:
                talks.append(gen.conversation(first_talk + len(talks), pid))
            if i % 5000 == 0:
                progress(i, request.people)
                if cancelled():
                    raise InterruptedError("demo generation cancelled")
        _insert(s, Person, people)
        _insert(s, PersonEmail, emails)
        _insert(s, person_tags, tag_rows)
        _insert(s, Interaction, talks)

        venues = gen.venues(_next_id(s, Venue), all_orgs)
        _insert(s, Venue, venues)
        first_event = _next_id(s, Event)
        events = [gen.event(first_event + k, venues) for k in range(request.events)]
        _one_cancelled(events)
        _insert(s, Event, events)
        rsvps = _rsvps(gen, events, first_person, len(people), request.rsvps)
        _insert(s, Rsvp, rsvps)
        extend_all(DemoContext(s, rng, gen.now, gen.today, people, events, venues, rsvps))
        sync_sequences(s)
        progress(request.people, request.people)

    changes = (
        Changes.of(Kind.PERSON, touched=[int(p["id"]) for p in people])
        | Changes.of(Kind.ORGANIZATION, touched=[int(o["id"]) for o in orgs])
        | Changes.of(Kind.EVENT, touched=[int(e["id"]) for e in events])
        | Changes.of(Kind.VENUE, touched=[int(v["id"]) for v in venues])
    )
    return DemoResult(len(people), len(orgs), len(events), len(rsvps), len(talks), changes)


def _ensure_tags(session: Session) -> list[int]:
    tags = {t.name_key: t.id for t in session.scalars(select(Tag))}
    for name in pool.TAGS:
        if name not in tags:
            tag = Tag(
                name=name, name_key=name, keep_in_touch_days=90 if name == "keep-in-touch" else None
            )
            session.add(tag)
            session.flush()
            tags[name] = tag.id
    return list(tags.values())


def _one_cancelled(events: list[Row]) -> None:
    """Every demo shows a cancelled event (owing its guests a cancellation): the latest past
    one, when chance cancelled none among several past events."""
    past = [e for e in events if e["status"] == EventStatus.DONE.value]
    cancelled = any(e["status"] == EventStatus.CANCELLED.value for e in events)
    if not cancelled and len(past) >= 3:
        max(past, key=lambda e: e["starts_at"])["status"] = EventStatus.CANCELLED.value


def _rsvps(
    gen: DemoGenerator,
    events: list[Row],
    first_person: int,
    n_people: int,
    wanted: int | None,
) -> list[Row]:
    """About `wanted` RSVPs (100 per event by default), never more going than an event seats."""
    rng = gen.rng
    if not events or not n_people:
        return []
    total = wanted if wanted is not None else 100 * len(events)
    dinners = [e for e in events if e["kind"] == EventKind.DINNER.value]
    dinner_size = min(n_people, 16)
    others = len(events) - len(dinners)
    rest = max(0, total - dinner_size * len(dinners))
    per_other = min(n_people, rest // others) if others else 0
    extra = min(others, rest - per_other * others) if per_other < n_people else 0
    responses = [RsvpResponse.GOING] * 6 + [
        RsvpResponse.MAYBE,
        RsvpResponse.DECLINED,
        RsvpResponse.INVITED,
    ]
    sources = [RsvpSource.DIRECT] * 4 + [
        RsvpSource.LUMA,
        RsvpSource.MEETUP,
        RsvpSource.EVENTBRITE,
        RsvpSource.CORE,
    ]
    rows: list[Row] = []
    popular_left = True  # the first upcoming event that can overflow does: a waitlist to show
    for ev in events:
        if ev["kind"] == EventKind.DINNER.value:
            size = dinner_size
        else:
            size = per_other + (1 if extra > 0 else 0)
            extra -= 1
        past = ev["starts_at"] < gen.now and ev["status"] != EventStatus.CANCELLED.value
        seats = ev["capacity"]
        # How popular the event is: some fill up and waitlist, most have seats left.
        share = 0.6
        if seats is not None and size:
            share = min(0.7, max(0.05, seats * rng.uniform(0.45, 1.15) / size))
        upcoming = ev["starts_at"] >= gen.now
        if popular_left and upcoming and seats is not None and size >= seats + 2:
            popular_left = False  # about a fifth more want in than there are seats
            share = min(1.0, (seats + max(4, seats // 5)) / size)
        taken = 0
        for offset in rng.sample(range(n_people), size):
            roll = rng.random()
            response = RsvpResponse.GOING if roll < share else rng.choice(responses[6:])
            guests = 1 if rng.random() < 0.1 else 0
            if response is RsvpResponse.GOING and seats is not None and taken + 1 + guests > seats:
                response = RsvpResponse.WAITLISTED
            if response is RsvpResponse.GOING:
                taken += 1 + guests
            came = past and response is RsvpResponse.GOING and rng.random() < 0.8
            checked_in = ev["starts_at"] + timedelta(minutes=rng.randint(0, 45)) if came else None
            rows.append(
                {
                    "event_id": ev["id"],
                    "person_id": first_person + offset,
                    "response": response.value,
                    "guests": guests,
                    "dietary": rng.choice(pool.DIETARY),
                    "accessibility": "",
                    "source": rng.choice(sources).value,
                    "responded_at": ev["starts_at"] - timedelta(days=rng.randint(1, 30)),
                    "checked_in_at": checked_in,
                    **gen.stamp(),
                }
            )
    return rows
