"""Opening, checking, backing up and restoring the window's database, off the main thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.domain.errors import EnvironmentProblem

from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.jobs import Job
from app.ui.main_window import MainWindow
from app.ui.messages import error_text

if TYPE_CHECKING:
    from app.services.container import Services
    from app.services.dto import BackupInfo

    from app.ui.dialogs.restore_dialog import RestoreDialog
    from app.ui.dialogs.team_connect_dialog import TeamConnectDialog

log = logging.getLogger(__name__)
BACKUP_EVERY_MS = 30 * 60 * 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseOpener", text)


def _open_in_worker(target: str, password: str | None = None) -> Services:
    """Runs in a worker thread: the data layer is imported there, after the window is up."""
    from app.services.maintenance import open_checked

    return open_checked(target, password)


class DatabaseOpener(QObject):
    """Signals:
    gave_up(): the start-up database could not be opened and the user chose no other.
    """

    gave_up = Signal()

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._job: Job | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.team_dialog: TeamConnectDialog | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.backup_now)
        self.backup_timer.start()
        window.database_requested.connect(self._on_window_database_requested)
        window.restore_requested.connect(self.choose_backup)
        window.team_connect_requested.connect(self.show_team_dialog)

    # -- opening -----------------------------------------------------------------------------

    def open(self, target: str, *, create: bool = False) -> None:
        if create and Path(target).exists():
            self.ctx.prompter.inform(
                _tr("New database"),
                _tr("%1 already exists. Choose Open Database to use it.").replace("%1", target),
            )
            return
        self._start(
            lambda _progress, _cancelled: _open_in_worker(target),
            _tr("Opening %1…").replace("%1", target or ""),
            lambda error: self._on_open_failed(error, target),
        )

    def _start(self, work: Any, message: str, on_failed: Any, on_finished: Any = None) -> None:
        job = Job(work, name="database")
        job.signals.finished.connect(on_finished or self._on_job_finished)
        job.signals.failed.connect(on_failed)
        self._job = job
        self.window.statusBar().showMessage(message)
        self.ctx.runner.start(job)

    def _on_window_database_requested(self, path: str, create: bool) -> None:
        self.open(path, create=create)

    def connect_team(self, url: str, password: str, remember: bool) -> None:
        """File → Connect to Team Database…: open a server database, keeping the password in
        the system keyring when asked to (never in settings)."""

        def work(_progress: object, _cancelled: object) -> tuple[Services, bool]:
            services = _open_in_worker(url, password)
            kept = False
            if remember:
                from app.services import credentials

                kept = credentials.remember(url, password)
            return services, kept

        def finished(result: tuple[Services, bool]) -> None:
            services, kept = result
            self._on_job_finished(services)
            if remember and not kept:
                self.ctx.prompter.inform(
                    _tr("Password not remembered"),
                    _tr(
                        "This system has no keyring to keep the password safely, so Convivio "
                        "will ask for it next time."
                    ),
                )

        def failed(error: BaseException) -> None:
            self.window.statusBar().clearMessage()
            self.ctx.errors.present(error, self.window)
            self.show_team_dialog(url)  # let the user correct and retry

        self._start(work, _tr("Connecting to %1…").replace("%1", url), failed, finished)

    def show_team_dialog(self, url: str = "") -> None:
        from app.ui.dialogs.team_connect_dialog import TeamConnectDialog  # loads when needed

        dialog = TeamConnectDialog(url, self.window)
        dialog.connect_requested.connect(self.connect_team)
        self.team_dialog = dialog
        dialog.open()

    def _on_job_finished(self, services: Services) -> None:
        self.window.statusBar().clearMessage()
        path = services.db.sqlite_path
        if path is not None:
            self.ctx.settings.set(keys.LAST_DIRECTORY, str(path.parent))
        self.ctx.settings.add_recent_database(services.db.public_url)
        self.ctx.switch_database(services)

    def _on_open_failed(self, error: BaseException, target: str) -> None:
        from app.services.maintenance import DatabaseDamaged, list_backups

        self.window.statusBar().clearMessage()
        if isinstance(error, DatabaseDamaged):
            available = list_backups(error.path)
            if available and self._offer_newest(error, available[0]):
                self._restore(error.path, available[0])
                return
        self.ctx.errors.present(error, self.window)
        if self.ctx.has_database or not isinstance(error, EnvironmentProblem):
            if not self.ctx.has_database:
                self.gave_up.emit()
            return
        if target.startswith("postgresql"):
            self.show_team_dialog(target)  # e.g. the password is needed: ask for it
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

    def _offer_newest(self, error: EnvironmentProblem, newest: BackupInfo) -> bool:
        local = newest.taken_at.astimezone()
        return self.ctx.prompter.confirm(
            _tr("Damaged database"),
            error_text(error)
            + "\n\n"
            + _tr("Restore the newest backup, taken %1?").replace(
                "%1", local.strftime("%Y-%m-%d %H:%M")
            ),
            ok=_tr("Restore"),
        )

    # -- backups ------------------------------------------------------------------------------

    def backup_now(self) -> None:
        if not self.ctx.has_database or self.ctx.services.db.sqlite_path is None:
            return
        services = self.ctx.services

        def work(_progress: object, _cancelled: object) -> object:
            from app.services.maintenance import backup_now

            return backup_now(services)

        job = Job(work, name="backup")
        job.signals.failed.connect(lambda error: self.ctx.errors.present(error, self.window))
        self.ctx.runner.start(job)

    def choose_backup(self) -> None:
        """File → Restore from backup…"""
        from app.services.maintenance import list_backups

        path = self.ctx.services.db.sqlite_path if self.ctx.has_database else None
        if path is None:
            self.ctx.prompter.inform(
                _tr("Restore from backup"),
                _tr("A team database on a server is backed up by the server's administrator."),
            )
            return
        from app.ui.dialogs.restore_dialog import RestoreDialog  # loads when needed

        dialog = RestoreDialog(str(path), list_backups(path), self.window)
        dialog.chosen.connect(lambda backup: self._on_backup_chosen(path, backup))
        self.restore_dialog = dialog
        dialog.open()

    def _on_backup_chosen(self, path: Path, backup: BackupInfo) -> None:
        if not self.ctx.prompter.confirm(
            _tr("Restore from backup"),
            _tr(
                "Replace the database with this backup? Changes made since then are set aside "
                "with the current file, which is kept in the backups folder."
            ),
            ok=_tr("Restore"),
            destructive=True,
        ):
            return
        self.ctx.close_database()
        self._restore(path, backup)

    def _restore(self, path: Path, backup: BackupInfo) -> None:
        def work(_progress: object, _cancelled: object) -> Services:
            from app.services.maintenance import restore

            return restore(path, backup.path)

        self._start(
            work,
            _tr("Restoring %1…").replace("%1", str(path)),
            lambda error: self._on_open_failed(error, str(path)),
        )
