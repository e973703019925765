"""Keeping a solo database safe: checks on open, rotating backups, restore."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from app.domain.errors import StorageUnavailable
from app.services.container import Services, open_services
from app.services.dto import BackupInfo
from app.storage import backups
from app.storage.database import resolve_url


class DatabaseDamaged(StorageUnavailable):
    """SQLite's integrity check failed: the file must not be written to; offer a backup."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(
            f"The database {path} is damaged. Convivio did not open it, so nothing more can be "
            "lost. You can restore a backup.",
            problem,
        )
        self.path = path


def sqlite_path(target: str | None) -> Path | None:
    parsed = make_url(resolve_url(target or None))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def open_checked(target: str | None, password: str | None = None) -> Services:
    """Open for the window: check a SQLite file first, then back it up and open it."""
    path = sqlite_path(target)
    if path is not None:
        problem = backups.integrity_problem(path)
        if problem is not None:
            raise DatabaseDamaged(path, problem)
    services = open_services(target, password)
    if path is not None:
        backups.take_backup(path)
    return services


def backup_now(services: Services) -> Path | None:
    path = services.db.sqlite_path
    return None if path is None else backups.take_backup(path)


def list_backups(path: Path) -> list[BackupInfo]:
    return [BackupInfo(b.path, b.taken_at, b.reason, b.size) for b in backups.list_backups(path)]


def restore(path: Path, backup: Path) -> Services:
    """Replace the (closed) database file with `backup` and open it."""
    backups.restore_backup(backup, path)
    return open_services(str(path))
