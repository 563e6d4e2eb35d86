"""`auyl-desk accounts ...` (desktop/cli_accounts.py): an administrator adds, lists, unlocks,
disables and enables accounts from the command line; the district's empty database gets its
first administrator; and `audit list` / `audit verify` are an administrator's too."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import Account, AuditEntry, Staff
from desktop.cli import main
from desktop.core import roles
from desktop.core.clock import SystemClock
from desktop.services import accounts, audit
from desktop.ui import account_texts
from tests.helpers import ADMIN_LOGIN, ADMIN_PASSWORD, CLERK_LOGIN, CLERK_PASSWORD

pytestmark = pytest.mark.usefixtures("qapp")  # main() would make a bare QCoreApplication

REFUSED = "Your role does not allow this action"
NEW_PASSWORD = "new-person-secret-9"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    """Password files: the administrator's, the clerk's, the new person's (ends with a newline,
    as `echo` writes it)."""
    found = {}
    for name, password in (
        (ADMIN_LOGIN, ADMIN_PASSWORD),
        (CLERK_LOGIN, CLERK_PASSWORD),
        ("new", NEW_PASSWORD + "\n"),
    ):
        path = tmp_path / f"{name}.txt"
        path.write_text(password, "utf-8")
        found[name] = str(path)
    return found


def _as(login: str, files: dict[str, str]) -> list[str]:
    return ["--login", login, "--password-file", files[login]]


def _add(db: Path, role: str, name: str, login: str, files: dict[str, str]) -> list[str]:
    return [
        "accounts",
        "add",
        "--db",
        str(db),
        "--role",
        role,
        "--name",
        name,
        "--new-login",
        login,
        "--new-password-file",
        files["new"],
    ]


def _rows(path: Path) -> dict[str, accounts.AccountRow]:
    db = Database(path)
    try:
        return {row.login: row for row in accounts.accounts(db, SystemClock().now())}
    finally:
        db.dispose()


def _count(path: Path, model: type[Account] | type[Staff]) -> int:
    db = Database(path)
    try:
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(model)) or 0
    finally:
        db.dispose()


def test_the_districts_empty_database_gets_its_first_administrator_who_adds_each_role(
    db_path: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    district = ["--db", str(db_path)]
    assert main(["sync", "district", "--number", "7", "--name", "Шет ауданы", *district]) == 0
    said = []
    # the first account of a database is its administrator's
    assert main(_add(db_path, "district_operator", "Бекова Айгүл", "aigul", files)) == 2
    said.append(capsys.readouterr())
    assert "--role administrator" in said[-1].err
    assert _rows(db_path) == {}
    first = _add(db_path, "administrator", "Омаров Ерлан Болатұлы", "Erlan", files)
    assert main(first) == 0
    said.append(capsys.readouterr())
    assert "erlan" in said[-1].out
    [admin] = _rows(db_path).values()
    assert (admin.login, admin.role, admin.full_name) == (
        "erlan",
        roles.ADMINISTRATOR,
        "Омаров Ерлан Болатұлы",
    )
    assert main(first) == 2  # accounts exist now: a second one is an administrator's to add
    said.append(capsys.readouterr())
    assert "--login" in said[-1].err

    files["erlan"] = files["new"]
    people = {
        "aigul": ("district_operator", "Бекова Айгүл Серікқызы"),
        "marat": ("akim", "Жақсылықов Марат"),
        "dana": ("clerk", "Әлиева Дана Нұрланқызы"),
        "timur": ("administrator", "Ким Тимур"),
    }
    for login, (role, name) in people.items():
        assert main([*_add(db_path, role, name, login, files), *_as("erlan", files)]) == 0
        said.append(capsys.readouterr())
        assert login in said[-1].out
    rows = _rows(db_path)
    assert {login: rows[login].role for login in people} == {
        login: role for login, (role, _name) in people.items()
    }
    assert rows["aigul"].full_name == "Бекова Айгүл Серікқызы"
    db = Database(db_path)
    try:
        operator = accounts.log_in(db, "aigul", NEW_PASSWORD, SystemClock().now())
        assert operator.role == roles.DISTRICT_OPERATOR
        with db.read() as session:
            staff = session.get(Staff, operator.staff_id)
            assert staff is not None
            assert (staff.origin_office, staff.position) == (0, "маман")  # the district's own
            made = session.scalars(
                select(AuditEntry.actor_name).where(AuditEntry.kind == "account.create")
            ).all()
    finally:
        db.dispose()
    assert made == ["Auyl Desk", *["Омаров Е. Б."] * len(people)]  # the first by the program

    assert main(["accounts", "list", *district, *_as("erlan", files)]) == 0
    said.append(capsys.readouterr())
    listing = said[-1].out
    for login, (role, name) in people.items():
        assert any(login in line and role in line and name in line for line in listing.split("\n"))
    for output in said:  # the new password is never printed
        assert NEW_PASSWORD not in output.out + output.err


def test_accounts_are_an_administrators(
    office45: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    add = _add(office45, "akim", "Жақсылықов Марат Ерланұлы", "marat", files)
    assert main(add) == 2
    assert "--login" in capsys.readouterr().err
    assert main([*add, *_as(CLERK_LOGIN, files)]) == 2
    assert REFUSED in capsys.readouterr().err
    for command in ("list", "unlock", "disable"):
        target = [] if command == "list" else [ADMIN_LOGIN]
        asked = ["accounts", command, *target, "--db", str(office45)]
        assert main(asked) == 2
        assert main([*asked, *_as(CLERK_LOGIN, files)]) == 2
        assert REFUSED in capsys.readouterr().err
    assert set(_rows(office45)) == {ADMIN_LOGIN, CLERK_LOGIN}
    assert not _rows(office45)[ADMIN_LOGIN].disabled

    assert main([*add, *_as(ADMIN_LOGIN, files)]) == 0
    akim = _rows(office45)["marat"]
    assert akim.role == roles.AKIM
    db = Database(office45)
    try:
        with db.read() as session:
            staff = session.get(Staff, akim.staff_id)
            assert staff is not None
            assert (staff.origin_office, staff.position) == (45, "әкім")
    finally:
        db.dispose()


def test_a_login_name_taken_is_refused_and_nothing_is_saved(
    office45: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    staff = _count(office45, Staff)
    for login in (CLERK_LOGIN, CLERK_LOGIN.upper()):
        add = _add(office45, "clerk", "Сейітова Әсел", login, files)
        assert main([*add, *_as(ADMIN_LOGIN, files)]) == 2
        said = capsys.readouterr()
        assert account_texts.message(accounts.AccountError("login", "taken")) in said.err
        assert "Traceback" not in said.err
    assert _count(office45, Staff) == staff
    assert _count(office45, Account) == 2


@pytest.mark.parametrize(
    ("name", "more", "expected"),
    [
        ("Сейітова", [], 'Give the name as "Surname Name Patronymic".'),
        ("Сейітова Әсел", ["--position", " "], "--position TEXT"),
        ("Сейітова Әсел", ["--new-password-file", "/nowhere/p.txt"], "/nowhere/p.txt"),
    ],
)
def test_what_cannot_be_used_is_refused(
    office45: Path,
    files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    name: str,
    more: list[str],
    expected: str,
) -> None:
    add = _add(office45, "clerk", name, "asel", files)
    assert main([*add, *more, *_as(ADMIN_LOGIN, files)]) == 2
    assert expected in capsys.readouterr().err
    assert "asel" not in _rows(office45)


def test_an_offices_database_without_accounts_is_set_up_not_given_an_administrator(
    db_path: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_add(db_path, "administrator", "Омаров Ерлан", "erlan", files)) == 2
    assert "auyl-desk setup" in capsys.readouterr().err
    assert _count(db_path, Account) == 0


def test_an_administrator_unlocks_disables_and_enables(
    office45: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(office45)
    now = SystemClock().now()
    try:
        for _ in range(accounts.MAX_FAILED_LOGINS):
            with pytest.raises(accounts.LoginFailed):
                accounts.log_in(db, CLERK_LOGIN, "wrong password", now)
    finally:
        db.dispose()
    admin = _as(ADMIN_LOGIN, files)
    assert main(["accounts", "list", "--db", str(office45), *admin]) == 0
    [line] = [x for x in capsys.readouterr().out.split("\n") if x.startswith(CLERK_LOGIN)]
    assert "locked until" in line

    def clerk_logs_in() -> bool:
        db = Database(office45)
        try:
            accounts.log_in(db, CLERK_LOGIN, CLERK_PASSWORD, SystemClock().now())
        except accounts.LoginFailed:
            return False
        finally:
            db.dispose()
        return True

    assert not clerk_logs_in()
    for command, can_log_in in (("unlock", True), ("disable", False), ("enable", True)):
        assert main(["accounts", command, CLERK_LOGIN.upper(), "--db", str(office45), *admin]) == 0
        assert CLERK_LOGIN in capsys.readouterr().out
        assert clerk_logs_in() is can_log_in
        if command == "disable":
            assert _rows(office45)[CLERK_LOGIN].disabled
    assert main(["accounts", "disable", ADMIN_LOGIN, "--db", str(office45), *admin]) == 2
    assert account_texts.message(accounts.AccountError("account", "own")) in (
        capsys.readouterr().err
    )
    assert main(["accounts", "unlock", "nobody", "--db", str(office45), *admin]) == 2
    assert "nobody" in capsys.readouterr().err
    kinds = [k for k in _kinds(office45) if k.startswith("account.")]
    assert kinds[-3:] == ["account.unlock", "account.disable", "account.enable"]


def _kinds(path: Path) -> list[str]:
    db = Database(path)
    try:
        with db.read() as session:
            return list(session.scalars(select(AuditEntry.kind).order_by(AuditEntry.id)))
    finally:
        db.dispose()


def test_the_audit_trail_is_an_administrators_on_the_command_line(
    office45: Path, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(office45)
    try:
        number, digest = audit.latest_hash(db)
    finally:
        db.dispose()
    where = ["--db", str(office45)]
    for command in (["list"], ["verify"], ["verify", "--expect", f"{number}:{digest}"]):
        assert main(["audit", *command, *where]) == 2
        assert "--login" in capsys.readouterr().err
        assert main(["audit", *command, *where, *_as(CLERK_LOGIN, files)]) == 2
        assert REFUSED in capsys.readouterr().err
        assert main(["audit", *command, *where, *_as(ADMIN_LOGIN, files)]) == 0
        assert capsys.readouterr().out
    # the office's administrator checks the entry a package carried (and one never made)
    expect = ["audit", "verify", "--expect", f"{number + 100}:{digest}", *where]
    assert main([*expect, *_as(ADMIN_LOGIN, files)]) == 1
    assert (
        main(
            ["audit", "list", "--kind", "session.login", "--json", *where, *_as(ADMIN_LOGIN, files)]
        )
        == 0
    )
    assert f'"subject": "{ADMIN_LOGIN}"' in capsys.readouterr().out
