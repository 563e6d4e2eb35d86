"""Speed of the USB exchange: a full export of an office's book, the district's import of it,
the same package again, and an incremental package of a day's work, against the bare database
doing the same inserts in the same run.

    .venv/bin/python -m benchmarks.sync [--households 50000] [--postgres URL] [--work-dir DIR]

The village is a fresh SQLite database loaded with demo households (not timed). The district is
a fresh SQLite file and, with `--postgres` (a server's URL, e.g. scripts/with_postgres.sh's
AUYL_TEST_PG_URL), also a fresh PostgreSQL database made on that server (and dropped after).
Timed, wall clock and this process's CPU, for each district:

- export: export_package --full (read every record, compress, encrypt, sign, fsync, read back);
- import: import_packages of it at the district (open and check, read, apply in one
  transaction, remember each record's version);
- re-import: the same package again (checked again, found a duplicate, nothing written);
- incremental: `--day` households edited (a day's work), exported and imported;
- bare: the same rows inserted into another fresh database of the district's kind with the
  bulk insert, in one transaction, the cycle collector paused as the import pauses it: what
  any import would have to do.

Each step starts after a full collection, with nothing of the steps before held but the
package and the databases.

The issue's targets: full export under 15 s, import under 30 s (SQLite and PostgreSQL),
re-import under 3 s, an incremental package under 1 s, for 50,000 households.
"""

from __future__ import annotations

import argparse
import gc
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def _timed(work: Callable[[], T]) -> tuple[T, float, float]:
    gc.collect()  # what the steps before left is not this step's to collect
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def measure(households: int, folder: Path, postgres: str | None, day: int) -> list[str]:
    os.environ["AUYL_DESK_DATA_DIR"] = str(folder / "data")
    from sqlalchemy import select

    from db.bulk import insert_rows
    from db.change_counter import stamp_rows
    from db.engine import Database
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
    server = None if postgres is None else _Server(postgres)
    kinds = ["SQLite"] + ([] if server is None else ["PostgreSQL"])

    def fresh(kind: str, name: str) -> Database:
        if server is None or kind == "SQLite":
            return open_database(folder / f"{name}.sqlite3").db
        return open_database(server.create(f"auyl_bench_{name}")).db

    districts = {kind: fresh(kind, "district") for kind in kinds}
    for district in districts.values():
        sync_keys.set_district_mode(district, 7, "Шет ауданы", SYSTEM)
        for one, other in ((district, village), (village, district)):
            document, spoken = sync_keys.own_enrollment(one, SYSTEM, now)
            sync_keys.import_enrollment(other, document, spoken, SYSTEM, now)
    stick = folder / "stick"
    stick.mkdir()
    lines = []

    def line(label: str, wall: float, cpu: float, bare: tuple[float, float] | None = None) -> None:
        text = f"{label}: wall {wall:.2f} s, cpu {cpu:.2f} s"
        if bare is not None:
            text += f" ({wall / bare[0]:.2f}x / {cpu / bare[1]:.2f}x the bare insert)"
        lines.append(text)
        print(text, flush=True)

    def office_rows() -> dict[str, list[dict[str, Any]]]:
        """What the bare insert writes: the office's rows, as read from the village."""
        with village.read() as session:
            return {
                name: [
                    dict(r._mapping)
                    for r in session.execute(select(table).where(table.c.origin_office == 100))
                ]
                for name, table in tables().items()
            }

    def insert_all(bare: Database, rows: dict[str, list[dict[str, Any]]]) -> None:
        gc.disable()  # as the import does: the collector would walk the rows again and again
        try:
            with bare.write(SYSTEM) as work:
                for name, table_rows in rows.items():
                    if table_rows:
                        copies = [dict(row) for row in table_rows]
                        database_id = stamp_rows(work, copies)
                        insert_rows(work, tables()[name], copies, {"change_db": database_id})
        finally:
            gc.enable()

    def bare(kind: str) -> tuple[float, float]:
        """The bare insert's wall and CPU time (its rows not held after)."""
        bare_db, rows = fresh(kind, "bare"), office_rows()
        _, wall, cpu = _timed(lambda: insert_all(bare_db, rows))
        bare_db.dispose()
        return wall, cpu

    bare_times = {}
    for kind in kinds:
        bare_times[kind] = bare(kind)
        line(f"bare: the same rows inserted in one transaction ({kind})", *bare_times[kind])

    exported, wall, cpu = _timed(
        lambda: sync_export.export_package(village, stick, actor, now, full=True)
    )
    size = exported.path.stat().st_size / 1e6
    line(f"export {households} households ({exported.rows} records, {size:.1f} MB)", wall, cpu)
    for kind, district in districts.items():
        report, wall, cpu = _timed(
            lambda: sync_import.import_packages(district, [exported.path], SYSTEM, now)  # noqa: B023
        )
        assert [p.status for p in report.packages] == ["applied"], report.packages
        line(f"import ({kind})", wall, cpu, bare_times[kind])
        report, wall, cpu = _timed(
            lambda: sync_import.import_packages(district, [exported.path], SYSTEM, now)  # noqa: B023
        )
        assert [p.status for p in report.packages] == ["duplicate"]
        line(f"re-import (duplicate, {kind})", wall, cpu)

    back = sync_return.make_return(districts["SQLite"], 100, stick, SYSTEM, now)
    sync_return.apply_return(village, back, actor, now)
    with village.write(actor) as work:
        for household in work.scalars(select(Household).limit(day)):
            household.notes = "өзгерді"
    later = now + timedelta(hours=8)
    small, wall, cpu = _timed(lambda: sync_export.export_package(village, stick, actor, later))
    line(f"incremental export ({small.rows} records)", wall, cpu)
    for kind, district in districts.items():
        report, wall, cpu = _timed(
            lambda: sync_import.import_packages(district, [small.path], SYSTEM, later)  # noqa: B023
        )
        assert [p.status for p in report.packages] == ["applied"]
        line(f"incremental import ({kind})", wall, cpu)
    for db in (village, *districts.values()):
        db.dispose()
    if server is not None:
        server.drop_all()
    return lines


class _Server:
    """The PostgreSQL server `--postgres` names: the benchmark's databases made and dropped."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine, make_url
        from sqlalchemy.pool import NullPool

        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.made: list[str] = []

    def _run(self, statement: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text(statement))

    def create(self, name: str) -> str:
        self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._run(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        for name in self.made:
            self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--day", type=int, default=100, help="households edited in a day")
    parser.add_argument(
        "--postgres", default=None, help="a PostgreSQL server's URL: a district there too"
    )
    parser.add_argument("--work-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.work_dir) as folder:
        measure(args.households, Path(folder), args.postgres, args.day)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
