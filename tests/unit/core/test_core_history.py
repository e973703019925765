"""A person's page: events and attendance, conversations, core involvement, figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from core_test_helpers import NOW, event, move, person, rsvp, talk

from app.domain.core import Attendance
from app.domain.enums import CoreStage, EventStatus, NameOrder, RsvpResponse
from app.domain.errors import NotFound
from app.services.container import Services


def test_history_shows_everything_about_a_person(services: Services) -> None:
    wei = person(services, "伟", "张", order=NameOrder.FAMILY_FIRST, preferred="Wei", tags=["vip"])
    other = person(services, "Bo")
    came_to = event(
        services, "Spring dinner", start=datetime(2026, 4, 1, 19), status=EventStatus.DRAFT
    )
    missed = event(
        services, "Summer dinner", start=datetime(2026, 7, 1, 19), status=EventStatus.DRAFT
    )
    unrecorded = event(
        services, "Autumn walk", start=datetime(2026, 10, 1, 10), status=EventStatus.DRAFT
    )
    upcoming = event(services, "Winter dinner", target=4)
    checked = datetime(2026, 4, 1, 17, 5, tzinfo=UTC)
    rsvp(services, came_to, wei, checked_in=checked)
    rsvp(services, missed, wei)
    rsvp(services, missed, other, checked_in=datetime(2026, 7, 1, 17, tzinfo=UTC))
    rsvp(services, unrecorded, wei)
    rsvp(services, upcoming, wei, "maybe")
    talk(services, wei, NOW - timedelta(days=30), note="Coffee")
    card = services.core.add(upcoming, [wei]).items[0]
    move(services, card.id, CoreStage.ASKED, note="Asked at lunch")

    page = services.history.history(wei, NOW)
    assert (page.display_name, page.call_name, page.tags) == ("张伟", "Wei", ("vip",))
    assert [(e.title, e.response, e.attendance) for e in page.events] == [
        ("Winter dinner", RsvpResponse.MAYBE, Attendance.NOT_GOING),
        ("Autumn walk", RsvpResponse.GOING, Attendance.NOT_RECORDED),
        ("Summer dinner", RsvpResponse.GOING, Attendance.NO_SHOW),
        ("Spring dinner", RsvpResponse.GOING, Attendance.CAME),
    ]
    assert page.events[-1].checked_in_at == checked
    assert [(c.note, c.stage_from, c.stage_to, c.event_title) for c in page.conversations] == [
        ("Asked at lunch", CoreStage.TO_ASK, CoreStage.ASKED, "Winter dinner"),
        ("Coffee", None, None, ""),
    ]
    assert [(c.event_title, c.stage) for c in page.core] == [("Winter dinner", CoreStage.ASKED)]
    assert (page.figures.attended, page.figures.no_shows) == (1, 1)
    assert page.figures.no_show_rate == pytest.approx(0.5)
    assert page.last_contact == NOW
    assert services.history.figures([wei, other], NOW)[other].no_show_rate == 0.0


def test_a_new_person_has_an_empty_history(services: Services) -> None:
    zoe = person(services, "Zoë")
    page = services.history.history(zoe)
    assert (page.events, page.conversations, page.core, page.last_contact) == ((), (), (), None)
    assert page.figures.no_show_rate is None
    with pytest.raises(NotFound):
        services.history.history(999)
