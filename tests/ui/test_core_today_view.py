"""The Today view: sections, marking done (with undo), the waiting setting, the empty state."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt

from app.domain.enums import CoreStage, EventStatus
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services
from app.storage.orm import Interaction, Rsvp, Setting
from tests.ui.core_ui_helpers import make_world

from app.ui.context import AppContext
from app.ui.core.conversation_dialog import ConversationDialog
from app.ui.models.core_today import EntryKind
from app.ui.panels.person_page import PersonPage
from app.ui.panels.today_panel import TodayPanel

NOW = datetime.now(UTC)


@pytest.fixture
def busy(services: Services) -> dict[str, int]:
    """One of everything the Today view lists."""
    world = make_world(services)
    core = services.core
    from app.domain.core import ConversationDraft

    core.move(world.cards[0], CoreStage.ASKED, ConversationDraft(), now=NOW - timedelta(days=9))
    friend = services.people.create(
        PersonDraft(given_name="Kofi", family_name="Mensah", tags=("friends",))
    ).item.id
    from app.storage.orm import Person, Tag

    with services.db.transaction() as s:
        s.execute(
            Tag.__table__.update().where(Tag.name_key == "friends").values(keep_in_touch_days=30)
        )
        s.execute(
            Person.__table__.update()
            .where(Person.id == friend)
            .values(created_at=NOW - timedelta(days=100))
        )
        due = Interaction(
            person_id=world.people[1],
            event_id=world.event_id,
            occurred_at=NOW - timedelta(days=2),
            note="Send the menu",
            follow_up_on=date.today(),
        )
        s.add(due)
    start = datetime.combine(date.today() - timedelta(days=2), time(18))
    past = services.events.create(
        EventDraft(
            title="Last meetup",
            start=start,
            end=start + timedelta(hours=2),
            timezone="UTC",
            status=EventStatus.DRAFT,
        )
    ).item.id
    with services.db.transaction() as s:
        s.add(
            Rsvp(
                event_id=past,
                person_id=world.people[2],
                response="going",
                checked_in_at=NOW - timedelta(days=2),
            )
        )
        s.add(Rsvp(event_id=past, person_id=friend, response="going"))
    return {"ana": world.people[1], "zoe": world.people[0], "bo": world.people[2], "kofi": friend}


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext) -> TodayPanel:
    widget = TodayPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def titles(panel: TodayPanel) -> list[tuple[str, list[str]]]:
    found = []
    for view in panel.lists:
        for section in view.today_model.sections:
            found.append((section.key.split("-")[0], [e.title for e in section.entries]))
    return found


def test_sections_and_summary(panel: TodayPanel, busy: dict[str, int]) -> None:
    panel.refresh()
    assert titles(panel) == [
        ("today", ["Ana Lima"]),
        ("waiting", ["Zoë Ærøskøbing"]),
        ("came", ["Bo Berg"]),
        ("missed", ["Kofi Mensah"]),
        ("keep", ["Kofi Mensah"]),
    ]
    assert panel.summary.text() == (
        "1 due today · 1 waiting for an answer · 1 to keep in touch with · "
        "2 to follow up after events"
    )
    assert panel.current_entry() is not None  # something is chosen, ready for Ctrl+D
    assert panel.current_entry().title == "Ana Lima"  # type: ignore[union-attr]
    assert panel.stack.currentWidget() is panel.columns


def test_mark_done_with_the_keyboard_then_undo(
    qtbot: QtBot, panel: TodayPanel, ctx: AppContext, services: Services, busy: dict[str, int]
) -> None:
    panel.refresh()
    panel.follow_list.setFocus()
    qtbot.keyClick(panel.follow_list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = panel._open_dialog
    assert isinstance(dialog, ConversationDialog)
    assert dialog.intro.text() == "Follow up with Ana Lima."
    qtbot.keyClicks(dialog.note, "Sent the menu")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with services.db.read() as s:
        rows = s.execute(
            select(Interaction.note, Interaction.follow_up_done_at.is_not(None))
            .where(Interaction.person_id == busy["ana"])
            .order_by(Interaction.id)
        ).all()
    assert [tuple(r) for r in rows] == [("Send the menu", True), ("Sent the menu", False)]
    qtbot.waitUntil(lambda: "today" not in [t for t, _ in titles(panel)])
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: ("today", ["Ana Lima"]) in titles(panel))
    with services.db.read() as s:
        assert (
            s.scalar(
                select(Interaction.follow_up_done_at).where(Interaction.note == "Send the menu")
            )
            is None
        )


def test_thanking_someone_after_the_event(
    qtbot: QtBot, panel: TodayPanel, ctx: AppContext, services: Services, busy: dict[str, int]
) -> None:
    panel.refresh()
    (came,) = [s for s in panel.people_list.today_model.sections if s.key.startswith("came")]
    assert came.entries[0].kind is EntryKind.CAME
    assert panel.select_entry(came.entries[0].key)
    panel.done_button.click()
    dialog = panel._open_dialog
    assert dialog.intro.text() == "Thank Bo Berg for coming."
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "came" not in [t for t, _ in titles(panel)])
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "came" in [t for t, _ in titles(panel)])


def test_waiting_days_is_a_shared_undoable_setting(
    qtbot: QtBot, panel: TodayPanel, ctx: AppContext, services: Services, busy: dict[str, int]
) -> None:
    panel.refresh()
    assert panel.waiting.value() == 7
    panel.waiting.setValue(12)
    with services.db.read() as s:
        assert (
            s.scalar(select(Setting.value).where(Setting.key == "followups.waiting_days")) == "12"
        )
    qtbot.waitUntil(lambda: "waiting" not in [t for t, _ in titles(panel)])
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "waiting" in [t for t, _ in titles(panel)])
    assert panel.waiting.value() == 7


def test_opening_an_entry_shows_the_person_page(
    qtbot: QtBot, panel: TodayPanel, busy: dict[str, int]
) -> None:
    panel.refresh()
    with qtbot.waitSignal(panel.person_activated) as signal:
        panel.open_button.click()
    assert signal.args == [busy["ana"]]
    (page,) = [p for p in panel.findChildren(PersonPage) if p.isVisible()]
    qtbot.addWidget(page)
    assert page.name.text() == "Ana Lima"


def test_an_empty_day_says_so_kindly(panel: TodayPanel) -> None:
    panel.refresh()
    assert panel.stack.currentWidget() is panel.empty
    assert "All caught up" in panel.empty.text()
    assert not panel.done_button.isEnabled()
