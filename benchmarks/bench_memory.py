"""(c) Resident memory with 100,000 people listed in the main window.

A fresh process opens the real main window on the People section and reports its RSS once the
table is loaded; a bare PySide6 window is measured the same way as a reference.
"""

from __future__ import annotations

import os
import subprocess
import sys

from benchmarks.common import Figure
from benchmarks.data import demo_database

DRIVER = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from app.services.container import open_services
from app.ui.context import AppContext
from app.ui.errors import ErrorPresenter
from app.ui.jobs import ImmediateJobRunner
from app.ui.main_window import MainWindow
from app.ui.prompts import Prompter
from app.ui.settings import AppSettings

def rss_mb():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024

app = QApplication([])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
settings = AppSettings(QSettings('ConvivioBench', 'mem'))
ctx = AppContext(open_services(sys.argv[1]), settings=settings, prompter=Prompter(),
                 errors=ErrorPresenter(), runner=ImmediateJobRunner())
window = MainWindow(ctx)
window.show()
window.show_section("people")
import time
deadline = time.monotonic() + 60
while not window.people_panel.model.loaded and time.monotonic() < deadline:
    app.processEvents()
assert window.people_panel.proxy.rowCount() == int(sys.argv[2])
window.people_panel.view.scrollToBottom()
app.processEvents()
print(f'{rss_mb():.1f}')
"""

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
for line in open('/proc/self/status'):
    if line.startswith('VmRSS:'):
        print(int(line.split()[1]) / 1024)
"""


def _rss(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    ).stdout
    return float(out.strip().splitlines()[-1])


def run(quick: bool = False) -> list[Figure]:
    people = 20_000 if quick else 100_000
    db = demo_database(people=people, events=50, rsvps=5_000)
    bare = _rss(BARE)
    listed = _rss(DRIVER, str(db), str(people))
    return [
        Figure("bare PySide6 window (reference)", bare, "MB"),
        Figure(f"Convivio with {people:,} people listed", listed, "MB", "<= 300", listed <= 300),
    ]
