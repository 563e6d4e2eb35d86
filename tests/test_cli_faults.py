"""The command line ends in one worded message and an exit status, never in a traceback: on a
damaged database, on an argument far too long, in the machine's language (desktop/cli_errors.py)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from db import engine as db_engine
from db.engine import Database
from desktop import cli_errors
from desktop.cli import main
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.services import office
from desktop.ui import database_texts
from desktop.ui.errors import describe
from tests.helpers import CLERK

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")

COMMANDS = [
    ["households", "search", "Серіков"],
    ["offices"],
    ["verify", "AUYL2:ABC"],
    ["demo", "--households", "2"],
]
LONG = "я" * 300


@pytest.fixture(params=["random bytes", "damaged pages"])
def damaged_db(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "auyl-desk.sqlite3"
    if request.param == "random bytes":
        path.write_bytes(os.urandom(20_000))
    else:  # a SQLite header over garbage
        path.write_bytes(b"SQLite format 3\0" + bytes(range(256)) * 40)
    return path


def _in_language(monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", {"kk": "kk_KZ.UTF-8", "ru": "ru_RU.UTF-8"}[language])


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_damaged_database_is_a_message_and_status_1(
    command: list[str],
    language: str,
    damaged_db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _in_language(monkeypatch, language)
    before = damaged_db.read_bytes()
    assert main(["--db", str(damaged_db), *command]) == 1
    said = capsys.readouterr()
    # The check at start words it (desktop/ui/database_texts.py): nothing written, and why.
    nothing = database_texts.tr(database_texts.NOTHING_WRITTEN).replace("%1", str(damaged_db))
    assert nothing != database_texts.NOTHING_WRITTEN  # in the machine's language
    assert said.err.startswith(nothing)
    reasons = {database_texts.tr(database_texts.REASONS[c]) for c in ("damaged", "not_database")}
    assert any(reason in said.err for reason in reasons)
    assert "Traceback" not in said.out + said.err
    assert damaged_db.read_bytes() == before  # never written over


def test_a_database_path_too_long_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _in_language(monkeypatch, "ru")
    assert main(["--db", str(tmp_path / LONG), "offices"]) == 2
    said = capsys.readouterr().err.strip()
    unreachable = database_texts.tr(database_texts.REASONS["unreachable"])
    assert unreachable in said and "Traceback" not in said


@pytest.mark.parametrize(
    ("command", "status"),
    [
        (["households", "search", LONG], 0),  # nothing found is a result
        (["offices", "--district", LONG], 0),
        (["verify", LONG], 1),  # not a certificate: the verdict, not a fault
        (["print-sample", LONG, "--lang", "kk", "--out", "sample.pdf"], 2),
    ],
    ids=lambda value: value[0] if isinstance(value, list) else str(value),
)
def test_an_argument_of_300_characters_ends_in_a_result_or_a_message(
    command: list[str],
    status: int,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _in_language(monkeypatch, "kk")
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(db_path), *command]) == status
    said = capsys.readouterr()
    assert "Traceback" not in said.out + said.err
    assert (said.out + said.err).strip()


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (OSError(errno.ENAMETOOLONG, "File name too long", LONG), 2),
        (FileNotFoundError(errno.ENOENT, "No such file", "book.xlsx"), 2),
        (ValueError("not a date"), 2),
        (OSError(errno.ENOSPC, "No space left on device"), 1),
        (OperationalError("BEGIN", {}, Exception("database is locked")), 1),
        (OperationalError("connect", {}, Exception("unable to open database file")), 2),
        (RuntimeError("a bug"), 1),
    ],
)
def test_exit_status_2_for_what_was_given_1_for_faults(error: Exception, status: int) -> None:
    assert cli_errors.exit_status(error) == status


def test_no_traceback_reaches_the_terminal(damaged_db: Path) -> None:
    """The real command in a child process: stderr holds the message only."""
    env = {**os.environ, "LANG": "ru_RU.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(damaged_db), "households", "search", "x"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("Auyl Desk не открыл базу данных"), done.stderr
    assert "Traceback" not in done.stderr and 'File "' not in done.stderr


@pytest.mark.parametrize(
    ("language", "words"), [("kk", "Бұйрық дұрыс жазылмаған"), ("ru", "Команда записана неверно")]
)
@pytest.mark.parametrize(
    "command", [["demo", "--households", LONG], ["no-such-command"], ["offices", "--bogus"]]
)
def test_a_wrong_command_line_is_worded_with_status_2(
    command: list[str],
    language: str,
    words: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _in_language(monkeypatch, language)
    assert main(command) == 2
    said = capsys.readouterr().err.strip()
    assert said.startswith(words) and said.endswith("--help") and len(said.splitlines()) == 1


@pytest.mark.parametrize("released", [False, True], ids=["held", "released while waiting"])
def test_a_command_waits_for_the_write_lock_as_before_then_writes_or_says_busy(
    released: bool,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command line waits for another program's write lock in place, up to the busy
    timeout (db.engine.wait_in_place; shortened here): it writes once the lock is free, or
    ends in the window's "busy" message and status 1 with nothing written."""
    _in_language(monkeypatch, "ru")
    db = Database(db_path)
    office.configure(db, 100, CLERK, SYSTEM, SystemClock().now())
    db.dispose()
    assert main(["--db", str(db_path), "demo", "--households", "1"]) == 0  # opened and set up
    capsys.readouterr()
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 300)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    waits: list[bool] = []
    default = db_engine.wait_in_place

    def wait(attempt: db_engine.LockAttempt) -> bool:  # the default, told when it is asked
        if released:
            other.rollback()
        waits.append(default(attempt))
        return waits[-1]

    monkeypatch.setattr(db_engine, "wait_in_place", wait)
    try:
        status = main(["--db", str(db_path), "demo", "--households", "1"])
    finally:
        if other.in_transaction:
            other.rollback()
    households = other.execute("SELECT count(*) FROM households").fetchone()[0]
    other.close()
    said = capsys.readouterr()
    assert waits == [released]
    if released:
        assert status == 0 and households == 2
    else:
        busy = describe(OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked")))
        assert status == 1 and said.err.strip() == busy and households == 1
        assert "Traceback" not in said.err
