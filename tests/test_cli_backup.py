"""`auyl-desk backup`, `backups` and `restore` from the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.change_counter import database_id
from db.engine import Database
from db.models import Household
from desktop.cli import main
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.services import backups, office
from desktop.services.demo import load_demo
from tests.helpers import CLERK

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def office_file(db_path: Path) -> Path:
    db = Database(db_path)
    try:
        office.configure(db, 45, CLERK, SYSTEM, SystemClock().now())
        actor = office.current_actor(db)
        assert actor is not None
        load_demo(db, 4, actor, SystemClock().today())
    finally:
        db.dispose()
    return db_path


def _households(path: Path) -> tuple[int, str]:
    db = Database(path)
    try:
        with db.read() as session:
            count = session.scalar(
                select(func.count()).select_from(Household).where(Household.deleted_at.is_(None))
            )
            return int(count or 0), str(database_id(session))
    finally:
        db.dispose()


def test_backup_list_and_restore(
    office_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "stick"
    assert main(["backup", "--db", str(office_file), "--to", str(folder)]) == 0
    written = capsys.readouterr().out
    (backup,) = backups.backups_in(folder)
    assert str(backup) in written

    assert main(["backups", "--db", str(office_file), "--dir", str(folder)]) == 0
    listing = capsys.readouterr().out
    assert backup.name in listing and "households: 4" in listing

    count, original_id = _households(office_file)
    db = Database(office_file)
    try:
        load_demo(db, 3, office.current_actor(db), SystemClock().today())  # type: ignore[arg-type]
    finally:
        db.dispose()
    assert _households(office_file)[0] == 7

    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))
    assert main(["restore", str(backup), "--db", str(office_file)]) == 1
    assert "Nothing was changed." in capsys.readouterr().out
    assert _households(office_file)[0] == 7

    assert main(["restore", str(backup), "--db", str(office_file), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Households: 4" in out and "before-restore" in out
    count, restored_id = _households(office_file)
    assert count == 4 and restored_id != original_id


def test_restore_of_a_file_that_is_no_backup_is_refused(
    office_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("hello")
    before = office_file.read_bytes()
    assert main(["restore", str(bogus), "--db", str(office_file), "--yes"]) == 1
    assert "not an Auyl Desk backup" in capsys.readouterr().err
    assert office_file.read_bytes() == before


def test_backup_of_a_server_database_says_which_tool(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", pg_url]) == 1
    assert "pg_dump" in capsys.readouterr().err


def test_backups_of_a_fresh_pc_lists_the_default_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backups", "--db", str(tmp_path / "none.sqlite3")]) == 0
    assert "No backups." in capsys.readouterr().out
    assert not (tmp_path / "none.sqlite3").exists()
