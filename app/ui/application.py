"""Start the GUI: the window first, then the database in a worker, with a way out on failure.

The window appears before SQLAlchemy is even imported (that import alone takes longer than
showing a Qt window), so the user sees Convivio at once and "Opening database…" while the
database is opened, checked, backed up or upgraded off the main thread.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.domain.errors import EnvironmentProblem

from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.errors import ErrorPresenter, install_excepthook
from app.ui.jobs import Job, JobRunner
from app.ui.main_window import MainWindow
from app.ui.prompts import Prompter
from app.ui.settings import AppSettings

if TYPE_CHECKING:
    from app.services.container import Services

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("application", text)


def configure_locale() -> None:
    """Dates and numbers follow the user's locale; a bare "C" locale reads as US English."""
    if QLocale.system().name() in ("C", "POSIX"):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("convivio.org")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setDesktopFileName(APP_ID)


def open_services(target: str) -> Services:
    """Runs in a worker thread: the data layer is imported there, after the window is up."""
    from app.services.container import open_services as open_in_worker

    return open_in_worker(target)


class DatabaseOpener(QObject):
    """Opens databases off the main thread and hands them to the window.

    Signals:
        gave_up(): the start-up database could not be opened and the user chose no other.
    """

    gave_up = Signal()

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._job: Job | None = None
        window.database_requested.connect(self._on_window_database_requested)

    def open(self, target: str, *, create: bool = False) -> None:
        if create and Path(target).exists():
            self.ctx.prompter.inform(
                _tr("New database"),
                _tr("%1 already exists. Choose Open Database to use it.").replace("%1", target),
            )
            return
        job = Job(lambda _progress, _cancelled: open_services(target), name="open database")
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(lambda error: self._on_job_failed(error, target))
        self._job = job
        self.window.statusBar().showMessage(_tr("Opening %1…").replace("%1", target or ""))
        self.ctx.runner.start(job)

    def _on_window_database_requested(self, path: str, create: bool) -> None:
        self.open(path, create=create)

    def _on_job_finished(self, services: Services) -> None:
        self.window.statusBar().clearMessage()
        path = services.db.sqlite_path
        if path is not None:
            self.ctx.settings.set(keys.LAST_DIRECTORY, str(path.parent))
        self.ctx.settings.add_recent_database(services.db.url)
        self.ctx.switch_database(services)

    def _on_job_failed(self, error: BaseException, target: str) -> None:
        self.window.statusBar().clearMessage()
        self.ctx.errors.present(error, self.window)
        if self.ctx.has_database or not isinstance(error, EnvironmentProblem):
            if not self.ctx.has_database:
                self.gave_up.emit()
            return
        # Nothing is open yet: offer another file instead of an empty window.
        path = self.ctx.prompter.choose_open_path(
            _tr("Choose a Convivio database"),
            str(Path(target).parent if target else Path.home()),
            _tr("Convivio databases (*.sqlite3 *.db);;All files (*)"),
        )
        if path is None:
            self.gave_up.emit()
        else:
            self.open(str(path))


STARTUP_REPORT_ENV = "CONVIVIO_STARTUP_REPORT"


def _report_startup(window: MainWindow) -> None:
    """For the start-up benchmark: print when the window was shown and idle, and when its first
    section had loaded, as wall-clock instants the benchmark compares with its spawn time."""

    def say(stage: str) -> None:
        sys.stderr.write(f"startup {stage} {time.time():.6f}\n")
        sys.stderr.flush()

    QTimer.singleShot(0, lambda: say("shown"))
    window.ready.connect(lambda: say("loaded"))


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    configure_locale()
    errors = ErrorPresenter()
    install_excepthook(errors)
    prompter = Prompter()
    ctx = AppContext(
        None, settings=AppSettings(), prompter=prompter, errors=errors, runner=JobRunner()
    )
    window = MainWindow(ctx)
    prompter.set_parent(window)
    opener = DatabaseOpener(ctx, window)
    opener.gave_up.connect(app.quit)
    if args.quit_when_ready:
        window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
    if os.environ.get(STARTUP_REPORT_ENV):
        _report_startup(window)
    window.show()
    opener.open(args.db or "")
    status = app.exec()
    ctx.runner.wait()
    if ctx.has_database:
        ctx.services.db.close()
    return int(status) if ctx.has_database else 1
