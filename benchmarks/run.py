"""Household search latency over a big demo book, and importing a big workbook.

    .venv/bin/python -m benchmarks.run [--households 50000] [--import-rows 10000]
                                       [--work-dir DIR] [--rebuild]

Builds (or reuses) a database with N demo households in --work-dir (default: a folder under
the system's temporary directory), timing load_demo; then runs a fixed mix of queries taken
from the data (surname prefixes of 2-4 letters, full names in mixed case and word order, exact
IINs, addresses, account numbers) through household_search.search, and bare SQL returning the
same rows (the same MATCH expression, ranking and LIMIT, the households' columns and their
members, sqlite3 module directly). Each query string is one sample (the median of --repeat
runs after one untimed pass over all). The issue's target: p95 under 30 ms through the
service layer, for every kind of query.

Then writes a workbook of --import-rows synthetic members (demo families, one row a member,
as a clerk's Kazakh-headed sheet) and times importing it into a fresh database through
desktop.services.household_import: reading (read_table), preview (mapping and checks) and
run, against the bare library reading the same file (openpyxl read_only, every row); then
imports the same file again, which must change nothing. The issue's target: a 10,000-row
workbook in under 20 s. --import-rows 0 leaves the import out.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.timing import Comparison, Timing

if TYPE_CHECKING:
    from db.engine import Database
    from desktop.services.office import ClerkData, Workplace

TARGET_P95_MS = 30.0
TARGET_IMPORT_S = 20.0
IMPORT_HEADERS = (
    "Дербес шот",
    "Елді мекен",
    "Көше",
    "Үй",
    "Тегі",
    "Аты",
    "Әкесінің аты",
    "ЖСН",
    "Туған күні",
    "Жынысы",
    "Туыстық қатынасы",
    "Сиырлар",
    "Қойлар",
    "Санақ күні",
)
IMPORT_LOCALITIES = ("Ақсу", "Жаңаауыл", "Қызылжар")
SERVICE_LIMIT = 50  # household_search.search's default, as the Household book tab asks
KINDS = ("surname prefix", "full name", "IIN", "address", "account")


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def set_up_office(db: Database, number: int, clerk: ClerkData) -> Workplace:
    """The office, its clerk and the logins, as at a first run (the program then starts at its
    login dialog): the same for every benchmark database."""
    from desktop.core.clock import SystemClock
    from desktop.services import accounts

    administrator = accounts.administrator("admin")
    return accounts.set_up(
        db,
        number,
        clerk,
        "gulnar",
        "gulnar-2026",
        administrator,
        "admin",
        "district-it-7",
        SystemClock().now(),
    )


def build(path: Path, households: int, seed: int) -> float | None:
    """The database with `households` demo households; returns load_demo's seconds, or None
    when an earlier run's database was reused."""
    from desktop.core.clock import SystemClock
    from desktop.services import demo, office
    from desktop.services.startup import open_database

    if path.exists():
        with sqlite3.connect(path) as raw:
            count = raw.execute(
                "SELECT count(*) FROM households WHERE is_demo AND deleted_at IS NULL"
            ).fetchone()[0]
            tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
            logins = (
                "accounts" in tables and raw.execute("SELECT count(*) FROM accounts").fetchone()[0]
            )
        if count == households and logins:
            return None
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    opened = open_database(path)
    db = opened.db
    try:
        clerk = office.ClerkData("Ахметова", "Гүлнар", "Серікқызы", "бас маман", "")
        # set up as at a first run: the office, the clerk and the logins (the program then
        # starts at its login dialog)
        set_up_office(db, 100, clerk)
        actor = office.current_actor(db)
        assert actor is not None
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            if done % 10_000 == 0 or done == total:
                print(f"  load_demo: {done} / {total}", file=sys.stderr, flush=True)

        demo.load_demo(db, households, actor, SystemClock().today(), seed, progress)
        return time.perf_counter() - started
    finally:
        db.dispose()


def _mixed_case(rng: random.Random, word: str) -> str:
    return rng.choice((str.lower, str.upper, str.title, lambda w: w))(word)


