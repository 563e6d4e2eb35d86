"""Every performance target of the program, measured in one run, each against a baseline doing
the same work in the same run.

    .venv/bin/python -m benchmarks [--scale 1] [--quick] [--runs 5] [--work-dir DIR]
                                   [--only SECTION ...]

Makes (or reuses, in --work-dir) the district's database with benchmarks.generator (at scale
1: 50,000 households, 100,000 applications, 300,000 tickets) and one four times as big, then
measures, printing min / median / max milliseconds of the program and of its baseline, the
ratio of the medians and both CPU medians:

- search: household_search.search against bare SQL returning the same rows, per query kind,
  the same query strings at 1x and 4x, one sample per query string;
- cold start: a fresh process to the first window painted (fresh database: the setup dialog;
  the district: the main window) against a bare PySide6 window (benchmarks.cold_start);
- lists: refreshes of the Applications list and the queue's line against bare sqlite3
  returning the same rows (benchmarks.lists);
- documents: the talon and the certificates against a bare ReportLab page of the same text;
- gui: a query typed into the household search to its results painted, against the same rows
  by bare SQL painted in a bare table; the GUI's peak RSS against a bare window's
  (benchmarks.gui, each run a fresh process);
- import: reading a household book (our stream reader against bare calamine) and importing a
  workbook into a fresh database (read, preview, import) against bare openpyxl reading it;
- package: writing and opening a sync package against bare zlib (benchmarks.package);
- reports: a year's queue statistics against one bare pass over the tickets (converting
  their times to the office's zone and sorting the waits).

--quick: a tiny district (scale 0.004) and one run of each, to show the command works.
Targets (issue 8) are printed beside the rows they concern; nothing here asserts them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import documents, generator
from benchmarks.timing import Comparison, Timing, compare, table

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("search", "cold start", "lists", "documents", "gui", "import", "package", "reports")
QUICK_SCALE = 0.004  # 200 households, 400 applications (the list scrolls a page)
TARGETS = {
    "search": "p95 < 30 ms for every query kind at 1x and 4x",
    "cold start": "median < 1.5 s and < 2x the bare window, both databases",
    "lists": "every refresh median < 100 ms at 100,000 applications / 300,000 tickets",
    "documents": "certificate median < 100 ms",
    "gui": "peak RSS < 300 MB with the district's database",
    "import": "a 10,000-row workbook imported in < 20 s",
}


def labelled(prefix: str, comparisons: Sequence[Comparison]) -> list[Comparison]:
    """The same comparisons with `prefix` before each label."""
    return [
        Comparison(
            dataclasses.replace(c.subject, label=f"{prefix}{c.subject.label}"),
            dataclasses.replace(c.baseline, label=f"{prefix}{c.baseline.label}"),
        )
        for c in comparisons
    ]


def runs_of(label: str, runs: int, action: Callable[[], tuple[float, float]]) -> Timing:
    """`runs` calls of `action`, each returning (wall seconds, CPU seconds) of what it timed."""
    walls, cpus = zip(*(action() for _ in range(runs)), strict=True)
    return Timing(label, tuple(w * 1000 for w in walls), tuple(c * 1000 for c in cpus))


def timed_call(work: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


# ---- the sections ------------------------------------------------------------------------------


def search(one: Path, four: Path | None, per_kind: int) -> tuple[list[Comparison], list[str]]:
    from benchmarks import run

    with sqlite3.connect(f"file:{one}?mode=ro", uri=True) as raw:
        texts = run.queries(raw, per_kind)
    rows = labelled("1x ", run.measure(one, texts))
    if four is not None:
        rows += labelled("4x ", run.measure(four, texts))
    notes = []
    for c in rows:
        p95 = run.percentile(c.subject.ms, 0.95)
        notes.append(f"{c.subject.label}: p95 {p95:.1f} ms over {len(c.subject.ms)} queries")
    worst = max(run.percentile(c.subject.ms, 0.95) for c in rows)
    notes.append(f"slowest kind's p95: {worst:.1f} ms")
    return rows, notes


def cold(work_dir: Path, households: int, seed: int, runs: int, quick: bool) -> list[Comparison]:
    from benchmarks import cold_start

    found = cold_start.cold_start(work_dir, runs, households, seed, warm_up=not quick)
    timings = [
        Timing(r.case, tuple(s * 1000 for s in r.seconds), tuple(s * 1000 for s in r.cpu_seconds))
        for r in found
    ]
    return [Comparison(t, timings[0]) for t in timings[1:]]


def lists_section(path: Path, runs: int) -> list[Comparison]:
    from benchmarks import lists
    from desktop.core.clock import SystemClock

    return lists.measure(path, runs, SystemClock().today())


def gui(path: Path, work_dir: Path, per_kind: int, runs: int) -> tuple[list[Comparison], list[str]]:
    """Typed queries to results painted, and peak RSS, each run a fresh process."""
    from benchmarks import run

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        texts = run.queries(raw, per_kind, seed=11)
    typed = ["а", *texts["surname prefix"], *texts["full name"], *texts["address"]]
    queries = work_dir / "gui-queries.json"
    queries.write_text(json.dumps(typed, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def child(*args: str) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.gui", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if done.returncode != 0:
            raise RuntimeError(f"benchmarks.gui {args}: {done.stderr[-2000:]}")
        result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    gui_runs, bare_runs = [], []
    for _ in range(runs):
        gui_runs.append(child(str(path), str(queries)))
        bare_runs.append(child("--bare"))

    def per_query(key: str) -> tuple[float, ...]:
        """One sample per query (the first, "а", warms up): its median over the runs."""
        samples: list[list[float]] = [r[key] for r in gui_runs]  # type: ignore[misc]
        return tuple(statistics.median(s[i] for s in samples) for i in range(1, len(typed)))

    typed_row = Comparison(
        Timing("typed query -> results painted", per_query("typed_ms"), ()),
        Timing("bare rows painted", per_query("bare_ms"), ()),
    )
    peaks = [float(r["peak_mb"]) for r in gui_runs]  # type: ignore[arg-type]
    bare_peaks = [float(r["peak_mb"]) for r in bare_runs]  # type: ignore[arg-type]
    ratio = statistics.median(peaks) / statistics.median(bare_peaks)
    notes = [
        f"peak RSS, MB min/med/max: GUI over the district {min(peaks):.0f} / "
        f"{statistics.median(peaks):.0f} / {max(peaks):.0f}; bare window {min(bare_peaks):.0f} / "
        f"{statistics.median(bare_peaks):.0f} / {max(bare_peaks):.0f}; ratio {ratio:.1f}x",
    ]
    return [typed_row], notes


def import_section(work_dir: Path, rows: int, seed: int, runs: int) -> list[Comparison]:
    from benchmarks import books, run
    from desktop.services import households as book

    found = []
    path = books.book(work_dir, rows * 10, seed)
    found.append(
        compare(
            f"read a {rows * 10:,}-row book (stream)",
            lambda: books.read_once("stream", path),
            lambda: books.read_once("calamine", path),
            runs,
        )
    )
    workbook = work_dir / f"import-{rows}-seed{seed}.xlsx"
    db = run.fresh_database(work_dir / "import.sqlite3")
    relations = {t.code: t.name_kk for t in book.terms(db).relation}
    db.dispose()
    run.write_workbook(workbook, rows, seed, relations)

    def import_once() -> tuple[float, float]:
        db = run.fresh_database(work_dir / "import.sqlite3")
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            run.import_once(db, workbook)
            return time.perf_counter() - wall, time.process_time() - cpu
        finally:
            db.dispose()

    subject = runs_of(f"import {rows:,} rows (read, preview, import)", runs, import_once)
    baseline = runs_of("openpyxl read", runs, lambda: timed_call(lambda: run.bare_read(workbook)))
    found.append(Comparison(subject, baseline))
    return found


def package_section(work_dir: Path, megabytes: float, runs: int) -> list[Comparison]:
    from benchmarks import package

    figures = [package.measure(megabytes, work_dir / "package") for _ in range(runs)]

    def timing(label: str, seconds: Callable[[package.Figures], float]) -> Timing:
        return Timing(label, tuple(seconds(f) * 1000 for f in figures), ())

    return [
        Comparison(
            timing(f"package write, {megabytes:g} MB", lambda f: f.write_s),
            timing("zlib + fsync", lambda f: f.bare_write_s),
        ),
        Comparison(
            timing(f"package open + read, {megabytes:g} MB", lambda f: f.open_s + f.read_s),
            timing("read + inflate", lambda f: f.bare_read_s),
        ),
    ]


def reports_section(tickets: int, runs: int) -> list[Comparison]:
    from benchmarks import reports
    from desktop.core.queue_rules import load_purposes
    from desktop.core.queue_stats import summarize_queue
    from desktop.paths import resource_path
    from desktop.services.standard import rule_book, working_calendar

    book, calendar = rule_book(), working_calendar()
    purposes = load_purposes(resource_path("queue", "purposes.json"))
    rng = random.Random(13)
    days = reports.working_days(calendar)
    ticket_rows = reports.tickets(tickets, days, rng)
    return [
        compare(
            f"queue statistics, a year of {tickets:,} tickets",
            lambda: summarize_queue(ticket_rows, reports.YEAR, purposes, book, calendar),
            lambda: reports.bare(ticket_rows),
            runs,
        ),
    ]


# ---- the command -------------------------------------------------------------------------------


def machine() -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, load average {load}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--scale", type=float, default=1.0, help="district size, 0.1 .. 4")
    parser.add_argument("--quick", action="store_true", help="tiny scale, one run of each")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each row")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument(
        "--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "auyl-desk-benchmarks"
    )
    args = parser.parse_args(argv)
    scale = QUICK_SCALE if args.quick else args.scale
    runs = 1 if args.quick else args.runs
    per_kind = 3 if args.quick else 40
    work_dir: Path = args.work_dir
    work_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("AUYL_DESK_DATA_DIR", str(work_dir / "data"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    print(machine(), flush=True)

    one, made = generator.district(work_dir, scale, args.seed)
    print(f"district, scale {scale:g}: " + "\n".join(generator.describe(one)))
    if not made:
        print("  (made by an earlier run; remove it to time the generator)")
    four = None
    if "search" in args.only and scale * 4 <= generator.MAX_SCALE:
        four, made = generator.district(work_dir, scale * 4, args.seed)
        print(f"district, scale {scale * 4:g}: " + "\n".join(generator.describe(four)))
    sys.stdout.flush()

    sections: dict[str, Callable[[], tuple[list[Comparison], list[str]]]] = {
        "search": lambda: search(one.path, four.path if four else None, per_kind),
        "cold start": lambda: (cold(work_dir, one.households, args.seed, runs, args.quick), []),
        "lists": lambda: (lists_section(one.path, runs if args.quick else runs * 3), []),
        "documents": lambda: (documents.measure(runs * 5), []),
        "gui": lambda: gui(one.path, work_dir, 3 if args.quick else 10, min(runs, 3)),
        "import": lambda: (
            import_section(work_dir, max(20, round(10_000 * scale)), args.seed, min(runs, 3)),
            [],
        ),
        "package": lambda: (package_section(work_dir, max(0.2, 100 * scale), min(runs, 3)), []),
        "reports": lambda: (
            reports_section(max(100, one.tickets), runs),
            [],
        ),
    }
    for name in args.only:
        section_started = time.perf_counter()
        rows, notes = sections[name]()
        print(f"\n## {name} ({time.perf_counter() - section_started:.0f} s)")
        print("\n".join(table(rows, "program", "baseline")))
        for note in notes:
            print(f"  {note}")
        if name in TARGETS:
            print(f"  target: {TARGETS[name]}")
        sys.stdout.flush()
    print(f"\nall done in {time.perf_counter() - started:.0f} s; {machine()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
