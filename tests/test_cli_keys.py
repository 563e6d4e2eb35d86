"""`auyl-desk keys show` and `keys rekey`: the key against the database's fingerprint."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from db.engine import Database
from desktop.cli import main
from desktop.core import certificate as core
from desktop.core.actor import SYSTEM
from desktop.core.localtime import aware
from desktop.services import keys, office
from tests.helpers import CLERK

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def office45(db_path: Path) -> Path:
    db = Database(db_path)
    try:
        office.configure(db, 45, CLERK, SYSTEM, aware(datetime(2026, 11, 24, 10, 15)))
    finally:
        db.dispose()
    return db_path


def test_show_a_sound_key_then_a_replaced_one_then_rekey(
    office45: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "show", "--db", str(office45)]) == 0
    out = capsys.readouterr().out
    assert "State: signs" in out and "Office: 45" in out
    first_id = out.split("Key id: ")[1].split()[0]
    keys.write_private(keys.key_path(45), core.private_key_pem(core.new_private_key()))
    assert main(["keys", "show", "--db", str(office45)]) == 1
    assert "REPLACED" in capsys.readouterr().out
    assert main(["keys", "rekey", "--db", str(office45), "--reason", "key file replaced"]) == 0
    out = capsys.readouterr().out
    assert "State: signs" in out and f"{first_id}  from" in out
    assert "revoked" in out and "key file replaced" in out


def test_rekey_needs_a_reason(office45: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keys", "rekey", "--db", str(office45)]) == 2
    assert "--reason" in capsys.readouterr().err
