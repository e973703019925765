"""Demo databases for the benchmarks, generated once and kept in benchmarks/.data/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / ".data"


def demo_database(people: int, events: int, rsvps: int | None = None, seed: int = 1) -> Path:
    """A demo database with these figures, made by the real `convivio demo` command."""
    DATA.mkdir(exist_ok=True)
    name = f"demo-p{people}-e{events}-r{rsvps if rsvps is not None else 'd'}-s{seed}.sqlite3"
    path = DATA / name
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in DATA.glob(partial.name + "*"):
        leftover.unlink()
    command = [
        sys.executable,
        "-m",
        "app",
        "--db",
        str(partial),
        "demo",
        "--people",
        str(people),
        "--events",
        str(events),
        "--seed",
        str(seed),
    ]
    if rsvps is not None:
        command += ["--rsvps", str(rsvps)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path
