"""The "Host sheet…" action: ask where to save, write the PDF in a worker, say where it went."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.ui import settings as keys
from app.ui.context import AppContext
from app.ui.job_progress import JobProgressDialog
from app.ui.jobs import Job

if TYPE_CHECKING:
    from app.exporters.host_sheet import HostSheetReport


def suggested_name(title: str) -> str:
    """ "Späti Talks #12" → "Host sheet - Späti Talks 12.pdf" (safe on every file system)."""
    safe = re.sub(r'[\\/:*?"<>|#%]+', " ", title)
    safe = re.sub(r"\s+", " ", safe).strip(" .") or "event"
    return f"Host sheet - {safe[:80]}.pdf"


class HostSheetExport(QObject):
    """Signals:
    exported(object): the HostSheetReport of a finished export.
    """

    exported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self.job: Job | None = None
        self._progress: JobProgressDialog | None = None

    def start(self, event_id: int, *, force_guest_list: bool = False) -> Job | None:
        """Ask for a file name and export; returns the job (None when the user cancelled)."""
        try:
            event = self.ctx.services.events.get(event_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.ctx.errors.present(error, self._parent)
            return None
        folder = self.ctx.settings.get(keys.LAST_DIRECTORY) or str(Path.home())
        path = self.ctx.prompter.choose_save_path(
            self.tr("Save the host sheet"),
            str(Path(folder) / suggested_name(event.title)),
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.ctx.settings.set(keys.LAST_DIRECTORY, str(path.parent))
        from app.services.host_sheet import HostSheetRequest  # loads reportlab: only when used

        request = HostSheetRequest(event_id, path, force_guest_list)
        job = Job(self.ctx.services.host_sheets.work(request), name="host sheet")
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self.job = job
        self._progress = JobProgressDialog(
            self.tr("Writing the host sheet…"), self._parent, job, job.cancel
        )
        self.ctx.runner.start(job)
        return job

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.finish()
            self._progress = None

    def _on_job_finished(self, report: HostSheetReport) -> None:
        self._close_progress()
        text = self.tr("Saved the host sheet to %1.").replace("%1", str(report.path))
        if report.guest_list_included:
            text += " " + self.tr("It includes the guest list: hand it to building security only.")
        for warning in report.warnings:
            text += "\n" + warning
        self.ctx.prompter.inform(self.tr("Host sheet"), text)
        self.exported.emit(report)

    def _on_job_failed(self, error: BaseException) -> None:
        self._close_progress()
        self.ctx.errors.present(error, self._parent)

    def _on_job_cancelled(self) -> None:
        self._close_progress()
