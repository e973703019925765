"""(b) Typing a search over 100,000 people: time from keystroke to the filtered table painted.

The reference is the floor any implementation pays: one pass of `word in key` over the same
100,000 pre-folded search keys.
"""

from __future__ import annotations

import os
import statistics
import time

from benchmarks.common import Figure
from benchmarks.data import demo_database

WORDS = [
    "m",
    "ma",
    "mar",
    "mari",
    "maria",
    "",
    "z",
    "zh",
    "zha",
    "zhan",
    "zhang",
    "zhang ",
    "zhang w",
]


def run(quick: bool = False) -> list[Figure]:
    people = 20_000 if quick else 100_000
    db = demo_database(people=people, events=50, rsvps=5_000)
    return measure(str(db), people, quick)


def measure(target: str, people: int, quick: bool) -> list[Figure]:
    """Type searches into the people panel of the database at `target` (path or URL)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.services.container import open_services

    from app.ui.context import AppContext
    from app.ui.errors import ErrorPresenter
    from app.ui.jobs import ImmediateJobRunner
    from app.ui.panels.people_panel import PeoplePanel
    from app.ui.prompts import Prompter
    from app.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    services = open_services(target)
    ctx = AppContext(
        services,
        settings=AppSettings(QSettings("ConvivioBench", "bench")),
        prompter=Prompter(),
        errors=ErrorPresenter(),
        runner=ImmediateJobRunner(),
    )
    panel = PeoplePanel(ctx)
    panel.resize(1200, 800)
    panel.show()
    app.processEvents()
    assert panel.model is not None
    assert panel.model.rowCount() == people

    keys = panel.model.search_keys()
    times, floors = [], []
    for _ in range(1 if quick else 3):
        panel.search.clear()
        app.processEvents()
        typed = ""
        for target in WORDS:
            if not target:
                panel.search.clear()
                app.processEvents()
                typed = ""
                continue
            key = target[len(typed) :]
            start = time.perf_counter()
            QTest.keyClick(panel.search, key if key != " " else Qt.Key.Key_Space)
            panel.view.viewport().repaint()  # the filtered rows are on screen
            times.append(time.perf_counter() - start)
            app.processEvents()
            typed = target
            tokens = target.split()
            start = time.perf_counter()
            _ = [k for k in keys if all(t in k for t in tokens)]  # the naive filter
            floors.append(time.perf_counter() - start)
    services.db.close()
    median, worst = statistics.median(times) * 1000, max(times) * 1000
    floor = statistics.median(floors) * 1000
    return [
        Figure(
            f"keystroke to filtered table, median ({people:,} people)",
            median,
            "ms",
            "<= 50",
            median <= 50,
        ),
        Figure("keystroke to filtered table, worst", worst, "ms", "<= 50", worst <= 50),
        Figure("reference: one filtering pass over the search keys", floor, "ms"),
        Figure("  ratio median / reference", median / floor if floor else 0.0, "x"),
    ]
