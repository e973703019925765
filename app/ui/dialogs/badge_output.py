"""The badge dialog's long work: writing PDFs and printing, in a worker with progress and Cancel.

Printing goes through the system print dialog; the PDF is rendered into a private folder
first and its pages are painted onto the printer at 100% (see `pdf_pages`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.exporters.badges import RenderReport

from app.ui.context import AppContext
from app.ui.dialogs.pdf_pages import prepare_printer, print_pdf
from app.ui.job_progress import JobProgressDialog
from app.ui.jobs import Job

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Render = Callable[[Progress, Cancelled], RenderReport]


class BadgeOutput(QObject):
    """Signals:
    saved(object): the RenderReport of a finished PDF.
    printed(int): how many pages went to the printer.
    """

    saved = Signal(object)
    printed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self.job: Job | None = None
        self.printer: QPrinter | None = None
        self.progress: JobProgressDialog | None = None

    def choose_printer(self, page_size: tuple[float, float], *, duplex: bool) -> QPrinter | None:
        """A printer set to the stock's paper, no margins and no scaling, that the user
        confirmed in the system print dialog (None: they cancelled)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, *page_size, duplex=duplex)
        return printer if self.ask(printer) else None

    def ask(self, printer: QPrinter) -> bool:
        """The system print dialog (tests replace this)."""
        dialog = QPrintDialog(printer, self._parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def save(self, render: Render) -> Job:
        """Write a PDF (the render function knows where); `saved` says when it is there."""
        return self._run(render, self.tr("Writing the PDF…"), self._on_saved)

    def print(self, printer: QPrinter, render: Render) -> Job:
        """Render into a private file, then paint its pages onto `printer`."""
        self.printer = printer  # alive until the job ends

        def work(progress: Progress, cancelled: Cancelled) -> int:
            report = render(progress, cancelled)
            return print_pdf(report.path, printer, progress=progress, cancelled=cancelled)

        return self._run(work, self.tr("Printing…"), self._on_printed)

    def busy(self) -> bool:
        return self.job is not None

    def stop(self) -> None:
        """Cancel and wait for the running job (before its folder is removed)."""
        if self.job is not None:
            self.job.cancel()
            self.job.done.wait(10.0)

    def _run(self, work: Callable[..., Any], text: str, done: Callable[[Any], None]) -> Job:
        job = Job(work, name="badges")
        job.signals.finished.connect(done)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self.job = job
        self.progress = JobProgressDialog(text, self._parent, job, job.cancel)
        self.ctx.runner.start(job)
        return job

    def _finish(self) -> None:
        self.job = None
        self.printer = None
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    def _on_saved(self, report: RenderReport) -> None:
        self._finish()
        self.saved.emit(report)

    def _on_printed(self, pages: int) -> None:
        self._finish()
        self.printed.emit(pages)

    def _on_job_failed(self, error: BaseException) -> None:
        self._finish()
        self.ctx.errors.present(error, self._parent)

    def _on_job_cancelled(self) -> None:
        self._finish()
