"""What every benchmark module shares: the Figure it reports and timing helpers.

Each `benchmarks/bench_*.py` exposes `run(quick: bool = False) -> list[Figure]`. Targets are
ratios against a reference measured in the same run, because these machines are shared and noisy.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str = ""
    ok: bool | None = None
    detail: str = ""

    def line(self) -> str:
        verdict = "" if self.ok is None else ("  OK" if self.ok else "  MISSED")
        target = f"  (target {self.target})" if self.target else ""
        detail = f"  [{self.detail}]" if self.detail else ""
        return f"{self.name:<58} {self.value:>10.3f} {self.unit:<8}{target}{verdict}{detail}"


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time in seconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