def queries(raw: sqlite3.Connection, per_kind: int, seed: int = 7) -> dict[str, list[str]]:
    """A fixed list of queries per kind, drawn from the data with a fixed seed."""
    rng = random.Random(seed)
    people = raw.execute(
        "SELECT surname, name, patronymic, iin FROM members WHERE deleted_at IS NULL "
        "ORDER BY iin LIMIT 5000"
    ).fetchall()
    places = raw.execute(
        "SELECT street, house, account_number FROM households WHERE deleted_at IS NULL "
        "ORDER BY account_number LIMIT 5000"
    ).fetchall()
    result: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for i in range(per_kind):
        surname, name, patronymic, iin = rng.choice(people)
        result["surname prefix"].append(surname[: 2 + i % 3])
        words = [surname, name, patronymic][: rng.choice((2, 3))]
        rng.shuffle(words)
        result["full name"].append(" ".join(_mixed_case(rng, w) for w in words))
        result["IIN"].append(iin)
        street, house, account = rng.choice(places)
        result["address"].append(f"{street.split()[0]} {house}")
        result["account"].append(_mixed_case(rng, account))
    return result


def bare_lookup(raw: sqlite3.Connection) -> Callable[[str], tuple[list[Any], list[Any]]]:
    """What household_search.search reads, as bare SQL returning the same rows: the households
    (the best limit*2 by rank, open ones first, then the limit) and their living members."""
    from desktop.services.household_search import IIN
    from desktop.services.household_search.fts5 import RANK, RANKED, match_expression

    columns = "h.id, h.account_number, h.locality, h.street, h.house, h.apartment, h.closed_on, "
    columns += "h.is_demo"
    ranked = (
        f"WITH ranked AS (SELECT k.household_id AS id, m.score FROM (SELECT rowid, {RANK} AS "
        "score FROM household_search WHERE household_search MATCH ? ORDER BY rowid "
        f"LIMIT {RANKED}) m JOIN household_search_keys k ON k.rowid = m.rowid "
        f"ORDER BY m.score LIMIT ?) SELECT {columns} FROM households h JOIN ranked ON ranked.id "
        "= h.id WHERE h.deleted_at IS NULL ORDER BY h.closed_on IS NOT NULL, ranked.score LIMIT ?"
    )
    by_iin = (
        f"SELECT {columns} FROM households h WHERE h.deleted_at IS NULL AND h.id IN "
        "(SELECT household_id FROM members WHERE iin = ?) ORDER BY h.closed_on IS NOT NULL LIMIT ?"
    )
    members = (
        "SELECT household_id, surname, name, patronymic, iin, relation, registered_to FROM members "
        "WHERE deleted_at IS NULL AND household_id IN (SELECT value FROM json_each(?))"
    )

    def lookup(query: str) -> tuple[list[Any], list[Any]]:
        query = query.strip()
        iin = query.replace(" ", "")
        if IIN.match(iin):
            found = raw.execute(by_iin, (iin, SERVICE_LIMIT)).fetchall()
        else:
            found = raw.execute(
                ranked, (match_expression(query), SERVICE_LIMIT * 2, SERVICE_LIMIT)
            ).fetchall()
        if not found:
            return [], []
        return found, raw.execute(members, (json.dumps([h[0] for h in found]),)).fetchall()

    return lookup


def timed(function: Callable[[str], object], query: str) -> tuple[float, float, object]:
    """Wall and CPU milliseconds of one call, and its result."""
    started, started_cpu = time.perf_counter(), time.process_time()
    result = function(query)
    wall = (time.perf_counter() - started) * 1000
    return wall, (time.process_time() - started_cpu) * 1000, result


def measure(path: Path, texts: dict[str, list[str]], repeat: int = 1) -> list[Comparison]:
    """Per query kind, household_search.search against the bare SQL returning the same rows.

    After one untimed pass over every query (caches warm), each query string is one sample:
    the median of its `repeat` timed runs, service and bare taking turns. Raises when the
    service and the bare SQL find different households.
    """
    from db.engine import Database
    from desktop.services import household_search

    db = Database(path)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        bare = bare_lookup(raw)

        def service(query: str) -> list[Any]:
            return household_search.search(db, query, limit=SERVICE_LIMIT)

        every = [text for kind_texts in texts.values() for text in kind_texts]
        for text in every:
            hits, found = service(text), bare(text)
            ids = sorted(str(row[0]) for row in found[0])
            if sorted(hit.household_id.hex for hit in hits) != ids:
                raise RuntimeError(f"{text!r}: the service and the bare SQL differ")
        rows = []
        for kind, kind_texts in texts.items():
            samples: dict[str, tuple[list[float], list[float]]] = {
                "service": ([], []),
                "bare": ([], []),
            }
            for text in kind_texts:
                runs: dict[str, list[tuple[float, float, object]]] = {"service": [], "bare": []}
                for _ in range(repeat):
                    runs["service"].append(timed(service, text))
                    runs["bare"].append(timed(bare, text))
                for side, timings in runs.items():
                    samples[side][0].append(statistics.median(t[0] for t in timings))
                    samples[side][1].append(statistics.median(t[1] for t in timings))
            subject, baseline = (
                Timing(kind, tuple(samples[side][0]), tuple(samples[side][1]))
                for side in ("service", "bare")
            )
            rows.append(Comparison(subject, baseline))
        return rows
    finally:
        raw.close()
        db.dispose()


