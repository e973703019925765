"""The one place that turns exceptions into what users see.

Domain errors are plain warnings in the user's words; environment problems say what to do and
offer details; anything else is a bug and opens the crash dialog with a copyable report.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.domain.errors import DomainError, EnvironmentProblem, ValidationError

from app.ui.focus import buttons_last
from app.ui.messages import error_text

log = logging.getLogger(__name__)
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def crash_report(exc: BaseException) -> str:
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    header = (
        f"Convivio {__version__}\nPython {platform.python_version()} on {platform.platform()}\n"
    )
    return header + "\n" + "".join(lines)


class CrashDialog(QDialog):
    """Shown for bugs: says sorry in plain words, with the report ready to copy."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Convivio ran into a problem"))
        self.report = report
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Something went wrong inside Convivio. Your saved data is safe; the action you "
                "were doing may not have finished. Please copy the report below and send it to "
                "the developers."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 240)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(_tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons_last(self, buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


class ErrorPresenter:
    """Shows errors to the user. Tests replace it with a recorder."""

    def present(self, exc: BaseException, parent: QWidget | None = None) -> None:
        if QGuiApplication.platformName() in HEADLESS_PLATFORMS:
            # Nobody can click a modal box on a headless run (smoke tests, benchmarks):
            # log it so the run fails visibly instead of hanging.
            log.error("%s", exc, exc_info=(type(exc), exc, exc.__traceback__))
            return
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
