"""Speed of the USB exchange: a full export of an office's book, the district's import of it,
the same package again, and an incremental package of a day's work, against the bare database
doing the same inserts in the same run.

    .venv/bin/python -m benchmarks.sync [--households 50000] [--district-db URL] [--work-dir DIR]

The village is a fresh SQLite database loaded with demo households (not timed). The district is
a fresh SQLite file, or the empty PostgreSQL database `--district-db` names (its schema is made;
its tables must be empty). Timed, wall clock and this process's CPU:

- export: export_package --full (read every record, compress, encrypt, sign, fsync, read back);
- import: import_packages of it at the district (open and check, read, apply in one
  transaction, remember each record's version);
- re-import: the same package again (checked again, found a duplicate, nothing written);
- incremental: `--day` households edited (a day's work), exported and imported;
- bare: the same rows inserted into another fresh district database with the bulk insert, in
  one transaction: what any import would have to do.

The issue's targets: full export under 15 s, import under 30 s (SQLite and PostgreSQL),
re-import under 3 s, an incremental package under 1 s, for 50,000 households.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def _timed(work: Callable[[], T]) -> tuple[T, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def measure(households: int, folder: Path, district_url: str | None, day: int) -> list[str]:
    os.environ["AUYL_DESK_DATA_DIR"] = str(folder / "data")
    from sqlalchemy import select

    from db.bulk import insert_rows
    from db.change_counter import stamp_rows
    from db.models import Household
    from desktop.core.actor import SYSTEM
    from desktop.core.clock import SystemClock
    from desktop.services import demo, office, sync_export, sync_import, sync_keys, sync_return
    from desktop.services.startup import open_database
    from desktop.services.sync_rows import tables

    clock = SystemClock()
    now = clock.now()
    village = open_database(folder / "village.sqlite3").db
    clerk = office.ClerkData("Ахметова", "Гүлнар", "Серікқызы", "бас маман", "")
    office.configure(village, 100, clerk, SYSTEM, now)
    actor = office.current_actor(village)
    assert actor is not None
    demo.load_demo(village, households, actor, clock.today(), 1)
    district = open_database(district_url or folder / "district.sqlite3").db
    sync_keys.set_district_mode(district, 7, "Шет ауданы", SYSTEM)
    for one, other in ((district, village), (village, district)):
        document, spoken = sync_keys.own_enrollment(one, SYSTEM, now)
        sync_keys.import_enrollment(other, document, spoken, SYSTEM, now)
    stick = folder / "stick"
    stick.mkdir()
    lines = []

    def line(label: str, wall: float, cpu: float) -> None:
        lines.append(f"{label}: wall {wall:.2f} s, cpu {cpu:.2f} s")
        print(lines[-1], flush=True)

    exported, wall, cpu = _timed(
        lambda: sync_export.export_package(village, stick, actor, now, full=True)
    )
    size = exported.path.stat().st_size / 1e6
    line(f"export {households} households ({exported.rows} records, {size:.1f} MB)", wall, cpu)
    report, wall, cpu = _timed(
        lambda: sync_import.import_packages(district, [exported.path], SYSTEM, now)
    )
    assert [p.status for p in report.packages] == ["applied"], report.packages
    line("import", wall, cpu)
    report, wall, cpu = _timed(
        lambda: sync_import.import_packages(district, [exported.path], SYSTEM, now)
    )
    assert [p.status for p in report.packages] == ["duplicate"]
    line("re-import (duplicate)", wall, cpu)

    back = sync_return.make_return(district, 100, stick, SYSTEM, now)
    sync_return.apply_return(village, back, actor, now)
    with village.write(actor) as work:
        for household in work.scalars(select(Household).limit(day)):
            household.notes = "өзгерді"
    later = now + timedelta(hours=8)
    small, wall_out, cpu_out = _timed(
        lambda: sync_export.export_package(village, stick, actor, later)
    )
    report, wall_in, cpu_in = _timed(
        lambda: sync_import.import_packages(district, [small.path], SYSTEM, later)
    )
    assert [p.status for p in report.packages] == ["applied"]
    line(f"incremental export ({small.rows} records)", wall_out, cpu_out)
    line("incremental import", wall_in, cpu_in)

    bare_path = folder / "bare.sqlite3"
    bare = open_database(bare_path).db
    with village.read() as session:
        rows = {
            name: [
                dict(r._mapping)
                for r in session.execute(select(table).where(table.c.origin_office == 100))
            ]
            for name, table in tables().items()
        }

    def insert_all() -> None:
        with bare.write(SYSTEM) as work:
            for name, table_rows in rows.items():
                if table_rows:
                    database_id = stamp_rows(work, table_rows)
                    for row in table_rows:
                        row["change_db"] = database_id
                    insert_rows(work, tables()[name], table_rows)

    _, wall, cpu = _timed(insert_all)
    line("bare: the same rows inserted in one transaction (SQLite)", wall, cpu)
    for db in (village, district, bare):
        db.dispose()
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--day", type=int, default=100, help="households edited in a day")
    parser.add_argument("--district-db", default=None, help="an empty PostgreSQL database URL")
    parser.add_argument("--work-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.work_dir) as folder:
        measure(args.households, Path(folder), args.district_db, args.day)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
