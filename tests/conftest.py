"""Shared fixtures. Qt runs offscreen; nothing touches the real user folders or settings."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.container import Services
from app.storage.database import Database
from app.storage.migrate import open_database
from tests.postgres_server import PostgresServer


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """platformdirs and QSettings look here instead of the developer's home."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("CONVIVIO_DB", raising=False)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the whole session (fails loudly if it can't start)."""
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'convivio.sqlite3'}"


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """The database tests run against; storage and service tests override it to run on both."""
    return sqlite_url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A fresh, migrated SQLite database in a temporary folder."""
    database, _report = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.over(db)
