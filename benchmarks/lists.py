"""The Applications list and the queue's line at district scale, against bare sqlite3.

    .venv/bin/python -m benchmarks.lists [--applications 100000] [--tickets 300000]
                                         [--runs 15] [--work-dir DIR] [--rebuild]

`fill` builds (bulk inserts, a few seconds) a database of N applications and M queue tickets
spread over five years of working days up to today, most of them long issued, some still
open. `measure` then times, min/median/max over runs, each refresh of the real Applications
list widget (desktop.ui.widgets.application_list: its query, the count, the model reset and
the repaint) for the filters a clerk uses, scrolling one page further, and the Queue tab's line
(desktop.services.queue.today); each against a bare sqlite3 query that returns the same rows
(and the same count) in the same run. The issue's target: every refresh under 100 ms with
100,000 applications and 300,000 tickets.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from time import perf_counter as timer
from typing import Any

from benchmarks.timing import Comparison, compare, table
from desktop.core import demo_people
from desktop.core.clock import SystemClock
from desktop.core.iin import make_iin
from desktop.core.localtime import aware
from desktop.core.textsearch import search_text
from desktop.services.application_list import COUNT_LIMIT, PAGE_SIZE

TARGET_MS = 100.0
OFFICE = 100
YEARS = 5
RULE_SET = "karaganda-29-03-2008"
CLERK = "Ахметова Г. С."
PURPOSES = (("hand_in_1", "A"), ("hand_in_2", "B"), ("collect", "C"), ("consultation", "E"))


# ---- the database ------------------------------------------------------------------------------


class _Stamps:
    """The change counter's stamps for rows inserted in bulk (db/change_counter.py), and the
    clerk's staff id every row names."""

    def __init__(self, raw: sqlite3.Connection, clerk_id: str) -> None:
        self.raw = raw
        self.clerk_id = clerk_id
        self.database_id, self.last = raw.execute(
            "SELECT database_id, last_value FROM change_counter WHERE id = 1"
        ).fetchone()

    def next(self) -> tuple[int, str]:
        """(change_seq, change_db) of the next row."""
        self.last += 1
        return self.last, self.database_id

    def save(self) -> None:
        self.raw.execute("UPDATE change_counter SET last_value = ? WHERE id = 1", (self.last,))


def _working_days(today: date, count_back: int) -> list[date]:
    """Weekdays from `count_back` calendar days ago up to today, oldest first."""
    days = [today - timedelta(days=n) for n in range(count_back, -1, -1)]
    return [day for day in days if day.weekday() < 5] or [today]


@cache
def _opening(day: date) -> datetime:
    """9:00 office time on `day`, as naive UTC (how the database keeps moments)."""
    return aware(datetime.combine(day, time(9))).astimezone(UTC).replace(tzinfo=None)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(" ", "microseconds")  # as SQLAlchemy stores a DateTime in SQLite


def _person(rng: random.Random, serial: int) -> tuple[str, str, str, str]:
    """(surname, name, patronymic, IIN) of a synthetic adult."""
    sex = rng.choice(("male", "female"))
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(50 * 365))
    if rng.random() < 0.7:
        given = rng.choice(demo_people.KAZAKH_MALE if sex == "male" else demo_people.KAZAKH_FEMALE)
        masculine = rng.choice((*demo_people.KAZAKH_SURNAMES, demo_people.kazakh_surname(given)))
        father = rng.choice(demo_people.KAZAKH_MALE)
        patronymic = demo_people.kazakh_patronymic(father, sex)
    else:
        father_name = rng.choice(demo_people.RUSSIAN_MALE)
        given = father_name[0] if sex == "male" else rng.choice(demo_people.RUSSIAN_FEMALE)
        masculine = rng.choice(demo_people.RUSSIAN_SURNAMES)
        patronymic = demo_people.russian_patronymic(rng.choice(demo_people.RUSSIAN_MALE)[0], sex)
    surname = demo_people.surname_for(masculine, sex)
    return surname, given, patronymic, make_iin(born, sex, serial % 10_000)


