"""Questions to the user behind one seam, so tests can script the answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompter:
    """Asks the user; the real one shows Qt dialogs. Tests use a fake with scripted answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent

    def set_parent(self, parent: QWidget | None) -> None:
        self._parent = parent

    def confirm(self, title: str, text: str, *, ok: str, destructive: bool = False) -> bool:
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        yes = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel if destructive else yes)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def choose_open_path(self, title: str, directory: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self._parent, title, directory, filters)
        return Path(path) if path else None

    def choose_save_path(self, title: str, directory: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self._parent, title, directory, filters)
        return Path(path) if path else None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)
