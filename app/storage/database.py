"""Opening a database: where it lives, SQLite pragmas, one transaction per user action."""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.domain.errors import ConflictError, StorageUnavailable
from app.storage import changelog

log = logging.getLogger(__name__)

DB_FILENAME = "convivio.sqlite3"
ENV_VAR = "CONVIVIO_DB"
BUSY_TIMEOUT_MS = 5000


def default_database_path() -> Path:
    """The solo database in the user's data folder (created on first use)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Convivio", appauthor=False)) / DB_FILENAME


def resolve_url(target: str | None = None) -> str:
    """Turn `--db` (a path or a SQLAlchemy URL), else $CONVIVIO_DB, else the default into a URL."""
    chosen = target or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in chosen:
        return chosen
    return f"sqlite:///{Path(chosen).expanduser().resolve()}"


def describe(url: str) -> str:
    """A user-facing name for a database: the file path, or the URL without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _prepare_sqlite_file(path: Path) -> None:
    """Create the folder and an empty file readable by the user only (0600) before SQLite does."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    except OSError as error:
        raise StorageUnavailable(
            f"Convivio can't create its database file at {path}.", str(error)
        ) from error


def _install_sqlite_pragmas(engine: Engine, *, foreign_keys: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock up front so two writers queue on busy_timeout instead of
        # failing half-way when a read lock can't be upgraded.
        write = connection.get_execution_options().get("convivio_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(
    url: str, *, foreign_keys: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """An engine with Convivio's connection settings for SQLite or PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _prepare_sqlite_file(Path(parsed.database))
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        _install_sqlite_pragmas(engine, foreign_keys=foreign_keys, busy_timeout_ms=busy_timeout_ms)
        return engine
    return create_engine(url, pool_pre_ping=True)


def storage_error(error: exc.DBAPIError | exc.SQLAlchemyError, where: str) -> StorageUnavailable:
    """Translate a driver error into words a user can act on."""
    detail = str(getattr(error, "orig", None) or error)
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered:
        message = f"The database {where} is busy: another program is writing to it. Try again."
    elif "readonly" in lowered or "read-only" in lowered:
        message = f"The database {where} is read-only; Convivio can't save changes to it."
    elif "is full" in lowered or "no space" in lowered:
        message = f"The disk holding {where} is full; free some space and try again."
    elif "not a database" in lowered or "malformed" in lowered:
        message = f"{where} is damaged or is not a Convivio database."
    elif "unable to open" in lowered:
        message = f"Convivio can't open {where}; check that the folder exists and is writable."
    elif "password authentication failed" in lowered or "no password supplied" in lowered:
        message = f"The server refused the user name or password for {where}."
    elif "does not exist" in lowered and "database" in lowered:
        message = f"The server has no such database ({where}); ask its administrator."
    elif "connection refused" in lowered or "could not connect" in lowered or (
        "timeout" in lowered
    ):
        message = f"Convivio can't reach the server of {where}; check the address and network."
    else:
        message = f"Convivio could not use the database {where}."
    return StorageUnavailable(message, detail)


def _login_name() -> str:
    """The user's full name where the system has one (POSIX GECOS), else the login name."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        return ""
    try:
        import pwd

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return full or login


class Database:
    """One open database: its engine and the sessions that services use.

    `transaction()` is the only way to write: one call is one user action, committed as a whole
    or rolled back as a whole.
    """

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._write_sessions = sessionmaker(
            bind=self.engine.execution_options(convivio_write=True), expire_on_commit=False
        )
        self._read_sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        changelog.install(self._write_sessions)
        self.actor = _login_name()
        """Who is making changes: recorded with each change (the organizer's name once known)."""
        self.origin = str(uuid.uuid4())
        """This running Convivio: lets a window tell its own changes from a teammate's."""

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def name(self) -> str:
        return describe(self.url)

    @property
    def public_url(self) -> str:
        """The URL without its password: what may be written to settings."""
        # URL.set() ignores None, so replace the field itself.
        return make_url(self.url)._replace(password=None).render_as_string(hide_password=False)

    @property
    def sqlite_path(self) -> Path | None:
        parsed = make_url(self.url)
        if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
            return None
        return Path(parsed.database)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        session = self._write_sessions()
        session.info["actor"] = self.actor
        session.info["origin"] = self.origin
        try:
            yield session
            session.commit()
        except StaleDataError as error:
            session.rollback()
            raise ConflictError(
                "Someone else changed this record after you opened it; nothing was saved.",
                str(error),
            ) from error
        except exc.OperationalError as error:
            session.rollback()
            raise storage_error(error, self.name) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only; it never commits."""
        session = self._read_sessions()
        try:
            yield session
        except exc.OperationalError as error:
            raise storage_error(error, self.name) from error
        finally:
            session.rollback()
            session.close()

    def table_names(self) -> list[str]:
        with self.engine.connect() as conn:
            return inspect(conn).get_table_names()

    def ping(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except exc.DBAPIError as error:
            raise storage_error(error, self.name) from error

    def close(self) -> None:
        self.engine.dispose()
