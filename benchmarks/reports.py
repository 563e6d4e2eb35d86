"""Speed of the indicator report's core and documents on a district-scale year.

    .venv/bin/python -m benchmarks.reports [--tickets 300000] [--applications 100000]
                                           [--seed 13] [--out DIR]

Makes a year (2026) of synthetic queue tickets and applications as a service would hand them
over (aware UTC datetimes, as the database gives them), then times, in wall and CPU seconds:

- queue: desktop.core.queue_stats.summarize_queue over the year;
- applications: desktop.core.application_stats.summarize_applications over the year;
- months: both again for each of the 12 months, each from its own rows (what a trend by month
  costs when a service reads month by month; picking the rows is timed too);
- pdf / xlsx: render_indicators_report and render_indicators_workbook of the year's data;
- bare: the least any code must do with the tickets: one pass converting issue and call times
  to the office zone and sorting the waits.

Issue 13's target is the whole year's report (queries included) in under 2 s; this measures
the part after the rows are read. --out writes the PDF and the workbook there to look at.

    .venv/bin/python -m benchmarks.reports --database [--work-dir DIR] [--rebuild]

measures the whole of it instead: a SQLite database with the applications and tickets of
benchmarks/lists.py's generator all within the last year (and a call event for every called
ticket), then desktop.services.reports.build_report of that year, queries included, with
SQLite's plan of each query.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from desktop.core.application_stats import (
    ApplicationRecord,
    ApplicationSummary,
    summarize_applications,
)
from desktop.core.calendar import WorkingCalendar
from desktop.core.clock import office_zone
from desktop.core.indicators import (
    AdminSetting,
    Count,
    IndicatorInputs,
    SurveyAnswers,
    Trend,
    TrendPoint,
    compute_indicators,
    measure,
)
from desktop.core.periods import Period
from desktop.core.queue_rules import DONE, NO_SHOW, load_purposes
from desktop.core.queue_stats import QueueSummary, TicketRecord, summarize_queue
from desktop.core.rules import RuleBook
from desktop.paths import resource_path
from desktop.printing.indicators_report import IndicatorsReportData, render_indicators_report
from desktop.printing.indicators_sample import standards
from desktop.printing.indicators_workbook import render_indicators_workbook
from desktop.services.standard import rule_book, working_calendar

YEAR = Period.year(2026)
CLERKS = tuple(f"Қызметкер {n} Ә. Қ." for n in range(1, 9))
T = TypeVar("T")


def timed(label: str, action: Callable[[], T]) -> T:
    """Run `action` once, printing its wall and CPU seconds (CPU is steadier on a busy machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<14}{wall:8.3f} s wall {cpu:8.3f} s cpu", flush=True)
    return result


def working_days(calendar: WorkingCalendar) -> list[date]:
    return [day for day in YEAR.days() if calendar.is_working_day(day)]


def tickets(count: int, days: list[date], rng: random.Random) -> list[TicketRecord]:
    zone, codes = office_zone(), list(load_purposes(resource_path("queue", "purposes.json")))
    found = []
    for _ in range(count):
        day = rng.choice(days)
        issued = datetime(day.year, day.month, day.day, rng.choice((9, 10, 11, 12, 14, 15, 16, 17)),
                          rng.randrange(60), tzinfo=zone)  # fmt: skip
        called = issued + timedelta(seconds=rng.randrange(60 * 50))
        finished = called + timedelta(minutes=rng.uniform(3, 20))
        done = rng.random() > 0.04
        found.append(
            TicketRecord(
                rng.choice(codes), DONE if done else NO_SHOW, issued.astimezone(UTC),
                called.astimezone(UTC), None, finished.astimezone(UTC) if done else None,
                rng.choice(CLERKS),
            )
        )  # fmt: skip
    return found


def applications(count: int, days: list[date], rng: random.Random) -> list[ApplicationRecord]:
    zone, found = office_zone(), []
    for _ in range(count):
        day = rng.choice(days)
        handed = datetime(day.year, day.month, day.day, rng.randrange(9, 18), tzinfo=zone)
        if rng.random() < 0.06:
            found.append(ApplicationRecord(rng.choice((1, 2)), "refused", handed.astimezone(UTC),
                                           None, None, None, ("veterinary_passport",)))  # fmt: skip
            continue
        due = handed + timedelta(hours=24)
        ready = due - timedelta(hours=rng.uniform(-2, 20))
        found.append(ApplicationRecord(rng.choice((1, 2)), "issued", handed.astimezone(UTC),
                                       due.astimezone(UTC), ready.astimezone(UTC),
                                       (ready + timedelta(days=1)).astimezone(UTC)))  # fmt: skip
    return found


def bare(rows: list[TicketRecord]) -> list[timedelta]:
    zone = office_zone()
    waits = [
        row.called_at.astimezone(zone) - row.issued_at.astimezone(zone)
        for row in rows
        if row.called_at is not None
    ]
    waits.sort()
    return waits


