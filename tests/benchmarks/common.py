"""Benchmark helpers: time a callable many times and print our figure beside its floor in one run.

Benchmarks are scripts (`python -m tests.benchmarks.bench_X`), never timed assertions in the test suite:
the machines are shared and noisy. tests/benchmarks/test_benchmarks_run.py runs each at a tiny scale
so that they keep working.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    ours_ms: float  # the figure compared with the target (p99, or a total for one-shot work)
    floor_ms: float | None
    target_ms: float | None
    what: str = "p99"

    def line(self) -> str:
        floor = f"{self.floor_ms:9.2f} ms" if self.floor_ms is not None else "        –   "
        target = f"{self.target_ms:8.0f} ms" if self.target_ms is not None else "     –   "
        verdict = "" if self.target_ms is None else ("  OK" if self.ours_ms <= self.target_ms else "  OVER TARGET")
        return f"{self.name:<48} {self.what:>5} ours {self.ours_ms:9.2f} ms   floor {floor}   target {target}{verdict}"


def timings_ms(fn: Callable[[], object], repeat: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p99(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def once_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def report(title: str, figures: list[Figure]) -> None:
    print(f"\n== {title}")
    for figure in figures:
        print(figure.line())
