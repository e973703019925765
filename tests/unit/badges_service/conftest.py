"""Every test here that uses the `db` fixture runs on SQLite and on PostgreSQL."""

from tests.backends import db_url

__all__ = ["db_url"]
