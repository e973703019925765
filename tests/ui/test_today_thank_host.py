"""Today: "thank the host" the day after an event at a venue partner, done by logging a step."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.domain.enums import EventStatus, PartnerStage
from app.domain.events import EventDraft
from app.domain.venues import StepDraft, VenueDraft
from app.services.container import Services
from app.services.followup_dto import FollowupSource

from app.ui.context import AppContext
from app.ui.dialogs.venue_step_dialog import VenueStepDialog
from app.ui.models.core_today import EntryKind
from app.ui.panels.today_panel import TodayPanel


@pytest.fixture
def hosted(services: Services) -> tuple[int, int]:
    """Yesterday evening's meetup at a partner that agreed to host it."""
    venue = services.venues.create(VenueDraft(name="Factory Görlitzer Park", timezone="UTC")).item
    start = datetime.combine(date.today() - timedelta(days=1), time(17))
    event = services.events.create(
        EventDraft(
            title="Späti Talks",
            start=start,
            end=start + timedelta(hours=2),
            timezone="UTC",
            status=EventStatus.ANNOUNCED,
            venue_id=venue.id,
        )
    ).item
    agreed = StepDraft(PartnerStage.AGREED, datetime.now(UTC) - timedelta(days=30))
    services.venues.log_step(venue.id, agreed)
    return venue.id, event.id


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext) -> TodayPanel:
    widget = TodayPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1180, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def thank_entries(panel: TodayPanel) -> list[tuple[str, str, str, str]]:
    return [
        (section.key, e.title, e.badge, e.detail)
        for section in panel.follow_list.today_model.sections
        for e in section.entries
        if getattr(e.item, "source", None) is FollowupSource.THANK_HOST
    ]


def test_the_host_to_thank_is_due_today_and_done_with_a_thanked_step(
    qtbot: QtBot, panel: TodayPanel, ctx: AppContext, services: Services, hosted: tuple[int, int]
) -> None:
    venue_id, event_id = hosted
    panel.refresh()
    qtbot.waitUntil(lambda: bool(thank_entries(panel)))
    assert thank_entries(panel) == [
        ("today", "Factory Görlitzer Park", "Thank the host", "Späti Talks")
    ]
    assert panel.summary.text() == "1 due today"
    entry = panel.current_entry()
    assert entry is not None
    assert entry.kind is EntryKind.FOLLOW_UP
    assert (entry.venue_id, entry.event_id) == (venue_id, event_id)
    assert panel.done_button.isEnabled()
    assert panel.open_button.isEnabled()
    assert panel.open_button.text() == "O&pen venue"
    assert not panel.message_button.isEnabled()

    with qtbot.waitSignal(panel.venue_activated) as opened:
        panel.open_button.click()
    assert opened.args == [venue_id]

    panel.done_button.click()
    dialog = panel._open_dialog
    assert isinstance(dialog, VenueStepDialog)
    assert dialog.stage.currentData() == PartnerStage.THANKED.value
    assert dialog.event_choice.currentData() == event_id
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert services.venues.thank_host_due() == []
    assert services.venues.get(venue_id).stage is PartnerStage.THANKED
    qtbot.waitUntil(lambda: not thank_entries(panel))
    assert ctx.undo_stack.undoText() == "Log “thanked” for Factory Görlitzer Park"

    ctx.undo_stack.undo()
    assert [d.event_id for d in services.venues.thank_host_due()] == [event_id]
    qtbot.waitUntil(lambda: bool(thank_entries(panel)))
    assert panel.open_button.text() == "O&pen venue"


def test_a_person_entry_keeps_open_person(
    qtbot: QtBot, panel: TodayPanel, services: Services, hosted: tuple[int, int]
) -> None:
    from app.domain.core import ConversationDraft
    from app.domain.people import PersonDraft

    ana = services.people.create(PersonDraft(given_name="Ana", family_name="Lima")).item.id
    services.followups.log(ana, None, ConversationDraft(follow_up_on=date.today()))
    panel.refresh()
    qtbot.waitUntil(lambda: len(panel.follow_list.today_model.sections) == 1)
    (section,) = panel.follow_list.today_model.sections
    person = next(e for e in section.entries if e.person_id == ana)
    assert panel.select_entry(person.key)
    assert panel.open_button.text() == "Open &person"
    assert panel.message_button.isEnabled()


def test_opening_the_entry_in_the_window_selects_the_venue(
    qtbot: QtBot, ctx: AppContext, hosted: tuple[int, int]
) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    today = window.today_panel
    today.refresh()
    qtbot.waitUntil(lambda: bool(thank_entries(today)))
    today.open_person()
    assert window.section_key() == "venues"
    venues = window.sections.get("venues")
    qtbot.waitUntil(lambda: venues.selected_ids() == [hosted[0]])  # type: ignore[attr-defined]
