"""`auyl-desk sync ...`: enrollment with spoken fingerprints, export, a dry run, import, the
return package and status, each through the command line as an administrator types it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.cli import main
from tests.services.sync_helpers import make_village

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

    assert (
        main(["sync", "return", "--office", "52", "--out", str(stick), "--db", district_path]) == 0
    )
    back = next(stick.glob("return-*.auylpkg"))
    assert main(["sync", "import", str(back), "--db", village_path]) == 0
    capsys.readouterr()
    assert main(["sync", "status", "--db", village_path]) == 0
    status = capsys.readouterr().out
    assert "0 records to send" in status
    assert main(["sync", "status", "--db", district_path]) == 0
    assert "Office 52" in capsys.readouterr().out

    broken = stick / "broken.auylpkg"
    broken.write_bytes(packages[0].read_bytes()[:-10])
    assert main(["sync", "import", str(broken), "--db", district_path]) == 1
    assert "cut short" in capsys.readouterr().out
