"""Persistence with SQLAlchemy 2: schema, engine, migrations and queries. No Qt here."""
