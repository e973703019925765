"""Guards the Qt binding we install: PySide6-Essentials 6.12.0's abi3 wheel drops a reference
to None on every void call under Python 3.11, and the interpreter aborts ("deallocating None")
after a few thousand calls. pyproject.toml keeps Python 3.11 on 6.11; this says why."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_every_reference_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(1_000):
        label.setText(str(number))
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"{lost} references to None lost in 1,000 setText calls"
