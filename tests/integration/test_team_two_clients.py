"""Two organizers on one database (PostgreSQL, and SQLite shared by two windows)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QLabel

from app.domain.errors import ConflictError
from app.domain.people import PersonDraft
from app.services.changes import Kind
from app.services.container import Services
from app.storage.migrate import open_database
from tests.backends import db_url
from tests.ui.conftest import FakePrompter, RecordingErrors

from app.ui.context import AppContext
from app.ui.dialogs.conflict_dialog import ConflictDialog
from app.ui.dialogs.person_dialog import PersonDialog
from app.ui.jobs import ImmediateJobRunner
from app.ui.main_window import MainWindow
from app.ui.settings import AppSettings

__all__ = ["db_url"]


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Services, Services]]:
    """Two independent clients (two processes' worth of engines) on one database."""
    a, _ = open_database(db_url)
    b, _ = open_database(db_url)
    a.actor, b.actor = "Ana", "Bo"
    yield Services.over(a), Services.over(b)
    a.close()
    b.close()


def test_the_second_save_is_refused_and_nothing_is_lost(two: tuple[Services, Services]) -> None:
    ana, bo = two
    person = ana.people.create(PersonDraft(given_name="Ada", emails=("ada@example.org",))).item
    seen_by_bo = bo.people.get(person.id)
    ana.people.update(person.id, PersonDraft(given_name="Ada (Ana)"), person.version)
    with pytest.raises(ConflictError):
        bo.people.update(person.id, PersonDraft(given_name="Ada (Bo)"), seen_by_bo.version)
    assert bo.people.get(person.id).given_name == "Ada (Ana)"


def test_one_clients_change_reaches_the_other_with_its_author(
    two: tuple[Services, Services],
) -> None:
    ana, bo = two
    start = bo.feed.latest_id()
    person = ana.people.create(PersonDraft(given_name="Ada")).item
    batch = bo.feed.since(start)
    assert person.id in batch.changes.ids(Kind.PERSON)
    assert batch.actors == {"Ana"}
    assert not ana.feed.since(start).changes  # a client skips its own changes
    ana.people.update(person.id, PersonDraft(given_name="Ada L."), person.version)
    history = bo.feed.history("people", person.id)
    assert [(h.actor, h.action) for h in history] == [("Ana", "update"), ("Ana", "insert")]
    assert "given_name" in history[0].summary


def _window(qtbot: QtBot, services: Services, settings: AppSettings) -> MainWindow:
    ctx = AppContext(
        services,
        settings=settings,
        prompter=FakePrompter(),
        errors=RecordingErrors(),
        runner=ImmediateJobRunner(),
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_section("people")
    return window


def test_a_teammates_edit_appears_without_losing_selection(
    qtbot: QtBot, two: tuple[Services, Services], settings: AppSettings
) -> None:
    ana, bo = two
    first = ana.people.create(PersonDraft(given_name="Ada")).item
    second = ana.people.create(PersonDraft(given_name="Bob")).item
    bo_window = _window(qtbot, bo, settings)
    bo_window.people_panel.select_ids([second.id])
    bo_window.live.poll()
    ana.people.update(first.id, PersonDraft(given_name="Ada Lovelace"), first.version)
    ana.people.create(PersonDraft(given_name="Cy"))
    bo_window.live.poll()
    proxy = bo_window.people_panel.proxy
    shown = sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))
    assert shown == ["Ada Lovelace", "Bob", "Cy"]
    assert bo_window.people_panel.selected_ids() == [second.id]
    assert "Ana" in bo_window.statusBar().currentMessage()


def test_conflict_dialog_lets_the_user_merge_field_by_field(
    qtbot: QtBot, two: tuple[Services, Services], settings: AppSettings
) -> None:
    ana, bo = two
    person = ana.people.create(PersonDraft(given_name="Ada", job_title="Engineer", phone="1")).item
    bo_window = _window(qtbot, bo, settings)
    bo_window.people_panel.edit_record(person.id)
    dialog = bo_window.people_panel._open_dialog
    assert isinstance(dialog, PersonDialog)
    dialog.job_title.setText("Countess")  # Bo's edit
    dialog.phone.setText("2")
    ana.people.update(
        person.id,
        PersonDraft(given_name="Ada", job_title="Mathematician", phone="1", notes="met at PyCon"),
        person.version,
    )
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog)
    assert set(conflict.differences) == {"job_title", "phone", "notes"}
    conflict._choices["notes"].button(1).setChecked(True)  # take Ana's notes, keep my title
    conflict.save_button.click()
    saved = bo.people.get(person.id)
    assert (saved.job_title, saved.phone, saved.notes) == ("Countess", "2", "met at PyCon")
    assert not dialog.isVisible()
    bo_window.undo_action.trigger()  # undo goes back to Ana's version, not Bo's stale one
    assert bo.people.get(person.id).job_title == "Mathematician"


