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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.paths import resource_path

from app.ui.context import AppContext
from app.ui.database_opener import DatabaseOpener
from app.ui.errors import ErrorPresenter, install_excepthook
from app.ui.i18n import install_translators
from app.ui.jobs import JobRunner
from app.ui.main_window import MainWindow
from app.ui.prompts import Prompter
from app.ui.settings import LANGUAGE, THEME, AppSettings
from app.ui.theme import apply_theme

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("application", text)


def configure_application(app: QCoreApplication) -> None:
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("convivio.org")
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setDesktopFileName(APP_ID)
        fallback = QIcon(str(resource_path("icons", f"{APP_ID}.svg")))
        app.setWindowIcon(QIcon.fromTheme(APP_ID, fallback))


STARTUP_REPORT_ENV = "CONVIVIO_STARTUP_REPORT"


def _report_startup(window: MainWindow) -> None:
    """For the start-up benchmark: print when the window was shown and idle, and when its first
    section had loaded, as wall-clock instants the benchmark compares with its spawn time."""

    def say(stage: str) -> None:
        sys.stderr.write(f"startup {stage} {time.time():.6f}\n")
        sys.stderr.flush()

    QTimer.singleShot(0, lambda: say("shown"))
    window.ready.connect(lambda: say("loaded"))


def run_gui(
    args: argparse.Namespace, when_ready: Callable[[MainWindow], None] | None = None
) -> int:
    """Run the app until the user quits. `when_ready` is called once the window shows its
    data (the screenshot script stages a view with it)."""
    app = QApplication(sys.argv[:1])
    configure_application(app)
    settings = AppSettings()
    # Before any window exists: the language (and with it the locale) is chosen once.
    install_translators(app, settings.get(LANGUAGE))
    apply_theme(app, settings.get(THEME))
    errors = ErrorPresenter()
    install_excepthook(errors)
    prompter = Prompter()
    ctx = AppContext(None, settings=settings, prompter=prompter, errors=errors, runner=JobRunner())
    window = MainWindow(ctx, build_after_paint=True)
    window.assist.offer_welcome = True
    prompter.set_parent(window)
    opener = DatabaseOpener(ctx, window)
    opener.gave_up.connect(app.quit)
    if args.quit_when_ready:
        window.ready.connect(lambda: QTimer.singleShot(0, app.quit))
    if when_ready is not None:
        window.ready.connect(lambda: when_ready(window))
    if os.environ.get(STARTUP_REPORT_ENV):
        _report_startup(window)
    window.show()
    # Open after the first paint: the worker's imports would otherwise delay it.
    QTimer.singleShot(0, lambda: opener.open(args.db or ""))
    status = app.exec()
    ctx.runner.wait()
    if ctx.has_database:
        ctx.services.db.close()
    return int(status) if ctx.has_database else 1
