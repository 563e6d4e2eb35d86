"""Timing helpers shared by the benchmarks: min/median/max of runs, and a ratio to a baseline
that does the same work in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Milliseconds of each timed run of one piece of work."""

    label: str
    ms: tuple[float, ...]

    @property
    def min(self) -> float:
        return min(self.ms)

    @property
    def median(self) -> float:
        return statistics.median(self.ms)

    @property
    def max(self) -> float:
        return max(self.ms)


@dataclass(frozen=True)
class Comparison:
    """The program's way of doing some work against the bare way, measured in the same run."""

    subject: Timing
    baseline: Timing

    @property
    def ratio(self) -> float:
        return self.subject.median / self.baseline.median if self.baseline.median else 0.0


def compare(
    label: str, work: Callable[[], object], bare: Callable[[], object], runs: int
) -> Comparison:
    """`work` and `bare` timed alternately run by run, so that a busy machine slows both alike."""
    work()
    bare()
    subject: list[float] = []
    baseline: list[float] = []
    for _ in range(runs):
        for action, samples in ((work, subject), (bare, baseline)):
            started = time.perf_counter()
            action()
            samples.append((time.perf_counter() - started) * 1000)
    return Comparison(Timing(label, tuple(subject)), Timing(label, tuple(baseline)))


def table(comparisons: Sequence[Comparison], subject: str, baseline: str) -> list[str]:
    """Lines of a plain-text table: label, min/median/max of both, and the ratio of medians."""
    width = max([len(c.subject.label) for c in comparisons] + [5])
    head = f"{'':<{width}}  {subject + ' ms min/med/max':>24}  {baseline + ' ms min/med/max':>24}"
    lines = [f"{head}  ratio"]
    for c in comparisons:
        mine = f"{c.subject.min:.1f} / {c.subject.median:.1f} / {c.subject.max:.1f}"
        bare = f"{c.baseline.min:.1f} / {c.baseline.median:.1f} / {c.baseline.max:.1f}"
        lines.append(f"{c.subject.label:<{width}}  {mine:>24}  {bare:>24}  {c.ratio:5.1f}x")
    return lines
