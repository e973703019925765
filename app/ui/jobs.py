"""Long work off the main thread: Job (QRunnable), its signals, and runners.

The work itself is a plain function `fn(progress, cancelled)` from `services` or `exporters`.
Signals are created on the main thread, so results arrive there as queued calls.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    """Signals:
    progress(int, int): done and total so far.
    finished(object): the work's result.
    failed(object): the exception the work raised.
    cancelled(): the work stopped because cancel() was called.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    def __init__(self, work: Work, name: str = "job") -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.name = name
        self.signals = JobSignals()
        self._work = work
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except InterruptedError:
            self.signals.cancelled.emit()
        except BaseException as error:
            log.debug("job %s failed", self.name, exc_info=True)
            self.signals.failed.emit(error)
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()


class JobRunner:
    """Runs jobs on a thread pool and keeps them alive until they end."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._jobs: set[Job] = set()

    def start(self, job: Job) -> Job:
        self._jobs.add(job)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_a, j=job: self._jobs.discard(j))
        self._pool.start(job)
        return job

    def active(self) -> int:
        return sum(1 for j in self._jobs if not j.done.is_set())

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every job ended (used when closing the window and in tests)."""
        return bool(self._pool.waitForDone(msecs))


class ImmediateJobRunner(JobRunner):
    """Runs each job at once on the calling thread: deterministic tests, same signals."""

    def __init__(self) -> None:
        self._jobs = set()

    def start(self, job: Job) -> Job:
        job.run()
        return job

    def active(self) -> int:
        return 0

    def wait(self, msecs: int = 30000) -> bool:
        return True
