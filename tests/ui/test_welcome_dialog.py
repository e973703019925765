"""The first-run welcome: when it shows, the demo database, import, start empty, keyboard."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.errors import StorageUnavailable
from app.domain.events import EventDraft
from app.domain.people import PersonDraft
from app.services.container import open_services
from tests.ui.conftest import FakePrompter, RecordingErrors

from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.jobs import ImmediateJobRunner, Job, JobRunner
from app.ui.settings import AppSettings
from app.ui.welcome import (
    DEMO_FILENAME,
    WelcomeDialog,
    default_demo_path,
    make_demo_database,
    welcome_wanted,
)


class HeldJobRunner(JobRunner):
    """Keeps the job until the test runs it, to look at the dialog while it works."""

    def __init__(self) -> None:
        self.held: list[Job] = []

    def start(self, job: Job) -> Job:
        self.held.append(job)
        return job


def open_welcome(qtbot: QtBot, ctx: AppContext, demo: Path) -> WelcomeDialog:
    dialog = WelcomeDialog(ctx, demo_path=demo)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def people_in(path: Path) -> int:
    services = open_services(str(path))
    try:
        return services.people.count()
    finally:
        services.db.close()


def test_it_is_wanted_only_for_an_empty_database_until_turned_off(ctx: AppContext) -> None:
    assert welcome_wanted(ctx)
    ctx.settings.set(keys.WELCOME_DISMISSED, True)
    assert not welcome_wanted(ctx)


def test_people_or_events_mean_it_is_not_wanted(ctx: AppContext) -> None:
    ctx.services.people.create(PersonDraft(given_name="Ada", family_name="Lovelace"))
    assert not welcome_wanted(ctx)


def test_an_event_alone_means_it_is_not_wanted(ctx: AppContext) -> None:
    start = datetime(2030, 5, 1, 19, 0)
    ctx.services.events.create(
        EventDraft(title="Supper", start=start, end=start.replace(hour=22), timezone="UTC")
    )
    assert not welcome_wanted(ctx)


def test_no_database_means_no_welcome(
    settings: AppSettings, prompter: FakePrompter, errors: RecordingErrors
) -> None:
    ctx = AppContext(
        None, settings=settings, prompter=prompter, errors=errors, runner=ImmediateJobRunner()
    )
    assert not welcome_wanted(ctx)


def test_the_demo_goes_next_to_the_default_database() -> None:
    path = default_demo_path()
    assert path.name == DEMO_FILENAME
    assert path.parent.name == "Convivio"  # the user data folder (isolated by tests/conftest)


def test_the_demo_is_made_in_its_own_file_then_opened(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    demo = tmp_path / "demo" / DEMO_FILENAME
    dialog = open_welcome(qtbot, ctx, demo)
    with qtbot.waitSignal(dialog.open_database_requested) as signal:
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(demo)]
    assert people_in(demo) > 0
    assert ctx.services.people.count() == 0  # the user's own database is untouched
    assert not dialog.isVisible()


def test_an_existing_demo_is_opened_as_it_is(tmp_path: Path) -> None:
    demo = tmp_path / DEMO_FILENAME
    make = make_demo_database(demo)
    assert make(lambda _done, _total: None, lambda: False) == str(demo)
    first = people_in(demo)
    make(lambda _done, _total: None, lambda: False)
    assert people_in(demo) == first  # not filled twice


def test_while_the_demo_is_made_the_choices_wait_and_escape_cancels(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    runner = HeldJobRunner()
    ctx.runner = runner
    demo = tmp_path / DEMO_FILENAME
    dialog = open_welcome(qtbot, ctx, demo)
    dialog.demo_button.click()
    assert dialog.busy
    assert not dialog.demo_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    assert dialog.progress_bar.isVisible()
    qtbot.waitUntil(dialog.cancel_button.hasFocus)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape cancels the work first
    (job,) = runner.held
    assert job.is_cancelled()
    with qtbot.assertNotEmitted(dialog.open_database_requested):
        job.run()
    assert not dialog.busy
    assert dialog.demo_button.isEnabled()
    assert not dialog.progress_bar.isVisible()
    assert people_in(demo) == 0  # nothing half-made: the next try fills it


def test_a_failed_demo_is_reported_and_the_choices_come_back(
    qtbot: QtBot, ctx: AppContext, errors: RecordingErrors, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = open_welcome(qtbot, ctx, blocker / DEMO_FILENAME)
    dialog.demo_button.click()
    assert len(errors.shown) == 1
    assert isinstance(errors.shown[0], StorageUnavailable)
    assert dialog.isVisible()
    assert dialog.demo_button.isEnabled()


def test_import_asks_the_window_and_closes(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_welcome(qtbot, ctx, tmp_path / DEMO_FILENAME)
    dialog.import_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.import_button.hasFocus)
    with qtbot.waitSignal(dialog.import_requested):
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert not ctx.settings.get(keys.WELCOME_DISMISSED)


def test_start_empty_closes_and_shows_again_next_time(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = open_welcome(qtbot, ctx, tmp_path / DEMO_FILENAME)
    dialog.empty_button.click()
    assert not dialog.isVisible()
    assert welcome_wanted(ctx)


def test_dont_show_again_is_kept_however_it_closes(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = open_welcome(qtbot, ctx, tmp_path / DEMO_FILENAME)
    dialog.dont_show.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert ctx.settings.get(keys.WELCOME_DISMISSED)
    assert not welcome_wanted(ctx)


def test_the_guide_is_one_button_away(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_welcome(qtbot, ctx, tmp_path / DEMO_FILENAME)
    with qtbot.waitSignal(dialog.guide_requested):
        dialog.guide_button.click()
    assert dialog.isVisible()


def test_tab_visits_every_choice_in_order(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = open_welcome(qtbot, ctx, tmp_path / DEMO_FILENAME)
    qtbot.waitUntil(dialog.demo_button.hasFocus)  # the first choice has the focus at once
    order = [dialog.import_button, dialog.empty_button, dialog.guide_button, dialog.dont_show]
    for expected in order:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    for button in (dialog.demo_button, dialog.import_button, dialog.empty_button):
        assert button.accessibleDescription()


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_pictures_follow_the_palette(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, theme: str
) -> None:
    from app.ui.theme import dark_palette, light_palette

    dialog = open_welcome(qtbot, ctx, tmp_path / DEMO_FILENAME)
    before = dialog.demo_button.icon().cacheKey()
    dialog.setPalette(dark_palette() if theme == "dark" else light_palette())
    assert dialog.demo_button.icon().cacheKey() != before