def _applications(
    rng: random.Random, total: int, today: date, stamps: _Stamps
) -> Iterator[tuple[Any, ...]]:
    days = _working_days(today, YEARS * 365)
    sequence: dict[int, int] = {}
    for index in range(total):
        position = index * len(days) // total
        day = days[position]
        moment = _opening(day) + timedelta(seconds=rng.randrange(9 * 3600))
        age = len(days) - 1 - position  # working days ago
        roll = rng.random()
        if roll < 0.12:
            status = "refused"
        elif age == 0:
            status = "accepted"
        elif age <= 2:
            status = rng.choice(("accepted", "ready", "ready", "issued"))
        else:
            status = "ready" if roll > 0.995 else "issued"
        surname, name, patronymic, iin = _person(rng, index)
        number = year = seq = None
        due = ready = issued = None
        missing = '["veterinary_passport"]' if status == "refused" else "[]"
        if status != "refused":
            year = day.year
            seq = sequence[year] = sequence.get(year, 0) + 1
            number = f"{OFFICE}-{year}-{seq:04d}"
            due = moment + timedelta(days=1)
            if status in ("ready", "issued"):
                ready = moment + timedelta(hours=rng.randrange(2, 22))
            if status == "issued":
                issued = due + timedelta(hours=rng.randrange(1, 200))
        yield (
            uuid.UUID(int=rng.getrandbits(128), version=4).hex,
            OFFICE,
            _stamp(moment),
            _stamp(moment),
            1,
            rng.choice((1, 2)),
            "individual",
            iin,
            surname,
            name,
            patronymic,
            "",
            "",
            "",
            rng.choice(("kk", "ru")),
            RULE_SET,
            '["id_card", "application"]',
            missing,
            status,
            year,
            seq,
            number,
            _stamp(moment),
            None if due is None else _stamp(due),
            None if ready is None else _stamp(ready),
            None if issued is None else _stamp(issued),
            CLERK,
            stamps.clerk_id,
            CLERK if ready else "",
            stamps.clerk_id if ready else None,
            CLERK if issued else "",
            stamps.clerk_id if issued else None,
            search_text(number, iin, surname, name, patronymic),
            *stamps.next(),
        )


_APPLICATION_COLUMNS = (
    "id, origin_office, created_at, updated_at, row_version, service, applicant_kind, "
    "national_number, surname, name, patronymic, organization, phone, address, language, "
    "rule_set, documents_presented, missing_documents, status, registration_year, "
    "registration_seq, registration_number, handed_in_at, ready_due_at, ready_at, issued_at, "
    "received_by, received_by_id, ready_by, ready_by_id, issued_by, issued_by_id, search_text, "
    "change_seq, change_db"
)


def _tickets(
    rng: random.Random, total: int, today: date, stamps: _Stamps
) -> Iterator[tuple[Any, ...]]:
    days = _working_days(today, YEARS * 365)
    numbers: dict[tuple[date, str], int] = {}
    for index in range(total):
        day = days[index * len(days) // total]
        purpose, letter = rng.choice(PURPOSES)
        number = numbers[day, letter] = numbers.get((day, letter), 0) + 1
        issued = _opening(day) + timedelta(seconds=rng.randrange(9 * 3600))
        waiting = day == today and rng.random() < 0.3
        called = None if waiting else issued + timedelta(minutes=rng.randrange(1, 40))
        finished = None if called is None else called + timedelta(minutes=rng.randrange(3, 20))
        yield (
            uuid.UUID(int=rng.getrandbits(128), version=4).hex,
            OFFICE,
            _stamp(issued),
            _stamp(issued),
            1,
            day.isoformat(),
            letter,
            number,
            purpose,
            "waiting" if waiting else "done",
            rng.choice(("kk", "ru")),
            _stamp(issued),
            None if called is None else _stamp(called),
            None if called is None else _stamp(called),
            None if finished is None else _stamp(finished),
            "" if called is None else CLERK,
            None if called is None else stamps.clerk_id,
            "",
            *stamps.next(),
        )


_TICKET_COLUMNS = (
    "id, origin_office, created_at, updated_at, row_version, day, letter, number, purpose, "
    "status, language, issued_at, called_at, serving_started_at, finished_at, called_by, "
    "called_by_id, outside_hours_reason, change_seq, change_db"
)


def fill(path: Path, applications: int, tickets: int, today: date, seed: int = 1) -> None:
    """A new database at `path`: migrated, reference data loaded, office 100 and a clerk set
    up, then `applications` applications and `tickets` queue tickets over five years of
    working days up to `today`, written by bulk inserts (the same `seed`, the same data)."""
    from benchmarks.run import set_up_office
    from desktop.services import office
    from desktop.services.startup import open_database

    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    opened = open_database(path)
    clerk = office.ClerkData("Ахметова", "Гүлнар", "Серікқызы", "бас маман", "")
    place = set_up_office(opened.db, OFFICE, clerk)  # with logins, as benchmarks.run.build
    opened.db.dispose()
    rng = random.Random(seed)
    with sqlite3.connect(path) as raw:
        stamps = _Stamps(raw, place.clerk.id.hex)
        # Indexes are dropped for the load and built again after it (sorting once is faster
        # than keeping them up to date row by row); unique constraints stay.
        indexes = raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('applications', 'queue_tickets')"
        ).fetchall()
        for name, _sql in indexes:
            raw.execute(f"DROP INDEX {name}")
        for table_name, columns, rows in (
            ("applications", _APPLICATION_COLUMNS, _applications(rng, applications, today, stamps)),
            ("queue_tickets", _TICKET_COLUMNS, _tickets(rng, tickets, today, stamps)),
        ):
            marks = ", ".join("?" * len(columns.split(", ")))
            raw.executemany(f"INSERT INTO {table_name} ({columns}) VALUES ({marks})", rows)
        stamps.save()
        for _name, sql in indexes:
            raw.execute(sql)


