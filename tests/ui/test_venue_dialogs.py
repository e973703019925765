"""The venue dialog, the step dialog, the person picker (and the event dialog's day contact)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QTime

from app.domain.enums import Channel, NameOrder, PartnershipTerms, PartnerStage
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.domain.venues import Amenity, GiveBack, RoomDraft, StepDraft, VenueDraft
from app.services.container import Services
from tests.ui.conftest import RecordingErrors, type_text

from app.ui.dialogs.event_dialog import EventDialog
from app.ui.dialogs.person_picker import PersonPicker
from app.ui.dialogs.venue_dialog import VenueDialog
from app.ui.dialogs.venue_step_dialog import VenueStepDialog, suggested_stage


def save(dialog: object) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # type: ignore[attr-defined]


def choose(qtbot: QtBot, picker: PersonPicker, text: str) -> None:
    """Type part of a name and pick the only match, as leaving the field does."""
    type_text(qtbot, picker, text)
    picker.editingFinished.emit()


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    mia = PersonDraft(given_name="Mia", family_name="Wagner", emails=("mia@factory.example",))
    wei = PersonDraft(given_name="伟", family_name="张", name_order=NameOrder.FAMILY_FIRST)
    return {
        "mia": services.people.create(mia).item.id,
        "wei": services.people.create(wei).item.id,
    }


def test_the_venue_dialog_builds_a_full_draft(
    qtbot: QtBot, errors: RecordingErrors, services: Services, people: dict[str, int]
) -> None:
    dialog = VenueDialog(errors, ["Factory"], services.people.search)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name, "Factory Görlitzer Park")
    dialog.organization.setCurrentText("Factory")
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.amenities[Amenity.PROJECTOR].setChecked(True)
    dialog.amenities[Amenity.STEP_FREE].setChecked(True)
    type_text(qtbot, dialog.other_amenities, "Piano, Terrasse")
    dialog.closes.setChecked(True)
    dialog.closing_time.setTime(QTime(22, 30))
    dialog.guest_list_days.setValue(2)
    dialog.id_required.setChecked(True)
    dialog.rooms.add_room(RoomDraft("Hall", 40, 90))
    choose(qtbot, dialog.contacts.picker, "mia")
    type_text(qtbot, dialog.contacts.role, "Community manager")
    dialog.contacts.add_button.click()
    choose(qtbot, dialog.contacts.picker, "张伟")
    dialog.contacts.add_button.click()
    dialog.terms.setCurrentIndex(dialog.terms.findData(PartnershipTerms.PAID.value))
    type_text(qtbot, dialog.cost, "1.250,50")
    dialog.currency.setCurrentText("eur")
    dialog.gives_back[GiveBack.LOGO].setChecked(True)
    with qtbot.waitSignal(dialog.saved) as signal:
        save(dialog)
    draft = signal.args[0]
    assert isinstance(draft, VenueDraft)
    assert (draft.name, draft.organization, draft.timezone) == (
        "Factory Görlitzer Park",
        "Factory",
        "Europe/Berlin",
    )
    assert draft.amenities == (Amenity.PROJECTOR, Amenity.STEP_FREE, "Piano", "Terrasse")
    assert (draft.closing_time, draft.guest_list_days_before, draft.id_required) == (
        time(22, 30),
        2,
        True,
    )
    assert draft.rooms == (RoomDraft("Hall", 40, 90),)
    assert [(c.person_id, c.role) for c in draft.contacts] == [
        (people["mia"], "Community manager"),
        (people["wei"], ""),
    ]
    assert (draft.terms, draft.cost, draft.currency) == (
        PartnershipTerms.PAID,
        Decimal("1250.50"),
        "EUR",
    )
    assert draft.gives_back == (GiveBack.LOGO,)


def test_the_venue_dialog_shows_errors_on_the_right_tab(
    qtbot: QtBot, errors: RecordingErrors
) -> None:
    dialog = VenueDialog(errors, [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.name, "Loft")
    row = dialog.rooms.add_room(RoomDraft("Hall"))
    dialog.rooms.table.item(row, 1).setText("forty")
    save(dialog)
    assert dialog.isVisible()
    assert "whole number" in dialog.error_label.text()
    assert dialog.tabs is not None
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Rooms"
    dialog.rooms.table.setCurrentCell(row, 0)
    dialog.rooms.remove_button.click()
    dialog.terms.setCurrentIndex(dialog.terms.findData(PartnershipTerms.PAID.value))
    save(dialog)
    assert dialog.error_label.text() == "A paid venue needs its cost."
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Partnership"
    dialog.terms.setCurrentIndex(dialog.terms.findData(PartnershipTerms.DONATED.value))
    assert not dialog.cost.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        save(dialog)


def test_the_venue_dialog_round_trips_a_draft(
    qtbot: QtBot, errors: RecordingErrors, services: Services, people: dict[str, int]
) -> None:
    draft = VenueDraft(
        name="渋谷 Hub",
        organization="Hub KK",
        address="東京都渋谷区道玄坂1-2-3",
        timezone="Asia/Tokyo",
        capacity=150,
        amenities=(Amenity.WIFI, "Tatami"),
        closing_time=time(22),
        guest_list_days_before=0,
        links=("https://example.jp/map.pdf",),
        terms=PartnershipTerms.DISCOUNTED,
        cost=Decimal("30000.00"),
        currency="JPY",
        gives_back=(GiveBack.PR, "Free tickets"),
        rooms=(RoomDraft("Main hall", 80, 150, "By the lift", 3),),
    ).validated()
    venue = services.venues.create(draft).item
    dialog = VenueDialog(errors, [], services.people.search, venue.to_draft(), venue.contacts)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit venue partner"
    assert dialog.draft() == venue.to_draft()


def test_the_step_dialog_suggests_the_next_stage(qtbot: QtBot, errors: RecordingErrors) -> None:
    dialog = VenueStepDialog(errors, "Factory", PartnerStage.ASKED, now=datetime(2026, 5, 4, 9, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Log a step — Factory"
    assert [dialog.stage.itemData(i) for i in range(dialog.stage.count())] == [
        "prospect", "asked", "agreed", "declined", "paused",
    ]  # fmt: skip
    assert dialog.stage.currentData() == "agreed"
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.CALL.value))
    dialog.note.insertPlainText("Mia said yes — für Dezember")  # as an input method commits it
    dialog.follow.setChecked(True)
    dialog.follow_up.setDate(QDate(2026, 5, 11))
    with qtbot.waitSignal(dialog.saved) as signal:
        save(dialog)
    step = signal.args[0]
    assert isinstance(step, StepDraft)
    assert (step.stage_to, step.channel, step.note, step.follow_up_on) == (
        PartnerStage.AGREED,
        Channel.CALL,
        "Mia said yes — für Dezember",
        date(2026, 5, 11),
    )
    assert step.occurred_at == datetime(2026, 5, 4, 9, 30).astimezone()
    assert suggested_stage(PartnerStage.THANKED) is PartnerStage.THANKED
    assert suggested_stage(PartnerStage.DECLINED) is PartnerStage.DECLINED


def test_the_step_dialog_refuses_a_follow_up_before_the_step(
    qtbot: QtBot, errors: RecordingErrors
) -> None:
    dialog = VenueStepDialog(errors, "Factory", PartnerStage.PROSPECT, now=datetime(2026, 5, 4, 9))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.follow.setChecked(True)
    dialog.follow_up.setDate(QDate(2026, 5, 1))
    save(dialog)
    assert dialog.error_label.text() == "The follow-up can't be before the step."


def test_the_picker_suggests_people_and_clears_when_edited(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    picker = PersonPicker(services.people.search)
    qtbot.addWidget(picker)
    picker.show()
    type_text(qtbot, picker, "factory")
    picker.run_search()
    assert picker.suggestions.rowCount() == 1
    shown = picker.suggestions.item(0).text()
    assert shown == "Mia Wagner — mia@factory.example"
    with qtbot.waitSignal(picker.person_changed) as signal:
        picker.completer_.activated[type(picker.suggestions.index(0, 0))].emit(
            picker.completer_.completionModel().index(0, 0)
        )
    assert signal.args == [people["mia"]]
    assert (picker.person_id(), picker.text()) == (people["mia"], "Mia Wagner")
    with qtbot.waitSignal(picker.person_changed) as signal:
        qtbot.keyClick(picker, "x")
    assert signal.args == [None]
    picker.setText("nobody at all")
    picker.editingFinished.emit()
    assert picker.person_id() is None


def test_the_event_dialog_sets_and_shows_the_contact_on_the_day(
    qtbot: QtBot, errors: RecordingErrors, services: Services, people: dict[str, int]
) -> None:
    draft = EventDraft(
        title="Dinner", start=datetime(2026, 12, 1, 19), end=datetime(2026, 12, 1, 22)
    )
    dialog = EventDialog(errors, draft, None, (), services.people)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog.day_contact, "张")
    with qtbot.waitSignal(dialog.saved) as signal:
        save(dialog)
    assert signal.args[0].day_contact_id == people["wei"]
    again = EventDialog(errors, signal.args[0], None, (), services.people)
    qtbot.addWidget(again)
    assert again.day_contact.text() == "张伟"
    assert again.draft().day_contact_id == people["wei"]
    without = EventDialog(errors, signal.args[0])
    qtbot.addWidget(without)
    assert not without.day_contact.isEnabled()
    assert without.draft().day_contact_id == people["wei"]  # kept, though not shown
