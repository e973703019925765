from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.domain.events import EventDraft
from app.domain.venues import VenueDraft
from tests.ui.conftest import FakePrompter

from app.ui.context import AppContext
from app.ui.main_window import MainWindow


def test_selecting_an_event_shows_its_page_and_prints_the_host_sheet(
    qtbot: QtBot, ctx: AppContext, prompter: FakePrompter, tmp_path: Path
) -> None:
    venue = ctx.services.venues.create(
        VenueDraft(name="Factory Görlitzer Park", timezone="Europe/Berlin", capacity=10)
    ).item
    event = ctx.services.events.create(
        EventDraft(
            title="Focus dinner 🍷",
            start=datetime(2026, 12, 1, 19),
            capacity=40,
            end=datetime(2026, 12, 1, 22),
            timezone="Europe/Berlin",
            venue_id=venue.id,
        )
    ).item
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.section_key() == "today"  # where a new user starts
    assert not window.actions_.event_host_sheet.isEnabled()
    window.show_section("events")
    window.events_panel.select_ids([event.id])
    page = window.events_panel.page
    assert page.event_id == event.id
    assert "Focus dinner 🍷" in page.overview.heading.text()
    assert "Factory Görlitzer Park" in page.overview.heading.text()
    assert page.overview.warnings.warnings  # 40 seats at a venue for 10
    assert window.actions_.event_host_sheet.isEnabled()
    target = tmp_path / "host.pdf"
    prompter.answers = [target]
    with qtbot.waitSignal(page.overview.host_sheets.exported, timeout=10000):
        window.actions_.event_host_sheet.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    window.view_actions["venues"].trigger()
    assert window.section_key() == "venues"
    window.venues_panel.event_activated.emit(event.id)
    assert window.section_key() == "events"


def test_guest_list_and_check_in_open_from_the_event_page(qtbot: QtBot, ctx: AppContext) -> None:
    from app.domain.people import PersonDraft

    event = ctx.services.events.create(
        EventDraft(
            title="Meetup",
            start=datetime(2026, 12, 1, 19),
            end=datetime(2026, 12, 1, 22),
            timezone="Europe/Berlin",
        )
    ).item
    ada = ctx.services.people.create(PersonDraft(given_name="Ada", family_name="Lovelace")).item
    ctx.services.rsvps.invite(event.id, [ada.id])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_section("events")
    window.events_panel.select_ids([event.id])
    window.events_panel.page.overview.guests_button.click()
    assert window.section_key() == "guests"
    assert window.guests_panel.event_id == event.id
    window.actions_.event_checkin.trigger()
    checkin = window.routes.checkin_window
    assert checkin is not None
    assert checkin.isVisible()
    checkin.close()
    assert not checkin.isVisible()


def test_invites_badges_and_feed_open_from_the_event_menu(qtbot: QtBot, ctx: AppContext) -> None:
    from app.ui.dialogs.badges_dialog import BadgesDialog
    from app.ui.dialogs.calendar_feed_dialog import CalendarFeedDialog
    from app.ui.dialogs.invites_dialog import InvitesDialog
    from app.ui.dialogs.replies_dialog import RepliesDialog

    event = ctx.services.events.create(
        EventDraft(
            title="Dinner",
            start=datetime(2026, 12, 1, 19),
            end=datetime(2026, 12, 1, 22),
            timezone="Europe/Berlin",
        )
    ).item
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert not window.actions_.event_invites.isEnabled()
    window.show_section("events")
    window.events_panel.select_ids([event.id])
    window.actions_.event_invites.trigger()
    assert isinstance(window.routes.dialog, InvitesDialog)
    window.routes.dialog.close()
    window.actions_.event_place_cards.trigger()
    assert isinstance(window.routes.dialog, BadgesDialog)
    window.routes.dialog.close()
    window.events_panel.page.overview.badges_button.click()
    assert isinstance(window.routes.dialog, BadgesDialog)
    window.routes.dialog.close()
    window.actions_.event_import_replies.trigger()
    assert isinstance(window.routes.dialog, RepliesDialog)
    window.routes.dialog.close()
    window.actions_.file_export_feed.trigger()
    assert isinstance(window.routes.dialog, CalendarFeedDialog)
    window.routes.dialog.close()
