"""Run every benchmark module (or those named on the command line) and print the figures."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from benchmarks.common import Figure


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("names", nargs="*", help="e.g. startup search (default: all)")
    parser.add_argument("--quick", action="store_true", help="smaller data, for a smoke run")
    args = parser.parse_args()
    here = Path(__file__).parent
    modules = sorted(
        m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_")
    )
    wanted = [m for m in modules if not args.names or m.removeprefix("bench_") in args.names]
    missed = 0
    for name in wanted:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name.removeprefix('bench_')}", flush=True)
        figures: list[Figure] = module.run(quick=args.quick)
        for figure in figures:
            print(figure.line(), flush=True)
            missed += figure.ok is False
    print(f"== {missed} target(s) missed" if missed else "== all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
