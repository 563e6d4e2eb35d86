"""The USB exchange end to end: real packages on a folder standing in for a stick."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import Database
from desktop.core.actor import SYSTEM
from desktop.services import sync_export, sync_import
from tests.services.sync_helpers import (
    make_district,
    make_village,
    enroll,
    later,
    row_counts,
    synced_content,
    NOW,
)


@pytest.fixture
def district(db: Database) -> Database:
    return make_district(db)


def test_round_trip_village_to_district(district: Database, template_db: Path, tmp_path: Path) -> None:
    village = make_village(template_db, tmp_path, 52, 5, seed=3)
    enroll(district, village)
    stick = tmp_path / "stick"
    stick.mkdir()
    exported = sync_export.export_package(village.db, stick, village.actor, NOW)
    assert exported.rows > 5
    dry = sync_import.import_packages(district, [exported.path], SYSTEM, later(5), dry_run=True)
    assert [(p.status, p.error) for p in dry.packages] == [("applied", "")]
    assert dry.by_office()[52]["households"].new == 5
    assert synced_content(district, {52})["households"] == set()
    done = sync_import.import_packages(district, [exported.path], SYSTEM, later(6))
    assert [p.status for p in done.packages] == ["applied"]
    assert synced_content(district, {52}) == synced_content(village.db, {52})
    before = row_counts(district)
    again = sync_import.import_packages(district, [exported.path], SYSTEM, later(7))
    assert [p.status for p in again.packages] == ["duplicate"]
    assert row_counts(district) == before
