"""Database files are the OS user's only; `check` looks into a file without writing to it."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import Database
from desktop.paths import data_dir
from desktop.services.health import check_database

posix = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix
def test_a_new_database_its_wal_and_the_data_folder_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "office" / "auyl-desk.sqlite3"
    db = Database(path)
    try:
        with db.engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x)"))
        for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            assert _mode(name) == 0o600, name
        assert _mode(path.parent) == 0o700
    finally:
        db.dispose()
    assert _mode(data_dir()) == 0o700


@posix
def test_an_existing_readable_database_is_made_owner_only_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    sqlite3.connect(path).close()  # made by an earlier version: 0644
    os.chmod(path, 0o644)
    data_dir().chmod(0o755)
    db = Database(path)
    try:
        with db.read() as session:
            session.execute(text("SELECT 1"))
        assert _mode(path) == 0o600
    finally:
        db.dispose()
    assert _mode(data_dir()) == 0o700


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_check_writes_nothing_to_a_closed_database(db_path: Path) -> None:
    before = _snapshot(db_path.parent)
    report = check_database(db_path)
    assert report.ok, report.checks
    assert _snapshot(db_path.parent) == before


def test_check_writes_nothing_to_a_database_in_use(db_path: Path) -> None:
    db = Database(db_path)
    try:
        with db.engine.begin() as connection:  # the program at work: -wal and -shm exist
            connection.execute(text("UPDATE change_counter SET home = home"))
        before = {k: v for k, v in _snapshot(db_path.parent).items() if not k.endswith("-shm")}
        report = check_database(db_path)
        after = {k: v for k, v in _snapshot(db_path.parent).items() if not k.endswith("-shm")}
        assert report.ok, report.checks
        assert after == before
    finally:
        db.dispose()


def test_check_creates_no_file_where_there_is_none(tmp_path: Path) -> None:
    report = check_database(tmp_path / "missing.sqlite3")
    assert not report.ok
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_check_reports_an_empty_or_foreign_file_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "auyl-desk.sqlite3"
    path.write_bytes(content)
    before = _snapshot(tmp_path)
    report = check_database(path)
    assert not report.ok
    assert report.checks[0].name == "file"
    assert _snapshot(tmp_path) == before
