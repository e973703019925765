"""A throwaway PostgreSQL server for the test session (Debian's `postgresql` package).

The server listens only on a Unix socket in a temporary folder. When the tests run as root (as
in CI), the cluster is created and run as the `postgres` system user, because initdb refuses
to run as root. Each test gets its own database, cloned from a template migrated once.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from app.storage.migrate import run_alembic

USER = "convivio"
TEMPLATE = "convivio_template"


class PostgresUnavailable(RuntimeError):
    pass


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found: install Debian's `postgresql` package "
        "(.ci/run does) to run the team-mode tests."
    )


class PostgresServer:
    def __init__(self) -> None:
        self.bindir = _bindir()
        self.root = Path(tempfile.mkdtemp(prefix="convivio-pg-"))
        self.data = self.root / "data"
        self.socket = self.root / "sock"
        self.port = 5432 + (os.getpid() % 1000)
        self._as_postgres = os.geteuid() == 0
        self._counter = itertools.count(1)

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> PostgresServer:
        self.socket.mkdir(parents=True)
        if self._as_postgres:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.socket, "postgres")
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            USER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -k {self.socket} -c listen_addresses='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.root / "log"),
            "start",
        )
        run_alembic(self.url(self._create_raw(TEMPLATE)))
        return self

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@/{database}?host={self.socket}&port={self.port}"

    def _create_raw(self, name: str, template: str | None = None) -> str:
        import psycopg

        with psycopg.connect(
            host=str(self.socket), port=self.port, user=USER, dbname="postgres", autocommit=True
        ) as conn:
            suffix = f" TEMPLATE {template}" if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{suffix}')  # type: ignore[arg-type]
        return name

    def new_database(self, *, migrated: bool = True) -> str:
        """A fresh database: a copy of the migrated template, or empty."""
        name = f"test_{next(self._counter)}"
        self._create_raw(name, TEMPLATE if migrated else "template0")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
