"""Start-up and search on a team database: the same figures as on SQLite, on a local PostgreSQL
server started for the run (Debian's `postgresql` package) and filled by `copy-db`."""

from __future__ import annotations

import statistics
import sys

from benchmarks import bench_search, bench_startup
from benchmarks.common import Figure
from benchmarks.data import demo_database


def run(quick: bool = False) -> list[Figure]:
    from app.services.copy_db import copy_database
    from tests.postgres_server import PostgresServer

    server = PostgresServer().start()
    try:
        startup_db = server.new_database(migrated=False)
        copy_database(str(demo_database(people=10_000, events=500, rsvps=50_000)), startup_db)
        people = 20_000 if quick else 100_000
        search_db = server.new_database(migrated=False)
        copy_database(str(demo_database(people=people, events=50, rsvps=5_000)), search_db)

        app = [sys.executable, "-m", "app", "--db", startup_db, "--quit-when-ready"]
        bare = [sys.executable, "-c", bench_startup.BARE]
        bench_startup._launch(app)
        rounds = 3 if quick else 7
        ref, shown, loaded = [], [], []
        for _ in range(rounds):
            ref.append(bench_startup._launch(bare)["shown"])
            marks = bench_startup._launch(app)
            shown.append(marks["shown"])
            loaded.append(marks["loaded"])
        r, s, ld = (statistics.median(x) for x in (ref, shown, loaded))
        figures = [
            Figure("PostgreSQL: bare PySide6 window (reference)", r * 1000, "ms"),
            Figure("PostgreSQL: window shown and idle", s * 1000, "ms"),
            Figure("  ratio to the bare window", s / r, "x", "<= 2.0", s / r <= 2.0),
            Figure("PostgreSQL: window with its first rows loaded", ld * 1000, "ms"),
            Figure("  ratio to the bare window", ld / r, "x", "<= 2.0", ld / r <= 2.0),
        ]
        figures += [
            Figure("PostgreSQL: " + f.name, f.value, f.unit, f.target, f.ok, f.detail)
            for f in bench_search.measure(search_db, people, quick)
        ]
        return figures
    finally:
        server.stop()