# ---- measuring ---------------------------------------------------------------------------------


def _bounds(first: date, last: date) -> tuple[str, str]:
    """Local days `first`..`last` as the stored UTC strings of their start and the next start."""
    return _stamp(_opening(first) - timedelta(hours=9)), _stamp(
        _opening(last + timedelta(days=1)) - timedelta(hours=9)
    )


class _Bare:
    """The list's work done with sqlite3 alone: the same rows (every column, newest first,
    one page) and, when the page comes back full, the same count (up to the same limit)."""

    def __init__(self, raw: sqlite3.Connection, where: str, params: Sequence[Any]) -> None:
        self.raw = raw
        self.params = tuple(params)
        condition = f"deleted_at IS NULL{where}"
        self.page_sql = (
            f"SELECT * FROM applications WHERE {condition} "
            f"ORDER BY handed_in_at DESC, created_at DESC, id DESC LIMIT {PAGE_SIZE}"
        )
        self.count_sql = (
            f"SELECT count(*) FROM (SELECT id FROM applications WHERE {condition} ORDER BY "
            f"handed_in_at DESC, created_at DESC, id DESC LIMIT {COUNT_LIMIT + 1})"
        )
        columns = [d[0] for d in raw.execute("SELECT * FROM applications LIMIT 0").description]
        self.id_column = columns.index("id")

    def __call__(self) -> list[str]:
        rows = self.raw.execute(self.page_sql, self.params).fetchall()
        if len(rows) == PAGE_SIZE:
            self.raw.execute(self.count_sql, self.params).fetchone()
        return [row[self.id_column] for row in rows]


def _cases(raw: sqlite3.Connection, today: date) -> list[tuple[str, dict[str, Any], _Bare]]:
    """(label, the widget's filter settings, the bare query) of each refresh measured."""
    start, end = _bounds(today, today)
    month_start, month_end = _bounds(today - timedelta(days=60), today - timedelta(days=30))
    middle = raw.execute(
        "SELECT national_number, surname FROM applications ORDER BY handed_in_at "
        "LIMIT 1 OFFSET (SELECT count(*) / 2 FROM applications)"
    ).fetchone()
    iin, surname = middle
    stem = search_text(surname)[:-1]  # the surname without its last letter: -ов/-ова alike
    # The day's view as one would write it by hand: open ones, refused ones handed in that
    # day, issued ones issued that day; each an index range.
    live = "SELECT id FROM applications WHERE deleted_at IS NULL AND"
    day = (
        f" AND id IN ({live} status IN ('accepted', 'ready') UNION ALL {live} status = 'refused'"
        f" AND handed_in_at >= ? AND handed_in_at < ? UNION ALL {live} status = 'issued'"
        " AND issued_at >= ? AND issued_at < ?)"
    )
    like = " AND search_text LIKE ? ESCAPE '/'"
    return [
        ("today's and open", {"period": "today"}, _Bare(raw, day, (start, end, start, end))),
        ("all dates", {"period": "all"}, _Bare(raw, "", ())),
        (
            "issued, all dates",
            {"period": "all", "status": "issued"},
            _Bare(raw, " AND status = ?", ("issued",)),
        ),
        (
            "service 2, 30 days",
            {
                "period": "range",
                "service": 2,
                "dates": (today - timedelta(days=60), today - timedelta(days=30)),
            },
            _Bare(
                raw,
                " AND service = ? AND handed_in_at >= ? AND handed_in_at < ?",
                (2, month_start, month_end),
            ),
        ),
        (
            f"text {stem.upper()!r}",
            {"period": "all", "text": stem.upper()},
            _Bare(raw, like, (f"%{stem}%",)),
        ),
        (
            f"text IIN {iin}",
            {"period": "all", "text": iin},
            _Bare(raw, " AND national_number = ?", (iin,)),
        ),
        (
            "text, no match",
            {"period": "all", "text": "ЖОҚНӘРСЕ"},
            _Bare(raw, like, ("%жоқнәрсе%",)),
        ),
        (
            f"today's and open, text {stem!r}",
            {"period": "today", "text": stem},
            _Bare(raw, day + like, (start, end, start, end, f"%{stem}%")),
        ),
    ]


