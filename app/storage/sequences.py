"""Keep PostgreSQL's id sequences ahead of ids that were inserted explicitly.

Bulk inserts (demo data, copying a database, undo re-inserting deleted rows) write ids
themselves; PostgreSQL's sequences don't notice, and the next ordinary insert would collide.
SQLite needs nothing: it always continues after the largest id.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from app.storage.orm import Base


def sync_sequences(session: Session | Connection, tables: Iterable[str] | None = None) -> None:
    dialect = session.dialect if isinstance(session, Connection) else session.get_bind().dialect
    if dialect.name != "postgresql":
        return
    names = list(tables) if tables is not None else list(Base.metadata.tables)
    for name in names:
        table = Base.metadata.tables[name]
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 1), "
                f"(SELECT MAX(id) FROM {name}) IS NOT NULL)"
            )
        )
