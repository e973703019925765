"""Bring any database to the current schema, with a backup copy before touching old data.

Start-up checks the schema version with one query and never imports Alembic unless an upgrade
is actually due (Alembic adds about a third of a second to start-up).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, exc, inspect, text

from app.domain.errors import StorageUnavailable
from app.storage.backups import take_backup
from app.storage.database import Database, make_engine, storage_error

log = logging.getLogger(__name__)

HEAD_REVISION = "0003"
"""The newest migration in `migrations/versions`; a test keeps this equal to Alembic's head."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class UpgradeReport:
    previous: str | None
    current: str
    backup: Path | None


def current_revision(conn: Connection) -> str | None:
    """The schema revision stored in the database, or None for an empty database.

    Raises:
        StorageUnavailable: the database holds tables but is not a Convivio database.
    """
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" in tables:
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])
    if tables:
        raise StorageUnavailable(
            "This database holds other data and is not a Convivio database.",
            "tables: " + ", ".join(sorted(tables)),
        )
    return None


def _known_revisions() -> set[str]:
    versions = MIGRATIONS_DIR / "versions"
    return {p.name.split("_", 1)[0] for p in versions.glob("*.py") if p.name[0].isdigit()}


def run_alembic(url: str, revision: str = "head") -> None:
    """Run migrations up to `revision` with foreign keys off, then check references.

    SQLite rebuilds tables during some migrations; with foreign keys on, dropping the old copy
    of a parent table would cascade-delete its children.
    """
    from alembic import command
    from alembic.config import Config

    engine = make_engine(url, foreign_keys=False)
    try:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            if conn.dialect.name == "sqlite":
                broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
                if broken:
                    raise StorageUnavailable(
                        "The database upgrade found broken references; nothing was changed.",
                        repr(broken[:10]),
                    )
    finally:
        engine.dispose()


def open_database(url: str) -> tuple[Database, UpgradeReport | None]:
    """Open (creating or upgrading as needed) the database at `url`.

    Returns the database and, when the schema was created or upgraded, a report of what was done.
    """
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            revision = current_revision(conn)
    except exc.DBAPIError as error:
        db.close()
        raise storage_error(error, db.name) from error
    except StorageUnavailable:
        db.close()
        raise
    if revision == HEAD_REVISION:
        return db, None
    if revision is not None and revision not in _known_revisions():
        db.close()
        raise StorageUnavailable(
            f"{db.name} was written by a newer version of Convivio (schema {revision}). "
            "Update Convivio to open it.",
        )
    backup = None
    if revision is not None and db.sqlite_path is not None:
        backup = take_backup(db.sqlite_path, f"before-upgrade-from-{revision}")
        log.info("backed up %s to %s before upgrading", db.name, backup)
    try:
        run_alembic(url)
    except exc.DBAPIError as error:
        db.close()
        raise storage_error(error, db.name) from error
    log.info("database %s: schema %s -> %s", db.name, revision, HEAD_REVISION)
    return db, UpgradeReport(previous=revision, current=HEAD_REVISION, backup=backup)
