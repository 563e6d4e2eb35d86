"""Seconds to load N demo households into a fresh database through the household writer.

    .venv/bin/python -m benchmarks.load_demo [--households 50000] [--runs 1]

Each run makes a new database in a temporary folder, configures office No 100 and its clerk,
and times demo.load_demo (wall clock and this process's CPU time, which a busy machine
inflates less). The issue's target: 50,000 households in under 30 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def run_once(households: int, seed: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one load_demo into a new database."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["AUYL_DESK_DATA_DIR"] = folder
        from desktop.core.actor import SYSTEM
        from desktop.core.clock import SystemClock
        from desktop.services import demo, office
        from desktop.services.startup import open_database

        db = open_database(Path(folder) / "demo.sqlite3").db
        try:
            clerk = office.ClerkData("Ахметова", "Гүлнар", "Серікқызы", "бас маман", "")
            office.configure(db, 100, clerk, SYSTEM, SystemClock().now())
            actor = office.current_actor(db)
            assert actor is not None
            wall, cpu = time.perf_counter(), time.process_time()
            demo.load_demo(db, households, actor, SystemClock().today(), seed)
            return time.perf_counter() - wall, time.process_time() - cpu
        finally:
            db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    results = [run_once(args.households, args.seed) for _ in range(args.runs)]
    for name, values in (("wall", [w for w, _ in results]), ("cpu", [c for _, c in results])):
        print(
            f"load_demo {args.households}: {name} min {min(values):.1f} s, "
            f"median {statistics.median(values):.1f} s, max {max(values):.1f} s"
        )


if __name__ == "__main__":
    main()
