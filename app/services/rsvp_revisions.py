"""What a change did to rows, so undo can take it back and redo can do it again.

A `Revision` lists updated columns (before and after), rows it inserted and rows it removed.
`revert` applies the opposite in the caller's transaction and returns the revision that takes
the revert back, so undo and redo are the same function. Versioned rows are checked first: if
a teammate changed a row since, nothing is written and ConflictError says so.

Inserted rows are removed with everything that depends on them (snapshots.capture), and that
copy is what a later revert inserts again, with the same ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError
from app.domain.messages import msg
from app.storage import snapshots
from app.storage.orm import Base

Values = tuple[tuple[str, Any], ...]
_CHUNK = 900


@dataclass(frozen=True)
class RowUpdate:
    table: str
    key: int
    before: Values
    after: Values


@dataclass(frozen=True)
class Revision:
    updates: tuple[RowUpdate, ...] = ()
    inserted: tuple[tuple[str, tuple[tuple[int, int | None], ...]], ...] = ()
    """(table, ((id, version), …)), parents first: rows the change created."""
    removed: snapshots.RowSnapshot | None = None
    """Rows the change deleted, with everything deleted along."""

    def __bool__(self) -> bool:
        return bool(self.updates or self.inserted or self.removed)

    def ids(self, table: str) -> set[int]:
        """Every id of `table` this revision touches."""
        found = {u.key for u in self.updates if u.table == table}
        for name, rows in self.inserted:
            if name == table:
                found.update(i for i, _v in rows)
        if self.removed is not None:
            for name, snap_rows in self.removed.tables:
                if name == table:
                    found.update(int(r["id"]) for r in snap_rows)
        return found


def merge(parts: Sequence[Revision]) -> Revision:
    """One revision doing what `parts` did in order (so undo needs one version check per row).

    Columns keep their first "before" and last "after"; a row inserted by an earlier part and
    updated by a later one is simply inserted, at its latest version.
    """
    order: list[tuple[str, int]] = []
    before: dict[tuple[str, int], dict[str, Any]] = {}
    after: dict[tuple[str, int], dict[str, Any]] = {}
    inserted: dict[str, dict[int, int | None]] = {}
    removed = [p.removed for p in parts if p.removed is not None]
    if len(removed) > 1:
        raise ValueError("can't merge several removals")
    for part in parts:
        for name, rows in part.inserted:
            inserted.setdefault(name, {}).update(rows)
        for u in part.updates:
            key = (u.table, u.key)
            if u.key in inserted.get(u.table, {}):
                inserted[u.table][u.key] = dict(u.after).get("version")
                continue
            if key not in before:
                order.append(key)
                before[key], after[key] = {}, {}
            for column, value in u.before:
                before[key].setdefault(column, value)
            after[key].update(u.after)
    updates = tuple(
        RowUpdate(
            table,
            row_id,
            tuple((c, before[(table, row_id)][c]) for c in after[(table, row_id)]),
            tuple(after[(table, row_id)].items()),
        )
        for table, row_id in order
    )
    return Revision(
        updates,
        tuple((name, tuple(rows.items())) for name, rows in inserted.items()),
        removed[0] if removed else None,
    )


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def capture_rows(session: Session, table: str, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Whole rows of `table` by id, as plain dicts."""
    t = _table(table)
    wanted = sorted(set(ids))
    rows: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for r in session.execute(select(t).where(t.c.id.in_(chunk))):
            rows[int(r.id)] = dict(r._mapping)
    return rows


def diff_rows(
    table: str,
    before: Mapping[int, Mapping[str, Any]],
    after: Mapping[int, Mapping[str, Any]],
) -> tuple[RowUpdate, ...]:
    """Column changes of rows present in both `before` and `after`."""
    updates = []
    for key, old in before.items():
        new = after.get(key)
        if new is None:
            continue
        columns = [c for c in new if old.get(c) != new[c]]
        if columns:
            updates.append(
                RowUpdate(
                    table,
                    key,
                    tuple((c, old.get(c)) for c in columns),
                    tuple((c, new[c]) for c in columns),
                )
            )
    return tuple(updates)


def inserted(
    table: str, rows: Iterable[Mapping[str, Any]]
) -> tuple[str, tuple[tuple[int, int | None], ...]]:
    """The `inserted` entry for freshly written rows of `table`."""
    return table, tuple((int(r["id"]), r.get("version")) for r in rows)


def revert(session: Session, revision: Revision) -> Revision:
    """Take `revision` back; return the revision that takes this revert back."""
    _check(session, revision)
    gone: list[tuple[str, tuple[dict[str, Any], ...]]] = []
    cleared: list[tuple[str, str, Any, Any]] = []
    for name, rows in revision.inserted:
        ids = [i for i, _v in rows]
        snap = snapshots.capture(session, name, ids)
        # A parent captured earlier already took its children (an RSVP of a new person).
        seen = {(t, int(r["id"])) for t, rs in gone for r in rs if "id" in r}
        for t, rs in snap.tables:
            kept = tuple(r for r in rs if "id" not in r or (t, int(r["id"])) not in seen)
            if kept:
                gone.append((t, kept))
        cleared.extend(snap.cleared)
    for name, rows in reversed(revision.inserted):
        ids = [i for i, _v in rows]
        target = _table(name)
        for start in range(0, len(ids), _CHUNK):
            session.execute(delete(target).where(target.c.id.in_(ids[start : start + _CHUNK])))
    back: list[tuple[str, tuple[tuple[int, int | None], ...]]] = []
    if revision.removed is not None:
        snapshots.restore(session, revision.removed)
        for name, snap_rows in revision.removed.tables:
            if snap_rows and "id" in snap_rows[0]:
                back.append(inserted(name, snap_rows))
    inverse_updates = tuple(_apply_before(session, u) for u in revision.updates)
    removed = snapshots.RowSnapshot(tuple(gone), tuple(cleared)) if gone else None
    return Revision(inverse_updates, tuple(back), removed)


def _check(session: Session, revision: Revision) -> None:
    """Refuse when a row this revision wrote was changed or deleted since."""
    for u in revision.updates:
        t = _table(u.table)
        current = session.execute(select(t).where(t.c.id == u.key)).first()
        if current is None:
            raise ConflictError(
                msg("This can't be undone: a record it changed has been deleted since."), u.table
            )
        after = dict(u.after)
        if "version" in t.c and "version" in after and current.version != after["version"]:
            raise ConflictError(
                msg("This can't be undone: someone changed the same record since."), u.table
            )
    for name, rows in revision.inserted:
        t = _table(name)
        if "version" not in t.c:
            continue
        expected = dict(rows)
        ids = list(expected)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for r in session.execute(select(t.c.id, t.c.version).where(t.c.id.in_(chunk))):
                if expected.get(r.id) not in (None, r.version):
                    raise ConflictError(
                        msg("This can't be undone: someone changed the same record since."), name
                    )


def _apply_before(session: Session, u: RowUpdate) -> RowUpdate:
    """Write the before values (raising the version) and describe how to go forward again."""
    t = _table(u.table)
    values = dict(u.before)
    after = dict(u.after)
    if "version" in t.c:
        values["version"] = int(after.get("version") or 0) + 1
    session.execute(update(t).where(t.c.id == u.key).values(values))
    columns: Sequence[str] = list(values)
    current = tuple((c, after.get(c)) for c in columns)
    return RowUpdate(u.table, u.key, current, tuple((c, values[c]) for c in columns))
