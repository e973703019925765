"""Import Calendar Replies: load or drop files, see each verdict, import as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QMimeData, Qt, QUrl

from app.domain.enums import RsvpResponse
from app.services.invite_dto import InviteMode, InviteRequest
from tests.ui.drag_events import drag_enter, drop_event
from tests.unit.invites.invites_test_helpers import World, make_world, reply_from, write

from app.ui.context import AppContext
from app.ui.dialogs.replies_dialog import RepliesDialog
from app.ui.models.invite_rows import ReplyRowsModel

DATA = Path(__file__).resolve().parents[1] / "data" / "ics"


@pytest.fixture
def world(ctx: AppContext, tmp_path: Path) -> World:
    return make_world(ctx.services, tmp_path / "out")


@pytest.fixture
def replies(ctx: AppContext, world: World) -> list[Path]:
    """Jürgen declines, Ana accepts (the event is full), plus a file from elsewhere."""
    sent = ctx.services.invites.export(
        InviteRequest(world.event_id, InviteMode.ALL, world.out / "v0")
    )

    def answer(prefix: str, partstat: str) -> Path:
        invite = next(p for p in sent.written.files if p.name.startswith(prefix)).read_bytes()
        return write(world.out / "in", f"{prefix}.ics", reply_from(invite, partstat))

    return [answer("Jürgen", "DECLINED"), answer("Ana", "ACCEPTED"), DATA / "bad_foreign_uid.ics"]


def dialog_for(qtbot: QtBot, ctx: AppContext) -> RepliesDialog:
    dialog = RepliesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_loading_shows_each_file_and_import_is_one_undo_step(
    qtbot: QtBot, ctx: AppContext, world: World, replies: list[Path]
) -> None:
    dialog = dialog_for(qtbot, ctx)
    dialog.load(replies)
    model = dialog.model
    assert model.rowCount() == 3
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert rows[0][:2] == ["Jürgen.ics", "Declined"]
    assert rows[0][2] == "Jürgen Müller <juergen@example.de>"
    # Ana asks before Jürgen's seat is free (file order): she joins the waitlist.
    assert rows[1][:2] == ["Ana.ics", "Waitlist (the event is full)"]
    assert rows[2][:2] == ["bad_foreign_uid.ics", "Rejected"]
    assert "did not send" in rows[2][4]
    assert "did not send" in dialog.details.text()  # the first problem is selected
    assert "2 replies can be imported" in dialog.summary.text()
    assert "1 guest going joins the waitlist" in dialog.summary.text()
    assert world.response("juergen") is RsvpResponse.GOING  # checking changed nothing
    assert dialog.import_button.text() == "Import 2 Replies"
    with qtbot.waitSignal(dialog.imported) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert len(result.changed) == 2
    assert len(result.rejected) == 1
    assert world.response("juergen") is RsvpResponse.DECLINED
    assert world.response("ana") is RsvpResponse.WAITLISTED
    assert ctx.services.rsvps.get(world.rsvp["wendy"]).offered  # Jürgen's seat: next in line
    assert "Imported: 2 guests' answers changed." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Import 2 calendar replies"
    ctx.undo_stack.undo()
    assert world.response("juergen") is RsvpResponse.GOING
    assert world.response("ana") is RsvpResponse.INVITED
    assert not ctx.services.rsvps.get(world.rsvp["wendy"]).offered
    ctx.undo_stack.redo()
    assert world.response("juergen") is RsvpResponse.DECLINED
    assert world.response("ana") is RsvpResponse.WAITLISTED


def test_dropped_files_are_loaded(
    qtbot: QtBot, ctx: AppContext, world: World, replies: list[Path]
) -> None:
    dialog = dialog_for(qtbot, ctx)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in replies[:2]])
    enter = drag_enter(dialog.rect().center(), Qt.DropAction.CopyAction, data)
    dialog.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = drop_event(dialog.rect().center(), Qt.DropAction.CopyAction, data)
    dialog.dropEvent(drop)
    assert dialog.paths == replies[:2]
    assert dialog.model.rowCount() == 2
    dialog.load(replies[:1])  # the same file twice counts once
    assert dialog.model.rowCount() == 2
    text_only = QMimeData()
    text_only.setText("not a file")
    refused = drag_enter(dialog.rect().center(), Qt.DropAction.CopyAction, text_only)
    dialog.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_nothing_acceptable_means_nothing_to_import(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    dialog = dialog_for(qtbot, ctx)
    dialog.load([DATA / "not_a_calendar.txt", world.out / "missing.ics"])
    assert not dialog.import_button.isEnabled()
    assert dialog.import_replies() is None
    assert "2 files are rejected" in dialog.summary.text()
    assert ctx.undo_stack.count() == 0
    dialog.clear()
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "No files yet."


def test_the_reply_model_passes_the_model_tester(
    qtmodeltester: object, ctx: AppContext, world: World, replies: list[Path]
) -> None:
    model = ReplyRowsModel()
    model.set_checks(ctx.services.invites.check_replies(replies))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3


def test_an_imported_batch_then_new_files_start_afresh(
    qtbot: QtBot, ctx: AppContext, world: World, replies: list[Path]
) -> None:
    dialog = dialog_for(qtbot, ctx)
    dialog.load(replies[:1])
    dialog.import_replies()
    assert dialog.last_import is not None
    dialog.load(replies[1:2])
    assert dialog.paths == replies[1:2]
    assert dialog.import_button.isEnabled()
