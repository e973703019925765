from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QDateTime, QTime

from app.domain.enums import EventStatus
from app.domain.events import EventDraft
from app.domain.people import OrganizationDraft, PersonDraft
from tests.ui.conftest import FakePrompter, type_text

from app.ui.context import AppContext
from app.ui.dialogs.event_dialog import EventDialog
from app.ui.dialogs.organization_dialog import OrganizationDialog
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def rows(panel: object) -> list[list[str]]:
    proxy = panel.proxy  # type: ignore[attr-defined]
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def test_event_create_edit_undo_redo_delete(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, prompter: FakePrompter
) -> None:
    panel = window.events_panel
    window.show_section("events")
    window.actions_.record_new.trigger()
    dialog = panel._open_dialog
    assert isinstance(dialog, EventDialog)
    type_text(qtbot, dialog.title, "Focus dinner — 火锅 🌶️")
    dialog.start.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(19, 0)))
    dialog.end.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(22, 0)))
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.capacity.setValue(12)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    (row,) = rows(panel)
    assert row[1] == "Focus dinner — 火锅 🌶️"
    assert row[4] == "0 / 12"
    assert row[7] == "Europe/Berlin"
    event_id = panel.selected_ids()[0]

    window.actions_.record_edit.trigger()
    dialog = panel._open_dialog
    dialog.status.setCurrentIndex(dialog.status.findData(EventStatus.ANNOUNCED.value))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert rows(panel)[0][3] == "Announced"
    window.undo_action.trigger()
    assert rows(panel)[0][3] == "Draft"
    window.redo_action.trigger()
    assert ctx.services.events.get(event_id).status is EventStatus.ANNOUNCED

    prompter.answers = [True]
    window.actions_.record_delete.trigger()
    assert "Delete “Focus dinner — 火锅 🌶️” and its guest list?" in prompter.asked[-1][1]
    assert rows(panel) == []
    window.undo_action.trigger()
    assert len(rows(panel)) == 1
    assert ctx.services.events.get(event_id).title == "Focus dinner — 火锅 🌶️"


def test_an_invalid_status_change_is_explained_in_the_dialog(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    event = ctx.services.events.create(
        EventDraft(
            title="Old",
            start=datetime(2025, 1, 1, 19),
            end=datetime(2025, 1, 1, 21),
            timezone="UTC",
            status=EventStatus.ANNOUNCED,
        )
    ).item
    ctx.services.events.set_status(event.id, EventStatus.DONE)
    window.events_panel.model.load()
    window.events_panel.edit_record(event.id)
    dialog = window.events_panel._open_dialog
    dialog.status.setCurrentIndex(dialog.status.findData(EventStatus.DRAFT.value))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "can't be set to" in dialog.error_label.text()


def test_organization_flow_updates_people_counts(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.show_section("organizations")
    panel = window.organizations_panel
    window.actions_.record_new.trigger()
    dialog = panel._open_dialog
    assert isinstance(dialog, OrganizationDialog)
    type_text(qtbot, dialog.name, "Craic, Ltd.")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert rows(panel)[0][:3] == ["Craic, Ltd.", "Company", "0"]
    window.show_section("people")
    window.actions_.record_new.trigger()
    person_dialog = window.people_panel._open_dialog
    type_text(qtbot, person_dialog.given, "Zoe")
    person_dialog.organization.setCurrentText("craic, ltd.")
    person_dialog.buttons.button(person_dialog.buttons.StandardButton.Save).click()
    assert rows(panel)[0][2] == "1"
    window.undo_action.trigger()
    assert rows(panel)[0][2] == "0"


def test_renaming_an_organization_refreshes_people(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    org = ctx.services.organizations.create(OrganizationDraft(name="Acme")).item
    ctx.services.people.create(PersonDraft(given_name="Ada", organization="Acme"))
    window.show_section("people")
    window.show_section("organizations")
    window.organizations_panel.select_ids([org.id])
    window.actions_.record_edit.trigger()
    dialog = window.organizations_panel._open_dialog
    dialog.name.setText("Zenith")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert rows(window.people_panel)[0][2] == "Zenith"
