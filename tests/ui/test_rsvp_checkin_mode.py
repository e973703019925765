"""Check-in mode with qtbot: typing, Enter, a scanner, walk-ins, undo, privacy."""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from app.domain.enums import RsvpResponse
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services
from tests.ui.conftest import type_text

from app.ui.context import AppContext
from app.ui.panels.checkin_panel import CheckinPanel

PEOPLE = [
    ("Jürgen", "Groß", "juergen@example.de", "Müller & Söhne"),
    ("Jürgen", "Schmidt", "js@example.de", "Stadtwerke"),
    ("Σοφία", "Παπαδοπούλου", "sofia@example.gr", ""),
    ("Zoë", "O'Brien-Smythe", "zoe@example.ie", "Craic, Ltd."),
]


def make_event(services: Services, title: str, capacity: int | None = 10) -> int:
    draft = EventDraft(
        title=title,
        start=datetime(2026, 12, 1, 19),
        end=datetime(2026, 12, 1, 22),
        timezone="Europe/Berlin",
        capacity=capacity,
    )
    return services.events.create(draft).item.id


@pytest.fixture
def event(services: Services) -> int:
    event_id = make_event(services, "Winter meetup ❄️")
    ids = [
        services.people.create(
            PersonDraft(given_name=g, family_name=f, emails=(e,), organization=o)
        ).item.id
        for g, f, e, o in PEOPLE
    ]
    services.rsvps.invite(event_id, ids, response=RsvpResponse.GOING)
    return event_id


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext, event: int) -> CheckinPanel:
    widget = CheckinPanel(ctx)
    qtbot.addWidget(widget)
    widget.set_event(event)
    widget.show()
    return widget


def shown(panel: CheckinPanel) -> list[str]:
    return [panel.model.index(r).data() for r in range(panel.model.rowCount())]


def checked_in(services: Services, event: int) -> dict[str, bool]:
    return {r.display_name: r.checked_in_at is not None for r in services.rsvps.guest_rows(event)}


def test_nothing_is_listed_until_something_is_typed(panel: CheckinPanel) -> None:
    assert panel.focusProxy() is panel.search
    assert shown(panel) == []
    assert panel.results.isHidden()
    assert not panel.hint.isHidden()
    assert panel.counter.text() == "0 / 4"
    assert "4 expected" in panel.expected.text()


def test_typing_a_few_letters_lists_matches_and_enter_checks_in_the_top_one(
    qtbot: QtBot, panel: CheckinPanel, ctx: AppContext, event: int
) -> None:
    qtbot.keyClicks(panel.search, "GROSS")
    assert shown(panel) == ["Jürgen Groß"]
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert checked_in(ctx.services, event)["Jürgen Groß"]
    assert panel.search.text() == ""
    assert shown(panel) == []
    assert panel.feedback.text() == "✓ Jürgen Groß is in."
    assert panel.counter.text() == "1 / 4"
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Check in Jürgen Groß"


def test_typos_and_accents_are_forgiven_and_arrows_pick_another_match(
    qtbot: QtBot, panel: CheckinPanel, ctx: AppContext, event: int
) -> None:
    qtbot.keyClicks(panel.search, "jrugen")
    assert shown(panel) == ["Jürgen Groß", "Jürgen Schmidt"]
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    state = checked_in(ctx.services, event)
    assert (state["Jürgen Schmidt"], state["Jürgen Groß"]) == (True, False)
    type_text(qtbot, panel.search, "σοφια")
    assert shown(panel) == ["Σοφία Παπαδοπούλου"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "craic")
    assert shown(panel) == ["Zoë O'Brien-Smythe"]


