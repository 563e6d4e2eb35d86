"""A district's data at any scale, the same for the same seed: the benchmarks' big database.

    .venv/bin/python -m benchmarks.generator --out FILE [--scale 1] [--seed 1]
                                             [--today YYYY-MM-DD] [--profile]

At scale 1: 50,000 households (about 200,000 members; most keep livestock, counted on
1 January and 1 July of the last five years), 100,000 applications and 300,000 queue tickets
over five years of working days up to `today`; `--scale 0.1 .. 4` multiplies every count.

The database is made and migrated as the program makes it, office No 100 and its clerk
configured; the applications and tickets are bulk inserts with the change counter's stamps
(benchmarks.lists.fill); the households go through the household writer's bulk path
(desktop.services.demo.load_demo -> HouseholdWriter.create), so the book's invariants, history
lines, search index and change counter are those of the program. The same seed and the same
`today` give the same data (row ids and the moments of the history lines differ).
`--profile` prints cProfile's top functions of the whole run.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SCALE_1 = {"households": 50_000, "applications": 100_000, "tickets": 300_000}
LIVESTOCK_ROUNDS = 10  # 1 January and 1 July of five years
MIN_SCALE, MAX_SCALE = 0.0001, 4.0  # the tests use tiny scales; a district is 0.1 .. 4


@dataclass(frozen=True)
class District:
    """What one generated database holds, and the seconds each part took."""

    path: Path
    households: int
    members: int
    snapshots: int
    applications: int
    tickets: int
    seconds: dict[str, float]


def sizes(scale: float) -> dict[str, int]:
    """Households, applications and tickets at `scale` (at least one of each)."""
    if not MIN_SCALE <= scale <= MAX_SCALE:
        raise ValueError(f"scale {scale} is outside {MIN_SCALE} .. {MAX_SCALE}")
    return {name: max(1, round(count * scale)) for name, count in SCALE_1.items()}


def counts(path: Path) -> dict[str, int]:
    """Live rows of the generated tables."""
    queries = {
        "households": "SELECT count(*) FROM households WHERE deleted_at IS NULL",
        "members": "SELECT count(*) FROM members WHERE deleted_at IS NULL",
        "snapshots": "SELECT count(*) FROM livestock_snapshots WHERE deleted_at IS NULL",
        "applications": "SELECT count(*) FROM applications",
        "tickets": "SELECT count(*) FROM queue_tickets",
    }
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        return {name: raw.execute(sql).fetchone()[0] for name, sql in queries.items()}


def generate(path: Path, scale: float = 1.0, seed: int = 1, today: date | None = None) -> District:
    """A new database at `path` (an older one is removed) with the district's data."""
    from benchmarks import lists
    from desktop.core.clock import SystemClock
    from desktop.services import demo, office
    from desktop.services.startup import open_database

    wanted = sizes(scale)
    today = today or SystemClock().today()
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    lists.fill(path, wanted["applications"], wanted["tickets"], today, seed)
    seconds["database, applications, tickets"] = time.perf_counter() - started
    db = open_database(path).db
    try:
        actor = office.current_actor(db)
        assert actor is not None

        def progress(done: int, total: int) -> None:
            if done % 10_000 == 0 or done == total:
                print(f"  households: {done:,} / {total:,}", file=sys.stderr, flush=True)

        started = time.perf_counter()
        rounds = LIVESTOCK_ROUNDS
        demo.load_demo(db, wanted["households"], actor, today, seed, progress, rounds)
        seconds["households (household writer)"] = time.perf_counter() - started
    finally:
        db.dispose()
    return District(path, **counts(path), seconds=seconds)


def district(work_dir: Path, scale: float, seed: int = 1) -> tuple[District, bool]:
    """The district's database in `work_dir`, made unless an earlier run left it there whole;
    True when it was made now.

    Named as benchmarks.run.build names a demo book, so the search and cold-start benchmarks
    take it as theirs.
    """
    wanted = sizes(scale)
    path = work_dir / f"demo-{wanted['households']}-seed{seed}.sqlite3"
    if path.exists():
        found = counts(path)
        if all(found[name] == count for name, count in wanted.items()):
            return District(path, **found, seconds={}), False
    return generate(path, scale, seed), True


def describe(made: District) -> list[str]:
    lines = [
        f"{made.households:,} households, {made.members:,} members, "
        f"{made.snapshots:,} livestock snapshots, {made.applications:,} applications, "
        f"{made.tickets:,} tickets ({made.path.stat().st_size / 2**20:.0f} MB)"
    ]
    lines += [f"  {stage}: {seconds:.1f} s" for stage, seconds in made.seconds.items()]
    if made.seconds:
        lines.append(f"  total: {sum(made.seconds.values()):.1f} s")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generator", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    parser.add_argument("--profile", action="store_true", help="print cProfile's top functions")
    args = parser.parse_args(argv)
    os.environ.setdefault("AUYL_DESK_DATA_DIR", tempfile.mkdtemp(prefix="auyl-desk-generator-"))
    profile = cProfile.Profile() if args.profile else None
    if profile is not None:
        profile.enable()
    made = generate(args.out, args.scale, args.seed, args.today)
    if profile is not None:
        profile.disable()
    print("\n".join(describe(made)))
    if profile is not None:
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(15)
        stats.sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