def table(rows: Sequence[Comparison]) -> str:
    lines = [
        f"{'query kind':<16} {'n':>5}  {'service p50':>11} {'p95 ms':>7}  "
        f"{'bare p50':>8} {'p95 ms':>7}  {'ratio p95':>9}"
    ]
    every_service = tuple(ms for row in rows for ms in row.subject.ms)
    every_bare = tuple(ms for row in rows for ms in row.baseline.ms)
    every = Comparison(Timing("all", every_service, ()), Timing("all", every_bare, ()))
    for row in [*rows, every]:
        s50, s95 = percentile(row.subject.ms, 0.5), percentile(row.subject.ms, 0.95)
        b50, b95 = percentile(row.baseline.ms, 0.5), percentile(row.baseline.ms, 0.95)
        ratio = s95 / b95 if b95 > 0 else float("inf")
        lines.append(
            f"{row.subject.label:<16} {len(row.subject.ms):>5}  {s50:>11.2f} {s95:>7.2f}  "
            f"{b50:>8.2f} {b95:>7.2f}  {ratio:>8.1f}x"
        )
    return "\n".join(lines)


# ---- importing a workbook ----------------------------------------------------------------------


def fresh_database(path: Path) -> Any:
    """A new database at `path` (an older one is removed), migrated and with an office."""
    from desktop.core.actor import SYSTEM
    from desktop.core.clock import SystemClock
    from desktop.services import office
    from desktop.services.startup import open_database

    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    db = open_database(path).db
    clerk = office.ClerkData("Ахметова", "Гүлнар", "Серікқызы", "бас маман", "")
    office.configure(db, 100, clerk, SYSTEM, SystemClock().now())
    return db


def write_workbook(path: Path, rows: int, seed: int, relations: dict[str, str]) -> int:
    """`rows` members of demo families, one row each, the head first; the households' count.

    `relations` maps a relation code to the word a clerk writes (the Kazakh term).
    """
    from openpyxl import Workbook

    from desktop.core.demo_people import DemoPeople

    people = DemoPeople(seed, date.today(), limits={"cattle_cows": 30, "sheep": 200})
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Шаруашылық кітабы, 2026"])  # a title row above the table, as clerks do
    sheet.append(list(IMPORT_HEADERS))
    written = households = 0
    while written < rows:
        family = people.family()
        households += 1
        livestock = family.livestock[-1] if family.livestock else None
        for person in family.people[: rows - written]:
            row: list[object] = [
                f"{households:05d}",
                IMPORT_LOCALITIES[households % len(IMPORT_LOCALITIES)],
                family.street,
                family.house,
                person.surname,
                person.name,
                person.patronymic,
                person.iin,
                person.birth_date,
                "ер" if person.sex == "male" else "әйел",
                relations.get(person.relation, person.relation),
            ]
            if livestock and person is family.head:
                counts = livestock.counts
                row += [counts.get("cattle_cows"), counts.get("sheep"), livestock.as_of]
            sheet.append(row)
            written += 1
    workbook.save(str(path))
    return households


