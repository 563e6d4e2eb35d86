"""`auyl-desk households import / export`: the preview and report, the exit status, and the
round trip export -> import into an empty database -> the same book."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.engine import Database
from db.models import Household
from desktop.cli import main
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.core.demo_people import DemoPeople
from desktop.services import demo, household_writer, office
from tests.books import household_rows, person_rows
from tests.helpers import CLERK

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")


def configured(path: Path) -> Path:
    db = Database(path)
    office.configure(db, 100, CLERK, SYSTEM, SystemClock().now())
    db.dispose()
    return path


@pytest.fixture
def configured_path(db_path: Path) -> Path:
    return configured(db_path)


def households_in(path: Path) -> int:
    db = Database(path)
    try:
        with db.read() as session:
            return len(list(session.scalars(select(Household.id))))
    finally:
        db.dispose()


def test_a_dry_run_reports_and_refuses_with_status_1(
    configured_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = person_rows(tmp_path / "books")
    args = ["households", "import", str(book.path), "--db", str(configured_path)]
    assert main([*args, "--dry-run", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["locality"] == "Ботақара" and report["rows_refused"] > 0
    codes = {line["code"] for line in report["report"]}
    assert {"duplicate_account", "unpadded_account", "filled_down", "totals"} <= codes
    assert all(line["text"] for line in report["report"])
    assert report["to_import"]["households"] == book.totals.households - 1
    assert report["result"] is None and households_in(configured_path) == 0

    assert main(args) == 1  # refused rows: nothing written without --accept-problems
    assert "--accept-problems" in capsys.readouterr().out
    assert households_in(configured_path) == 0

    assert main([*args, "--accept-problems"]) == 0
    assert households_in(configured_path) == book.totals.households - 1


def test_a_file_naming_no_locality_takes_the_offices(
    configured_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = household_rows(tmp_path / "books")
    args = ["households", "import", str(book.path), "--as-of", "01.01.2026"]
    assert main([*args, "--json", "--db", str(configured_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["locality"] and report["as_of"] == "2026-01-01"
    assert report["result"]["households_created"] == book.totals.households


def test_a_file_that_is_no_spreadsheet_changes_nothing(
    configured_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    assert main(["households", "import", str(path), "--db", str(configured_path)]) == 2
    assert "not a spreadsheet" in capsys.readouterr().err
    assert households_in(configured_path) == 0


def book_of(path: Path) -> dict[str, Any]:
    """Everything a household book holds that the export carries, by account."""
    db = Database(path)
    try:
        with db.read() as session:
            found = session.scalars(
                select(Household).options(
                    selectinload(Household.members),
                    selectinload(Household.plots),
                    selectinload(Household.snapshots),
                )
            )
            book = {}
            for h in found:
                latest = max(h.snapshots, key=lambda s: s.as_of) if h.snapshots else None
                book[h.account_number] = (
                    (h.locality, h.street, h.house, h.apartment, h.phone, h.opened_on),
                    (h.book_number, h.book_page),
                    sorted(
                        (
                            m.surname,
                            m.name,
                            m.patronymic,
                            m.iin,
                            m.birth_date,
                            m.sex,
                            m.relation,
                            m.registered_from,
                        )
                        for m in h.members
                    ),
                    sorted((p.purpose, p.area_ha) for p in h.plots),
                    (latest.as_of, dict(latest.counts)) if latest else None,
                )
            return book
    finally:
        db.dispose()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_export_then_import_into_an_empty_database_gives_the_same_book(
    configured_path: Path,
    template_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    today = SystemClock().today()
    db = Database(configured_path)
    families = DemoPeople(5, today).families(30)
    villages = ["Ботақара ауылы", "Мәди ауылы"]
    new = [demo._new_household(f, n, villages, n / 30) for n, f in enumerate(families, 1)]
    actor = office.current_actor(db)
    assert actor is not None
    household_writer.create_households(db, new, actor, today)
    db.dispose()
    out = tmp_path / "book.xlsx"
    args = ["households", "export", "--out", str(out), "--lang", language]
    assert main([*args, "--db", str(configured_path)]) == 0
    assert "30" in capsys.readouterr().out

    empty = tmp_path / "empty.sqlite3"
    shutil.copy(template_db, empty)
    configured(empty)
    args = ["households", "import", str(out), "--json", "--db", str(empty)]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert not [line for line in report["report"] if line["severity"] == "error"]
    assert book_of(empty) == book_of(configured_path)
    assert main(args) == 0  # and once more: nothing changes
    assert json.loads(capsys.readouterr().out)["households"]["unchanged"] == 30
    assert book_of(empty) == book_of(configured_path)
