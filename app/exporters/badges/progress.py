"""Progress and cancel for the render loops, at the rhythm the job runner expects."""

from __future__ import annotations

from app.exporters.badges.model import PROGRESS_EVERY, CancelledFn, ProgressFn


class Ticker:
    """Reports progress and polls for cancel every `PROGRESS_EVERY` items."""

    def __init__(self, total: int, progress: ProgressFn | None, cancelled: CancelledFn | None):
        self.total, self.done = total, 0
        self._progress, self._cancelled = progress, cancelled
        self.check()

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise InterruptedError("Cancelled; no file was written.")

    def tick(self) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            self.check()
            if self._progress is not None:
                self._progress(self.done, self.total)

    def finish(self) -> None:
        self.check()
        if self._progress is not None and self.done % PROGRESS_EVERY:
            self._progress(self.done, self.total)
