"""Read-only commands run while another program holds the database's write lock."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.services import office
from desktop.services.startup import open_database
from tests.helpers import CLERK

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
