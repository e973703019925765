"""Backups of a SQLite database: taken with SQLite's online backup API, kept in rotation.

They live next to the database in `<name>.backups/` (readable by the user only): a backup on
every start of the window, every half hour while it is open, and before every schema upgrade.
The newest `KEEP` automatic ones are kept; upgrade backups are never rotated away.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.domain.errors import StorageUnavailable

KEEP = 10
AUTO = "auto"
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_dir(database: Path) -> Path:
    return database.with_name(database.name + ".backups")


def take_backup(database: Path, reason: str = AUTO) -> Path:
    """A consistent copy of `database`, safe while other connections are writing."""
    folder = backup_dir(database)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now(UTC).strftime(_STAMP)
        target = folder / f"{stamp}.{reason}.sqlite3"
        partial = target.with_suffix(".partial")
        source = sqlite3.connect(database)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        partial.chmod(0o600)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise StorageUnavailable(
            f"Convivio could not back up {database} (is the disk full?).", str(error)
        ) from error
    if reason == AUTO:
        _rotate(folder)
    return target


def _rotate(folder: Path) -> None:
    autos = sorted(folder.glob(f"*.{AUTO}.sqlite3"))
    for old in autos[:-KEEP]:
        old.unlink(missing_ok=True)


def list_backups(database: Path) -> list[Backup]:
    """Backups of `database`, newest first."""
    found = []
    for path in backup_dir(database).glob("*.sqlite3"):
        stamp, _, rest = path.name.partition(".")
        try:
            taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, taken, rest.removesuffix(".sqlite3"), path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def integrity_problem(database: Path) -> str | None:
    """What SQLite's quick check finds wrong with the file, or None when it is sound."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if rows == ["ok"] else "; ".join(rows[:5])


def restore_backup(backup: Path, database: Path) -> Path:
    """Put `backup` in place of `database` (closed by this program); the file it replaces is
    kept among the backups, and returned."""
    if integrity_problem(backup) is not None:
        raise StorageUnavailable(f"The backup {backup.name} is damaged too; choose another one.")
    try:
        # A backup-API copy includes what is still in the write-ahead log.
        aside = take_backup(database, "replaced-by-restore")
    except StorageUnavailable:
        aside = _move_aside(database)  # too damaged to copy: keep the raw files instead
    try:
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        partial = database.with_name(database.name + ".restoring")
        shutil.copyfile(backup, partial)
        partial.chmod(0o600)
        os.replace(partial, database)
    except OSError as error:
        message = f"Convivio could not restore {backup.name}."
        raise StorageUnavailable(message, str(error)) from error
    return aside


def _move_aside(database: Path) -> Path:
    folder = backup_dir(database)
    folder.mkdir(mode=0o700, exist_ok=True)
    aside = folder / f"{datetime.now(UTC).strftime(_STAMP)}.replaced-by-restore.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(database) + suffix)
        if source.exists():
            os.replace(source, Path(str(aside) + suffix))
    return aside
