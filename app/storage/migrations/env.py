"""Alembic environment: runs on the connection Convivio hands over, or on the URL in the config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from app.storage.orm import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic` on the command line, for writing new migrations
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///alembic-dev.sqlite3"
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
