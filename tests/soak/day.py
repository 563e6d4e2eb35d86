"""A clerk's 10-hour working day in the real main window, in about a minute.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.soak.day --work-dir DIR
        [--applications 5000] [--tickets 2000] [--households 1000] [--hours 10]
        [--tick-ms 10]

Builds a database (office No 100 and its clerk; `--households` demo households written by the
household writer; `--applications` applications and `--tickets` queue tickets over five years
of working days up to the day played, by the list benchmark's bulk fill), opens the real
MainWindow on it with a clock that stands at 9:00 of a working day, and shows it.

Every QTimer of the window is accelerated by the same factor: the queue's 15-second refresh
fires every `--tick-ms` real milliseconds, the Applications list's one-minute refresh and the
status bar's date 4 times as rarely, and so on. The queue's refresh is the day's metronome:
each of its ticks moves the clock on 15 seconds, so 10 hours are exactly 2,400 queue refreshes
whatever the machine's load. The other timers keep their accelerated real intervals, so when
the queue's refresh takes longer than `--tick-ms` they fire more often than in a real day
(about 2,400 list refreshes instead of 600): a harder day, not an easier one. On given ticks
the clerk works: issues a ticket, calls the next
one, starts and finishes serving it, types a surname into the household search and opens the
first household found, types a filter into the Applications list, switches tabs, and switches
the language kk <-> ru every hour. Error messages are counted (and closed) instead of waiting;
other modal dialogs an action opens (a complaint ticket called opens the complaint form) are
counted and cancelled.

Prints one line `soak: {json}` with the figures: ticks, timer firings, actions, RSS (MB) at the
end of each simulated hour, sys.getrefcount(None) at start and end. tests/soak/test_soak.py
runs this in a subprocess, so an abort of the process is a failed test, not a dead pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

TICK = timedelta(seconds=15)  # the queue tab's refresh (desktop.ui.tabs.queue_tab.REFRESH_MS)
QUEUE_REFRESH_MS = 15_000
TICKS_PER_HOUR = 3600 // 15


def rss_mb() -> float:
    """This process's resident memory now (Linux /proc), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def working_day(db: Any, today: date) -> date:
    """The latest day up to `today` on which the office is open at 10:00."""
    from desktop.core.clock import office_zone
    from desktop.services import queue

    day = today
    while not queue.is_open(datetime(day.year, day.month, day.day, 10, tzinfo=office_zone()), db):
        day -= timedelta(days=1)
    return day


def build(work_dir: Path, applications: int, tickets: int, households: int) -> tuple[Path, date]:
    """The database of the day, and the day (a working day up to today)."""
    from benchmarks import lists
    from desktop.core.actor import SYSTEM
    from desktop.core.clock import SystemClock
    from desktop.services import demo, office, settings
    from desktop.services.startup import open_database

    path = work_dir / "soak.sqlite3"
    today = SystemClock().today()
    probe = open_database(work_dir / "calendar.sqlite3").db
    try:
        day = working_day(probe, today)
    finally:
        probe.dispose()
    lists.fill(path, applications, tickets, day)
    db = open_database(path).db
    try:
        actor = office.current_actor(db)
        assert actor is not None
        demo.load_demo(db, households, actor, day, seed=3)
        # The simulated day has no keyboard or mouse: the idle lock would cover the window
        # after ten real minutes (tests/ui/test_login.py tests it), so this office turns it off.
        settings.save_idle_lock_minutes(db, 0, SYSTEM)
    finally:
        db.dispose()
    return path, day


