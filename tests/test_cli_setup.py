"""`auyl-desk setup`: a fresh machine set up from the command line, then `demo` works."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import accounts, office
from desktop.services.startup import open_database

pytestmark = pytest.mark.usefixtures("qapp")

CLERK_PASSWORD = "clerk-secret-1"
ADMIN_PASSWORD = "admin-secret-2"


def _files(tmp_path: Path) -> tuple[Path, Path]:
    clerk = tmp_path / "clerk.txt"
    clerk.write_text(CLERK_PASSWORD + "\n", "utf-8")  # as `echo` writes it
    admin = tmp_path / "admin.txt"
    admin.write_text(ADMIN_PASSWORD, "utf-8")
    return clerk, admin


def _setup(db: Path, clerk: Path, admin: Path, *more: str) -> list[str]:
    return [
        "setup",
        "--db",
        str(db),
        "--office",
        "100",
        "--clerk",
        "Ахметова Гүлнар Серікқызы",
        "--clerk-login",
        "gulnar",
        "--clerk-password-file",
        str(clerk),
        "--admin-password-file",
        str(admin),
        *more,
    ]


def test_setup_on_a_fresh_machine_then_demo_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    clerk, admin = _files(tmp_path)
    assert main(["demo", "--households", "2", "--db", str(fresh)]) == 2  # not set up yet
    capsys.readouterr()
    assert main(_setup(fresh, clerk, admin)) == 0
    said = capsys.readouterr()
    for secret in (CLERK_PASSWORD, ADMIN_PASSWORD):
        assert secret not in said.out + said.err
    assert main(["demo", "--households", "3", "--db", str(fresh)]) == 2  # who is acting?
    assert "--login" in capsys.readouterr().err
    login = ["--login", "gulnar", "--password-file", str(clerk)]
    assert main(["demo", "--households", "3", "--db", str(fresh), *login]) == 0
    opened = open_database(fresh)
    try:
        place = office.workplace(opened.db)
        assert place is not None and place.office.number == 100
        assert place.clerk.full_name == "Ахметова Гүлнар Серікқызы"
        now = datetime.now(UTC)
        clerk_actor = accounts.log_in(opened.db, "gulnar", CLERK_PASSWORD, now)  # newline cut
        assert clerk_actor.role == "clerk" and clerk_actor.staff_id == place.clerk.id
        assert accounts.log_in(opened.db, "admin", ADMIN_PASSWORD, now).role == "administrator"
    finally:
        opened.db.dispose()
    # once only
    assert main(_setup(fresh, clerk, admin)) == 2
    assert "set up already" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("more", "problem"),
    [
        (["--office", "999"], "no akim office number 999"),
        (["--admin-login", "GULNAR"], "different login names"),
        (["--clerk", "Ахметова"], "Surname Name Patronymic"),
    ],
)
def test_setup_refuses_and_saves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], more: list[str], problem: str
) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    clerk, admin = _files(tmp_path)
    assert main(_setup(fresh, clerk, admin, *more)) == 2
    assert problem in capsys.readouterr().err
    opened = open_database(fresh)
    try:
        assert office.workplace(opened.db) is None and not accounts.has_accounts(opened.db)
    finally:
        opened.db.dispose()


def test_setup_refuses_a_short_password_and_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    clerk, admin = _files(tmp_path)
    clerk.write_text("short\n", "utf-8")
    assert main(_setup(fresh, clerk, admin)) == 2
    err = capsys.readouterr().err
    assert "8 to 200 characters" in err and "short" not in err
    assert main(_setup(fresh, tmp_path / "missing.txt", admin)) == 2
    assert "Cannot read the password file" in capsys.readouterr().err
