"""Start-up loads only what the first window needs (issue 8: a start in a second).

The real program is started in a child process, offscreen, with the first-paint hook
(desktop/ui/first_paint.py): it quits right after its first window has been painted, and the
child then lists the modules it had imported by then.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import Database
from desktop.core.clock import SystemClock
from desktop.services import accounts
from desktop.services.startup import open_database
from desktop.ui.first_paint import FIRST_PAINT_ENV, PREFIX
from tests.helpers import ADMIN_LOGIN, ADMIN_PASSWORD, CLERK, CLERK_LOGIN, CLERK_PASSWORD

# Libraries only some actions need: printing (ReportLab, PIL), migrations (Alembic, Mako,
# Pygments), spreadsheets and reading PDFs. They load on first use, never at start.
NOT_AT_START = ("reportlab", "PIL", "alembic", "mako", "pygments", "openpyxl", "pypdf")

START = """
import json, sys
from desktop.cli import main

status = main(["--db", sys.argv[1]])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


@pytest.fixture
def db_location(db_path: Path) -> Path:
    """An office's SQLite file: the start is checked while another program holds its write lock."""
    return db_path


def _start(db_arg: str) -> tuple[list[str], set[str]]:
    """The windows painted (in order) and the modules imported by the first paint."""
    env = {**os.environ, FIRST_PAINT_ENV: "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", START, db_arg], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    result = json.loads(lines[-1])
    assert result["status"] == 0
    painted = [line.split()[2] for line in lines if line.startswith(PREFIX)]
    return painted, set(result["modules"])


def _loaded(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return [p for p in packages if any(m == p or m.startswith(p + ".") for m in modules)]


def test_start_to_the_login_loads_no_printing_and_no_migrations(
    accounts_db: Database,
) -> None:
    """...and takes no write lock: here another program holds it all the while. The first
    window of a set-up office is the login dialog (the main window follows the login).

    The program has been started on this database before (a database seen in a new place for
    the first time is written to once: db/change_counter.py gives a copy a new id).
    """
    open_database(str(accounts_db.url.database)).db.dispose()
    writer = sqlite3.connect(str(accounts_db.url.database), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        painted, modules = _start(str(accounts_db.url.database))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert painted == ["LoginDialog"]
    assert _loaded(modules, NOT_AT_START) == []
    # the holidays' data and the main window come after the login
    assert "holidays.countries" not in modules and "desktop.ui.main_window" not in modules


def test_first_run_to_the_setup_dialog_loads_no_printing_and_no_main_window(
    tmp_path: Path,
) -> None:
    painted, modules = _start(str(tmp_path / "new.sqlite3"))
    assert painted == ["SetupDialog"]
    assert "alembic" in modules  # a new database is migrated, so here Alembic is needed
    assert _loaded(modules, ("reportlab", "PIL", "openpyxl", "pypdf")) == []
    assert "desktop.ui.main_window" not in modules


def test_start_on_a_postgresql_server_asks_for_the_login(pg_url: str) -> None:
    """`auyl-desk --db postgresql+psycopg://...` on a server database set up before."""
    db = Database(pg_url)
    administrator = accounts.administrator(ADMIN_LOGIN)
    accounts.set_up(
        db,
        100,
        CLERK,
        CLERK_LOGIN,
        CLERK_PASSWORD,
        administrator,
        ADMIN_LOGIN,
        ADMIN_PASSWORD,
        SystemClock().now(),
    )
    db.dispose()
    open_database(pg_url).db.dispose()
    painted, modules = _start(pg_url)
    assert painted == ["LoginDialog"]
    assert "psycopg" in modules and _loaded(modules, NOT_AT_START) == []
