"""The window opens before the data layer loads: keep SQLAlchemy off the window's import path."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_window_modules_do_not_import_the_data_layer() -> None:
    code = (
        "import sys, app.ui.application; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', "
        "'psycopg', 'reportlab', 'icalendar', 'keyring') or m.startswith('app.storage')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
