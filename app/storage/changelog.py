"""Every write records who changed what, in the same transaction: the `change_log` table.

Teammates' open windows poll it to refresh what others changed (team mode), and histories show
it ("edited by Ana, 21 Nov 10:31"). Rows changed through ORM objects are logged one by one with
the names of the changed fields; bulk statements are logged per row when their ids are known
and as one table-wide entry otherwise (views then reload that table).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from app.storage.orm import Base, ChangeLogEntry
from app.storage.types import utcnow

LOG_TABLE = ChangeLogEntry.__tablename__
BULK_ID = 0
"""record_id of a table-wide entry: "many rows of this table changed"."""
MAX_ROWS_PER_STATEMENT = 200

_PENDING = "convivio_changelog"


def _pending(session: Session) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = session.info.setdefault(_PENDING, [])
    return entries


def note(session: Session, table: str, record_ids: Any, action: str, summary: str = "") -> None:
    """Log rows a service changed with a statement the automatic hooks can't see into."""
    for record_id in record_ids:
        _pending(session).append(
            {"kind": table, "record_id": int(record_id), "action": action, "summary": summary}
        )


def _on_after_flush(session: Session, _context: Any) -> None:
    entries = _pending(session)
    for obj in session.new:
        entries.append(_entry(obj, "insert", ""))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            state = inspect(obj)
            changed = sorted(
                a.key
                for a in state.attrs
                if a.history.has_changes() and a.key not in ("updated_at", "version", "search_key")
            )
            entries.append(_entry(obj, "update", ", ".join(changed)))
    for obj in session.deleted:
        entries.append(_entry(obj, "delete", ""))


CHILD_TABLES: dict[str, tuple[str, str]] = {
    "person_emails": ("people", "person_id"),
    "person_handles": ("people", "person_id"),
    "venue_rooms": ("venues", "venue_id"),
    "venue_contacts": ("venues", "venue_id"),
    "rsvp_changes": ("rsvps", "rsvp_id"),
}
"""Rows that belong to a parent record: a change to one is logged as a change of the parent."""


def _entry(obj: Any, action: str, summary: str) -> dict[str, Any]:
    table = obj.__table__.name
    parent = CHILD_TABLES.get(table)
    if parent is not None:
        parent_id = getattr(obj, parent[1], None)
        if isinstance(parent_id, int):
            return {"kind": parent[0], "record_id": parent_id, "action": "update", "summary": table}
    # New objects have no identity key until the flush completes; read their key columns.
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    record_id = key[0] if len(key) == 1 and isinstance(key[0], int) else BULK_ID
    return {"kind": table, "record_id": record_id, "action": action, "summary": summary}


def _on_orm_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name is None or name == LOG_TABLE or name not in Base.metadata.tables:
        return
    action = "insert" if state.is_insert else "update" if state.is_update else "delete"
    params = state.parameters
    rows = params if isinstance(params, list) else [params] if params else []
    ids = [r.get("id") for r in rows if isinstance(r, dict)]
    if ids and all(i is not None for i in ids) and len(ids) <= MAX_ROWS_PER_STATEMENT:
        note(state.session, name, ids, action)
    else:
        note(state.session, name, [BULK_ID], action)


def _on_before_commit(session: Session) -> None:
    session.flush()
    entries = session.info.pop(_PENDING, [])
    if not entries:
        return
    unique = _condense(entries)
    now = utcnow()
    actor = str(session.info.get("actor", ""))
    origin = str(session.info.get("origin", ""))
    rows = [{**e, "at": now, "actor": actor, "origin": origin} for e in unique]
    session.execute(insert(ChangeLogEntry), rows)


def _condense(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One line per record and action: updates of a record created or deleted in the same
    transaction are part of that, and several updates merge their field names."""
    created_or_gone = {
        (e["kind"], e["record_id"]) for e in entries if e["action"] in ("insert", "delete")
    }
    merged: dict[tuple[str, int, str], dict[str, Any]] = {}
    for e in entries:
        key = (e["kind"], e["record_id"], e["action"])
        if e["action"] == "update" and key[:2] in created_or_gone and key[1] != BULK_ID:
            continue
        if key not in merged:
            merged[key] = dict(e)
            continue
        fields = {f.strip() for f in (merged[key]["summary"] + "," + e["summary"]).split(",")}
        merged[key]["summary"] = ", ".join(sorted(f for f in fields if f))
    return list(merged.values())


def _on_after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def install(sessions: sessionmaker[Session]) -> None:
    """Log every write made through sessions of this factory."""
    event.listen(sessions, "after_flush", _on_after_flush)
    event.listen(sessions, "do_orm_execute", _on_orm_execute)
    event.listen(sessions, "before_commit", _on_before_commit)
    event.listen(sessions, "after_soft_rollback", lambda s, _t: _on_after_rollback(s))
