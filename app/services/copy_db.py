"""Move a whole database to another place: a solo SQLite file to a team server, or back.

The copy runs in one transaction on the target, table by table in dependency order, and is
verified by comparing row counts; a target that already holds data is refused, never merged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.engine import make_url

from app.domain.errors import DomainError
from app.domain.messages import msg
from app.storage.database import Database, resolve_url
from app.storage.migrate import open_database
from app.storage.orm import Base
from app.storage.sequences import sync_sequences

CHUNK = 5000
SKIPPED = frozenset({"alembic_version"})


class TargetNotEmpty(DomainError):
    """The target database already holds data; copying into it could mix two communities."""


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
            if table.name not in SKIPPED
        }


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def copy_database(
    source: str,
    target: str,
    *,
    progress: Callable[[str, int], None] = lambda _table, _rows: None,
) -> CopyReport:
    """Copy every row of `source` into the empty database `target` (paths or URLs)."""
    source_url, target_url = resolve_url(source), resolve_url(target)
    if source_url == target_url:
        raise DomainError(msg("The source and the target are the same database."))
    source_file = _sqlite_file(source_url)
    if source_file is not None and not source_file.exists():
        # Opening it would create an empty database and "copy" nothing, successfully.
        raise DomainError(msg("There is no database at {path}.", path=str(source_file)))
    src, _ = open_database(source_url)
    try:
        dst, _ = open_database(target_url)
        try:
            occupied = {name: n for name, n in _counts(dst).items() if n}
            if occupied:
                listing = ", ".join(f"{name} ({n})" for name, n in sorted(occupied.items()))
                raise TargetNotEmpty(
                    msg(
                        "{database} already holds data ({listing}); Convivio copies only into an "
                        "empty database and never merges two.",
                        database=dst.name,
                        listing=listing,
                    )
                )
            expected = _counts(src)
            # Plain connections, not sessions: the copy is not a user's change and must not add
            # to the change log it is copying.
            with src.engine.connect() as reading, dst.engine.begin() as writing:
                for table in Base.metadata.sorted_tables:
                    if table.name in SKIPPED:
                        continue
                    copied = 0
                    result = reading.execute(select(table)).mappings()
                    while batch := result.fetchmany(CHUNK):
                        writing.execute(insert(table), [dict(row) for row in batch])
                        copied += len(batch)
                        progress(table.name, copied)
                sync_sequences(writing)
            copied_counts = _counts(dst)
            if copied_counts != expected:
                raise DomainError(
                    msg("The copy doesn't match the source (row counts differ); check the target.")
                )
            return CopyReport(src.name, dst.name, expected)
        finally:
            dst.close()
    finally:
        src.close()
