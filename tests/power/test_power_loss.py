"""Power loss while issuing: a worker process (tests/power/worker.py) issues tickets, talons,
certificates and household edits through the real services and is killed with SIGKILL at a
seeded random moment, round after round, sometimes two workers at once. After every round:
`integrity_check` ok, `foreign_key_check` empty, every number and edit confirmed to the user is
in the database, and every number series runs 1..n with no gap and no number twice.

AUYL_POWER_ROUNDS sets the number of rounds (30 by default; hundreds for a long run), and
AUYL_POWER_SEED the seed. The figures are printed at the end (pytest -s shows them).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from db.engine import Database
from desktop.services import households, number_marks
from tests.power import office

pytestmark = pytest.mark.power

ROUNDS = int(os.environ.get("AUYL_POWER_ROUNDS", "30"))
SEED = int(os.environ.get("AUYL_POWER_SEED", "14"))
TWO_WRITERS_EVERY = 3  # every third round runs two workers at once
MAX_DELAY_S = 2.0  # a kill lands this long at most after the worker is ready
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Figures:
    rounds: int = 0
    workers: int = 0
    confirmed: Counter[str] = field(default_factory=Counter)
    kill_points: Counter[str] = field(default_factory=Counter)  # what a kill interrupted


@dataclass
class Confirmed:
    tickets: set[tuple[str, str, int]] = field(default_factory=set)
    registrations: set[str] = field(default_factory=set)
    certificates: set[str] = field(default_factory=set)
    edits: set[tuple[str, str]] = field(default_factory=set)

    def take(self, line: str, figures: Figures) -> None:
        kind, *rest = line.split(" ")
        if kind == "T":
            self.tickets.add((rest[0], rest[1], int(rest[2])))
        elif kind == "R":
            self.registrations.add(rest[0])
        elif kind == "C":
            self.certificates.add(rest[0])
        elif kind == "H":
            self.edits.add((rest[0], rest[1]))
        else:
            return
        figures.confirmed[kind] += 1


class Launcher:
    """tests/power/worker.py's launcher: forks workers, reports how they ended."""

    def __init__(self, path: Path, household_ids: list[uuid.UUID]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.power.worker", str(path)]
            + [str(i) for i in household_ids],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._answer() == "ready"

    def _answer(self, command: str = "") -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        if command:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def start(self, seed: int, out: Path) -> int:
        return int(self._answer(f"go {seed} {out}"))

    def kill(self, pid: int) -> int:
        os.kill(pid, signal.SIGKILL)
        return int(self._answer(f"wait {pid}").removeprefix("exit "))

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


def _collect(out: Path, confirmed: Confirmed, figures: Figures) -> None:
    lines = out.read_text(encoding="utf-8").split("\n")[:-1]
    last_action = "none"
    for line in lines:
        if line.startswith("begin "):
            last_action = line.removeprefix("begin ")
        confirmed.take(line, figures)
    last = lines[-1] if lines else ""
    interrupted = last.startswith("begin ") or (
        last.startswith("R ") and last_action == "certificate"
    )
    where = f"in {last_action}" if interrupted else "between actions"
    figures.kill_points[where if lines else "before the first action"] += 1


def _runs_one_to_n(numbers: list[int], what: str) -> None:
    assert sorted(numbers) == list(range(1, len(numbers) + 1)), f"{what}: gap or duplicate"


def _check(path: Path, confirmed: Confirmed) -> None:
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        tickets: dict[tuple[str, str], list[int]] = {}
        for day, letter, number in raw.execute("SELECT day, letter, number FROM queue_tickets"):
            tickets.setdefault((str(day), letter), []).append(number)
        registrations = [
            seq
            for (seq,) in raw.execute(
                "SELECT registration_seq FROM applications WHERE registration_seq IS NOT NULL"
            )
        ]
        numbers = {n for (n,) in raw.execute("SELECT registration_number FROM applications")}
        certificates = {n: s for n, s in raw.execute("SELECT number, seq FROM certificates")}
    finally:
        raw.close()
    for key, series in tickets.items():
        _runs_one_to_n(series, f"tickets {key}")
    _runs_one_to_n(registrations, "registrations")
    _runs_one_to_n(list(certificates.values()), "certificates")
    for day, letter, number in confirmed.tickets:
        assert number in tickets.get((day, letter), []), f"ticket {letter}{number} lost"
    assert confirmed.registrations <= numbers, "a confirmed registration number is lost"
    assert confirmed.certificates <= set(certificates), "a confirmed certificate is lost"
    marks = number_marks.read()  # the marks beside the key never run ahead of the database
    for key, mark in marks.items():
        if key.startswith("registration:"):
            assert mark <= len(registrations), key
        elif key.startswith("certificate:"):
            assert mark <= len(certificates), key
    db = Database(path)
    try:
        for household_id, as_of in confirmed.edits:
            day = date.fromisoformat(as_of)
            found = households.livestock_on(db, uuid.UUID(household_id), day)
            assert found is not None and found.as_of == day, f"edit {household_id} {as_of} lost"
    finally:
        db.dispose()


def test_a_power_cut_loses_nothing_confirmed_and_leaves_no_gaps(
    db_path: Path, tmp_path: Path
) -> None:
    db = Database(db_path)
    try:
        household_ids = office.set_up(db)
    finally:
        db.dispose()
    choose = random.Random(SEED)
    confirmed, figures = Confirmed(), Figures()
    started = time.monotonic()
    launcher = Launcher(db_path, household_ids)
    try:
        for round_number in range(ROUNDS):
            count = 2 if round_number % TWO_WRITERS_EVERY == TWO_WRITERS_EVERY - 1 else 1
            outs = [tmp_path / f"round-{round_number}-{n}.txt" for n in range(count)]
            pids = [launcher.start(choose.randrange(1 << 30), out) for out in outs]
            for pid, out in zip(pids, outs, strict=True):  # two workers die at two moments
                time.sleep(choose.uniform(0, MAX_DELAY_S))
                assert launcher.kill(pid) == -signal.SIGKILL, "a worker stopped by itself"
                _collect(out, confirmed, figures)
            figures.rounds += 1
            figures.workers += count
            _check(db_path, confirmed)
    finally:
        launcher.close()
    elapsed = time.monotonic() - started
    print(
        f"\npower loss: {figures.rounds} rounds, {figures.workers} workers killed in "
        f"{elapsed:.0f} s (seed {SEED}); confirmed {dict(figures.confirmed)}; "
        f"kills landed {dict(figures.kill_points)}"
    )
    assert figures.confirmed["C"] > 0 and figures.confirmed["T"] > 0  # the kills hit real work
