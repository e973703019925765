from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from app.storage.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    open_database,
    run_alembic,
)
from app.storage.orm import Base
from tests.postgres_server import PostgresServer

FIRST_REVISION = "0001"


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_head_constant_matches_alembic() -> None:
    assert _script().get_current_head() == HEAD_REVISION


def test_migrations_build_exactly_the_orm_schema(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    run_alembic(url)
    engine = create_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_from_the_first_migration_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    run_alembic(url, FIRST_REVISION)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO people (given_name, family_name, name_order, preferred_name, pronouns,"
            " phone, job_title, notes, how_we_met, search_key, created_at, updated_at, version)"
            " VALUES ('伟', '张', 'family-first', '', '', '', '', 'note ✓', '', '伟 张',"
            " '2026-01-01 10:00:00', '2026-01-01 10:00:00', 1)"
        )
    db, report = open_database(url)
    try:
        with db.read() as session:
            row = session.execute(text("SELECT given_name, family_name, notes FROM people")).one()
        assert tuple(row) == ("伟", "张", "note ✓")
    finally:
        db.close()
    if HEAD_REVISION == FIRST_REVISION:
        assert report is None
    else:
        assert report is not None
        assert report.previous == FIRST_REVISION
        assert report.backup is not None
        assert report.backup.exists()


def test_every_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    from alembic import command

    url = f"sqlite:///{tmp_path / 'cycle.sqlite3'}"
    run_alembic(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        command.upgrade(config, "head")
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert version == HEAD_REVISION


def test_postgres_upgrades_from_the_first_migration_to_the_orm_schema(
    postgres: PostgresServer,
) -> None:
    url = postgres.new_database(migrated=False)
    run_alembic(url, FIRST_REVISION)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO people (given_name, family_name, name_order, preferred_name, pronouns,"
                " phone, job_title, notes, how_we_met, search_key, created_at, updated_at, version)"
                " VALUES ('Jürgen', 'Groß', 'given-first', '', '', '', '', '', '', 'jurgen gross',"
                " now(), now(), 1)"
            )
        )
    db, report = open_database(url)
    try:
        assert report is not None
        assert report.previous == FIRST_REVISION
        assert report.backup is None  # a server database is backed up by its administrator
        with db.read() as session:
            assert session.execute(text("SELECT given_name FROM people")).scalar() == "Jürgen"
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        db.close()
        engine.dispose()
