"""A killed process, a read-only database and a full disk never leave half an action behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from app.domain.errors import StorageUnavailable
from app.domain.people import PersonDraft
from app.services.container import Services, open_services
from app.storage.backups import integrity_problem
from app.storage.orm import Person, Rsvp
from tests.backends import db_url

__all__ = ["db_url"]


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


# A driver runs the real service in a child process and pauses inside the transaction, after
# part of the work has reached the database file; the test then kills it with SIGKILL.
IMPORT_DRIVER = """
import sys, time
from pathlib import Path
from app.services.container import open_services
from app.services.guest_import_dto import ImportRequest
from app.services.guestlists import load_guest_list

db, event_id, csv_file, marker = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
services = open_services(db)
preview = load_guest_list(Path(csv_file))

def progress(done, total):
    if done >= 0.7 * total and not Path(marker).exists():
        Path(marker).write_text("paused")
        time.sleep(120)

services.guest_import.run(ImportRequest(event_id, preview), progress=progress)
"""

BULK_RSVP_DRIVER = """
import sys, time
from pathlib import Path
from app.domain.enums import RsvpResponse
from app.services import rsvp_core
from app.services.container import open_services

db, marker = sys.argv[1], sys.argv[2]
services = open_services(db)
ids = [r.id for e in services.events.list_all() for r in services.rsvps.guest_rows(e.id)]
original = rsvp_core.RsvpCore._apply
calls = []

def pausing(self, session, event_id, *args, **kwargs):
    result = original(self, session, event_id, *args, **kwargs)
    calls.append(event_id)
    if len(calls) == 2:
        session.flush()  # the first events' changes are in the write-ahead log
        Path(marker).write_text("paused")
        time.sleep(120)
    return result

rsvp_core.RsvpCore._apply = pausing
services.rsvps.set_response(ids, RsvpResponse.DECLINED)
"""


def _run_until_paused(args: list[str], marker: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            if process.poll() is not None:
                pytest.fail(f"the driver ended early: {process.stderr.read()!r}")  # type: ignore[union-attr]
            if time.monotonic() > deadline:
                pytest.fail("the driver never reached its pause")
            time.sleep(0.02)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        if process.stderr is not None:
            process.stderr.close()


def _file_intact(db_url: str) -> None:
    """A SQLite file passes its integrity check (a server checks its own)."""
    if db_url.startswith("sqlite:///"):
        assert integrity_problem(Path(db_url.removeprefix("sqlite:///"))) is None


def test_killing_a_guest_list_import_leaves_all_or_nothing(tmp_path: Path, db_url: str) -> None:
    from app.domain.events import EventDraft

    services = open_services(db_url)
    event = services.events.create(
        EventDraft(
            title="Big meetup",
            start=datetime(2030, 3, 1, 18),
            end=datetime(2030, 3, 1, 21),
            timezone="UTC",
        )
    ).item
    services.db.close()
    rows = ["api_id,name,first_name,last_name,email,approval_status,checked_in_at"]
    rows += [f"gst-{n},Guest {n},Guest,{n},guest{n}@example.org,approved," for n in range(8000)]
    csv_file = tmp_path / "luma.csv"
    csv_file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    marker = tmp_path / "paused"
    _run_until_paused([IMPORT_DRIVER, db_url, str(event.id), str(csv_file), str(marker)], marker)
    _file_intact(db_url)
    after = open_services(db_url)
    try:
        with after.db.read() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 0
            assert session.scalar(select(func.count()).select_from(Rsvp)) == 0
    finally:
        after.db.close()


def test_killing_a_bulk_rsvp_change_leaves_all_or_nothing(tmp_path: Path, db_url: str) -> None:
    from app.services.demo import DemoRequest, generate

    services = open_services(db_url)
    generate(services.db, DemoRequest(people=300, events=6, seed=4))
    with services.db.read() as session:
        before = sorted(session.execute(select(Rsvp.id, Rsvp.response)).all())
    services.db.close()
    marker = tmp_path / "paused"
    _run_until_paused([BULK_RSVP_DRIVER, db_url, str(marker)], marker)
    _file_intact(db_url)
    after = open_services(db_url)
    try:
        with after.db.read() as session:
            assert sorted(session.execute(select(Rsvp.id, Rsvp.response)).all()) == before
    finally:
        after.db.close()
