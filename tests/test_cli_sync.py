"""`auyl-desk sync ...`: enrollment with spoken fingerprints, export, a dry run, import, the
return package and status, each through the command line as an administrator types it."""

from __future__ import annotations

import re
import shutil
import uuid
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models import Household
from desktop.cli import main
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import office_zone
from desktop.services import reports, sync_export, sync_import
from desktop.services.household_writer import HouseholdWriter
from desktop.ui import sync_texts
from tests.services.sync_helpers import NOW, enroll, later, make_district, make_village

pytestmark = pytest.mark.usefixtures("qapp")


def _fingerprint(output: str) -> str:
    found = re.search(r"(\d{4}(?: \d{4}){5})", output)
    assert found is not None, output
    return found.group(1)


def test_village_and_district_exchange_through_the_command_line(
    template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    village = make_village(template_db, tmp_path, 52, 3, seed=9)
    village_path = str(village.db.url.database)
    village.db.dispose()
    district_path = str(tmp_path / "district.sqlite3")
    stick = tmp_path / "stick"
    stick.mkdir()

    assert (
        main(["sync", "district", "--number", "7", "--name", "Шет ауданы", "--db", district_path])
        == 0
    )
    assert (
        main(
            [
                "sync",
                "keys",
                "export-enrollment",
                "--out",
                str(stick / "d.json"),
                "--db",
                district_path,
            ]
        )
        == 0
    )
    district_digits = _fingerprint(capsys.readouterr().out)
    assert (
        main(
            [
                "sync",
                "keys",
                "export-enrollment",
                "--out",
                str(stick / "v.json"),
                "--db",
                village_path,
            ]
        )
        == 0
    )
    village_digits = _fingerprint(capsys.readouterr().out)
    wrong = village_digits.replace(village_digits[0], "1" if village_digits[0] != "1" else "2", 1)
    assert (
        main(
            [
                "sync",
                "keys",
                "import-enrollment",
                str(stick / "v.json"),
                "--fingerprint",
                wrong,
                "--db",
                district_path,
            ]
        )
        == 2
    )
    assert (
        main(
            [
                "sync",
                "keys",
                "import-enrollment",
                str(stick / "v.json"),
                "--fingerprint",
                village_digits,
                "--db",
                district_path,
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "sync",
                "keys",
                "import-enrollment",
                str(stick / "d.json"),
                "--fingerprint",
                district_digits,
                "--db",
                village_path,
            ]
        )
        == 0
    )

    assert main(["sync", "export", "--out", str(stick), "--db", village_path]) == 0
    packages = sorted(stick.glob("*.auylpkg"))
    assert len(packages) == 1
    capsys.readouterr()
    assert main(["sync", "import", str(packages[0]), "--dry-run", "--db", district_path]) == 0
    dry = capsys.readouterr().out
    assert "new 3" in dry
    assert main(["sync", "import", str(packages[0]), "--db", district_path]) == 0
    assert main(["sync", "import", str(packages[0]), "--db", district_path]) == 0
    assert "already imported" in capsys.readouterr().out

    for _ in range(2):  # two answers, numbered: the village takes the second first
        answer = ["sync", "return", "--office", "52", "--out", str(stick), "--db", district_path]
        assert main(answer) == 0
    first, second = sorted(stick.glob("return-*.auylpkg"))
    capsys.readouterr()
    assert main(["sync", "import", str(second), "--db", village_path]) == 0
    assert "The district's answer No. 2" in capsys.readouterr().out
    assert main(["sync", "import", str(first), "--db", village_path]) == 0
    older = capsys.readouterr().out
    assert "older than the answer already applied (No. 2), nothing changed" in older
    assert main(["sync", "status", "--db", village_path]) == 0
    status = capsys.readouterr().out
    assert "0 records to send" in status and "sign-offs, changed" not in status
    opened = Database(village_path)
    akim = replace(village.actor, role=roles.AKIM)
    reports.save_targets(opened, {"1.1": Decimal(98)}, akim)  # no record changed
    opened.dispose()
    assert main(["sync", "status", "--db", village_path]) == 0
    status = capsys.readouterr().out
    assert "0 records to send" in status
    assert "or the akim's sign-offs, changed: the next package carries them" in status
    assert main(["sync", "status", "--db", district_path]) == 0
    assert "Office 52" in capsys.readouterr().out

    broken = stick / "broken.auylpkg"
    broken.write_bytes(packages[0].read_bytes()[:-10])
    assert main(["sync", "import", str(broken), "--db", district_path]) == 1
    assert "cut short" in capsys.readouterr().out


def test_conflicts_name_the_field_and_who_changed_it_when(
    template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    district_path = tmp_path / "district.sqlite3"
    shutil.copy(template_db, district_path)
    district = make_district(Database(district_path))
    village = make_village(template_db, tmp_path, 52, 1, seed=9)
    enroll(district, village)
    first = sync_export.export_package(village.db, tmp_path, village.actor, NOW)
    sync_import.import_packages(district, [first.path], SYSTEM, NOW)
    with district.write(Actor(uuid.uuid4(), "Серікова Ә. Б.", roles.CLERK)) as work:
        work.scalars(select(Household)).one().street = "Б"
    with village.db.write(village.actor) as work:
        writer = HouseholdWriter(work, village.actor)
        writer.change_household(work.scalars(select(Household.id)).one(), {"street": "В"}, "")
        writer.finish()
    second = sync_export.export_package(village.db, tmp_path, village.actor, later(1))
    sync_import.import_packages(district, [second.path], SYSTEM, later(2))
    office_version = sync_import.open_conflicts(district)[0].incoming
    district.dispose()

    assert main(["sync", "conflicts", "--db", str(district_path)]) == 0
    out = capsys.readouterr().out
    when = datetime.fromisoformat(office_version["updated_at"]).astimezone(office_zone())
    assert f"{village.actor.name} {when:%Y-%m-%d %H:%M}" in out
    assert "changed at the district: Серікова Ә. Б. " in out
    assert f"{sync_texts.field_name('street')}: " in out and "'Б'" in out and "'В'" in out
