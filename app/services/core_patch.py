"""Undo by row states: a change remembers every row it wrote, as it was and as it became.

A stage move writes a candidate, closes older follow-ups, logs a conversation and may create an
RSVP. Rather than one hand-written inverse per verb, the service records each row it writes in a
`Patch`. Reverting writes the earlier states back, after checking that nobody changed those rows
since (ConflictError otherwise), and returns the patch that reverts the revert: undo and redo
are the same operation.

A revert checks the columns the change wrote, not the row's version: other verbs (an event
edit, an RSVP change elsewhere) bump versions too, and undoing them in turn must still work.
Only a different value in one of those columns means someone changed what we would overwrite.
Writes bump the version of versioned rows (these are Core statements), so editors holding an
older version are still refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import CursorResult, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError
from app.domain.messages import msg
from app.services.core_dto import Patch, Patched, Related, RowChange
from app.storage.database import Database
from app.storage.orm import Base
from app.storage.types import utcnow


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _where(table: Table, key: tuple[tuple[str, Any], ...]) -> list[Any]:
    return [table.c[column] == value for column, value in key]


def _current(session: Session, table: Table, key: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    row = session.execute(select(table).where(*_where(table, key))).mappings().first()
    return {} if row is None else dict(row)


@dataclass
class PatchRecorder:
    """Writes rows within one transaction and remembers each write for the patch."""

    session: Session
    rows: list[RowChange] = field(default_factory=list)

    def insert(self, table_name: str, values: Mapping[str, Any], related: Related = ()) -> int:
        table = _table(table_name)
        result = cast(CursorResult[Any], self.session.execute(insert(table).values(dict(values))))
        primary = tuple(result.inserted_primary_key or ())
        key = tuple((c.name, v) for c, v in zip(table.primary_key.columns, primary, strict=True))
        written = _current(self.session, table, key)
        self.rows.append(RowChange(table_name, key, None, written, True, related))
        ident = primary[0]
        if not isinstance(ident, int):
            raise TypeError(f"{table_name} has no numeric id; use insert_keyed()")
        return ident

    def insert_keyed(self, table_name: str, values: Mapping[str, Any]) -> None:
        """Insert a row whose key is given in `values` (a setting)."""
        table = _table(table_name)
        self.session.execute(insert(table).values(dict(values)))
        key = tuple((c.name, values[c.name]) for c in table.primary_key.columns)
        written = _current(self.session, table, key)
        self.rows.append(RowChange(table_name, key, None, written))

    def update(
        self,
        table_name: str,
        row_id: int | str,
        values: Mapping[str, Any],
        *,
        strict: bool = True,
        related: Related = (),
    ) -> None:
        """Set `values` on one row; strict updates of versioned rows bump the version."""
        table = _table(table_name)
        key = ((table.primary_key.columns.values()[0].name, row_id),)
        before = _current(self.session, table, key)
        if not before:
            raise ConflictError(msg("A record changed by this action no longer exists."))
        wanted = dict(values)
        versioned = strict and "version" in table.c
        if versioned:
            wanted["version"] = before["version"] + 1
        if strict and "updated_at" in table.c and "updated_at" not in wanted:
            wanted["updated_at"] = utcnow()
        self.session.execute(update(table).where(*_where(table, key)).values(wanted))
        after = _current(self.session, table, key)
        columns = list(wanted)
        self.rows.append(
            RowChange(
                table_name,
                key,
                {c: before[c] for c in columns},
                {c: after[c] for c in columns},
                strict,
                related,
            )
        )

    def patch(self) -> Patch:
        return Patch(tuple(self.rows))


_BOOKKEEPING = frozenset({"version", "updated_at"})


def _values(state: Mapping[str, Any]) -> dict[str, Any]:
    return {c: v for c, v in state.items() if c not in _BOOKKEEPING}


def _check(change: RowChange, current: Mapping[str, Any]) -> None:
    if not change.strict:
        return
    if change.new is None:
        clash = bool(current)
    elif not current:
        clash = True
    else:
        clash = any(current.get(c) != v for c, v in _values(change.new).items())
    if clash:
        raise ConflictError(
            msg(
                "Someone changed this after you did, so it can't be undone without losing their "
                "change; nothing was changed."
            ),
            f"{change.table} {dict(change.key)}",
        )


def _revert_row(session: Session, change: RowChange) -> RowChange | None:
    table = _table(change.table)
    where = _where(table, change.key)
    current = _current(session, table, change.key)
    _check(change, current)
    if change.old is None:
        if not current:
            return None  # a loose row someone else deleted: nothing to put back
        session.execute(delete(table).where(*where))
        return RowChange(change.table, change.key, current, None, change.strict, change.related)
    if not current:
        if change.new is not None:
            return None
        session.execute(insert(table).values(dict(change.old)))
        return RowChange(change.table, change.key, None, change.old, change.strict, change.related)
    values = _values(change.old)
    if change.strict and "version" in table.c:
        values["version"] = current["version"] + 1
    if change.strict and "updated_at" in table.c:
        values["updated_at"] = utcnow()
    session.execute(update(table).where(*where).values(values))
    after = _current(session, table, change.key)
    return RowChange(
        change.table,
        change.key,
        {c: current[c] for c in values},
        {c: after[c] for c in values},
        change.strict,
        change.related,
    )


def revert_in(session: Session, patch: Patch) -> Patch:
    """Write back the earlier state of every row, newest write first."""
    back = [r for r in (_revert_row(session, c) for c in reversed(patch.rows)) if r is not None]
    return Patch(tuple(back))


def revert(db: Database, patch: Patch) -> Patched:
    """Undo (or, given the patch an undo returned, redo) a change in one transaction."""
    with db.transaction() as session:
        back = revert_in(session, patch)
    return Patched(back, back.changes())


def merged(patches: Iterable[Patch]) -> Patch:
    return Patch(tuple(row for p in patches for row in p.rows))
