"""The first page of a PDF as paper on a grey desk, scaled to fit, or a line of text.

The PDF is written and rasterized in a worker; a request made while one runs replaces any
waiting one and cancels the running one, so fast changes cost one render, not many.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.exporters.badges import RenderReport

from app.ui.dialogs.pdf_pages import page_image
from app.ui.jobs import Job, JobRunner

MARGIN = 12
SHADOW = 3
MIN_DPI = 24.0

Render = Callable[[Callable[[int, int], None], Callable[[], bool]], RenderReport]


class SheetPreview(QWidget):
    """Shows page 1 of what a render function writes, at the widget's own resolution.

    Signals:
        rendered(object): the RenderReport of the PDF whose first page is now shown.
        failed(object): the exception that stopped the latest render.
    """

    rendered = Signal(object)
    failed = Signal(object)

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.image: QImage | None = None
        self.message = ""
        self.job: Job | None = None
        self._wanted: tuple[Render, float] | None = None
        self.setMinimumSize(QSize(300, 360))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Preview of the first sheet"))

    def show_render(self, render: Render, page_height_mm: float) -> None:
        """Run `render` in a worker and show the first page of the PDF it writes."""
        self._wanted = (render, page_height_mm)
        if self.job is not None:
            self.job.cancel()  # its end starts the wanted one
        else:
            self._start()

    def stop(self) -> None:
        """Cancel the running render and wait for it (before its file's folder goes)."""
        self._wanted = None
        if self.job is not None:
            self.job.cancel()
            self.job.done.wait(10.0)

    def _start(self) -> None:
        assert self._wanted is not None
        render, height_mm = self._wanted
        self._wanted = None
        dpi = max(MIN_DPI, self.pixel_height() / (height_mm / 25.4))

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            report = render(progress, cancelled)
            return report, page_image(report.path, dpi)

        job = Job(work, name="sheet preview")
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        job.signals.cancelled.connect(self._on_job_cancelled)
        self.job = job
        self.runner.start(job)

    def _next(self) -> bool:
        """Forget the ended job; True when a newer request was started instead."""
        self.job = None
        if self._wanted is not None:
            self._start()
            return True
        return False

    def _on_job_finished(self, result: tuple[RenderReport, QImage]) -> None:
        if not self._next():
            report, image = result
            self.set_image(image)
            self.rendered.emit(report)

    def _on_job_failed(self, error: BaseException) -> None:
        if not self._next():
            self.failed.emit(error)

    def _on_job_cancelled(self) -> None:
        self._next()

    def set_image(self, image: QImage) -> None:
        self.image, self.message = image, ""
        self.update()

    def set_message(self, text: str) -> None:
        """Shown instead of the sheet (nobody to print, or what went wrong)."""
        self.image, self.message = None, text
        self.update()

    def pixel_height(self) -> int:
        """Device pixels available for the page's height."""
        return max(1, round((self.height() - 2 * MARGIN) * self.devicePixelRatioF()))

    def page_rect(self, aspect: float) -> QRectF:
        """Where a page of `aspect` (width / height) is drawn, centred and fitted."""
        room_w, room_h = self.width() - 2 * MARGIN, self.height() - 2 * MARGIN
        width = min(room_w, room_h * aspect)
        height = width / aspect
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Mid))
        if self.image is None or self.image.isNull():
            painter.setPen(self.palette().color(QPalette.ColorRole.BrightText))
            painter.drawText(
                self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message,
            )
            return
        target = self.page_rect(self.image.width() / max(1, self.image.height()))
        painter.fillRect(target.translated(SHADOW, SHADOW), QColor(0, 0, 0, 70))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
