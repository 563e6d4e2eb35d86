"""`auyl-desk reference reception`: a city/district akim's reception schedule shown as JSON and
replaced by an administrator (what the district's answers then carry to its offices)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.engine import Database
from desktop.cli import main
from desktop.services import office
from tests.helpers import ADMIN_LOGIN, CLERK_LOGIN

pytestmark = pytest.mark.usefixtures("qapp")

SLOT = {
    "who": "akim",
    "deputy_no": None,
    "plural": False,
    "recurrence": "weekly",
    "weekday": 3,
    "nth": [],
    "time_from": "10:00",
    "time_to": "12:00",
    "source": "Әкім: апта сайын бейсенбі күндері, сағ. 10.00-ден 12.00-ге дейін",
}


def _district(path: Path) -> str:
    db = Database(path)
    try:
        found = office.office_by_number(db, 45)
        assert found is not None
        return found.district_code
    finally:
        db.dispose()


def _shown(path: Path, district: str, capsys: pytest.CaptureFixture[str]) -> list[object]:
    assert main(["reference", "reception", district, "--db", str(path)]) == 0
    slots = json.loads(capsys.readouterr().out)
    assert isinstance(slots, list)
    return slots


def test_an_administrator_replaces_a_reception_schedule(
    office45: Path,
    passwords: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    district = _district(office45)
    before = _shown(office45, district, capsys)
    assert before and before != [SLOT]
    new = tmp_path / "reception.json"
    new.write_text(json.dumps([SLOT], ensure_ascii=False), "utf-8")
    command = ["reference", "reception", district, "--db", str(office45), "--slots", str(new)]

    assert main(command) == 2  # no login
    assert main([*command, "--login", CLERK_LOGIN, "--password-file", passwords[CLERK_LOGIN]]) == 2
    assert _shown(office45, district, capsys) == before

    admin = ["--login", ADMIN_LOGIN, "--password-file", passwords[ADMIN_LOGIN]]
    assert main([*command, *admin]) == 0
    assert district in capsys.readouterr().out
    assert _shown(office45, district, capsys) == [SLOT]
    assert main([*command, *admin]) == 0  # the same again: said so, nothing changes
    assert district in capsys.readouterr().out
    assert _shown(office45, district, capsys) == [SLOT]


def test_a_schedule_that_cannot_be_used_changes_nothing(
    office45: Path,
    passwords: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    district = _district(office45)
    before = _shown(office45, district, capsys)
    admin = ["--login", ADMIN_LOGIN, "--password-file", passwords[ADMIN_LOGIN]]
    for content in ("not json", json.dumps({"who": "akim"}), json.dumps([{**SLOT, "weekday": 9}])):
        bad = tmp_path / "bad.json"
        bad.write_text(content, "utf-8")
        command = ["reference", "reception", district, "--db", str(office45), "--slots", str(bad)]
        assert main([*command, *admin]) == 2
        assert capsys.readouterr().err.strip()
    assert _shown(office45, district, capsys) == before
    assert main(["reference", "reception", "no-such", "--db", str(office45)]) == 2
    assert "no-such" in capsys.readouterr().err
