"""Calendar Invites dialog, the organizer prompt, the after-edit offer, the feed dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from app.domain.enums import EventStatus
from app.exporters.ics import COMBINED_NAME, Method, check_calendar, check_versions
from app.services.changes import Changes
from app.services.dto import Edited
from app.services.invite_dto import InviteMode, InviteRequest
from tests.ui.conftest import FakePrompter, type_text
from tests.unit.invites.invites_test_helpers import World, make_world

from app.ui.context import AppContext
from app.ui.dialogs.calendar_feed_dialog import CalendarFeedDialog
from app.ui.dialogs.invite_offer import offer_updates
from app.ui.dialogs.invites_dialog import InvitesDialog
from app.ui.event_page import EventOverview
from app.ui.jobs import ImmediateJobRunner, Job
from app.ui.models.invite_rows import InvitePlanModel


@pytest.fixture
def world(ctx: AppContext, tmp_path: Path) -> World:
    return make_world(ctx.services, tmp_path / "out")


def dialog_for(qtbot: QtBot, ctx: AppContext, world: World, **kwargs: object) -> InvitesDialog:
    dialog = InvitesDialog(ctx, world.event_id, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_writes_the_files_and_shows_the_summary(
    qtbot: QtBot, ctx: AppContext, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dialog_for(qtbot, ctx, world)
    assert dialog.mode() is InviteMode.ALL
    assert dialog.radios[InviteMode.ALL].text() == "Invitations to everyone invited (4)"
    assert dialog.radios[InviteMode.CANCEL].text() == "Cancellation (0)"
    assert dialog.model.rowCount() == 7  # four recipients, three skipped with a reason
    assert "4 guests get a file" in dialog.counts.text()
    assert "1 on the waitlist" in dialog.counts.text()
    folder = world.out / "invites"
    dialog.set_folder(folder)
    dialog.options.eml.setChecked(True)
    dialog.options.reminder.setChecked(True)
    with qtbot.waitSignal(dialog.exported) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = exported.args[0]
    assert len(result.written.files) == 9  # 4 .ics + 4 .eml + all.ics
    data = (folder / COMBINED_NAME).read_bytes()
    assert check_calendar(data, method=Method.REQUEST) == []
    assert b"BEGIN:VALARM" in data
    assert dialog.status.text().startswith("Wrote 4 invitations (9 files including all.ics)")
    assert "Skipped 3:" in dialog.status.text()
    assert dialog.radios[InviteMode.UPDATES].text().endswith("(0)")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert dialog.open_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(folder)]


class CancellingRunner(ImmediateJobRunner):
    """The user presses Cancel in the progress dialog before the work gets going."""

    def __init__(self, dialog: InvitesDialog | None = None) -> None:
        super().__init__()
        self.dialog = dialog

    def start(self, job: Job) -> Job:
        assert self.dialog is not None
        assert self.dialog.progress is not None
        self.dialog.progress.canceled.emit()
        return super().start(job)


def test_cancel_writes_and_records_nothing(qtbot: QtBot, ctx: AppContext, world: World) -> None:
    runner = CancellingRunner()
    ctx.runner = runner
    dialog = dialog_for(qtbot, ctx, world)
    runner.dialog = dialog
    dialog.set_folder(world.out / "cancelled")
    dialog.export()
    assert dialog.status.text() == "Cancelled: no file was written."
    assert list(world.out.rglob("*")) == []
    assert ctx.services.invites.summary(world.event_id).holders == 0
    assert dialog.export_button.isEnabled()


def test_without_an_organizer_the_dialog_asks_then_exports(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    world = make_world(ctx.services, tmp_path / "out", organizer=False)
    dialog = dialog_for(qtbot, ctx, world)
    dialog.set_folder(tmp_path / "first")
    assert dialog.export() is None
    asked = dialog.organizer_dialog
    assert asked is not None
    assert asked.isVisible()
    save = asked.buttons.button(asked.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert asked.error_label.isVisibleTo(asked)  # the address is required
    type_text(qtbot, asked.name, "Anna Schmidt")
    type_text(qtbot, asked.email, "anna@example.org")
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert ctx.services.settings.get().organizer_email == "anna@example.org"
    assert (tmp_path / "first" / COMBINED_NAME).exists()
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Set the organizer"
    ctx.undo_stack.undo()
    assert ctx.services.settings.get().organizer_email == ""
    ctx.undo_stack.redo()
    assert ctx.services.settings.get().organizer_email == "anna@example.org"


def test_offer_updates_asks_after_a_move_and_opens_the_dialog_preselected(
    qtbot: QtBot, ctx: AppContext, world: World, prompter: FakePrompter
) -> None:
    event = world.event
    unchanged = ctx.services.events.update(world.event_id, event.to_draft(), event.version)
    assert offer_updates(ctx, unchanged) is None  # nothing that calendars show changed
    moved = Edited(event, world.move(), unchanged.changes)
    assert offer_updates(ctx, moved) is None
    assert prompter.asked == []  # no invitation was ever sent: nothing to ask
    ctx.services.invites.export(InviteRequest(world.event_id, InviteMode.ALL, world.out / "v"))
    before = world.event
    edited = Edited(before, world.move(), unchanged.changes)
    prompter.answers = [False]
    assert offer_updates(ctx, edited) is None
    prompter.answers = [True]
    dialog = offer_updates(ctx, edited)
    assert dialog is not None
    qtbot.addWidget(dialog)
    kind, text = prompter.asked[-1]
    assert kind == "confirm"
    assert "You changed the time, date or place of “Abendessen" in text
    assert "4 guests have an invitation with the old details" in text
    assert dialog.isVisible()
    assert dialog.mode() is InviteMode.UPDATES
    assert dialog.plan is not None
    assert len(dialog.plan.recipients) == 4


def test_offer_updates_offers_cancellations_for_a_cancelled_event(
    qtbot: QtBot, ctx: AppContext, world: World, prompter: FakePrompter
) -> None:
    ctx.services.invites.export(InviteRequest(world.event_id, InviteMode.ALL, world.out / "v"))
    edited = ctx.services.events.set_status(world.event_id, EventStatus.CANCELLED)
    prompter.answers = [True]
    dialog = offer_updates(ctx, edited)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "is cancelled. 4 guests received a calendar invitation" in prompter.asked[-1][1]
    assert dialog.mode() is InviteMode.CANCEL
    assert not dialog.radios[InviteMode.ALL].isEnabled()
    assert dialog.plan is not None
    assert dialog.plan.method is Method.CANCEL
    dialog.set_folder(world.out / "cancel")
    with qtbot.waitSignal(dialog.exported):
        dialog.export()
    data = (world.out / "cancel" / COMBINED_NAME).read_bytes()
    assert check_calendar(data, method=Method.CANCEL) == []
    assert b"STATUS:CANCELLED" in data


def test_the_add_to_calendar_file_is_saved_where_asked(
    qtbot: QtBot, ctx: AppContext, world: World, prompter: FakePrompter
) -> None:
    dialog = dialog_for(qtbot, ctx, world)
    prompter.answers = [world.out / "dinner"]
    written = dialog.save_add_to_calendar()
    assert written == world.out / "dinner.ics"
    assert check_calendar(written.read_bytes(), method=Method.PUBLISH) == []
    assert b"ATTENDEE" not in written.read_bytes()
    prompter.answers = [None]
    assert dialog.save_add_to_calendar() is None


def test_the_feed_dialog_writes_the_feed(qtbot: QtBot, ctx: AppContext, world: World) -> None:
    dialog = CalendarFeedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.public_only.setChecked(False)
    dialog.set_path(world.out / "feed")
    with qtbot.waitSignal(dialog.exported) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert exported.args[0].events == 1
    data = (world.out / "feed.ics").read_bytes()
    assert check_calendar(data, method=Method.PUBLISH) == []
    assert dialog.status.text() == f"Wrote 1 event to {world.out / 'feed.ics'}."
    dialog.public_only.setChecked(True)  # the dinner is a draft: nothing public yet
    dialog.export()
    assert "no public, announced events" in dialog.status.text()


def test_the_event_page_asks_for_calendar_invites(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    overview = EventOverview(ctx)
    qtbot.addWidget(overview)
    overview.show_event(world.event)
    with qtbot.waitSignal(overview.invites_requested) as asked:
        qtbot.mouseClick(overview.invites_button, Qt.MouseButton.LeftButton)
    assert asked.args == [world.event_id]
    overview.show_event(None)
    assert not overview.invites_button.isEnabled()


def test_the_plan_model_passes_the_model_tester(
    qtmodeltester: object, ctx: AppContext, world: World
) -> None:
    model = InvitePlanModel()
    model.set_plan(ctx.services.invites.plan(world.event_id, InviteMode.ALL))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 7


def test_invite_move_update_cancel_from_the_dialogs_keeps_calendars_in_step(
    qtbot: QtBot, ctx: AppContext, world: World, prompter: FakePrompter
) -> None:
    def run(dialog: InvitesDialog, name: str) -> bytes:
        dialog.set_folder(world.out / name)
        with qtbot.waitSignal(dialog.exported):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        data = (world.out / name / COMBINED_NAME).read_bytes()
        assert check_calendar(data) == []
        return data

    first = run(dialog_for(qtbot, ctx, world), "v0")
    before = world.event
    prompter.answers = [True]
    update = offer_updates(ctx, Edited(before, world.move(), Changes()))
    assert update is not None
    qtbot.addWidget(update)
    second = run(update, "v1")
    cancelled = ctx.services.events.set_status(world.event_id, EventStatus.CANCELLED)
    prompter.answers = [True]
    cancel = offer_updates(ctx, cancelled)
    assert cancel is not None
    qtbot.addWidget(cancel)
    third = run(cancel, "v2")
    assert b"METHOD:REQUEST" in first
    assert b"SEQUENCE:1" in second
    assert b"METHOD:CANCEL" in third
    assert check_versions(first, second) == []
    assert check_versions(second, third) == []
    assert check_versions(first, third) == []
