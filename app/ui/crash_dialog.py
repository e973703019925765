"""The window for bugs: says sorry in plain words, with a report ready to copy."""

from __future__ import annotations

import platform
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import __version__

from app.ui.focus import buttons_last


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
