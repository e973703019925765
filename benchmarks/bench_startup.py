"""(a) Start-up: process start until the window is shown and idle, vs a bare PySide6 window.

Both programs are started the same way and print the wall-clock instant at which their window
is shown and the event loop idle; Convivio also prints when its first section's rows are on
screen. The demo database has 10,000 people, 500 events and 50,000 RSVPs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from benchmarks.common import Figure
from benchmarks.data import demo_database

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
def done():
    sys.stderr.write(f"startup shown {time.time():.6f}\\n")
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def _launch(command: list[str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CONVIVIO_STARTUP_REPORT": "1"}
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed: {result.stderr[-2000:]}")
    marks = {}
    for line in result.stderr.splitlines():
        if line.startswith("startup "):
            _, stage, instant = line.split()
            marks[stage] = float(instant) - start
    return marks


def run(quick: bool = False) -> list[Figure]:
    db = demo_database(people=10_000, events=500, rsvps=50_000)
    app = [sys.executable, "-m", "app", "--db", str(db), "--quit-when-ready"]
    bare = [sys.executable, "-c", BARE]
    _launch(app)  # warm the file cache and the bytecode
    _launch(bare)
    rounds = 3 if quick else 9
    bare_shown, app_shown, app_loaded = [], [], []
    for _ in range(rounds):
        bare_shown.append(_launch(bare)["shown"])
        marks = _launch(app)
        app_shown.append(marks["shown"])
        app_loaded.append(marks["loaded"])
    ref = statistics.median(bare_shown)
    shown = statistics.median(app_shown)
    loaded = statistics.median(app_loaded)
    return [
        Figure("bare PySide6 window shown and idle (reference)", ref * 1000, "ms"),
        Figure("Convivio window shown and idle", shown * 1000, "ms"),
        Figure("  ratio to the bare window", shown / ref, "x", "<= 2.0", shown / ref <= 2.0),
        Figure(
            "Convivio window with its first rows loaded",
            loaded * 1000,
            "ms",
            detail="10,000 people / 500 events / 50,000 RSVPs",
        ),
        Figure("  ratio to the bare window", loaded / ref, "x", "<= 2.0", loaded / ref <= 2.0),
    ]
