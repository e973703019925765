"""Run a test directory against both SQLite and a real PostgreSQL server."""

from __future__ import annotations

import pytest

from tests.postgres_server import PostgresServer


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    if request.param == "sqlite":
        return sqlite_url
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()
