"""Copies of rows taken before a delete, so undo can put back exactly what was there.

Deleting a person cascades to their e-mails, tags, RSVPs and conversations, and clears
references held by other rows. `capture` walks the schema's foreign keys to collect all of it;
`restore` inserts the rows again with the same ids and re-points the cleared references.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from app.storage.orm import Base
from app.storage.sequences import sync_sequences

_CHUNK = 900


@dataclass(frozen=True)
class RowSnapshot:
    """Plain-data rows, parents first, plus references that a delete set to NULL."""

    tables: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]
    cleared: tuple[tuple[str, str, Any, Any], ...]
    """(table, column, primary key of the row, value the column held)."""

    def count(self, table: str) -> int:
        return sum(len(rows) for name, rows in self.tables if name == table)


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _select_rows(
    session: Session, table: Table, column: str, values: Sequence[Any]
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(values):
        result = session.execute(select(table).where(table.c[column].in_(chunk)))
        rows.extend(dict(r._mapping) for r in result)
    return rows


def capture(session: Session, table_name: str, ids: Iterable[int]) -> RowSnapshot:
    """Snapshot rows `ids` of `table_name` and everything a delete of them would touch."""
    tables: list[tuple[str, tuple[dict[str, Any], ...]]] = []
    cleared: list[tuple[str, str, Any, Any]] = []
    seen: set[tuple[str, Any]] = set()

    def visit(table: Table, column: str, values: Sequence[Any]) -> None:
        rows = [
            r
            for r in _select_rows(session, table, column, values)
            if (table.name, _pk(table, r)) not in seen
        ]
        if not rows:
            return
        seen.update((table.name, _pk(table, r)) for r in rows)
        tables.append((table.name, tuple(rows)))
        if "id" not in table.c:
            return
        parent_ids = [r["id"] for r in rows]
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                col = fk.parent.name
                if fk.ondelete == "CASCADE":
                    visit(child, col, parent_ids)
                elif fk.ondelete == "SET NULL":
                    for r in _select_rows(session, child, col, parent_ids):
                        cleared.append((child.name, col, _pk(child, r), r[col]))

    visit(_table(table_name), "id", list(ids))
    return RowSnapshot(tables=tuple(tables), cleared=tuple(cleared))


def _pk(table: Table, row: dict[str, Any]) -> Any:
    keys = [c.name for c in table.primary_key.columns]
    return row[keys[0]] if len(keys) == 1 else tuple(row[k] for k in keys)


def restore(session: Session, snapshot: RowSnapshot) -> None:
    """Insert the captured rows again (same ids) and restore cleared references."""
    for name, rows in snapshot.tables:
        session.execute(_table(name).insert(), list(rows))
    sync_sequences(session, [name for name, _rows in snapshot.tables])
    for name, column, pk, value in snapshot.cleared:
        table = _table(name)
        keys = [c.name for c in table.primary_key.columns]
        pk_values = pk if isinstance(pk, tuple) else (pk,)
        condition = [table.c[k] == v for k, v in zip(keys, pk_values, strict=True)]
        session.execute(update(table).where(*condition).values({column: value}))


def referenced_ids(snapshot: RowSnapshot) -> dict[str, set[Any]]:
    """Rows the captured rows point at, by table: their counts or lists change with the delete."""
    found: dict[str, set[Any]] = {}
    for name, rows in snapshot.tables:
        for fk in _table(name).foreign_keys:
            column, target = fk.parent.name, fk.column.table.name
            values = {r[column] for r in rows if r.get(column) is not None}
            if values:
                found.setdefault(target, set()).update(values)
    return found
