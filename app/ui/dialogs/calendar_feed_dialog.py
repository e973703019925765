"""Export Calendar Feed: one `.ics` of events (no guests) to publish on a website or subscribe
to. Public-only keeps the events marked public that were announced; cancelled ones stay in,
marked cancelled, so subscribed calendars drop them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.services.invite_dto import FeedExport

from app.ui import labels
from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.dialogs.invite_jobs import export_job
from app.ui.dialogs.organizer_dialog import OrganizerDialog
from app.ui.focus import buttons_last
from app.ui.job_progress import JobProgressDialog
from app.ui.jobs import Job


class CalendarFeedDialog(QDialog):
    """Signals:
    exported(object): the FeedExport of a finished export.
    """

    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.progress: JobProgressDialog | None = None
        self.organizer_dialog: OrganizerDialog | None = None
        self.last_export: FeedExport | None = None
        self.setWindowTitle(self.tr("Export Calendar Feed"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "A calendar file of your events without any guests, to put on a website or "
                "share: calendars that subscribe to it pick up changes and cancellations."
            )
        )
        intro.setWordWrap(True)
        self.public_only = QCheckBox(self.tr("Only public events that have been announced"))
        self.public_only.setChecked(True)
        base = Path(ctx.settings.get(keys.LAST_DIRECTORY) or Path.home())
        self.path = QLineEdit(str(base / self.tr("events.ics")))
        self.path.setAccessibleName(self.tr("File"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File:")))
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.open_button = self.buttons.addButton(
            self.tr("Open Folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.public_only)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        buttons_last(self, self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)

    def set_path(self, path: Path) -> None:
        self.path.setText(str(path))

    def export(self) -> Job | None:
        if not self.ctx.services.settings.get().organizer_email.strip():
            dialog = OrganizerDialog(self.ctx, self)
            dialog.saved.connect(lambda _result: self.export())
            self.organizer_dialog = dialog
            dialog.open()
            return None
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file name."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        self.ctx.settings.set(keys.LAST_DIRECTORY, str(path.parent))
        work = self.ctx.services.invites.feed_work(path, public_only=self.public_only.isChecked())
        job, cancel = export_job(work, "calendar feed")
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self.job = job
        self.progress = JobProgressDialog(self.tr("Writing the calendar feed…"), self, job, cancel)
        self.ctx.runner.start(job)
        return job

    def open_folder(self) -> bool:
        if self.last_export is None:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.path.parent))))

    def _on_choose_clicked(self) -> None:
        chosen = self.ctx.prompter.choose_save_path(
            self.tr("Save the calendar feed"), self.path.text(), self.tr("Calendar files (*.ics)")
        )
        if chosen is not None:
            self.set_path(chosen)

    def _close_progress(self) -> None:
        self.job = None
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _on_job_finished(self, result: FeedExport) -> None:
        self._close_progress()
        self.last_export = result
        events = labels.count("CalendarFeedDialog", result.events, "%n event", "%n events")
        self.status.setText(
            self.tr("Wrote %1 to %2.").replace("%1", events).replace("%2", str(result.path))
        )
        self.open_button.show()
        self.exported.emit(result)

    def _on_job_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, ValidationError):
            self.status.setText(error.message)  # e.g. nothing public yet: say so, in place
        else:
            self.ctx.errors.present(error, self)

    def _on_job_cancelled(self) -> None:
        self._close_progress()
        self.status.setText(self.tr("Cancelled: nothing was written."))
