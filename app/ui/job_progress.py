"""The progress window of one worker job, as every long export and import shows it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.jobs import Job


class JobProgressDialog(QProgressDialog):
    """Window-modal, shown only when the work takes over 400 ms (quick work never flashes a
    window), following the job's progress. Cancel calls `cancel`; None hides the button."""

    def __init__(
        self, text: str, parent: QWidget | None, job: Job, cancel: Callable[[], None] | None
    ) -> None:
        super().__init__(text, self.tr("Cancel"), 0, 0, parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)
        if cancel is None:
            self.setCancelButton(None)
        else:
            self.canceled.connect(cancel)
        job.signals.progress.connect(self.follow)

    def follow(self, done: int, total: int) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))

    def finish(self) -> None:
        """The job ended: close and go."""
        self.reset()
        self.deleteLater()
