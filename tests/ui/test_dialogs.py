from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, QDateTime, QTime

from app.domain.enums import EventKind, EventStatus, NameOrder, OrganizationKind
from app.domain.events import EventDraft
from app.domain.people import OrganizationDraft, PersonDraft
from tests.ui.conftest import RecordingErrors, type_text

from app.ui import labels
from app.ui.dialogs.event_dialog import EventDialog, default_draft, system_zone, zone_names
from app.ui.dialogs.organization_dialog import OrganizationDialog
from app.ui.dialogs.person_dialog import PersonDialog


def save(dialog: object) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # type: ignore[attr-defined]


def test_person_dialog_builds_a_draft_from_what_was_typed(
    qtbot: QtBot, errors: RecordingErrors
) -> None:
    dialog = PersonDialog(errors, ["Acme", "北京字节"])
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.given, "伟")
    type_text(qtbot, dialog.family, "张")
    dialog.order.setCurrentIndex(dialog.order.findData(NameOrder.FAMILY_FIRST.value))
    type_text(qtbot, dialog.emails, "wei@example.cn; w2@example.cn")
    dialog.organization.setCurrentText("北京字节")
    type_text(qtbot, dialog.tags, "core, speaker, core")
    with qtbot.waitSignal(dialog.saved) as signal:
        save(dialog)
    draft = signal.args[0]
    assert isinstance(draft, PersonDraft)
    assert (draft.given_name, draft.family_name, draft.name_order) == (
        "伟",
        "张",
        NameOrder.FAMILY_FIRST,
    )
    assert draft.emails == ("wei@example.cn", "w2@example.cn")
    assert draft.organization == "北京字节"
    assert draft.tags == ("core", "speaker")
    assert not dialog.isVisible()


def test_person_dialog_fills_from_a_draft(qtbot: QtBot, errors: RecordingErrors) -> None:
    draft = PersonDraft(
        given_name="Ada",
        family_name="Lovelace",
        emails=("a@b.org",),
        notes="n",
        pronouns="she/her",
        tags=("x",),
    )
    dialog = PersonDialog(errors, [], draft)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit person"
    assert dialog.draft() == draft


def test_event_dialog_validates_end_after_start(qtbot: QtBot, errors: RecordingErrors) -> None:
    dialog = EventDialog(errors)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.title, "Focus dinner")
    dialog.start.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(19, 0)))
    dialog.end.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(18, 0)))
    save(dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The event must end after it starts."
    dialog.end.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(22, 30)))
    dialog.timezone.setCurrentText("Nowhere/Land")
    save(dialog)
    assert "not a known time zone" in dialog.error_label.text()
    dialog.timezone.setCurrentText("Asia/Tokyo")
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.DINNER.value))
    dialog.capacity.setValue(12)
    with qtbot.waitSignal(dialog.saved) as signal:
        save(dialog)
    draft = signal.args[0]
    assert draft.start == datetime(2026, 12, 1, 19, 0)
    assert draft.end == datetime(2026, 12, 1, 22, 30)
    assert (draft.timezone, draft.kind, draft.capacity) == ("Asia/Tokyo", EventKind.DINNER, 12)


def test_event_dialog_all_day_and_no_limit(qtbot: QtBot, errors: RecordingErrors) -> None:
    original = EventDraft(
        title="Side day",
        start=datetime(2026, 5, 1),
        end=datetime(2026, 5, 2),
        timezone="Europe/London",
        all_day=True,
        status=EventStatus.ANNOUNCED,
    )
    dialog = EventDialog(errors, original)
    qtbot.addWidget(dialog)
    assert dialog.start.displayFormat() == labels.edit_date_format()  # the locale's, no time
    assert dialog.capacity.text() == "No limit"
    assert dialog.draft() == original
    dialog.all_day.setChecked(False)
    assert dialog.start.displayFormat() == labels.edit_datetime_format()


def test_event_defaults_are_next_week_in_the_users_zone() -> None:
    draft = default_draft(datetime(2026, 11, 21, 10, 0))
    assert draft.start == datetime(2026, 11, 28, 19, 0)
    assert draft.end == datetime(2026, 11, 28, 22, 0)
    assert draft.timezone in zone_names()
    assert system_zone() in zone_names()


def test_organization_dialog(qtbot: QtBot, errors: RecordingErrors) -> None:
    dialog = OrganizationDialog(errors)
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog)
    assert dialog.error_label.text() == "An organization needs a name."
    type_text(qtbot, dialog.name, "Müller & Söhne GmbH")
    dialog.kind.setCurrentIndex(dialog.kind.findData(OrganizationKind.COWORKING.value))
    with qtbot.waitSignal(dialog.saved) as signal:
        save(dialog)
    assert signal.args[0] == OrganizationDraft(
        name="Müller & Söhne GmbH", kind=OrganizationKind.COWORKING
    )


@pytest.mark.parametrize("cancel_key", ["Escape"])
def test_cancel_emits_nothing(qtbot: QtBot, errors: RecordingErrors, cancel_key: str) -> None:
    dialog = OrganizationDialog(errors)
    qtbot.addWidget(dialog)
    dialog.show()
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.buttons.rejected.emit()
    assert saved == []
    assert not dialog.isVisible()


def test_event_dialog_places_the_event_and_points_at_fields_on_other_tabs(
    qtbot: QtBot, errors: RecordingErrors
) -> None:
    from app.services.dto import VenueChoice

    venues = [VenueChoice(4, "Factory", ((7, "Loft"), (8, "Basement"))), VenueChoice(5, "Café", ())]
    dialog = EventDialog(errors, default_draft(datetime(2026, 11, 21)), None, venues)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.title, "Workshop")
    assert not dialog.room.isEnabled()
    dialog.venue.setCurrentIndex(dialog.venue.findData(4))
    assert dialog.room.isEnabled()
    assert dialog.room.count() == 3
    dialog.room.setCurrentIndex(dialog.room.findData(8))
    dialog.core_target.setValue(6)
    dialog.url.setText("not a url")
    save(dialog)
    assert dialog.tabs is not None
    assert dialog.tabs.currentIndex() == 2
    assert "web address" in dialog.error_label.text()
    dialog.url.setText("https://example.org/workshop")
    type_text(qtbot, dialog.agenda, "19:00 doors")
    with qtbot.waitSignal(dialog.saved) as signal:
        save(dialog)
    draft = signal.args[0]
    assert (draft.venue_id, draft.room_id, draft.core_target) == (4, 8, 6)
    assert draft.agenda == "19:00 doors"
    assert draft.url == "https://example.org/workshop"
    again = EventDialog(errors, draft, None, venues)
    qtbot.addWidget(again)
    assert again.draft() == draft
