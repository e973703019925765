from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.errors import StorageUnavailable
from app.storage.database import (
    Database,
    default_database_path,
    describe,
    make_engine,
    resolve_url,
)
from app.storage.migrate import HEAD_REVISION, open_database


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    path = default_database_path()
    assert path.name == "convivio.sqlite3"
    assert "Convivio" in path.parts
    assert os.environ["XDG_DATA_HOME"] in str(path)


def test_resolve_url_prefers_argument_then_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_url(str(tmp_path / "a.sqlite3")) == f"sqlite:///{tmp_path / 'a.sqlite3'}"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("CONVIVIO_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")
    monkeypatch.delenv("CONVIVIO_DB")
    assert resolve_url(None).endswith("Convivio/convivio.sqlite3")


def test_describe_hides_passwords() -> None:
    assert describe("postgresql+psycopg://ann:secret@db.example/team") == (
        "postgresql+psycopg://ann:***@db.example/team"
    )
    assert describe("sqlite:////tmp/x.sqlite3") == "/tmp/x.sqlite3"


def test_fresh_database_is_created_at_head_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "convivio.sqlite3"
    db, report = open_database(f"sqlite:///{path}")
    try:
        assert report is not None
        assert report.previous is None
        assert report.backup is None
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == HEAD_REVISION
    finally:
        db.close()
    again, report = open_database(f"sqlite:///{path}")
    again.close()
    assert report is None  # nothing to do the second time


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my notes, not a database.\n" * 100)
    with pytest.raises(StorageUnavailable, match="damaged or is not a Convivio database"):
        open_database(f"sqlite:///{path}")


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(StorageUnavailable, match="not a Convivio database"):
        open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["recipes"]


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    db, _ = open_database(url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(StorageUnavailable, match="newer version of Convivio"):
        open_database(url)


def test_an_unwritable_location_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageUnavailable):
        open_database(f"sqlite:///{blocker / 'sub' / 'db.sqlite3'}")


def test_transaction_rolls_back_everything_on_error(db: Database) -> None:
    def failing_action() -> None:
        with db.transaction() as session:
            session.execute(text("INSERT INTO tags (name, name_key) VALUES ('a', 'a')"))
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        failing_action()
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM tags")).scalar() == 0


def test_a_locked_database_gives_a_storage_error(sqlite_url: str) -> None:
    db, _ = open_database(sqlite_url)
    db.close()
    path = db.sqlite_path
    assert path is not None
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    impatient = Database(db.url, engine=make_engine(db.url, busy_timeout_ms=50))
    try:
        with pytest.raises(StorageUnavailable, match="busy"), impatient.transaction() as session:
            session.execute(text("INSERT INTO tags (name, name_key) VALUES ('b', 'b')"))
    finally:
        impatient.close()
        blocker.rollback()
        blocker.close()