def bare_read(path: Path) -> int:
    """What read_table does at the least: open read_only, every row's values; the row count."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in workbook.active.iter_rows(values_only=True))
    finally:
        workbook.close()


def import_once(db: Any, path: Path) -> tuple[list[float], Any, Any]:
    """Seconds of read, preview and run (the clerk's whole import), the plan and the result."""
    from desktop.core.clock import SystemClock
    from desktop.core.spreadsheet import read_table
    from desktop.services import household_import, office

    actor = office.current_actor(db)
    assert actor is not None
    started = time.perf_counter()
    table = read_table(path)
    read = time.perf_counter()
    mapping = household_import.mapping_for(db, table)
    plan = household_import.preview(db, table, mapping, SystemClock().today())
    previewed = time.perf_counter()
    result = household_import.run(db, plan, actor)
    done = time.perf_counter()
    return [read - started, previewed - read, done - previewed], plan, result


def measure_import(work_dir: Path, rows: int, seed: int) -> str:
    from desktop.services import households as book

    db = fresh_database(work_dir / f"import-{rows}.sqlite3")
    try:
        relations = {t.code: t.name_kk for t in book.terms(db).relation}
        path = work_dir / f"import-{rows}-seed{seed}.xlsx"
        households = write_workbook(path, rows, seed, relations)
        bare = timed(lambda _: bare_read(path), "")[0] / 1000
        seconds, plan, result = import_once(db, path)
        again, _, repeated = import_once(db, path)
    finally:
        db.dispose()

    def stages(seconds: list[float]) -> str:
        return " / ".join(f"{s:.2f}" for s in [*seconds, sum(seconds)]) + " s"

    changes = repeated.households_created + repeated.households_updated
    changes += repeated.members_added + repeated.members_updated
    total = sum(seconds)
    verdict = "met" if total < TARGET_IMPORT_S else "NOT met"
    size = path.stat().st_size / 2**20
    return "\n".join(
        [
            f"workbook: {path} ({size:.1f} MB, {rows:,} rows, {households:,} households)",
            f"preview: {len(plan.errors)} errors, {len(plan.problems) - len(plan.errors)} "
            f"warnings, {plan.valid_row_count:,} valid rows; import "
            f"created {result.households_created:,} households, {result.members_added:,} members",
            "",
            f"import {rows:,} rows: read / preview / import / total: {stages(seconds)}",
            f"bare openpyxl read (read_only, every row): {bare:.2f} s; "
            f"read is {seconds[0] / bare:.1f}x, total {total / bare:.1f}x",
            f"re-import: read / preview / import / total: {stages(again)}; "
            f"{repeated.households_unchanged:,} households unchanged, {changes} changes",
            "",
            f"target: import of {rows:,} rows < {TARGET_IMPORT_S:.0f} s: {verdict} ({total:.2f} s)",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--households", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "auyl-desk-benchmarks"
    )
    parser.add_argument("--queries-per-kind", type=int, default=40)
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed runs of each query (their median: a sample)"
    )
    parser.add_argument("--rebuild", action="store_true", help="do not reuse an earlier database")
    parser.add_argument(
        "--import-rows", type=int, default=10_000, help="rows of the import workbook (0: none)"
    )
    args = parser.parse_args(argv)

    args.work_dir.mkdir(parents=True, exist_ok=True)
    # Backups before migrations and anything else of the program's own stay in the work folder.
    os.environ.setdefault("AUYL_DESK_DATA_DIR", str(args.work_dir / "data"))
    path = args.work_dir / f"demo-{args.households}-seed{args.seed}.sqlite3"
    if args.rebuild:
        for stale in args.work_dir.glob(path.name + "*"):
            stale.unlink()
    seconds = build(path, args.households, args.seed)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        households, members = raw.execute(
            "SELECT (SELECT count(*) FROM households WHERE deleted_at IS NULL), "
            "(SELECT count(*) FROM members WHERE deleted_at IS NULL)"
        ).fetchone()
    print(f"database: {path} ({path.stat().st_size / 2**20:.0f} MB)")
    print(f"households: {households}, members: {members}")
    if seconds is None:
        print("load_demo: reused the database of an earlier run (--rebuild to time it)")
    else:
        print(
            f"load_demo: {seconds:.1f} s ({households / seconds:.0f} households/s, "
            f"{members / seconds:.0f} members/s)"
        )
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as raw:
        texts = queries(raw, args.queries_per_kind)
    rows = measure(path, texts, args.repeat)
    print()
    print(table(rows))
    every = [ms for row in rows for ms in row.subject.ms]
    worst, kind = max((percentile(row.subject.ms, 0.95), row.subject.label) for row in rows)
    verdict = "met" if worst < TARGET_P95_MS else "NOT met"
    print(
        f"\ntarget: service p95 < {TARGET_P95_MS:.0f} ms for every query kind: {verdict} "
        f"(slowest: {kind}, {worst:.2f} ms; all queries {percentile(every, 0.95):.2f} ms)"
    )
    print(f"median of all service queries: {statistics.median(every):.2f} ms")
    if args.import_rows > 0:
        print()
        print(measure_import(args.work_dir, args.import_rows, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
