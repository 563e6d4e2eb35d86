import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import Database
from desktop.cli import main
from desktop.services.startup import open_database

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")


def test_offices_json_lists_all_195_with_district_and_flags(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["offices", "--json", "--db", str(db_path)]) == 0
    offices = json.loads(capsys.readouterr().out)
    assert [o["number"] for o in offices] == list(range(1, 196))
    for item in offices:
        assert {
            "number",
            "name",
            "kind",
            "district",
            "postal_code",
            "address",
            "phones",
            "flags",
        } <= set(item)
        assert item["district"] and item["district_code"]
    assert offices[0]["district"] == "Балқаш қаласы"
    assert offices[194]["district_code"] == "shet"


def test_offices_filtered_by_district(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["offices", "--district", "балқаш", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 4 and out[0].lstrip().startswith("1 ")
    assert "Гүлшат кенті әкімінің аппараты" in out[0] and "Балқаш қаласы" in out[0]


def test_offices_in_russian_name_them_in_russian(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    assert main(["offices", "--district", "балқаш", "--db", str(db_path)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "Аппарат акима посёлка Гулшат" in first and "город Балхаш" in first


def test_check_passes_on_a_current_database(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(db_path)]) == 0
    assert "FAILED" not in capsys.readouterr().out


def test_a_database_made_at_first_start_passes_check(
    empty_db_location: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first start migrates and loads a new SQLite file or an empty PostgreSQL database
    (`--db postgresql+psycopg://...`), and `check` then finds it current."""
    opened = open_database(empty_db_location)
    assert opened.reference_loaded and opened.backup is None
    opened.db.dispose()
    assert main(["check", "--db", str(empty_db_location)]) == 0
    out = capsys.readouterr().out
    assert "FAILED" not in out and "schema" in out


def test_check_fails_on_an_old_postgresql_schema(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(pg_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    db.dispose()
    assert main(["check", "--db", pg_url]) == 1
    assert "FAILED" in capsys.readouterr().out


def test_check_fails_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert not (tmp_path / "none.sqlite3").exists()


def test_check_fails_on_an_old_schema(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '0000'")
    raw.commit()
    raw.close()
    assert main(["check", "--db", str(db_path)]) == 1


def test_check_fails_on_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    assert main(["check", "--db", str(damaged)]) == 1
    assert damaged.read_bytes() == b"this is not a database" * 100


def test_help_speaks_the_machines_language(tmp_path: Path) -> None:
    def help_in(lang: str) -> str:
        env = {
            "LANG": lang,
            "PATH": "/usr/bin:/bin",
            "AUYL_DESK_DATA_DIR": str(tmp_path),
            "QT_QPA_PLATFORM": "offscreen",
        }
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "--help"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    assert "list the akim offices" in help_in("C.UTF-8")
    assert "әкімдіктерінің тізімі" in help_in("kk_KZ.UTF-8")
    assert "список акиматов" in help_in("ru_RU.UTF-8")
