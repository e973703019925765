"""File → New and Open Database, and Help → About: the window's own small dialogs, kept out of
MainWindow so the window stays a layout. (Texts keep the "MainWindow" translation context.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app import __version__

from app.ui import settings as keys

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class FileRoutes(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        a = window.actions_
        a.file_new_db.triggered.connect(self.new_database)
        a.file_open_db.triggered.connect(self.open_database)
        a.help_about.triggered.connect(self.about)

    def new_database(self) -> None:
        ctx = self.window.ctx
        path = ctx.prompter.choose_save_path(
            _tr("New Convivio database"),
            ctx.settings.get(keys.LAST_DIRECTORY),
            _tr("Convivio databases (*.sqlite3)"),
        )
        if path is not None:
            if path.suffix == "":
                path = path.with_suffix(".sqlite3")
            self.window.database_requested.emit(str(path), True)

    def open_database(self) -> None:
        ctx = self.window.ctx
        path = ctx.prompter.choose_open_path(
            _tr("Open Convivio database"),
            ctx.settings.get(keys.LAST_DIRECTORY),
            _tr("Convivio databases (*.sqlite3 *.db);;All files (*)"),
        )
        if path is not None:
            self.window.database_requested.emit(str(path), False)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.window,
            _tr("About Convivio"),
            _tr(
                "<h3>Convivio %1</h3><p>Organize meetups, dinners and communities: people, "
                "events, RSVPs, invitations and badges, on your own machine.</p>"
                "<p>Database: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.window.db_label.text()),
        )
