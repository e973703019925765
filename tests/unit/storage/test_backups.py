from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.domain.errors import StorageUnavailable
from app.services.maintenance import DatabaseDamaged, open_checked
from app.storage import backups
from app.storage.migrate import open_database


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "solo.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    db.close()
    return path


def test_backups_rotate_keeping_the_newest(tmp_path: Path) -> None:
    path = _db(tmp_path)
    made = [backups.take_backup(path) for _ in range(backups.KEEP + 3)]
    upgrade = backups.take_backup(path, "before-upgrade-from-0001")
    listed = backups.list_backups(path)
    assert [b.path for b in listed if b.reason == "auto"] == list(reversed(made[-backups.KEEP :]))
    assert listed[0].path == upgrade  # upgrade backups are never rotated away
    assert all(b.path.stat().st_mode & 0o077 == 0 for b in listed)
    assert backups.backup_dir(path).stat().st_mode & 0o077 == 0


def test_integrity_check_finds_damage(tmp_path: Path) -> None:
    path = _db(tmp_path)
    assert backups.integrity_problem(path) is None
    data = bytearray(path.read_bytes())
    data[4096:4200] = b"\xff" * 104  # scribble over the first table page
    path.write_bytes(bytes(data))
    assert backups.integrity_problem(path) is not None
    with pytest.raises(DatabaseDamaged, match="is damaged"):
        open_checked(str(path))


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_file(tmp_path: Path) -> None:
    path = _db(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO tags (name, name_key) VALUES ('before', 'before')")
    backup = backups.take_backup(path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO tags (name, name_key) VALUES ('after', 'after')")
    aside = backups.restore_backup(backup, path)
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM tags")] == ["before"]
    with sqlite3.connect(aside) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT name FROM tags")) == ["after", "before"]


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    path = _db(tmp_path)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(StorageUnavailable, match="damaged too"):
        backups.restore_backup(bad, path)
    assert backups.integrity_problem(path) is None


def test_opening_for_the_window_takes_a_backup(tmp_path: Path) -> None:
    path = _db(tmp_path)
    services = open_checked(str(path))
    services.db.close()
    assert [b.reason for b in backups.list_backups(path)] == ["auto"]
