"""The command line on a shared PC: read-only commands run while another program holds the
database's write lock, and text it prints cannot take over the terminal."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from db.engine import Database
from desktop.cli import main
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.core.terminal import escaping, printable
from desktop.services import household_writer as hw
from desktop.services import office
from desktop.services.household_values import HouseholdData, MemberData
from desktop.services.startup import open_database
from tests.helpers import CLERK

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")

RUN = "import sys; from desktop.cli import main; raise SystemExit(main(sys.argv[1:]))"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-c", RUN, *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def held(db_path: Path) -> Iterator[Path]:
    """An office's SQLite file (started on before), its write lock held by another program."""
    db = Database(db_path)
    office.configure(db, 100, CLERK, SYSTEM, SystemClock().now())
    db.dispose()
    open_database(db_path).db.dispose()
    path = db_path
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        yield path
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_offices_run_while_another_program_holds_the_write_lock(held: Path) -> None:
    """Loading the unchanged reference data at start only reads: the command neither waits
    for the lock (it would fail with "database is locked" after the busy timeout) nor takes it."""
    done = run_cli("offices", "--district", "балқаш", "--db", str(held))
    assert done.returncode == 0, done.stderr
    assert "Гүлшат" in done.stdout


def test_household_search_runs_while_another_program_holds_the_write_lock(held: Path) -> None:
    done = run_cli("households", "search", "Сейітов", "--db", str(held))
    assert done.returncode == 0, done.stderr


def test_stored_escape_sequences_are_shown_not_obeyed(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name imported with an ESC sequence (it would clear the screen) is printed escaped."""
    db = Database(db_path)
    office.configure(db, 100, CLERK, SYSTEM, SystemClock().now())
    clerk = office.current_actor(db)
    assert clerk is not None
    opened = date(2020, 1, 1)
    hw.create_household(
        db,
        HouseholdData("0001", "Ботақара\x1b]0;title\x07", opened),
        MemberData("Шалқарбаев\x1b[2J\x1b[31m", "Ерлан\u202e", "head", opened, sex="male"),
        clerk,
        date(2026, 11, 25),
    )
    db.dispose()
    assert main(["households", "search", "шалқарбаев", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Шалқарбаев\\x1b[2J\\x1b[31m Ерлан\\u202e" in out
    assert "Ботақара\\x1b]0;title\\x07" in out


def test_a_typed_argument_is_echoed_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["\x1b[2Jnothing\x00"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x00" not in err
    assert "\\x1b[2Jnothing\\x00" in err


def test_printable_keeps_kazakh_line_breaks_and_tabs() -> None:
    text = "Әйгерім\tҚұрманғазы\nЖаңа жол"
    assert printable(text) == text
    assert printable("a\x1bb\x7fc\x9bd") == "a\\x1bb\\x7fc\\x9bd"
    assert escaping(None) is None  # a windowed program has no console to wrap
