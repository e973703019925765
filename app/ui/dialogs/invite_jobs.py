"""Cancel for exports that must not be reported as cancelled once their files are in place.

`Job` reports "cancelled" whenever its flag is set, even if the work already finished. An
export that moved its files into place and noted who got them has happened; a late click on
Cancel must not make the dialog say "nothing was written". So the dialog keeps its own flag,
which only the work itself looks at (before the files move), and the Job never sees it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from app.ui.jobs import Job

Progress = Callable[[int, int], None]
ExportWork = Callable[[Progress, Callable[[], bool]], Any]


def export_job(work: ExportWork, name: str) -> tuple[Job, Callable[[], None]]:
    """A Job running `work` with a cancel flag of its own; returns (job, cancel)."""
    flag = threading.Event()

    def run(progress: Progress, _job_cancelled: Callable[[], bool]) -> Any:
        return work(progress, flag.is_set)

    return Job(run, name=name), flag.set
