"""The guest-list panel with qtbot: counts, verbs with undo, details, filters, export, diet."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.domain.enums import AttendeeRole, RsvpResponse
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services
from tests.ui.conftest import FakePrompter

from app.ui.context import AppContext
from app.ui.dialogs.dietary_dialog import DietaryDialog
from app.ui.jobs import ImmediateJobRunner
from app.ui.models.guests_table import GuestsTableModel
from app.ui.panels.guests_panel import GuestsPanel

NAMES = [
    ("Jürgen", "Groß", "=cmd|' /C calc'!A0"),
    ("Σοφία", "Παπαδοπούλου", ""),
    ("Zoë", "O'Brien-Smythe", "Craic, Ltd."),
    ("Ana", "Lima", ""),
]


@pytest.fixture
def event(services: Services) -> int:
    draft = EventDraft(
        title="Supper club 🍲",
        start=datetime(2026, 12, 3, 19),
        end=datetime(2026, 12, 3, 22),
        timezone="Europe/Lisbon",
        capacity=2,
    )
    event_id = services.events.create(draft).item.id
    people = [
        services.people.create(
            PersonDraft(
                given_name=g, family_name=f, emails=(f"{g.lower()}@example.org",), organization=o
            )
        ).item.id
        for g, f, o in NAMES
    ]
    services.rsvps.invite(event_id, people, response=RsvpResponse.GOING)
    return event_id


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext, event: int) -> GuestsPanel:
    widget = GuestsPanel(ctx)
    qtbot.addWidget(widget)
    widget.set_event(event)
    widget.show()
    return widget


def select(panel: GuestsPanel, *names: str) -> None:
    assert panel.model is not None
    ids = [
        r.id
        for r in (panel.model.item(n) for n in range(panel.model.rowCount()))
        if r.display_name in names
    ]
    assert len(ids) == len(names)
    panel.select_ids(ids)


def state(services: Services, event: int) -> dict[str, tuple[str, bool]]:
    return {r.display_name: (r.response.value, r.offered) for r in services.rsvps.guest_rows(event)}


def trigger(button: object, text: str) -> None:
    menu = button.menu()  # type: ignore[attr-defined]
    next(a for a in menu.actions() if a.text() == text).trigger()


def test_counts_and_the_list_show_going_and_the_waitlist(panel: GuestsPanel) -> None:
    values = {k: v.text() for k, v in panel.counts.values.items()}
    assert values == {
        "going": "2 / 2",
        "maybe": "0",
        "waitlist": "2",
        "declined": "0",
        "seats": "0",
        "checked_in": "0",
    }
    assert panel.count_label.text() == "4 guests"
    first_two = [panel.proxy.index(r, 1).data() for r in range(4)]
    assert first_two == ["Going", "Going", "Waitlist #1", "Waitlist #2"]


def test_a_decline_offers_the_seat_and_undo_redo_go_through_the_database(
    panel: GuestsPanel, ctx: AppContext, event: int
) -> None:
    select(panel, "Jürgen Groß")
    trigger(panel.response_button, "Declined")
    assert state(ctx.services, event)["Zoë O'Brien-Smythe"] == ("waitlisted", True)
    assert panel.notice.text() == "A freed seat was offered to Zoë O'Brien-Smythe."
    assert panel.counts.values["waitlist"].text() == "2 (1 offered)"
    assert ctx.undo_stack.undoText() == "Mark Jürgen Groß as “Declined”"
    ctx.undo_stack.undo()
    assert state(ctx.services, event)["Jürgen Groß"] == ("going", False)
    assert state(ctx.services, event)["Zoë O'Brien-Smythe"] == ("waitlisted", False)
    assert panel.counts.values["waitlist"].text() == "2"
    ctx.undo_stack.redo()
    assert state(ctx.services, event)["Zoë O'Brien-Smythe"] == ("waitlisted", True)

    select(panel, "Zoë O'Brien-Smythe")
    assert panel.accept_action.isEnabled()
    panel.accept_action.trigger()
    assert state(ctx.services, event)["Zoë O'Brien-Smythe"] == ("going", False)
    ctx.undo_stack.undo()
    assert state(ctx.services, event)["Zoë O'Brien-Smythe"] == ("waitlisted", True)


def test_hand_picking_when_full_needs_a_speaker_and_a_confirmation(
    panel: GuestsPanel, ctx: AppContext, event: int, prompter: FakePrompter
) -> None:
    select(panel, "Ana Lima")
    panel.seat_action.trigger()
    assert panel.notice.text().startswith("The event is full: this needs 1 seat")
    assert "set the role" in panel.notice.text()
    trigger(panel.role_button, "Speaker")
    prompter.answers = [True]
    panel.seat_action.trigger()
    assert "beyond capacity anyway?" in prompter.asked[-1][1]
    row = {r.display_name: r for r in ctx.services.rsvps.guest_rows(event)}["Ana Lima"]
    assert (row.response, row.over_capacity, row.role) == (
        RsvpResponse.GOING,
        True,
        AttendeeRole.SPEAKER,
    )
    assert panel.counts.values["going"].text() == "3 / 2"
    ctx.undo_stack.undo()
    assert ctx.services.rsvps.get(row.id).response is RsvpResponse.WAITLISTED


def test_details_save_guests_and_needs_as_one_undo_step(
    qtbot: QtBot, panel: GuestsPanel, ctx: AppContext, event: int
) -> None:
    select(panel, "Σοφία Παπαδοπούλου")
    details = panel.details
    assert details.name.text() == "Σοφία Παπαδοπούλου"
    details.dietary.setText("vegan; no nuts")
    details.accessibility.setText("step-free entrance")
    details.role.setCurrentIndex(details.role.findData(AttendeeRole.HOST))
    qtbot.mouseClick(details.save, Qt.MouseButton.LeftButton)
    row = {r.display_name: r for r in ctx.services.rsvps.guest_rows(event)}["Σοφία Παπαδοπούλου"]
    assert (row.dietary, row.accessibility, row.role) == (
        "vegan; no nuts",
        "step-free entrance",
        AttendeeRole.HOST,
    )
    assert details.history.count() >= 2
    ctx.undo_stack.undo()
    row = ctx.services.rsvps.get(row.id)
    assert (row.dietary, row.role) == ("", AttendeeRole.GUEST)
    # More guests than seats: explained in the pane, nothing saved.
    select(panel, "Σοφία Παπαδοπούλου")
    details.guests.setValue(3)
    qtbot.mouseClick(details.save, Qt.MouseButton.LeftButton)
    assert details.error.text().startswith("The event is full")
    assert ctx.services.rsvps.get(row.id).guests == 0


def test_filters_reconfirmation_and_removal(
    panel: GuestsPanel, ctx: AppContext, event: int, prompter: FakePrompter
) -> None:
    select(panel, "Jürgen Groß", "Σοφία Παπαδοπούλου")
    panel.reconfirm_action.trigger()
    assert ctx.services.rsvps.not_reconfirmed(event) == []
    panel.filter.setCurrentIndex(3)
    panel.filter.activated.emit(3)
    assert panel.filter.currentText() == "Waitlist"
    assert panel.model is not None
    assert sorted(panel.model.item(n).display_name for n in range(panel.model.rowCount())) == [
        "Ana Lima",
        "Zoë O'Brien-Smythe",
    ]
    select(panel, "Ana Lima")
    prompter.answers = [True]
    panel.delete_selected()
    assert "Ana Lima" not in state(ctx.services, event)
    assert panel.model.rowCount() == 1
    ctx.undo_stack.undo()
    assert "Ana Lima" in state(ctx.services, event)
    assert panel.model.rowCount() == 2


def test_export_writes_a_safe_csv_in_the_users_language(
    panel: GuestsPanel, prompter: FakePrompter, tmp_path: Path
) -> None:
    target = tmp_path / "supper"
    prompter.answers = [target]
    panel.export_action.trigger()
    with target.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:4] == ["Name", "E-mail", "Organization", "Response"]
    organizations = {r[0]: r[2] for r in rows[1:]}
    assert organizations["Jürgen Groß"] == "'=cmd|' /C calc'!A0"
    assert {r[3] for r in rows[1:]} == {"Going", "Waitlist"}
    assert panel.notice.text() == "Exported 4 guests to supper.csv."


def test_dietary_summary_copies_and_exports(
    qtbot: QtBot, ctx: AppContext, event: int, prompter: FakePrompter, tmp_path: Path
) -> None:
    for row in ctx.services.rsvps.guest_rows(event):
        ctx.services.rsvps.set_needs(row.id, "Vegan" if row.display_name != "Ana Lima" else "", "")
    dialog = DietaryDialog(ctx, event)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Vegan: 2 (Jürgen Groß, Σοφία Παπαδοπούλου)" in dialog.as_text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.as_text()
    prompter.answers = [tmp_path / "diet.csv"]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "diet.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert list(csv.reader(stream))[:2] == [
            ["Need", "People", "Names"],
            ["Vegan", "2", "Jürgen Groß, Σοφία Παπαδοπούλου"],
        ]


def test_check_in_mode_is_requested_with_the_event(
    qtbot: QtBot, panel: GuestsPanel, event: int
) -> None:
    with qtbot.waitSignal(panel.checkin_requested) as blocker:
        panel.checkin_action.trigger()
    assert blocker.args == [event]


def test_the_guest_table_model_passes_the_model_tester(
    qtmodeltester: ModelTester, services: Services, event: int
) -> None:
    model = GuestsTableModel(services, ImmediateJobRunner(), event)
    model.load()
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)


def test_picking_someone_else_for_an_offered_seat_asks_first(
    panel: GuestsPanel, ctx: AppContext, event: int, prompter: FakePrompter
) -> None:
    select(panel, "Jürgen Groß")
    trigger(panel.response_button, "Declined")
    select(panel, "Ana Lima")
    prompter.answers = [False]
    panel.seat_action.trigger()
    assert (
        "The free seat is offered to Zoë O'Brien-Smythe. Give it to Ana Lima instead?"
        in (prompter.asked[-1][1])
    )
    assert state(ctx.services, event)["Ana Lima"] == ("waitlisted", False)
    prompter.answers = [True]
    panel.seat_action.trigger()
    assert state(ctx.services, event)["Ana Lima"] == ("going", False)
    assert state(ctx.services, event)["Zoë O'Brien-Smythe"] == ("waitlisted", False)
    ctx.undo_stack.undo()
    assert state(ctx.services, event)["Zoë O'Brien-Smythe"] == ("waitlisted", True)
    select(panel, "Ana Lima")
    prompter.answers = [True]
    panel.offer_action.trigger()
    assert state(ctx.services, event)["Ana Lima"] == ("waitlisted", True)


def test_raising_the_capacity_offers_the_new_seats_down_the_waitlist(
    panel: GuestsPanel, ctx: AppContext, event: int
) -> None:
    before = ctx.services.events.get(event)
    draft = before.to_draft()
    edited = ctx.services.events.update(
        event, EventDraft(**{**draft.__dict__, "capacity": 3}), before.version
    )
    ctx.bus.publish(edited.changes)  # what the events panel does after saving
    assert state(ctx.services, event)["Zoë O'Brien-Smythe"] == ("waitlisted", True)
    assert state(ctx.services, event)["Ana Lima"] == ("waitlisted", False)
    assert panel.counts.values["waitlist"].text() == "2 (1 offered)"
