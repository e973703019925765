"""The log file rotates at start-up once it has grown past its limit, keeping three old ones."""

from __future__ import annotations

import logging
from pathlib import Path

from app import bootstrap


def test_a_large_log_is_moved_aside_and_old_ones_shift(tmp_path: Path) -> None:
    log = tmp_path / "convivio.log"
    for number in (1, 2, 3):
        (tmp_path / f"convivio.log.{number}").write_text(f"old {number}")
    log.write_bytes(b"x" * (bootstrap.LOG_MAX_BYTES + 1))
    handler = bootstrap._rotated_log_handler(log)
    try:
        handler.emit(logging.makeLogRecord({"msg": "fresh", "levelno": logging.INFO}))
    finally:
        handler.close()
    assert log.read_text(encoding="utf-8").strip() == "fresh"
    assert (tmp_path / "convivio.log.1").stat().st_size == bootstrap.LOG_MAX_BYTES + 1
    assert (tmp_path / "convivio.log.2").read_text() == "old 1"
    assert (tmp_path / "convivio.log.3").read_text() == "old 2"  # "old 3" was the oldest


def test_a_small_log_is_appended_to(tmp_path: Path) -> None:
    log = tmp_path / "convivio.log"
    log.write_text("before\n", encoding="utf-8")
    handler = bootstrap._rotated_log_handler(log)
    handler.close()
    assert log.read_text(encoding="utf-8") == "before\n"
    assert not (tmp_path / "convivio.log.1").exists()