def fill_year(path: Path, applications: int, tickets: int, today: date) -> None:
    """benchmarks/lists.py's database with all its rows within the year up to `today`, and the
    first call of every called ticket as a queue event (what the report reads waits from)."""
    from benchmarks import lists

    lists.YEARS = 1  # the generator spreads its rows over this many years up to today
    lists.fill(path, applications, tickets, today)
    with sqlite3.connect(path) as raw:
        last, database = raw.execute(
            "SELECT last_value, database_id FROM change_counter WHERE id = 1"
        ).fetchone()
        raw.execute(
            "INSERT INTO queue_events (id, origin_office, created_at, updated_at, row_version, "
            "ticket_id, action, at, acted_by, acted_by_id, reason, details, change_seq, "
            "change_db) SELECT lower(hex(randomblob(16))), origin_office, called_at, called_at, "
            "1, id, 'call', called_at, called_by, called_by_id, '', '{}', "
            "? + row_number() OVER (ORDER BY rowid), ? FROM queue_tickets "
            "WHERE called_at IS NOT NULL",
            (last, database),
        )
        raw.execute(
            "UPDATE change_counter SET last_value = (SELECT max(change_seq) FROM queue_events) "
            "WHERE id = 1"
        )
        raw.execute("ANALYZE")


def database_year(args: argparse.Namespace) -> int:
    """The year's report from a district-scale database, queries included."""
    from db.engine import Database
    from desktop.core.clock import SystemClock
    from desktop.services import reports

    args.work_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("AUYL_DESK_DATA_DIR", str(args.work_dir / "data"))
    today = SystemClock().today()
    path = args.work_dir / f"reports-{args.applications}-{args.tickets}-{today}.sqlite3"
    if args.rebuild or not path.exists():
        timed("fill", lambda: fill_year(path, args.applications, args.tickets, today))
    db = Database(path)
    year = Period.between(today - timedelta(days=364), today)
    now = SystemClock().now()
    print(f"{args.applications} applications and {args.tickets} tickets in {year}")
    for name, plan in reports.query_plans(db, year, now).items():
        print(f"plan {name}:")
        for step in plan:
            print(f"    {step}")
    timed("year (1 run)", lambda: reports.build_report(db, year, now))
    report = timed("year", lambda: reports.build_report(db, year, now))
    with db.read() as session:
        rows = timed("tickets read", lambda: session.execute(reports.tickets_query(year)).all())
    timed("pdf", lambda: reports.document(db, report, "kk").pdf())
    timed("xlsx", lambda: reports.workbook(db, report, "kk"))
    print(f"visitors {report.queue.visitors} ({len(rows)} rows), "
          f"handed in {report.applications.total.handed_in}")  # fmt: skip
    db.dispose()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tickets", type=int, default=300_000)
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--database", action="store_true", help="the year from a database")
    parser.add_argument(
        "--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "auyl-desk-benchmarks"
    )
    parser.add_argument("--rebuild", action="store_true", help="do not reuse an earlier database")
    args = parser.parse_args(argv)
    if args.database:
        return database_year(args)
    book: RuleBook = rule_book()
    calendar = working_calendar()
    purposes = load_purposes(resource_path("queue", "purposes.json"))
    rng = random.Random(args.seed)
    days = working_days(calendar)
    print(f"{args.tickets} tickets and {args.applications} applications over {len(days)} days")
    ticket_rows = tickets(args.tickets, days, rng)
    application_rows = applications(args.applications, days, rng)
    now = datetime(2027, 1, 10, tzinfo=office_zone())
    timed("bare", lambda: bare(ticket_rows))
    queue = timed("queue", lambda: summarize_queue(ticket_rows, YEAR, purposes, book, calendar))
    summary = timed("applications", lambda: summarize_applications(application_rows, YEAR, now))

    def by_month() -> list[tuple[Period, QueueSummary, ApplicationSummary]]:
        """Each month from its own rows, as a service would query them month by month."""
        found = []
        for month in YEAR.months():
            start, end = (bound.astimezone(UTC) for bound in month.bounds())
            found.append(
                (
                    month,
                    summarize_queue(
                        [t for t in ticket_rows if start <= t.issued_at < end],
                        month, purposes, book, calendar,
                    ),
                    summarize_applications(
                        [a for a in application_rows if start <= a.handed_in_at < end], month, now
                    ),
                )
            )  # fmt: skip
        return found

    monthly = timed("months", by_month)

    def inputs(waited: Count, ready: Count, first: Count) -> IndicatorInputs:
        answers = SurveyAnswers(900, 20)
        return IndicatorInputs(
            ready, waited, answers, ready, answers, first, AdminSetting(Decimal(100)),
            Count(12, first.whole), Count(11, 12), answers, answers, answers,
        )  # fmt: skip

    every = standards()
    year = inputs(queue.indicator_wait, summary.total.ready_in_time, summary.total.first_time)
    by_month = [
        (m, inputs(q.indicator_wait, a.total.ready_in_time, a.total.first_time))
        for m, q, a in monthly
    ]
    data = IndicatorsReportData(
        office_name="Демо ауданы",
        period=YEAR,
        made_at=now,
        indicators=compute_indicators(every, year),
        queue=queue,
        applications=summary,
        purpose_names={code: p.name_kk for code, p in purposes.items()},
        service_names={1: "1", 2: "2"},
        document_names={"veterinary_passport": "Ветеринарлық паспорт"},
        trends=[
            Trend(s, tuple(TrendPoint(m.first, measure(s, i.source(s.code))) for m, i in by_month))
            for s in every
            if s.code in ("1.1", "1.2", "3.2")
        ],
        akim="Демоев Ә. С.",
        preparer="Сынақова Ә. Қ.",
    )
    pdf = timed("pdf", lambda: render_indicators_report(data, "kk"))
    workbook = timed("xlsx", lambda: render_indicators_workbook(data, "kk"))
    print(f"pdf {len(pdf) // 1024} kB, xlsx {len(workbook) // 1024} kB")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "year.pdf").write_bytes(pdf)
        (args.out / "year.xlsx").write_bytes(workbook)
    return 0


if __name__ == "__main__":
    sys.exit(main())
