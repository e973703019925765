from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.domain.people import PersonDraft
from app.services.container import open_services
from app.services.maintenance import backup_now
from tests.ui.conftest import FakePrompter, RecordingErrors

from app.ui.context import AppContext
from app.ui.database_opener import DatabaseOpener
from app.ui.jobs import ImmediateJobRunner
from app.ui.main_window import MainWindow
from app.ui.settings import AppSettings


def _window(
    qtbot: QtBot, settings: AppSettings, prompter: FakePrompter, errors: RecordingErrors
) -> tuple[MainWindow, AppContext, DatabaseOpener]:
    ctx = AppContext(
        None, settings=settings, prompter=prompter, errors=errors, runner=ImmediateJobRunner()
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window, ctx, DatabaseOpener(ctx, window)


def test_restore_from_backup_brings_back_the_earlier_data(
    qtbot: QtBot,
    tmp_path: Path,
    settings: AppSettings,
    prompter: FakePrompter,
    errors: RecordingErrors,
) -> None:
    path = tmp_path / "solo.sqlite3"
    window, ctx, opener = _window(qtbot, settings, prompter, errors)
    opener.open(str(path))
    ctx.services.people.create(PersonDraft(given_name="Before the backup"))
    backup_now(ctx.services)
    ctx.services.people.create(PersonDraft(given_name="After the backup"))
    window.actions_.file_restore.trigger()
    dialog = opener.restore_dialog
    assert dialog is not None
    assert dialog.list.count() == 2  # the one taken on open and the one just made
    prompter.answers = [True]
    dialog.restore_button.click()
    assert ctx.has_database
    assert [p.display_name for p in ctx.services.people.list_rows()] == ["Before the backup"]
    assert errors.shown == []
    ctx.services.db.close()


def test_a_damaged_file_offers_the_newest_backup(
    qtbot: QtBot,
    tmp_path: Path,
    settings: AppSettings,
    prompter: FakePrompter,
    errors: RecordingErrors,
) -> None:
    path = tmp_path / "solo.sqlite3"
    services = open_services(str(path))
    services.people.create(PersonDraft(given_name="Safe"))
    backup_now(services)
    services.db.close()
    data = bytearray(path.read_bytes())
    data[4096:4300] = b"\x00\xff" * 102
    path.write_bytes(bytes(data))
    _unused, ctx, opener = _window(qtbot, settings, prompter, errors)
    prompter.answers = [True]
    opener.open(str(path))
    assert "is damaged" in prompter.asked[0][1]
    assert ctx.has_database
    assert [p.display_name for p in ctx.services.people.list_rows()] == ["Safe"]
    ctx.services.db.close()
