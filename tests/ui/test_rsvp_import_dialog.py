"""The import dialog with qtbot: detection shown, mapping corrected, merges, cancel, undo."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from app.domain.enums import RsvpResponse
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import Services
from app.services.guestlists import Field, GuestListFormat, UnreadableGuestList
from tests.ui.conftest import FakePrompter, RecordingErrors

from app.ui.context import AppContext
from app.ui.dialogs.guest_import_dialog import MERGE, PREVIEW, SUMMARY, GuestImportDialog

DATA = Path(__file__).resolve().parents[1] / "data" / "guestlists"


@pytest.fixture
def event(services: Services) -> int:
    draft = EventDraft(
        title="Autumn meetup",
        start=datetime(2026, 10, 1, 19),
        end=datetime(2026, 10, 1, 22),
        timezone="Europe/Berlin",
    )
    return services.events.create(draft).item.id


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext, event: int) -> GuestImportDialog:
    widget = GuestImportDialog(ctx, event)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def guests(services: Services, event: int) -> dict[str, Any]:
    return {r.display_name: r for r in services.rsvps.guest_rows(event)}


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_file_is_read_and_what_was_detected_is_shown(
    qtbot: QtBot, dialog: GuestImportDialog, prompter: FakePrompter
) -> None:
    prompter.answers = [DATA / "luma_old_api_id.csv"]
    click(qtbot, dialog.choose_button)
    assert "Luma (old)" in dialog.detected.text()
    assert "encoding UTF-8" in dialog.detected.text()
    assert "delimiter: comma" in dialog.detected.text()
    assert dialog.preview_model.rowCount() == 8
    assert dialog.preview_model.index(0, 1).data() == "Jürgen Groß"
    assert dialog.status.text() == (
        "8 guests ready to import. 2 lines can't be imported (listed below)."
    )
    assert dialog.rejected_list.item(0).text() == (
        "Line 10: “oleg(at)example.ru” is not a valid e-mail address"
    )
    assert dialog.mapping_table.box(1).currentData() == Field.FULL_NAME
    assert dialog.next_button.isEnabled()


def test_the_user_corrects_the_mapping_column_by_column(
    qtbot: QtBot, dialog: GuestImportDialog, ctx: AppContext, event: int, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Name;Kontakt;Plus;Status\n"
        "Jürgen Groß;jg@example.de;1;ja\n"
        "Zoë O'Brien;zoe@example.ie;0;vielleicht\n",
        encoding="utf-8",
    )
    dialog.load(path)
    assert "semicolon" in dialog.detected.text()
    assert dialog.mapping_table.box(1).currentData() is None
    assert dialog.preview_model.index(0, 2).data() == ""
    dialog.mapping_table.choose(1, Field.EMAIL)
    dialog.mapping_table.choose(2, Field.GUESTS)
    assert dialog.preview_model.index(0, 2).data() == "jg@example.de"
    assert dialog.preview_model.index(0, 5).data() == "+1"
    # Taking the names away is refused until a name column is chosen again.
    dialog.mapping_table.choose(0, None)
    assert not dialog.next_button.isEnabled()
    assert dialog.status.text() == "Choose the column that holds the guests' names."
    dialog.mapping_table.choose(0, Field.FULL_NAME)
    assert dialog.next_button.isEnabled()
    click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == SUMMARY
    rows = guests(ctx.services, event)
    assert (rows["Jürgen Groß"].email, rows["Jürgen Groß"].guests) == ("jg@example.de", 1)
    assert rows["Zoë O'Brien"].response is RsvpResponse.MAYBE
    assert "2 new guests" in dialog.summary.headline.text()


def test_a_column_mapped_twice_moves_and_needs_can_gather_columns(
    dialog: GuestImportDialog,
) -> None:
    dialog.load(DATA / "eventbrite_us_bom.csv")
    table = dialog.mapping_table
    header = dialog.preview.table.header if dialog.preview else ()
    diet, allergies = header.index("Dietary restrictions?"), header.index("Any allergies")
    assert table.mapping.columns(Field.DIETARY) == (diet, allergies)
    table.choose(allergies, None)
    assert table.mapping.columns(Field.DIETARY) == (diet,)
    table.choose(allergies, Field.DIETARY)
    assert table.mapping.columns(Field.DIETARY) == (diet, allergies)
    job = header.index("Job Title")
    table.choose(job, Field.ORGANIZATION)
    assert table.mapping.column(Field.ORGANIZATION) == job
    assert table.box(header.index("Company")).currentData() is None


def test_a_forced_format_reads_the_file_again(dialog: GuestImportDialog, tmp_path: Path) -> None:
    renamed = tmp_path / "export.txt"
    shutil.copy(DATA / "meetup_rsvps_tab.xls", renamed)
    dialog.load(renamed)
    index = dialog.format_box.findData(GuestListFormat.MEETUP)
    dialog.format_box.setCurrentIndex(index)
    dialog.format_box.activated.emit(index)
    assert dialog.detected.text().startswith("Detected: chosen by you")
    assert dialog.preview_model.rowCount() == 3


def test_same_name_guests_wait_for_the_users_decision(
    qtbot: QtBot, dialog: GuestImportDialog, ctx: AppContext, event: int
) -> None:
    known = ctx.services.people.create(
        PersonDraft(given_name="Ngozi", family_name="Okonjo-Iweala", emails=("ngozi@example.ng",))
    ).item
    dialog.load(DATA / "meetup_rsvps.csv")
    click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == MERGE
    assert dialog.merge_table.rowCount() == 1
    click(qtbot, dialog.back_button)
    assert dialog.pages.currentIndex() == PREVIEW
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.merge_all)
    assert dialog.merge_table.merges() == {2: known.id}
    click(qtbot, dialog.next_button)
    assert dialog.pages.currentIndex() == SUMMARY
    assert guests(ctx.services, event)["Ngozi Okonjo-Iweala"].person_id == known.id
    assert "merged with someone you know: 1" in dialog.summary.headline.text()
    assert dialog.summary.rejected.count() == 2


def test_import_is_one_undo_step_and_redo_brings_it_back(
    qtbot: QtBot, dialog: GuestImportDialog, ctx: AppContext, event: int
) -> None:
    people = ctx.services.people.count()
    dialog.load(DATA / "hievents_attendees.csv")
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog.next_button)
    assert len(guests(ctx.services, event)) == 6
    assert ctx.undo_stack.undoText() == "Import hievents_attendees.csv"
    ctx.undo_stack.undo()
    assert guests(ctx.services, event) == {}
    assert ctx.services.people.count() == people
    ctx.undo_stack.redo()
    assert len(guests(ctx.services, event)) == 6
    click(qtbot, dialog.next_button)
    assert not dialog.isVisible()


def test_cancel_during_the_import_changes_nothing(
    qtbot: QtBot,
    dialog: GuestImportDialog,
    ctx: AppContext,
    event: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.load(DATA / "luma_old_api_id.csv")
    service = ctx.services.guest_import
    original = service.run

    def pressed_cancel(request: Any, **kwargs: Any) -> Any:
        assert dialog.progress is not None
        dialog.progress.canceled.emit()  # what its Cancel button does, while the job runs
        return original(request, **kwargs)

    monkeypatch.setattr(service, "run", pressed_cancel)
    click(qtbot, dialog.next_button)
    assert dialog.status.text() == "Cancelled: nothing was changed."
    assert dialog.pages.currentIndex() == PREVIEW
    assert guests(ctx.services, event) == {}
    assert ctx.undo_stack.count() == 0


def test_an_unreadable_file_gets_one_clear_message(
    dialog: GuestImportDialog, errors: RecordingErrors
) -> None:
    dialog.load(DATA / "broken_quoting.csv")
    (error,) = errors.shown
    assert isinstance(error, UnreadableGuestList)
    assert dialog.status.text() == (
        "“broken_quoting.csv” can't be read as a guest list: a quoted value is never closed "
        '(a stray “"”?) (line 3).'
    )
    assert not dialog.next_button.isEnabled()


def test_the_preview_model_passes_the_model_tester(
    qtmodeltester: ModelTester, dialog: GuestImportDialog
) -> None:
    dialog.load(DATA / "luma_new_guest_id.csv")
    qtmodeltester.check(dialog.preview_model, force_py=True)


def test_a_full_event_shows_who_will_wait_and_offers_to_let_everyone_in(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    draft = EventDraft(
        title="Small dinner",
        start=datetime(2026, 10, 1, 19),
        end=datetime(2026, 10, 1, 22),
        timezone="Europe/Berlin",
        capacity=2,
    )
    event = ctx.services.events.create(draft).item.id
    path = tmp_path / "dinner.csv"
    path.write_text(
        "Name,Email,RSVP\n" + "".join(f"Guest {n},guest{n}@example.org,yes\n" for n in range(5)),
        encoding="utf-8",
    )
    for let_in in (False, True):
        dialog = GuestImportDialog(ctx, event)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.load(path)
        click(qtbot, dialog.next_button)
        assert dialog.pages.currentIndex() == MERGE
        choice = dialog.capacity_choice
        assert choice.isVisible()
        assert not dialog.merge_part.isVisible()
        assert choice.explain.text() == (
            "The event is full (capacity 2): 3 guests marked going will join the waitlist, "
            "in the file's order."
        )
        assert not choice.let_in.isChecked()
        choice.let_in.setChecked(let_in)
        click(qtbot, dialog.next_button)
        assert dialog.pages.currentIndex() == SUMMARY
        headline = dialog.summary.headline.text()
        counts = ctx.services.rsvps.counts(event)
        if not let_in:
            assert "3 guests marked going joined the waitlist" in headline
            assert (counts.going, counts.waitlisted, counts.over_capacity) == (2, 3, 0)
            ctx.undo_stack.undo()  # the import is one undo step
            assert guests(ctx.services, event) == {}
        else:
            assert "3 guests marked going were let in beyond capacity" in headline
            assert (counts.going, counts.waitlisted, counts.over_capacity) == (5, 0, 3)
