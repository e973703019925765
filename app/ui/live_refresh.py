"""Teammates' changes appear in this window within about a second.

A timer asks the change feed, in a worker, what other Convivios changed since the last look and
publishes it on the change bus like a local change: tables update the rows in place, so the
user's selection, scroll position and any open dialog are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.context import AppContext
from app.ui.jobs import Job

if TYPE_CHECKING:
    from app.services.change_feed import FeedBatch

POLL_MS = 1000


class LiveRefresher(QObject):
    """Signals:
    changed_by_others(list): names of the organizers whose changes just arrived.
    """

    changed_by_others = Signal(list)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._last_id: int | None = None
        self._job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        ctx.database_changed.connect(self._on_ctx_database_changed)
        if ctx.has_database:
            self._on_ctx_database_changed()

    def _on_ctx_database_changed(self) -> None:
        self._last_id = None
        self._job = None
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        if not self.ctx.has_database or self._job is not None:
            return
        feed = self.ctx.services.feed
        last = self._last_id

        def work(_progress: object, _cancelled: object) -> FeedBatch | int:
            return feed.latest_id() if last is None else feed.since(last)

        job = Job(work, name="change feed")
        job.signals.finished.connect(lambda result, j=job, f=feed: self._on_result(j, f, result))
        job.signals.failed.connect(lambda _error, j=job: self._on_failed(j))
        self._job = job
        self.ctx.runner.start(job)

    def _on_result(self, job: Job, feed: object, result: FeedBatch | int) -> None:
        if job is not self._job:
            return
        self._job = None
        if not self.ctx.has_database or feed is not self.ctx.services.feed:
            return  # the window switched databases meanwhile
        if isinstance(result, int):
            self._last_id = result
            return
        self._last_id = result.last_id
        if result.changes:
            self.ctx.bus.publish(result.changes)
            self.changed_by_others.emit(sorted(a for a in result.actors if a))

    def _on_failed(self, job: Job) -> None:
        # A dropped server connection: keep the window usable and try again next tick.
        if job is self._job:
            self._job = None
