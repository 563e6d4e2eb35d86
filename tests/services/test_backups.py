"""Backups: taken with the backup API, verified, rotated, described, restored with a new id."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from db.change_counter import COPY_HOME, database_id
from db.engine import Database
from db.models import Household
from desktop.core.actor import SYSTEM, Actor
from desktop.core.localtime import aware
from desktop.paths import data_dir
from desktop.services import applications, backups, office
from desktop.services.backups import BackupError
from desktop.services.demo import load_demo
from tests.helpers import CLERK, acting_as
from tests.services.test_certificates import _input

NOW = aware(datetime(2026, 11, 24, 17, 45, 3))
# who restores: an administrator whom the restored copy does not know (the program notes it)
ADMINISTRATOR = Actor(uuid.UUID(int=5), "Омаров Е.", "administrator")


@pytest.fixture
def office_db(db_path: Path) -> Iterator[Database]:
    database = Database(db_path)
    office.configure(database, 45, CLERK, SYSTEM, NOW)
    yield database
    database.dispose()


def _clerk(db: Database):  # type: ignore[no-untyped-def]
    actor = office.current_actor(db)
    assert actor is not None
    return actor


def test_a_backup_is_verified_marked_as_a_copy_and_named_by_office_time(
    office_db: Database, tmp_path: Path
) -> None:
    load_demo(office_db, 7, _clerk(office_db), NOW.date())
    applications.submit(office_db, _input(), NOW.replace(tzinfo=None), _clerk(office_db))
    folder = tmp_path / "stick"
    path = backups.take_backup(office_db, NOW, folder, keep=10)
    assert path.name == "auyl-desk-20261124-174503.sqlite3"
    assert list(folder.iterdir()) == [path]  # no temporary or -wal/-shm left
    with sqlite3.connect(path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert copy.execute("SELECT home FROM change_counter").fetchone() == (COPY_HOME,)
    info = backups.describe(path)
    assert info.taken_at == datetime(2026, 11, 24, 17, 45, 3)
    assert (info.office_number, info.households, info.applications) == (45, 7, 1)
    assert info.last_application is not None and info.last_application.startswith("45-")
    assert (info.certificates, info.last_certificate) == (0, None)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_rotation_keeps_the_newest_and_leaves_other_copies(
    office_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    before_migration = folder / "auyl-desk-before-0015-20200101-000000.sqlite3"
    before_migration.write_bytes(b"")
    taken = [
        backups.take_backup(office_db, NOW + timedelta(days=day), folder, keep=3)
        for day in range(5)
    ]
    assert set(folder.iterdir()) == {*taken[2:], before_migration}
    assert backups.backups_in(folder)[0] == taken[-1]


def test_the_daily_backup_is_due_once_a_day(office_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert backups.backup_due(folder, NOW.date())
    backups.take_backup(office_db, NOW, folder, keep=10)
    assert not backups.backup_due(folder, NOW.date())
    assert backups.backup_due(folder, NOW.date() + timedelta(days=1))


def test_a_backup_on_close_is_skipped_when_nothing_changed(
    office_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    assert backups.changed_since_backup(office_db, folder)
    path = backups.take_backup(office_db, NOW, folder, keep=10)
    assert not backups.changed_since_backup(office_db, folder)
    os.utime(path, (time.time() - 60, time.time() - 60))
    load_demo(office_db, 1, _clerk(office_db), NOW.date())
    assert backups.changed_since_backup(office_db, folder)


def test_settings_choose_the_folder_and_how_many(office_db: Database, tmp_path: Path) -> None:
    assert backups.backup_folder(office_db) == data_dir() / "backups"
    assert backups.keep_count(office_db) == backups.DEFAULT_KEEP
    backups.save_backup_settings(
        office_db, tmp_path / "second-disk", 4, acting_as(_clerk(office_db), "administrator")
    )
    assert backups.backup_folder(office_db) == tmp_path / "second-disk"
    assert backups.keep_count(office_db) == 4
    with pytest.raises(ValueError):
        backups.save_backup_settings(
            office_db, None, 0, acting_as(_clerk(office_db), "administrator")
        )


def test_a_full_disk_leaves_no_partial_file(
    office_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"

    def full(_source: Path, temporary: Path) -> None:
        temporary.write_bytes(b"SQLite format 3\x00 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("db.sqlite_files._copy", full)
    with pytest.raises(BackupError) as raised:
        backups.take_backup(office_db, NOW, folder, keep=10)
    assert raised.value.reason == "space"
    assert list(folder.iterdir()) == []


def test_too_little_free_space_is_refused_before_writing(
    office_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    usage = type("Usage", (), {"free": 1000, "total": 10**9, "used": 0})
    monkeypatch.setattr(backups.shutil, "disk_usage", lambda _path: usage)
    with pytest.raises(BackupError) as raised:
        backups.take_backup(office_db, NOW, folder, keep=10)
    assert raised.value.reason == "space"
    assert list(folder.iterdir()) == []
    warnings = backups.space_warnings(office_db, folder)
    assert warnings and warnings[0].needed == backups.MIN_FREE_BYTES
    monkeypatch.undo()
    big = type("Usage", (), {"free": 10**12, "total": 10**12, "used": 0})
    monkeypatch.setattr(backups.shutil, "disk_usage", lambda _path: big)
    assert backups.space_warnings(office_db, folder) == []


def test_a_database_on_a_server_is_refused(pg_url: str, tmp_path: Path) -> None:
    database = Database(pg_url)
    try:
        with pytest.raises(BackupError) as raised:
            backups.take_backup(database, NOW, tmp_path / "b", keep=10)
        assert raised.value.reason == "server"
        assert backups.space_warnings(database, tmp_path) == []
    finally:
        database.dispose()


WRITER = """
import sqlite3, sys, time, pathlib
path, stop = sys.argv[1], pathlib.Path(sys.argv[2])
connection = sqlite3.connect(path, timeout=30, isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
round = 0
while not stop.exists():
    round += 1
    connection.execute("BEGIN IMMEDIATE")
    for part in range(5):
        connection.execute(
            "INSERT INTO app_settings (key, value) VALUES (?, ?)",
            (f"w{sys.argv[3]}-{round}-{part}", str(round)),
        )
    connection.execute(
        "INSERT OR REPLACE INTO app_settings (key, value) VALUES (?, ?)",
        (f"count-{sys.argv[3]}", str(round)),
    )
    connection.execute("COMMIT")
print(round)
"""


def test_a_backup_taken_while_two_processes_write_is_a_committed_state(
    office_db: Database, tmp_path: Path
) -> None:
    """Each writer commits five rows and its round counter together; a backup holding a
    half-written round, or rows of a round its counter does not know, would be torn."""
    load_demo(office_db, 30, _clerk(office_db), NOW.date())
    path = Path(str(office_db.url.database))
    stop = tmp_path / "stop"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(stop), str(n)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in (1, 2)
    ]
    taken = []
    try:
        deadline = time.monotonic() + 20
        while not _rounds(path) and time.monotonic() < deadline:
            time.sleep(0.05)
        for second in range(6):
            taken.append(
                backups.take_backup(office_db, NOW + timedelta(seconds=second), tmp_path, 10)
            )
    finally:
        stop.touch()
        rounds = [int(w.communicate(timeout=60)[0]) for w in writers]
    assert all(r > 0 for r in rounds)
    seen = []
    for backup in taken:
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            for n in (1, 2):
                row = copy.execute(
                    "SELECT value FROM app_settings WHERE key = ?", (f"count-{n}",)
                ).fetchone()
                count = int(row[0]) if row else 0
                rows = copy.execute(
                    "SELECT count(*) FROM app_settings WHERE key LIKE ?", (f"w{n}-%",)
                ).fetchone()[0]
                assert rows == 5 * count
                seen.append(count)
        assert backups.describe(backup).households == 30
    assert max(seen) > 0  # the writers were caught at work


def _rounds(path: Path) -> int:
    with sqlite3.connect(path, timeout=30) as connection:
        return int(
            connection.execute(
                "SELECT count(*) FROM app_settings WHERE key LIKE 'count-%'"
            ).fetchone()[0]
        )


def test_restore_replaces_the_file_keeps_a_safety_copy_and_renews_the_id(
    office_db: Database, tmp_path: Path
) -> None:
    path = Path(str(office_db.url.database))
    load_demo(office_db, 3, _clerk(office_db), NOW.date())
    with office_db.read() as session:
        original_id = database_id(session)
    backup = backups.take_backup(office_db, NOW, tmp_path / "b", keep=10)
    load_demo(office_db, 4, _clerk(office_db), NOW.date())  # work after the backup
    office_db.dispose()

    result = backups.restore(path, backup, ADMINISTRATOR, NOW + timedelta(hours=1))

    assert result.restored.households == 3
    assert result.safety_copy == path.with_name("auyl-desk-before-restore-20261124-184503.sqlite3")
    assert backups.describe(result.safety_copy).households == 7
    restored = Database(path)
    try:
        with restored.read() as session:
            assert database_id(session) != original_id
        with restored.read() as session:
            assert session.query(Household).count() == 3
    finally:
        restored.dispose()
    assert sorted(p.name for p in path.parent.glob(".*")) == []  # nothing staged left
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_restore_refuses_while_another_program_holds_the_database(
    office_db: Database, tmp_path: Path
) -> None:
    path = Path(str(office_db.url.database))
    backup = backups.take_backup(office_db, NOW, tmp_path / "b", keep=10)
    with office_db.read() as session:  # the pool keeps this connection open afterwards
        session.execute(text("SELECT 1"))
    before = path.read_bytes()
    with pytest.raises(BackupError) as raised:
        backups.restore(path, backup, ADMINISTRATOR, NOW)
    assert raised.value.reason == "in_use"
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*before-restore*"))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not_sqlite"),
        (b"PK\x03\x04 a spreadsheet, not a database", "not_sqlite"),
        (None, "missing"),
    ],
)
def test_restore_checks_the_file_first(
    office_db: Database, tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = Path(str(office_db.url.database))
    office_db.dispose()
    candidate = tmp_path / "candidate.sqlite3"
    if content is not None:
        candidate.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(BackupError) as raised:
        backups.restore(path, candidate, ADMINISTRATOR, NOW)
    assert raised.value.reason == reason
    assert path.read_bytes() == before


def test_restore_refuses_another_programs_database_a_damaged_one_and_a_newer_schema(
    office_db: Database, tmp_path: Path
) -> None:
    path = Path(str(office_db.url.database))
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (text)")
    newer = backups.take_backup(office_db, NOW, tmp_path / "b", keep=10)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    damaged = backups.take_backup(office_db, NOW + timedelta(seconds=1), tmp_path / "c", 10)
    data = bytearray(damaged.read_bytes())
    page = 4096
    for offset in range(3 * page + 100, len(data) - page, 7 * page):
        data[offset : offset + 200] = b"\xff" * 200
    damaged.write_bytes(bytes(data))
    office_db.dispose()
    for candidate, reason in ((foreign, "foreign"), (newer, "newer"), (damaged, "damaged")):
        with pytest.raises(BackupError) as raised:
            backups.restore(path, candidate, ADMINISTRATOR, NOW)
        assert raised.value.reason == reason
    assert backups.describe(newer).revision == "9999"  # described, but not restored


def test_latest_good_backup_skips_damaged_ones(office_db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    assert backups.latest_good_backup(folder) is None
    good = backups.take_backup(office_db, NOW, folder, keep=10)
    newest = backups.take_backup(office_db, NOW + timedelta(minutes=1), folder, keep=10)
    newest.write_bytes(newest.read_bytes()[:1000])  # truncated
    found = backups.latest_good_backup(folder)
    assert found is not None and found.path == good


def test_restore_into_a_lost_database(office_db: Database, tmp_path: Path) -> None:
    path = Path(str(office_db.url.database))
    backup = backups.take_backup(office_db, NOW, tmp_path / "b", keep=10)
    office_db.dispose()
    assert not backups.earlier_installation_lost(path)
    path.write_bytes(b"")
    assert backups.earlier_installation_lost(path)  # office 45's key is in the data folder
    result = backups.restore(path, backup, ADMINISTRATOR, NOW)
    assert result.safety_copy is None
    assert not backups.earlier_installation_lost(path)


def test_a_fresh_pc_is_not_a_lost_installation(tmp_path: Path) -> None:
    assert not backups.earlier_installation_lost(tmp_path / "auyl-desk.sqlite3")


def test_the_daily_due_check_reads_names_only(tmp_path: Path) -> None:
    (tmp_path / "auyl-desk-20261124-090000.sqlite3").write_bytes(b"")
    assert not backups.backup_due(tmp_path, date(2026, 11, 24))


def test_a_damaged_database_gives_no_backup(
    office_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy that fails its integrity check is not kept (the database itself is damaged)."""
    monkeypatch.setattr("db.sqlite_files.integrity_problems", lambda _c: ["page 7: corrupt"])
    folder = tmp_path / "backups"
    with pytest.raises(BackupError) as raised:
        backups.take_backup(office_db, NOW, folder, keep=10)
    assert raised.value.reason == "source_damaged"
    assert list(folder.iterdir()) == []


def test_a_damaged_database_can_be_replaced_by_a_backup(
    office_db: Database, tmp_path: Path
) -> None:
    """The start-up check finds the file damaged and offers the latest good backup: the
    damaged file (with its WAL) is kept aside and the backup goes in its place."""
    path = Path(str(office_db.url.database))
    load_demo(office_db, 2, _clerk(office_db), NOW.date())
    folder = tmp_path / "b"
    backups.take_backup(office_db, NOW, folder, keep=10)
    office_db.dispose()
    damaged = bytearray(path.read_bytes())
    damaged[16:24] = b"\xff" * 8  # the header's page size and versions: "not a database"
    path.write_bytes(bytes(damaged))
    path.with_name(path.name + "-wal").write_bytes(b"leftover")
    good = backups.latest_good_backup(folder)
    assert good is not None
    result = backups.restore(path, good.path, ADMINISTRATOR, NOW)
    assert result.safety_copy is not None
    assert result.safety_copy.read_bytes() == bytes(damaged)
    assert result.safety_copy.with_name(result.safety_copy.name + "-wal").read_bytes() == (
        b"leftover"
    )
    assert backups.describe(path).households == 2
