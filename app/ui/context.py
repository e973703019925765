"""What every panel and dialog of one window shares: services, bus, undo stack, seams."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.ui import settings as keys
from app.ui.change_bus import ChangeBus
from app.ui.errors import ErrorPresenter
from app.ui.jobs import JobRunner
from app.ui.prompts import Prompter
from app.ui.settings import AppSettings

if TYPE_CHECKING:
    from app.services.container import Services


MAX_ACTOR = 200
"""The history's limit for the name of who made a change (ChangeLogEntry.actor)."""


class AppContext(QObject):
    """Signals:
    database_changed(): another database was opened; views must reload.
    """

    database_changed = Signal()

    def __init__(
        self,
        services: Services | None,
        *,
        settings: AppSettings,
        prompter: Prompter,
        errors: ErrorPresenter,
        runner: JobRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.settings = settings
        self.prompter = prompter
        self.errors = errors
        self.runner = runner
        self.bus = ChangeBus(self)
        self.undo_stack = QUndoStack(self)
        self.record_versions: dict[tuple[str, int], int] = {}
        """The version this window last wrote per record, for undo (see EditRecordCommand)."""
        self.login_name = services.db.actor if services is not None else ""
        """Who the database says is changing things when the user has not given a name."""
        self.apply_user_name()

    def apply_user_name(self) -> None:
        """Record changes under the name set in Preferences (else the system user's)."""
        if self._services is not None:
            chosen = self.settings.get(keys.USER_NAME).strip()
            # The history keeps at most 200 characters of a name (settings files can be edited).
            self._services.db.actor = (chosen or self.login_name)[:MAX_ACTOR]

    @property
    def has_database(self) -> bool:
        return self._services is not None

    @property
    def services(self) -> Services:
        """The open database's services. The window opens before the database does, but
        nothing that needs data is enabled until `database_changed` has been emitted."""
        if self._services is None:
            raise RuntimeError("no database is open yet")
        return self._services

    def close_database(self) -> None:
        """Close the database (before its file is replaced by a backup)."""
        old = self._services
        self.undo_stack.clear()
        self.record_versions.clear()
        self._services = None
        self.database_changed.emit()
        if old is not None:
            old.db.close()

    def switch_database(self, services: Services) -> None:
        """Use another database: the undo history belonged to the old one, so it goes."""
        old = self._services
        self.undo_stack.clear()
        self.record_versions.clear()
        self._services = services
        self.login_name = services.db.actor or self.login_name
        self.apply_user_name()
        self.database_changed.emit()
        if old is not None:
            old.db.close()