def test_a_venue_edited_by_two_organizers_shows_both_versions(
    qtbot: QtBot, two: tuple[Services, Services], settings: AppSettings
) -> None:
    from dataclasses import replace

    from app.domain.venues import VenueDraft

    from app.ui.dialogs.venue_dialog import VenueDialog

    ana, bo = two
    venue = ana.venues.create(VenueDraft(name="Factory", capacity=40)).item
    bo_window = _window(qtbot, bo, settings)
    bo_window.show_section("venues")
    bo_window.venues_panel.edit_record(venue.id)
    dialog = bo_window.venues_panel._open_dialog
    assert isinstance(dialog, VenueDialog)
    ana.venues.update(venue.id, replace(venue.to_draft(), name="Factory Berlin"), venue.version)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert isinstance(dialog.conflict_dialog, ConflictDialog)
    assert "name" in dialog.conflict_dialog.differences
    dialog.conflict_dialog.take_theirs.click()
    dialog.conflict_dialog.save_button.click()
    assert bo.venues.get(venue.id).name == "Factory Berlin"


def _guest(services: Services) -> tuple[int, int]:
    """An event with one guest going: (event id, RSVP id)."""
    from datetime import datetime

    from app.domain.enums import RsvpResponse
    from app.domain.events import EventDraft

    event = services.events.create(
        EventDraft(
            title="Supper club",
            start=datetime(2026, 12, 3, 19),
            end=datetime(2026, 12, 3, 22),
            timezone="Europe/Lisbon",
            capacity=10,
        )
    ).item.id
    person = services.people.create(PersonDraft(given_name="Ada", family_name="Lovelace")).item
    services.rsvps.invite(event, [person.id], response=RsvpResponse.GOING)
    return event, services.rsvps.guest_rows(event)[0].id


def test_a_guest_edited_by_two_organizers_is_not_overwritten(
    two: tuple[Services, Services],
) -> None:
    ana, bo = two
    event, rsvp = _guest(ana)
    seen_by_bo = bo.rsvps.guest_rows(event)[0]
    ana.rsvps.set_needs(rsvp, "vegan", "", expected_version=seen_by_bo.version)
    with pytest.raises(ConflictError):
        bo.rsvps.set_guests(rsvp, 2, expected_version=seen_by_bo.version)
    saved = bo.rsvps.get(rsvp)
    assert (saved.dietary, saved.guests) == ("vegan", 0)  # Ana's save kept, Bo's refused


def test_the_guest_details_pane_shows_both_versions(
    qtbot: QtBot, two: tuple[Services, Services], settings: AppSettings
) -> None:
    ana, bo = two
    event, rsvp = _guest(ana)
    bo_window = _window(qtbot, bo, settings)
    bo_window.routes.show_guests(event)
    panel = bo_window.guests_panel
    qtbot.waitUntil(lambda: panel.model is not None and panel.model.rowCount() == 1)
    panel.select_ids([rsvp])
    panel.details.dietary.setText("no nuts")  # Bo's edit
    panel.details.guests.setValue(1)
    ana.rsvps.set_needs(rsvp, "vegan", "step-free")  # Ana saves first
    panel.details.save.click()
    conflict = panel._open_dialog
    assert isinstance(conflict, ConflictDialog)
    assert set(conflict.differences) == {"guests", "dietary", "accessibility"}
    assert any("Ana" in label.text() for label in conflict.findChildren(QLabel))  # who saved
    conflict._choices["accessibility"].button(1).setChecked(True)  # take Ana's access need
    conflict.save_button.click()
    saved = bo.rsvps.get(rsvp)
    assert (saved.guests, saved.dietary, saved.accessibility) == (1, "no nuts", "step-free")
