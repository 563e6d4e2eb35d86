"""`auyl-desk complaints list [--overdue] [--json]`."""

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from db.engine import Database
from desktop.cli import main
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.core.iin import make_iin
from desktop.services import complaints, office
from desktop.services.complaints import ComplaintInput
from tests.helpers import CLERK

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def with_complaints(db_path: Path) -> Path:
    """One complaint received 120 days ago (overdue under any law) and one today."""
    db = Database(db_path)
    now = SystemClock().now()
    office.configure(db, 100, CLERK, SYSTEM, now)
    clerk = office.current_actor(db)
    assert clerk is not None
    person = make_iin(date(1975, 4, 12), "male", 17)
    complaint = ComplaintInput("written", "individual", person, "Серіков", "Асқар", "Жауап жоқ")
    complaints.register(db, complaint, now - timedelta(days=120), clerk)
    complaints.register(db, complaint, now, clerk)
    db.dispose()
    return db_path


def test_list_as_json_and_only_the_overdue(
    with_complaints: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["complaints", "list", "--json", "--db", str(with_complaints)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 2
    assert {item["state"] for item in listed} == {"overdue", "open"}
    args = ["complaints", "list", "--overdue", "--json", "--db", str(with_complaints)]
    assert main(args) == 0
    [overdue] = json.loads(capsys.readouterr().out)
    assert overdue["state"] == "overdue"
    assert overdue["complainant"] == "Серіков Асқар"


def test_list_as_a_table_with_a_count(
    with_complaints: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["complaints", "list", "--overdue", "--db", str(with_complaints)]) == 0
    out = capsys.readouterr().out
    assert "Серіков Асқар" in out
    assert "1 complaint" in out
