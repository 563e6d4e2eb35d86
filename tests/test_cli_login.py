"""The command line's login (desktop/cli_login.py): commands that change data or reveal keys
act as the account given with --login, checked by the accounts service, and the role matrix
applies; a restore over a database that cannot be opened takes an administrator of the backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models import AuditEntry, Staff
from desktop.cli import main
from desktop.core import roles
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.services import accounts, backups, sync_export
from desktop.ui import account_texts
from tests.helpers import ADMIN_LOGIN, ADMIN_PASSWORD, CLERK_LOGIN
from tests.services.sync_helpers import NOW, enroll, make_district, make_village

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")

REFUSED = "Your role does not allow this action"


def _audit(path: Path) -> list[tuple[str, str, str]]:
    db = Database(path)
    try:
        with db.read() as session:
            rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
            return [(r.kind, r.actor_name, r.subject) for r in rows]
    finally:
        db.dispose()


def test_rekey_needs_an_administrators_login(
    office45: Path, passwords: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    rekey = ["keys", "rekey", "--db", str(office45), "--reason", "stick lost"]
    assert main(rekey) == 2
    assert "--login" in capsys.readouterr().err
    assert main([*rekey, "--login", ADMIN_LOGIN, "--password-file", passwords["wrong"]]) == 2
    assert account_texts.login_failed() in capsys.readouterr().err
    assert main([*rekey, "--login", CLERK_LOGIN, "--password-file", passwords[CLERK_LOGIN]]) == 2
    assert REFUSED in capsys.readouterr().err
    assert main([*rekey, "--login", ADMIN_LOGIN, "--password-file", passwords[ADMIN_LOGIN]]) == 0
    assert "New key" in capsys.readouterr().out
    kinds = [(kind, subject) for kind, _who, subject in _audit(office45)]
    assert ("session.login_failed", ADMIN_LOGIN) in kinds
    assert ("session.login", CLERK_LOGIN) in kinds and ("session.login", ADMIN_LOGIN) in kinds
    [(_kind, who, _subject)] = [e for e in _audit(office45) if e[0] == "office_key.rekey"]
    assert who.startswith(accounts.ADMIN_TITLE)  # the administrator, not the program


def test_the_password_is_asked_on_a_terminal_and_never_taken_from_a_pipe(
    office45: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rekey = ["keys", "rekey", "--db", str(office45), "--reason", "x", "--login", ADMIN_LOGIN]

    class Pipe:
        def isatty(self) -> bool:
            return False

    monkeypatch.setattr("sys.stdin", Pipe())
    assert main(rekey) == 2
    assert "--password-file" in capsys.readouterr().err

    class Terminal:
        def isatty(self) -> bool:
            return True

    asked: list[str] = []
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or ADMIN_PASSWORD)
    assert main(rekey) == 0
    assert asked and ADMIN_LOGIN in asked[0]
    said = capsys.readouterr()
    assert ADMIN_PASSWORD not in said.out + said.err


def test_failed_logins_lock_the_account_as_in_the_window(
    office45: Path, passwords: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    export = ["households", "export", "--db", str(office45), "--login", CLERK_LOGIN]
    out = str(office45.with_name("book.xlsx"))
    for _ in range(accounts.MAX_FAILED_LOGINS):
        assert main([*export, "--out", out, "--password-file", passwords["wrong"]]) == 2
    assert main([*export, "--out", out, "--password-file", passwords[CLERK_LOGIN]]) == 2
    assert account_texts.login_failed() in capsys.readouterr().err  # the same words: locked
    assert not Path(out).exists()
    assert ("account.locked", "Auyl Desk", CLERK_LOGIN) in _audit(office45)


def test_at_the_district_only_its_operator_imports(
    template_db: Path, tmp_path: Path, passwords: dict[str, str]
) -> None:
    district_path = tmp_path / "district.sqlite3"
    shutil.copy(template_db, district_path)
    district = make_district(Database(district_path))
    with district.write(SYSTEM) as work:
        for login, role in ((ADMIN_LOGIN, roles.ADMINISTRATOR), ("operator", "district_operator")):
            staff = Staff(origin_office=0, surname="Омаров", name=login, position="маман")
            work.add(staff)
            work.flush()
            accounts.add_account(work, staff.id, login, role, ADMIN_PASSWORD)
    village = make_village(template_db, tmp_path, 52, 2, seed=3)
    enroll(district, village)
    package = sync_export.export_package(village.db, tmp_path, village.actor, NOW).path
    village.db.dispose()
    district.dispose()

    def importing(login: str) -> int:
        password = ["--password-file", passwords[ADMIN_LOGIN]]
        return main(
            [
                "sync",
                "import",
                str(package),
                "--db",
                str(district_path),
                "--login",
                login,
                *password,
            ]
        )

    assert main(["sync", "import", str(package), "--db", str(district_path)]) == 2
    assert importing(ADMIN_LOGIN) == 2
    assert importing("operator") == 0
    assert main(["sync", "status", "--db", str(district_path)]) == 0  # reading takes no login


def test_a_restore_is_an_administrators_even_over_a_damaged_database(
    office45: Path,
    passwords: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = Database(office45)
    try:
        backup = backups.take_backup(db, SystemClock().now(), tmp_path / "stick", 5)
    finally:
        db.dispose()
    restore = ["restore", str(backup), "--db", str(office45), "--yes"]
    assert main([*restore, "--login", CLERK_LOGIN, "--password-file", passwords[CLERK_LOGIN]]) == 2
    assert REFUSED in capsys.readouterr().err

    for leftover in office45.parent.glob(office45.name + "-*"):
        leftover.unlink()
    data = office45.read_bytes()
    office45.write_bytes(data[: len(data) // 2])  # nobody can log in to it now
    assert main(restore) == 2
    assert "administrator" in capsys.readouterr().err
    assert main([*restore, "--login", CLERK_LOGIN, "--password-file", passwords[CLERK_LOGIN]]) == 2
    assert main([*restore, "--login", ADMIN_LOGIN, "--password-file", passwords["wrong"]]) == 2
    assert account_texts.login_failed() in capsys.readouterr().err
    assert main([*restore, "--login", ADMIN_LOGIN, "--password-file", passwords[ADMIN_LOGIN]]) == 0
    [(who, subject)] = [(w, s) for kind, w, s in _audit(office45) if kind == "backup.restore"]
    assert subject == backup.name and who != "Auyl Desk"  # the backup's administrator