def test_a_scanned_badge_checks_in_directly_and_twice_is_harmless(
    qtbot: QtBot, panel: CheckinPanel, ctx: AppContext, event: int
) -> None:
    zoe = next(r for r in ctx.services.rsvps.guest_rows(event) if r.display_name.startswith("Zoë"))
    # What a keyboard-wedge scanner does: the code's keys, then Enter.
    qtbot.keyClicks(panel.search, zoe.checkin_code)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert checked_in(ctx.services, event)["Zoë O'Brien-Smythe"]
    qtbot.keyClicks(panel.search, f"cv-{zoe.checkin_code.lower()}")
    qtbot.keyClick(panel.search, Qt.Key.Key_Enter)
    assert panel.feedback.text().startswith("Zoë O'Brien-Smythe is already in (since ")
    assert ctx.undo_stack.count() == 1


def test_a_badge_of_another_event_is_explained(
    qtbot: QtBot, panel: CheckinPanel, ctx: AppContext, services: Services
) -> None:
    other = make_event(services, "Another night")
    person = services.people.create(PersonDraft(given_name="Ana", family_name="Lima")).item
    services.rsvps.invite(other, [person.id], response=RsvpResponse.GOING)
    code = services.rsvps.guest_rows(other)[0].checkin_code
    qtbot.keyClicks(panel.search, code)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.feedback.text() == "This badge is for another event: “Another night”."
    assert not services.rsvps.guest_rows(other)[0].checked_in_at
    assert ctx.undo_stack.count() == 0


def test_undo_takes_a_check_in_back_and_redo_does_it_again(
    qtbot: QtBot, panel: CheckinPanel, ctx: AppContext, event: int
) -> None:
    qtbot.keyClicks(panel.search, "sofia")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert not panel.undo_button.isHidden()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert not checked_in(ctx.services, event)["Σοφία Παπαδοπούλου"]
    assert panel.counter.text() == "0 / 4"
    assert panel.feedback.text() == "Check-in of Σοφία Παπαδοπούλου taken back."
    ctx.undo_stack.redo()
    assert checked_in(ctx.services, event)["Σοφία Παπαδοπούλου"]
    assert panel.counter.text() == "1 / 4"
    ctx.undo_stack.undo()
    assert not checked_in(ctx.services, event)["Σοφία Παπαδοπούλου"]


def test_a_walk_in_is_added_in_seconds_and_can_be_undone(
    qtbot: QtBot, panel: CheckinPanel, ctx: AppContext, event: int
) -> None:
    people = ctx.services.people.count()
    qtbot.keyClicks(panel.search, "Ana Lima")
    assert shown(panel) == []
    qtbot.mouseClick(panel.walk_in_button, Qt.MouseButton.LeftButton)
    assert panel.walk_in_form.name.text() == "Ana Lima"
    qtbot.keyClicks(panel.walk_in_form.email, "ana@example.br")
    qtbot.keyClick(panel.walk_in_form.email, Qt.Key.Key_Return)
    rows = {r.display_name: r for r in ctx.services.rsvps.guest_rows(event)}
    assert rows["Ana Lima"].source.value == "walk-in"
    assert rows["Ana Lima"].checked_in_at is not None
    assert ctx.services.people.count() == people + 1
    assert panel.feedback.text() == "✓ Ana Lima added as a walk-in and checked in."
    assert panel.walk_in_form.isHidden()
    assert panel.counter.text() == "1 / 5"
    qtbot.keyClicks(panel.search, "ana")
    assert shown(panel) == ["Ana Lima"]
    ctx.undo_stack.undo()
    assert ctx.services.people.count() == people
    assert "Ana Lima" not in checked_in(ctx.services, event)
    assert shown(panel) == []


def test_a_walk_in_without_a_name_is_refused_inline(
    qtbot: QtBot, panel: CheckinPanel, ctx: AppContext
) -> None:
    qtbot.mouseClick(panel.walk_in_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.walk_in_form.name, Qt.Key.Key_Return)
    assert panel.feedback.text() == "A person needs a given name or a family name."
    assert not panel.walk_in_form.isHidden()
    assert ctx.undo_stack.count() == 0
