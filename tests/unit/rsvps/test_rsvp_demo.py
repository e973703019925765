"""The demo's guest lists: codes, waitlists in order, offers, roles, reconfirmations."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain import checkin_codes
from app.domain import rsvps as rules
from app.domain.enums import AttendeeRole, RsvpResponse
from app.services import rsvp_store as store
from app.services.container import Services
from app.services.demo import DemoRequest, generate


def test_demo_guest_lists_are_ready_for_the_door(services: Services) -> None:
    generate(services.db, DemoRequest(people=150, events=12, seed=3, today=date(2026, 11, 21)))
    rows = [r for e in services.events.list_all() for r in services.rsvps.guest_rows(e.id)]
    assert rows
    assert all(checkin_codes.looks_like_code(r.checkin_code) for r in rows)
    assert len({r.checkin_code for r in rows}) == len(rows)
    waiting = [r for r in rows if r.response is RsvpResponse.WAITLISTED]
    assert waiting
    assert all(r.waitlisted_at is not None for r in waiting)
    roles = {r.role for r in rows}
    assert {AttendeeRole.HOST, AttendeeRole.SPEAKER} <= roles
    assert any(r.over_capacity and r.role is AttendeeRole.SPEAKER for r in rows)
    assert any(r.reconfirmed_at is not None for r in rows)
    assert any(r.accessibility for r in rows)
    assert any(r.dietary for r in rows)
    # Every event's seating is one the rules could have produced: nothing left to offer.
    now = datetime.now(UTC)
    for event in services.events.list_all():
        with services.db.read() as session:
            _info, seating, _versions = store.load_seating(session, event.id)
        settled = rules.settle(seating, rules.Moment(now, now))
        assert rules.changed(seating, settled) == [], event.title
