"""`auyl-desk report indicators|queue`: the constructed quarter of tests/services/test_reports.py
written as JSON, PDF and a workbook, and each read back."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from db.engine import Database
from desktop.cli import main
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import SystemClock
from desktop.core.periods import Period
from desktop.services import accounts, office, report_signoffs, reports
from desktop.services.office import ClerkData
from tests.services.test_reports import NOW, quarter  # noqa: F401 (the fixture)

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp", "fifth_of_october", "quarter")
PERIOD = ["--from", "2026-07-01", "--to", "2026-09-30"]


@pytest.fixture
def fifth_of_october(monkeypatch: pytest.MonkeyPatch) -> None:
    """The report is made as of the computer's clock: here, the test's moment (NOW)."""
    monkeypatch.setattr(SystemClock, "now", lambda self: NOW)


def test_indicators_as_json(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["report", "indicators", "--db", str(db_location), *PERIOD, "--format", "json"]) == 0
    )
    found = json.loads(capsys.readouterr().out)
    values = {i["code"]: (i["value"], i["part"], i["whole"]) for i in found["indicators"]}
    assert values["3.2"] == (80.0, 4, 5)
    assert values["1.2"] == (60.0, 3, 5)
    assert values["4.3"] == (None, 0, 0)
    assert found["applications"]["refused"] == 1


@pytest.mark.parametrize(("language", "title"), [("kk", "көрсеткіш"), ("ru", "показател")])
def test_indicators_as_pdf_and_xlsx(
    db_location: str | Path, tmp_path: Path, language: str, title: str
) -> None:
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    common = ["report", "indicators", "--db", str(db_location), *PERIOD, "--lang", language]
    assert main([*common, "--out", str(pdf)]) == 0
    assert main([*common, "--format", "xlsx", "--out", str(xlsx)]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert title in text.lower()
    assert "80,0" in text and "33,3" in text
    book = load_workbook(xlsx)
    rows = list(book.worksheets[1].iter_rows(values_only=True))
    by_code = {row[0]: row for row in rows[1:]}
    assert float(by_code["3.2"][5]) == 80.0 and (by_code["3.2"][7], by_code["3.2"][8]) == (4, 5)
    assert by_code["4.2"][5] is None and float(by_code["4.1"][5]) == 0.0


def test_the_printed_report_is_a_draft_until_the_akim_signs_it_off(
    db_location: str | Path, tmp_path: Path, configured_db: Database, akim: Actor
) -> None:
    pdf = tmp_path / "r.pdf"
    command = ["report", "indicators", "--db", str(db_location), *PERIOD, "--lang", "ru"]

    def printed() -> str:
        assert main([*command, "--out", str(pdf)]) == 0
        return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)

    assert "ЧЕРНОВИК – не утверждён акимом" in printed()
    quarter_report = reports.build_report(configured_db, Period.quarter(2026, 3), NOW)
    report_signoffs.sign_off(configured_db, quarter_report, akim, NOW)
    found = printed()
    assert "ЧЕРНОВИК" not in found and f"Утверждено акимом: {akim.name}" in found


def test_queue_as_json(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "queue", "--db", str(db_location), *PERIOD]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["queue"]["visitors"] == 7 and found["queue"]["never_called"] == 1
    assert "indicators" not in found


def test_a_bad_date_exits_2(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["report", "queue", "--db", str(db_location), "--from", "2026-13-01", "--to", "x"])
        == 2
    )
    assert "2026-13-01" in capsys.readouterr().err


def test_the_akim_signs_off_from_the_command_line(
    db_location: str | Path,
    tmp_path: Path,
    configured_db: Database,
    capsys: pytest.CaptureFixture[str],
) -> None:
    accounts.create_account(
        configured_db,
        ClerkData("Нұрланов", "Ерлан", "Болатұлы", "әкім", ""),
        "erlan",
        roles.AKIM,
        "akim-password",
        SYSTEM,
        office_number(configured_db),
    )
    secret = tmp_path / "akim.pw"
    secret.write_text("akim-password\n", encoding="utf-8")
    sign = ["report", "sign-off", "--db", str(db_location), *PERIOD]
    assert main(sign) == 2  # no login: the command line cannot say who signs
    assert "--login" in capsys.readouterr().err
    assert report_signoffs.history(configured_db, Period.quarter(2026, 3)) == []
    assert main([*sign, "--login", "erlan", "--password-file", str(secret)]) == 0
    assert "Нұрланов" in capsys.readouterr().out
    [signed] = report_signoffs.history(configured_db, Period.quarter(2026, 3))
    assert signed.signed_by.startswith("Нұрланов")
    # the same figures again: refused, worded, nothing added
    assert main([*sign, "--login", "erlan", "--password-file", str(secret)]) == 2
    assert capsys.readouterr().err.strip()
    assert len(report_signoffs.history(configured_db, Period.quarter(2026, 3))) == 1


def office_number(db: Database) -> int:
    place = office.workplace(db)
    assert place is not None
    return place.office.number