class Day:
    """Drives the window through the day from the queue timer's ticks."""

    def __init__(self, window: Any, clock: Any, surnames: list[str], hours: int) -> None:
        self.window = window
        self.clock = clock
        self.surnames = surnames
        self.ticks_in_day = hours * TICKS_PER_HOUR
        self.tick = 0
        self.actions: Counter[str] = Counter()
        self.rss_by_hour: list[float] = []
        self.none_refs_by_hour: list[int] = []
        self.language = "kk"

    def on_tick(self) -> None:
        """After each queue refresh: 15 seconds later, and the clerk's work of that moment."""
        from PySide6.QtWidgets import QApplication

        self.tick += 1
        self.clock.advance(TICK)
        t = self.tick
        if t % 8 == 0:
            self.issue()
        if t % 8 == 2:
            self.act("call_next")
        if t % 8 == 4:
            self.act("start")
        if t % 8 == 6:
            self.act("finish")
        if t % 20 == 10:
            self.search_household()
        if t % 30 == 15:
            self.filter_applications()
        if t % 40 == 0:
            tabs = self.window.tabs
            tabs.setCurrentIndex((tabs.currentIndex() + 1) % tabs.count())
            self.actions["tab switch"] += 1
        if t % TICKS_PER_HOUR == 0:
            self.language = "ru" if self.language == "kk" else "kk"
            self.window.set_language(self.language)
            self.actions["language switch"] += 1
            self.rss_by_hour.append(round(rss_mb(), 1))
            self.none_refs_by_hour.append(sys.getrefcount(None))
        if t >= self.ticks_in_day:
            QApplication.instance().quit()

    def issue(self) -> None:
        from desktop.services import queue

        tab = self.window.queue_tab
        if not queue.is_open(self.clock.now(), self.window.ctx.db):
            return
        codes = list(queue.purposes())
        tab.issue(codes[(self.tick // 8) % len(codes)])
        self.actions["ticket issued"] += 1

    def act(self, action: str) -> None:
        tab = self.window.queue_tab
        if action == "call_next":
            if not tab.call_button.isEnabled():
                return
            tab.call_next()
        else:
            ticket = tab.selected()
            if ticket is None or not tab.action_buttons[action].isEnabled():
                return
            tab.act(action)
        self.actions[action] += 1

    def search_household(self) -> None:
        tab = self.window.households_tab
        surname = self.surnames[(self.tick // 20) % len(self.surnames)]
        tab.search_edit.setText(surname[: 2 + (self.tick // 20) % 4])  # the debounce timer
        self.actions["household search"] += 1
        if tab.results.rowCount():
            tab.results.selectRow(0)
            tab.open_selected()
            self.actions["household opened"] += 1

    def filter_applications(self) -> None:
        widget = self.window.application_tab.list
        texts = ("", "Ахмет", "100-", "", "Серік", "")
        widget.text_edit.setText(texts[(self.tick // 30) % len(texts)])  # the typing timer
        self.actions["application filter"] += 1


def run(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from desktop.core.clock import FixedClock, office_zone
    from desktop.services import office
    from desktop.services.startup import open_database
    from desktop.ui.context import AppContext
    from desktop.ui.hub import Hub
    from desktop.ui.i18n import Translations

    started = time.perf_counter()
    path, day = build(args.work_dir, args.applications, args.tickets, args.households)
    built = time.perf_counter() - started
    with sqlite3.connect(path) as raw:
        surnames = [
            row[0]
            for row in raw.execute(
                "SELECT DISTINCT surname FROM members WHERE deleted_at IS NULL "
                "ORDER BY surname LIMIT 40"
            )
        ]

    app = QApplication.instance() or QApplication(sys.argv[:1])
    errors: list[str] = []

    def count_error(box: QMessageBox) -> int:  # an error message would wait for a click
        errors.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    dialogs: Counter[str] = Counter()

    def cancel_dialog(dialog: QDialog) -> int:  # a clerk who closes what a call opens
        dialogs.update([type(dialog).__name__])
        return int(QDialog.DialogCode.Rejected)

    QMessageBox.exec = count_error  # type: ignore[method-assign, assignment]
    QDialog.exec = cancel_dialog  # type: ignore[method-assign, assignment]
    Translations().switch("kk")
    db = open_database(path).db
    clock = FixedClock(datetime(day.year, day.month, day.day, 9, tzinfo=office_zone()))
    documents: Counter[str] = Counter()
    # Logged in as the office's clerk, as after the login dialog (tests/ui test the login).
    ctx = AppContext(
        db,
        Hub(),
        clock,
        presenter=lambda _parent, doc: documents.update(["doc"]),
        user=office.current_actor(db),
    )

    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    refcount_none_start = sys.getrefcount(None)

    # Every timer of the window, accelerated alike: 15 s of the day take `tick_ms` real ms.
    factor = QUEUE_REFRESH_MS / args.tick_ms
    timers = window.findChildren(QTimer)
    fired: Counter[str] = Counter()
    intervals = {}
    for timer in timers:
        owner = type(timer.parent()).__name__
        name = f"{owner} {timer.interval()} ms"
        intervals[name] = max(1, round(timer.interval() / factor))
        timer.setInterval(intervals[name])
        timer.timeout.connect(lambda n=name: fired.update([n]))
    queue_timer = window.queue_tab._timer
    driver = Day(window, clock, surnames, args.hours)
    queue_timer.timeout.connect(driver.on_tick)
    for timer in timers:
        if timer.interval() and not timer.isSingleShot() and not timer.isActive():
            timer.start()

    day_started, day_cpu = time.perf_counter(), time.process_time()
    app.exec()
    seconds, cpu = time.perf_counter() - day_started, time.process_time() - day_cpu
    figures = {
        "day": day.isoformat(),
        "build_s": round(built, 1),
        "day_s": round(seconds, 1),
        "day_cpu_s": round(cpu, 1),
        "simulated_hours": driver.tick / TICKS_PER_HOUR,
        "ticks": driver.tick,
        "clock_end": clock.now().strftime("%H:%M"),
        "timers_real_ms": intervals,
        "timer_firings": dict(fired),
        "actions": dict(driver.actions),
        "documents_shown": documents["doc"],
        "dialogs_cancelled": dict(dialogs),
        "error_messages": len(errors),
        "first_errors": errors[:3],
        "rss_mb_by_hour": driver.rss_by_hour,
        "rss_mb_end": round(rss_mb(), 1),
        "refcount_none_start": refcount_none_start,
        "refcount_none_by_hour": driver.none_refs_by_hour,
        "refcount_none_end": sys.getrefcount(None),
    }
    window.close()
    db.dispose()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", type=Path, required=True)
    parser.add_argument("--applications", type=int, default=5000)
    parser.add_argument("--tickets", type=int, default=2000)
    parser.add_argument("--households", type=int, default=1000)
    parser.add_argument("--hours", type=int, default=10)
    parser.add_argument("--tick-ms", type=int, default=10, help="real ms of 15 s of the day")
    args = parser.parse_args(argv)
    args.work_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("AUYL_DESK_DATA_DIR", str(args.work_dir / "data"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = run(args)
    print("soak: " + json.dumps(figures, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
