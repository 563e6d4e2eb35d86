"""A damaged, truncated, read-only, busy or non-SQLite database file is refused at start, with
the reason, and never written over; a failed safety copy leaves nothing behind."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import sqlite_files
from db.engine import Database
from desktop.services import file_check
from desktop.services.file_check import DatabaseProblem
from desktop.services.startup import open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, code: str) -> DatabaseProblem:
    before = _digest(path)
    with pytest.raises(DatabaseProblem) as raised:
        open_database(path).db.dispose()
    assert raised.value.code == code, raised.value
    assert raised.value.location == str(path)
    assert _digest(path) == before  # never written over
    return raised.value


def _table_page(path: Path, table: str) -> tuple[int, int]:
    """(page size, number of the first page) of a table's b-tree."""
    with sqlite3.connect(path) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    connection.close()
    return size, root


@pytest.fixture
def sound(db_path: Path) -> Path:
    """A migrated database with reference data, checkpointed into the main file."""
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return db_path


def test_a_sound_file_opens(sound: Path) -> None:
    open_database(sound).db.dispose()


def test_bytes_flipped_inside_a_table_page_are_noticed(sound: Path) -> None:
    size, page = _table_page(sound, "akim_offices")
    data = bytearray(sound.read_bytes())
    start = (page - 1) * size
    data[start + 8 : start + 24] = b"\xff" * 16  # the page's cell pointers
    sound.write_bytes(bytes(data))
    problem = _refused(sound, file_check.DAMAGED)
    assert problem.detail  # SQLite's own words, for the details


def test_a_truncated_file_is_noticed(sound: Path) -> None:
    data = sound.read_bytes()
    sound.write_bytes(data[: len(data) // 2])
    _refused(sound, file_check.DAMAGED)


def test_a_text_file_named_like_a_database_is_not_taken_for_one(tmp_path: Path) -> None:
    path = tmp_path / "auyl-desk.db"
    path.write_text("office 45, households\n" * 50, encoding="utf-8")
    _refused(path, file_check.NOT_DATABASE)


def test_a_read_only_file_is_not_written(sound: Path) -> None:
    os.chmod(sound, 0o444)
    _refused(sound, file_check.READ_ONLY)


def test_a_file_in_a_read_only_folder_is_not_written(sound: Path) -> None:
    os.chmod(sound.parent, 0o555)
    try:
        _refused(sound, file_check.READ_ONLY)
    finally:
        os.chmod(sound.parent, 0o755)


@pytest.fixture
def held(sound: Path) -> Iterator[Path]:
    """Another program holds the database exclusively (it has written and not let go)."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA journal_mode=DELETE')\n"
            "c.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "c.execute('CREATE TABLE other_program(x)')\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n",
            str(sound),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    try:
        yield sound
    finally:
        holder.kill()
        holder.wait()


def test_a_file_held_by_another_writer_is_busy_not_damaged(held: Path) -> None:
    started = time.monotonic()
    problem = _refused(held, file_check.BUSY)
    assert "locked" in problem.detail
    assert time.monotonic() - started < 30  # it gives up and says so; no endless wait


def test_a_failed_copy_before_an_upgrade_leaves_nothing_and_says_so(
    sound: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = Database(sound)
    with db.engine.begin() as connection:  # as if a migration were pending
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0014'")
    db.dispose()

    def fill_the_disk(_source: Path, temporary: Path) -> None:
        temporary.write_bytes(b"SQLite format 3\x00" + bytes(4000))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sqlite_files, "_copy", fill_the_disk)
    problem = _refused(sound, file_check.BACKUP_FAILED)
    assert "No space left" in problem.detail
    folder = tmp_path / "data" / "backups"
    assert not folder.exists() or list(folder.iterdir()) == []  # no 0-byte or half "backup"
    raw = sqlite3.connect(sound)  # and the schema was not touched
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0014",)
    raw.close()
