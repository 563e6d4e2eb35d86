"""The USB exchange end to end: real packages on a folder standing in for a stick.

The district's database is each test's `db` (SQLite, and PostgreSQL under
scripts/with_postgres.sh); the villages' are SQLite files of their own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models import Household
from desktop.core.actor import SYSTEM
from desktop.services import sync_export, sync_import, sync_return
from tests.services.sync_helpers import (
    NOW,
    Village,
    enroll,
    later,
    make_district,
    make_village,
    row_counts,
    synced_content,
)


@pytest.fixture
def district(db: Database) -> Database:
    return make_district(db)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def _rename_street(village: Village, street: str) -> None:
    with village.db.write(village.actor) as work:
        household = work.scalars(select(Household).order_by(Household.account_number)).first()
        assert household is not None
        household.street = street


def _statuses(report: sync_import.ImportReport) -> list[tuple[str, str]]:
    return [(p.status, p.error) for p in report.packages]


def test_round_trip_village_district_village(
    district: Database, template_db: Path, tmp_path: Path, stick: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 5, seed=3)
    enroll(district, village)
    first = sync_export.export_package(village.db, stick, village.actor, NOW)
    assert first.rows > 5 and first.first_change == 1

    dry = sync_import.import_packages(district, [first.path], SYSTEM, later(5), dry_run=True)
    assert _statuses(dry) == [("applied", "")]
    assert dry.by_office()[52]["households"].new == 5
    assert synced_content(district, {52})["households"] == set()

    done = sync_import.import_packages(district, [first.path], SYSTEM, later(6))
    assert _statuses(done) == [("applied", "")]
    assert synced_content(district, {52}) == synced_content(village.db, {52})
    before = row_counts(district)
    again = sync_import.import_packages(district, [first.path], SYSTEM, later(7))
    assert _statuses(again) == [("duplicate", "")]
    assert row_counts(district) == before

    back = sync_return.make_return(district, 52, stick, SYSTEM, later(8))
    applied = sync_return.apply_return(village.db, back, village.actor, later(9))
    assert applied.acknowledged == first.last_change and not applied.duplicate
    assert sync_return.apply_return(village.db, back, village.actor, later(9)).duplicate
    with pytest.raises(sync_export.NothingToExport):
        sync_export.export_package(village.db, stick, village.actor, later(10))

    _rename_street(village, "Абай көшесі")
    second = sync_export.export_package(village.db, stick, village.actor, later(11))
    assert second.rows == 1 and second.first_change == first.last_change + 1
    report = sync_import.import_packages(district, [second.path], SYSTEM, later(12))
    assert report.by_office()[52]["households"].changed == 1
    assert synced_content(district, {52}) == synced_content(village.db, {52})


def _exchange(district: Database, village: Village, stick: Path, minute: int) -> Path:
    """One trip: the village's package to the district, and the district's answer back."""
    package = sync_export.export_package(village.db, stick, village.actor, later(minute))
    sync_import.import_packages(district, [package.path], SYSTEM, later(minute + 1))
    back = sync_return.make_return(district, village.number, stick, SYSTEM, later(minute + 2))
    sync_return.apply_return(village.db, back, village.actor, later(minute + 3))
    return package.path


def test_packages_out_of_order_are_held_until_the_gap_closes(
    district: Database, template_db: Path, tmp_path: Path, stick: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 2, seed=4)
    enroll(district, village)
    first = _exchange(district, village, stick, 0)
    _rename_street(village, "Бірінші")
    second = _exchange(district, village, stick, 10)
    _rename_street(village, "Екінші")
    third = sync_export.export_package(village.db, stick, village.actor, later(20))

    # A second district database (a district restored from a backup) gets them late and mixed.
    shutil.copy(template_db, tmp_path / "district-2.sqlite3")
    other = make_district(Database(tmp_path / "district-2.sqlite3"))
    enroll(other, village)
    held = sync_import.import_packages(other, [third.path, second], SYSTEM, later(21))
    assert _statuses(held) == [("held", ""), ("held", "")]
    gap = held.packages[0].gap
    assert gap is not None and (gap.office, gap.first_missing) == (52, 1)
    assert gap.last_missing == third.first_change - 1
    closed = sync_import.import_packages(other, [first], SYSTEM, later(22))
    assert [(p.status, p.released) for p in closed.packages] == [
        ("applied", False),
        ("applied", True),
        ("applied", True),
    ]
    assert synced_content(other, {52}) == synced_content(village.db, {52})
    other.dispose()
