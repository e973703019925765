"""The venues panel end to end: add a partner with two contacts, move it through the pipeline,
host an event, over-invite, print the host sheet, thank the host; undo/redo against the
database; the list filters as you type."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.domain.enums import EventKind, EventStatus, NameOrder, PartnerStage
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.domain.venues import RoomDraft, StepDraft, VenueDraft
from app.services.container import Services
from app.storage.orm import Rsvp
from tests.ui.conftest import FakePrompter, RecordingErrors, type_text

from app.ui.context import AppContext
from app.ui.dialogs.venue_dialog import VenueDialog
from app.ui.dialogs.venue_step_dialog import VenueStepDialog
from app.ui.dialogs.venue_warnings_box import VenueWarningsBox
from app.ui.panels.venues_panel import VenuesPanel


def save(dialog: object) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # type: ignore[attr-defined]


def rows(panel: VenuesPanel) -> list[list[str]]:
    proxy = panel.proxy
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


@pytest.fixture
def panel(qtbot: QtBot, ctx: AppContext) -> VenuesPanel:
    widget = VenuesPanel(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def log_step(qtbot: QtBot, panel: VenuesPanel, stage: PartnerStage, note: str = "") -> None:
    panel.detail.log_button.click()
    dialog = panel._open_dialog
    assert isinstance(dialog, VenueStepDialog)
    dialog.stage.setCurrentIndex(dialog.stage.findData(stage.value))
    dialog.note.insertPlainText(note)
    save(dialog)


def test_a_new_partner_with_two_contacts_moves_through_the_pipeline(
    qtbot: QtBot, panel: VenuesPanel, ctx: AppContext, services: Services
) -> None:
    mia = services.people.create(PersonDraft(given_name="Mia", family_name="Wagner")).item
    wei = services.people.create(
        PersonDraft(given_name="伟", family_name="张", name_order=NameOrder.FAMILY_FIRST)
    ).item
    panel.new_record()
    dialog = panel._open_dialog
    assert isinstance(dialog, VenueDialog)
    type_text(qtbot, dialog.name, "Factory Görlitzer Park")
    dialog.organization.setCurrentText("Factory")
    dialog.capacity.setValue(40)
    for text, role in (("Wagner", "Community manager"), ("张伟", "Security")):
        type_text(qtbot, dialog.contacts.picker, text)
        dialog.contacts.picker.editingFinished.emit()
        type_text(qtbot, dialog.contacts.role, role)
        dialog.contacts.add_button.click()
    save(dialog)
    assert rows(panel)[0][:3] == ["Factory Görlitzer Park", "Prospect", ""]
    (venue,) = services.venues.list_all()
    assert [(c.person_id, c.role) for c in venue.contacts] == [
        (mia.id, "Community manager"),
        (wei.id, "Security"),
    ]
    assert panel.detail.venue is not None
    assert panel.detail.title.text() == "Factory Görlitzer Park"
    assert panel.detail.contacts.rowCount() == 2

    log_step(qtbot, panel, PartnerStage.ASKED, "Asked Mia")
    log_step(qtbot, panel, PartnerStage.AGREED)
    assert services.venues.get(venue.id).stage is PartnerStage.AGREED
    assert rows(panel)[0][1] == "Agreed"
    assert panel.detail.step_table.rowCount() == 2
    assert ctx.undo_stack.undoText() == "Log “agreed” for Factory Görlitzer Park"

    ctx.undo_stack.undo()
    assert services.venues.get(venue.id).stage is PartnerStage.ASKED
    assert rows(panel)[0][1] == "Asked"
    assert panel.detail.step_table.rowCount() == 1
    ctx.undo_stack.redo()
    assert services.venues.get(venue.id).stage is PartnerStage.AGREED
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert services.venues.get(venue.id).stage is PartnerStage.PROSPECT
    assert services.venues.steps(venue.id) == []
    ctx.undo_stack.undo()  # the partner itself
    assert services.venues.list_all() == []
    assert rows(panel) == []
    ctx.undo_stack.redo()
    assert services.venues.get(venue.id).contacts == venue.contacts
    ctx.undo_stack.redo()
    assert services.venues.get(venue.id).stage is PartnerStage.ASKED
    assert services.venues.steps(venue.id)[0].note == "Asked Mia"


def test_the_list_filters_as_you_type(
    qtbot: QtBot, panel: VenuesPanel, services: Services, qtmodeltester: Any
) -> None:
    services.venues.create(VenueDraft(name="Factory Görlitzer Park", organization="Factory"))
    services.venues.create(VenueDraft(name="The Loft", rooms=(RoomDraft("Attic"),)))
    services.venues.create(VenueDraft(name="渋谷 Hub"))
    panel.model.load()
    qtmodeltester.check(panel.model)
    assert panel.count_label.text() == "3 partners"
    qtbot.keyClicks(panel.search, "gorl")  # accents don't matter
    assert [r[0] for r in rows(panel)] == ["Factory Görlitzer Park"]
    assert panel.count_label.text() == "1 of 3 partners"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "attic")  # rooms are searched too
    assert [r[0] for r in rows(panel)] == ["The Loft"]
    panel.search.clear()
    type_text(qtbot, panel.search, "渋谷")
    assert [r[0] for r in rows(panel)] == ["渋谷 Hub"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "nowhere")
    assert rows(panel) == []
    assert panel.empty_label.text() == "No venue partner matches your search."


def test_edit_and_delete_are_undoable(
    qtbot: QtBot, panel: VenuesPanel, ctx: AppContext, services: Services, prompter: FakePrompter
) -> None:
    venue = services.venues.create(VenueDraft(name="Loft", rooms=(RoomDraft("Hall", 30),))).item
    panel.model.load()
    panel.select_ids([venue.id])
    panel.detail.edit_button.click()
    dialog = panel._open_dialog
    dialog.rooms.add_room(RoomDraft("Roof", None, 60))
    dialog.name.setText("Loft 5")
    save(dialog)
    assert [r.name for r in services.venues.get(venue.id).rooms] == ["Hall", "Roof"]
    assert panel.detail.rooms.rowCount() == 2
    ctx.undo_stack.undo()
    assert [r.name for r in services.venues.get(venue.id).rooms] == ["Hall"]
    assert rows(panel)[0][0] == "Loft"
    ctx.undo_stack.redo()
    assert services.venues.get(venue.id).name == "Loft 5"

    prompter.answers = [True]
    panel.delete_selected()
    assert "Delete Loft 5 with its rooms" in prompter.asked[-1][1]
    assert services.venues.list_all() == []
    assert panel.detail.venue is None
    ctx.undo_stack.undo()
    assert services.venues.get(venue.id).name == "Loft 5"


def test_removing_a_step_is_undoable(
    qtbot: QtBot, panel: VenuesPanel, ctx: AppContext, services: Services, prompter: FakePrompter
) -> None:
    venue = services.venues.create(VenueDraft(name="Loft")).item
    panel.model.load()
    panel.select_ids([venue.id])
    log_step(qtbot, panel, PartnerStage.ASKED)
    panel.detail.step_table.selectRow(0)
    prompter.answers = [True]
    panel.detail.remove_step_button.click()
    assert services.venues.steps(venue.id) == []
    assert services.venues.get(venue.id).stage is PartnerStage.PROSPECT
    ctx.undo_stack.undo()
    assert services.venues.get(venue.id).stage is PartnerStage.ASKED
    ctx.undo_stack.redo()
    assert services.venues.steps(venue.id) == []


def test_host_an_event_over_invite_print_and_thank_the_host(
    qtbot: QtBot,
    panel: VenuesPanel,
    ctx: AppContext,
    services: Services,
    prompter: FakePrompter,
    errors: RecordingErrors,
    tmp_path: Path,
) -> None:
    venue = services.venues.create(
        VenueDraft(name="Factory", timezone="Europe/Berlin", rooms=(RoomDraft("Hall", 4, 6),))
    ).item
    services.venues.log_step(
        venue.id, StepDraft(PartnerStage.AGREED, datetime.now(UTC) - timedelta(days=10))
    )
    yesterday = datetime.now(UTC).astimezone().replace(tzinfo=None) - timedelta(days=1)
    start = yesterday.replace(hour=19, minute=0, second=0, microsecond=0)
    event = services.events.create(
        EventDraft(
            title="Dinner at the Factory",
            kind=EventKind.DINNER,
            start=start,
            end=start + timedelta(hours=3),
            timezone="Europe/Berlin",
            status=EventStatus.ANNOUNCED,
            venue_id=venue.id,
            room_id=venue.rooms[0].id,
        )
    ).item
    box = VenueWarningsBox(ctx)
    qtbot.addWidget(box)
    box.set_event(event.id)
    assert box.isHidden()
    for n, name in enumerate(("Ада", "Björn", "Chloé", "Dương", "Emeka")):  # over-inviting
        person = services.people.create(PersonDraft(given_name=name, family_name=f"G{n}")).item
        with services.db.transaction() as s:
            s.add(Rsvp(event_id=event.id, person_id=person.id, response="going"))
    current = services.events.get(event.id)
    edited = services.events.update(
        event.id, replace(current.to_draft(), capacity=10), current.version
    )
    ctx.bus.publish(edited.changes)
    assert not box.isHidden()
    text = box.text.text()
    assert "The event allows 10 people, but Hall holds 4 seated." in text
    assert "5 people are going (with guests), but Hall holds 4 seated." in text

    panel.model.load()
    panel.select_ids([venue.id])
    history = panel.detail.history_table
    assert history.rowCount() == 1
    history.selectRow(0)
    prompter.answers = [tmp_path / "host sheet"]
    panel.detail.force_guest_list.setChecked(True)
    panel.detail.sheet_button.click()
    assert errors.shown == []
    sheet = tmp_path / "host sheet.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert "5 people, guests included (capacity 10)" in text
    assert "Ада G0" in text
    assert prompter.asked[-1][0] == "inform"
    assert "It includes the guest list" in prompter.asked[-1][1]

    day_after = (start + timedelta(days=1)).date()
    assert services.venues.get(venue.id).thank_due_on == day_after
    assert "Thank the host" in rows(panel)[0][2]
    assert panel.detail.thank_button.isEnabled()
    panel.detail.thank_button.click()
    dialog = panel._open_dialog
    assert isinstance(dialog, VenueStepDialog)
    assert dialog.stage.currentData() == PartnerStage.THANKED.value
    assert dialog.event_choice.currentData() == event.id
    save(dialog)
    assert services.venues.thank_host_due() == []
    assert services.venues.get(venue.id).stage is PartnerStage.THANKED
    ctx.undo_stack.undo()
    assert [d.due_on for d in services.venues.thank_host_due()] == [day_after]


def test_a_cancelled_host_sheet_writes_nothing(
    qtbot: QtBot, panel: VenuesPanel, prompter: FakePrompter, services: Services
) -> None:
    venue = services.venues.create(VenueDraft(name="Loft")).item
    event = services.events.create(
        EventDraft(title="E", start=datetime(2030, 1, 1, 19), end=datetime(2030, 1, 1, 21),
                   venue_id=venue.id)
    ).item  # fmt: skip
    prompter.answers = [None]
    assert panel.host_sheets.start(event.id) is None
    assert prompter.asked == [("save", "Save the host sheet")]


def test_a_sheet_for_an_event_without_venue_is_explained(
    qtbot: QtBot,
    panel: VenuesPanel,
    prompter: FakePrompter,
    services: Services,
    errors: RecordingErrors,
    tmp_path: Path,
) -> None:
    event = services.events.create(
        EventDraft(title="E", start=datetime(2030, 1, 1, 19), end=datetime(2030, 1, 1, 21))
    ).item
    prompter.answers = [tmp_path / "x.pdf"]
    panel.export_host_sheet(event.id)
    assert "has no venue yet" in str(errors.shown[-1])
    assert not (tmp_path / "x.pdf").exists()
