"""Timing helpers shared by the benchmarks: min/median/max of runs, and a ratio to a baseline
that does the same work in the same run.

Wall-clock time is what a clerk waits; this process's CPU time (time.process_time) is kept
beside it, as a figure that other programs on a busy machine disturb much less.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Milliseconds of each timed run of one piece of work: wall clock and CPU."""

    label: str
    ms: tuple[float, ...]
    cpu_ms: tuple[float, ...]

    @property
    def min(self) -> float:
        return min(self.ms)

    @property
    def median(self) -> float:
        return statistics.median(self.ms)

    @property
    def max(self) -> float:
        return max(self.ms)

    @property
    def cpu_median(self) -> float:
        """The CPU median; NaN when only the wall clock was measured (a child process's)."""
        return statistics.median(self.cpu_ms) if self.cpu_ms else float("nan")


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
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for side, action in enumerate((work, bare)):
            started, started_cpu = time.perf_counter(), time.process_time()
            action()
            walls[side].append((time.perf_counter() - started) * 1000)
            cpus[side].append((time.process_time() - started_cpu) * 1000)
    subject, baseline = (Timing(label, tuple(walls[s]), tuple(cpus[s])) for s in (0, 1))
    return Comparison(subject, baseline)


def table(comparisons: Sequence[Comparison], subject: str, baseline: str) -> list[str]:
    """Lines of a plain-text table: label, wall-clock min/median/max of both, the ratio of the
    medians, and the CPU medians of both."""
    width = max([len(c.subject.label) for c in comparisons] + [5])
    head = f"{'':<{width}}  {subject + ' ms min/med/max':>26}  {baseline + ' ms min/med/max':>26}"
    lines = [f"{head}  ratio  cpu ms med: {subject} / {baseline}"]
    for c in comparisons:
        mine = f"{c.subject.min:.1f} / {c.subject.median:.1f} / {c.subject.max:.1f}"
        bare = f"{c.baseline.min:.1f} / {c.baseline.median:.1f} / {c.baseline.max:.1f}"
        cpu = " / ".join(
            f"{t.cpu_median:.1f}" if t.cpu_ms else "-" for t in (c.subject, c.baseline)
        )
        lines.append(f"{c.subject.label:<{width}}  {mine:>26}  {bare:>26}  {c.ratio:4.1f}x  {cpu}")
    return lines
