import json
from pathlib import Path

import pytest

from db.engine import Database
from desktop.cli import main
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.services import office
from tests.helpers import CLERK

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def configured_path(db_location: str | Path) -> str | Path:
    """A configured database, a SQLite file or a PostgreSQL URL: --db takes either."""
    db = Database(db_location)
    office.configure(db, 100, CLERK, SYSTEM, SystemClock().now())
    db.dispose()
    return db_location


def test_demo_needs_the_office_chosen(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--households", "3", "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "start the program once" in err.lower() and "office" in err


def test_demo_then_search_as_json(
    configured_path: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--households", "25", "--seed", "3", "--db", str(configured_path)]) == 0
    out = capsys.readouterr().out
    assert "25 of 25" in out and "Мәди" in out

    assert (
        main(["households", "search", "demo-000007", "--json", "--db", str(configured_path)]) == 0
    )
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 1
    hit = hits[0]
    assert set(hit) == {
        "household_id",
        "account_number",
        "head_name",
        "head_iin",
        "matched_name",
        "address",
        "closed",
        "is_demo",
    }
    assert hit["account_number"] == "DEMO-000007" and hit["is_demo"] is True
    assert hit["closed"] is False and hit["address"].startswith("Мәди ауылы")

    surname = hit["head_name"].split()[0]
    args = ["households", "search", surname[:3].lower(), "--json", "--limit", "2"]
    assert main([*args, "--db", str(configured_path)]) == 0
    found = json.loads(capsys.readouterr().out)
    assert 1 <= len(found) <= 2

    assert main(["households", "search", hit["head_iin"], "--db", str(configured_path)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert any("DEMO-000007" in line and "[DEMO]" in line for line in table)
    assert table[-1] == "1 household(s) found"


def test_search_with_no_hits(
    configured_path: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["households", "search", "ешкім", "--json", "--db", str(configured_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []
