"""A killed process, a read-only database and a full disk never leave half an action behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from app.domain.errors import StorageUnavailable
from app.domain.people import PersonDraft
from app.services.container import Services, open_services
from app.storage.backups import integrity_problem
from app.storage.orm import Person, Rsvp


def _wait_for_growth(wal: Path, process: subprocess.Popen[bytes], limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail("the writer finished before it could be killed; make it bigger")
        if wal.exists() and wal.stat().st_size > 512 * 1024:
            return
        time.sleep(0.02)
    pytest.fail("the writer never started writing")


def test_killing_a_large_write_leaves_all_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "solo.sqlite3"
    services = open_services(str(path))
    services.people.create(PersonDraft(given_name="Already here"))
    services.db.close()
    writer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            str(path),
            "demo",
            "--people",
            "200000",
            "--events",
            "400",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_growth(Path(str(path) + "-wal"), writer)
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
    assert integrity_problem(path) is None
    after = open_services(str(path))
    try:
        with after.db.read() as session:
            people = session.scalar(select(func.count()).select_from(Person))
            rsvps = session.scalar(select(func.count()).select_from(Rsvp))
        assert (people, rsvps) == (1, 0)  # the demo's transaction never committed
        assert [p.display_name for p in after.people.list_rows()] == ["Already here"]
    finally:
        after.db.close()


def _break_writes(services: Services, pragma: str) -> None:
    @event.listens_for(services.db.engine, "connect")
    def _on_connect(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(pragma)  # type: ignore[attr-defined]

    services.db.engine.dispose()


def test_a_read_only_database_gives_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    services = open_services(str(tmp_path / "ro.sqlite3"))
    _break_writes(services, "PRAGMA query_only = ON")  # what a read-only file does to writes
    with pytest.raises(StorageUnavailable, match="read-only"):
        services.people.create(PersonDraft(given_name="Ada"))
    services.db.close()
    assert open_services(str(tmp_path / "ro.sqlite3")).people.list_rows() == []


def test_a_full_disk_gives_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    services = open_services(str(tmp_path / "full.sqlite3"))
    with services.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    _break_writes(services, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageUnavailable, match="full"):
        services.people.create(PersonDraft(given_name="Ada", notes="x" * 200_000))
    services.db.close()
    assert open_services(str(tmp_path / "full.sqlite3")).people.list_rows() == []
