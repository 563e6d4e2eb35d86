"""The district looks records up only where the office already has some: an office's first
package (its whole book) is inserted without a lookup per record; a later one is compared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from db.engine import Database
from db.models import Household
from desktop.core.actor import SYSTEM
from desktop.services import sync_export, sync_import
from tests.services.sync_helpers import NOW, enroll, later, make_district, make_village


def test_a_first_package_is_not_looked_up_and_a_later_full_one_is(
    db: Database, template_db: Path, tmp_path: Path
) -> None:
    district = make_district(db)
    village = make_village(template_db, tmp_path, 52, 4, seed=5)
    enroll(district, village)
    stick = tmp_path / "stick"
    stick.mkdir()
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(district.engine, "before_cursor_execute", seen)
    try:
        first = sync_export.export_package(village.db, stick, village.actor, NOW, full=True)
        report = sync_import.import_packages(district, [first.path], SYSTEM, later(1))
        assert report.by_office()[52]["households"].new == 4
        assert not [s for s in statements if "FROM sync_records" in s]

        with village.db.write(village.actor) as work:
            household = work.scalars(select(Household).limit(1)).one()
            household.street = "Абай көшесі"
        second = sync_export.export_package(village.db, stick, village.actor, later(2), full=True)
        report = sync_import.import_packages(district, [second.path], SYSTEM, later(3))
    finally:
        event.remove(district.engine, "before_cursor_execute", seen)
    households = report.by_office()[52]["households"]
    assert (households.new, households.changed, households.unchanged) == (0, 1, 3)
    assert [s for s in statements if "FROM sync_records" in s]
