"""What the audit trail costs the writes, and how its log reads at 100,000 entries.

    .venv/bin/python -m benchmarks.audit [--rows 20000] [--edits 300] [--runs 3]
                                         [--entries 100000] [--work-dir DIR]

Writes, each in a fresh process, with the audit trail and without it (the same program with
the trail's hooks replaced by no-ops in that process: the baseline doing the same work), runs
alternating:
- import: a household book of `rows` people (benchmarks.books' workbook) read, previewed and
  imported into an empty database: the household writer's bulk inserts;
- edits: `edits` households' phone numbers changed one transaction each (ORM updates), the
  clerk's everyday write.
Then a log of `entries` entries: the administrator's view's first page, a page deep in the log,
a text search, and `verify` over the whole chain.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _without_audit() -> None:
    """The baseline: the same program with the audit trail's hooks doing nothing."""
    import db.audit
    import db.bulk

    db.audit.install = lambda _maker: None  # type: ignore[assignment]
    db.audit.append = lambda _work: None  # type: ignore[assignment]
    db.bulk.record_bulk = lambda *_args, **_kwargs: None  # type: ignore[assignment]


def _edits(db_path: Path, count: int) -> int:
    from sqlalchemy import select

    from db.engine import Database
    from db.models import Household
    from desktop.services import household_writer, office
    from desktop.services.household_values import HouseholdData

    db = Database(db_path)
    try:
        actor = office.current_actor(db)
        assert actor is not None
        with db.read() as session:
            households = session.scalars(select(Household).limit(count)).all()
        for number, h in enumerate(households):
            data = HouseholdData(h.account_number, h.locality, h.opened_on, phone=f"8 701 {number}")
            household_writer.update_household(db, h.id, data, actor, "")
        return len(households)
    finally:
        db.dispose()


def child(what: str, audited: bool, path: Path, db_path: Path, count: int) -> dict[str, float]:
    if not audited:
        _without_audit()
    # Everything imported before the clock starts, in both cases alike.
    import desktop.services.household_import
    import desktop.services.household_writer
    import desktop.services.office  # noqa: F401
    from benchmarks.books import import_once

    started, cpu = time.perf_counter(), time.process_time()
    done = import_once(path, db_path) if what == "import" else _edits(db_path, count)
    return {
        "done": done,
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
    }


def _run_child(what: str, audited: bool, path: Path, db_path: Path, count: int) -> dict[str, float]:
    arguments = ["--child", what, "on" if audited else "off", str(path), str(db_path), str(count)]
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.audit", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.splitlines()[-1]))


def measure_writes(work_dir: Path, rows: int, edits: int, runs: int) -> None:
    from benchmarks.books import book
    from benchmarks.run import fresh_database

    path = book(work_dir, rows)
    empty = work_dir / "audit-empty.sqlite3"
    if not empty.exists():
        fresh_database(empty).dispose()
    imported = work_dir / f"audit-imported-{rows}.sqlite3"
    results: dict[tuple[str, bool], list[dict[str, float]]] = {}
    for _run in range(runs):
        for audited in (True, False):
            target = work_dir / "audit-run.sqlite3"
            shutil.copy(empty, target)
            results.setdefault(("import", audited), []).append(
                _run_child("import", audited, path, target, 0)
            )
            if not imported.exists():
                shutil.copy(target, imported)
            target.unlink()
            shutil.copy(imported, target)
            results.setdefault(("edits", audited), []).append(
                _run_child("edits", audited, path, target, edits)
            )
            target.unlink()
    for what in ("import", "edits"):
        on = statistics.median(r["seconds"] for r in results[(what, True)])
        off = statistics.median(r["seconds"] for r in results[(what, False)])
        on_cpu = statistics.median(r["cpu"] for r in results[(what, True)])
        off_cpu = statistics.median(r["cpu"] for r in results[(what, False)])
        done = int(results[(what, True)][0]["done"])
        print(
            f"{what} ({done}): audited {on:.2f} s (cpu {on_cpu:.2f}), "
            f"without {off:.2f} s (cpu {off_cpu:.2f}), ratio {on / off:.2f} (cpu "
            f"{on_cpu / off_cpu:.2f}); runs {runs}"
        )


def measure_log(work_dir: Path, entries: int) -> None:
    import os

    os.environ["AUYL_DESK_DATA_DIR"] = str(work_dir / "data")
    from desktop.core.actor import SYSTEM
    from desktop.services import audit
    from desktop.services.startup import open_database

    db = open_database(work_dir / f"audit-log-{entries}.sqlite3").db
    try:
        have = audit.latest_hash(db)[0]
        while have < entries:
            with db.write(SYSTEM) as work:
                for number in range(have, min(entries, have + 10_000)):
                    work.note("document.print", f"Анықтама 45-2026-C{number:05d}", printer="PDF")
            have = audit.latest_hash(db)[0]

        def timed(label: str, call: object) -> None:
            samples = []
            for _ in range(5):
                started = time.perf_counter()
                call()  # type: ignore[operator]
                samples.append(time.perf_counter() - started)
            print(f"log of {have}: {label}: median {1000 * statistics.median(samples):.1f} ms")

        timed("first page", lambda: audit.list_entries(db))
        timed("page in the middle", lambda: audit.list_entries(db, before_id=have // 2))
        timed(
            "text search, first page",
            lambda: audit.list_entries(db, audit.AuditFilter(text="C0012")),
        )
        timed("verify the chain", lambda: audit.verify(db))
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list[:1] == ["--child"]:
        what, audited, path, db_path, count = args_list[1:6]
        result = child(what, audited == "on", Path(path), Path(db_path), int(count))
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--work-dir", type=Path, default=None)
    args = parser.parse_args(args_list)
    with tempfile.TemporaryDirectory() as temporary:
        work_dir = args.work_dir or Path(temporary)
        work_dir.mkdir(parents=True, exist_ok=True)
        measure_writes(work_dir, args.rows, args.edits, args.runs)
        measure_log(work_dir, args.entries)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