def _set_filter(widget: Any, settings: dict[str, Any]) -> None:
    """Put the widget's filters as a clerk would, without the refreshes that would trigger."""
    from PySide6.QtCore import QDate

    controls = (widget.status_combo, widget.service_combo, widget.period_combo, widget.text_edit)
    controls += (widget.from_edit, widget.to_edit)
    for control in controls:
        control.blockSignals(True)
    widget.period_combo.setCurrentIndex(widget.period_combo.findData(settings["period"]))
    widget.status_combo.setCurrentIndex(
        max(widget.status_combo.findData(settings.get("status", "")), 0)
    )
    widget.service_combo.setCurrentIndex(
        max(widget.service_combo.findData(settings.get("service", 0)), 0)
    )
    widget.text_edit.setText(settings.get("text", ""))
    if "dates" in settings:
        widget.from_edit.setDate(QDate(settings["dates"][0]))
        widget.to_edit.setDate(QDate(settings["dates"][1]))
    for control in controls:
        control.blockSignals(False)


def measure(path: Path, runs: int, today: date) -> list[Comparison]:
    """Refreshes of the real Applications list (shown, offscreen when there is no display) and
    the queue's line on the database at `path`, each against its bare sqlite3 query."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.engine import Database
    from desktop.core.clock import FixedClock
    from desktop.services import queue
    from desktop.ui.context import AppContext
    from desktop.ui.hub import Hub
    from desktop.ui.widgets.application_list import ApplicationList

    app = QApplication.instance() or QApplication([])
    now = datetime.combine(today, time(11))
    db = Database(path)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    widget = ApplicationList(AppContext(db, Hub(), FixedClock(now)))
    widget.resize(1300, 700)
    widget.show()
    app.processEvents()
    results = []
    try:
        for label, settings, bare in _cases(raw, today):
            _set_filter(widget, settings)

            def refresh() -> None:
                widget.refresh()
                app.processEvents()  # the view lays out and paints

            results.append(compare(label, refresh, bare, runs))
            shown = [row.id.hex for row in widget.rows[:PAGE_SIZE]]
            if shown != bare():
                raise RuntimeError(f"{label}: the widget and the bare query differ")
        _set_filter(widget, {"period": "all"})
        widget.refresh()
        deep = raw.execute(
            "SELECT handed_in_at, created_at, id FROM applications ORDER BY handed_in_at DESC, "
            "created_at DESC, id DESC LIMIT 1 OFFSET ?",
            (runs * PAGE_SIZE,),
        ).fetchone()
        next_page = (
            "SELECT * FROM applications WHERE deleted_at IS NULL AND handed_in_at <= ? AND "
            "(handed_in_at < ? OR (handed_in_at = ? AND (created_at < ? OR (created_at = ? AND "
            f"id < ?)))) ORDER BY handed_in_at DESC, created_at DESC, id DESC LIMIT {PAGE_SIZE}"
        )
        params = (deep[0], deep[0], deep[0], deep[1], deep[1], deep[2])

        def scroll() -> None:
            widget.model.fetchMore()
            app.processEvents()

        results.append(
            compare(
                "next page (scrolling)",
                scroll,
                lambda: raw.execute(next_page, params).fetchall(),
                runs,
            )
        )
        line = (
            "SELECT * FROM queue_tickets WHERE origin_office = ? AND day = ? "
            "AND deleted_at IS NULL ORDER BY issued_at, created_at"
        )
        results.append(
            compare(
                "queue: today's line",
                lambda: queue.today(db, now),
                lambda: raw.execute(line, (OFFICE, today.isoformat())).fetchall(),
                runs,
            )
        )
    finally:
        widget.close()
        raw.close()
        db.dispose()
    return results


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.lists", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--tickets", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=15, help="timed refreshes of each kind")
    parser.add_argument(
        "--work-dir", type=Path, default=Path(tempfile.gettempdir()) / "auyl-desk-benchmarks"
    )
    parser.add_argument("--rebuild", action="store_true", help="do not reuse an earlier database")
    args = parser.parse_args(argv)

    args.work_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("AUYL_DESK_DATA_DIR", str(args.work_dir / "data"))
    today = _weekday(SystemClock().today())  # the office's date
    path = args.work_dir / f"lists-{args.applications}-{args.tickets}-{today}.sqlite3"
    if args.rebuild or not path.exists():
        started = timer()
        fill(path, args.applications, args.tickets, today)
        print(f"fill: {timer() - started:.1f} s", file=sys.stderr)
    print(f"database: {path} ({args.applications} applications, {args.tickets} tickets)")
    comparisons = measure(path, args.runs, today)
    for line in table(comparisons, "program", "bare sqlite3"):
        print(line)
    worst = max(c.subject.median for c in comparisons)
    verdict = "met" if worst < TARGET_MS else "MISSED"
    print(f"target: every refresh median < {TARGET_MS:.0f} ms: {verdict} (slowest {worst:.1f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
