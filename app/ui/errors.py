"""The one place that turns exceptions into what users see.

Domain errors are plain warnings in the user's words; environment problems say what to do and
offer details; anything else is a bug and opens the crash dialog with a copyable report.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.domain.errors import DomainError, EnvironmentProblem, ValidationError

from app.ui.messages import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


class ErrorPresenter:
    """Shows errors to the user. Tests replace it with a recorder."""

    def present(self, exc: BaseException, parent: QWidget | None = None) -> None:
        if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
            # Nobody can click a modal box on a headless run (smoke tests, benchmarks):
            # log it so the run fails visibly instead of hanging.
            log.error("%s", exc, exc_info=(type(exc), exc, exc.__traceback__))
            return
        # Message boxes and the crash dialog load when first needed: not on the start-up path.
        from PySide6.QtWidgets import QMessageBox

        from app.ui.crash_dialog import CrashDialog, crash_report

        if isinstance(exc, ValidationError | DomainError):
            QMessageBox.warning(parent, _tr("Convivio"), error_text(exc))
        elif isinstance(exc, EnvironmentProblem):
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                _tr("Convivio"),
                error_text(exc),
                QMessageBox.StandardButton.Ok,
                parent,
            )
            if exc.details:
                box.setDetailedText(exc.details)
            box.exec()
        else:
            log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
            dialog = CrashDialog(crash_report(exc), parent)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.exec()


def install_excepthook(presenter: ErrorPresenter) -> None:
    """Bugs raised in slots end up in the crash dialog instead of a silent console trace."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("uncaught exception", exc_info=(kind, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        presenter.present(exc, QApplication.activeWindow())

    sys.excepthook = hook
