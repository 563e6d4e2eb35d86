"""Imported households reach the district's household search (FTS5 on SQLite, the PostgreSQL
search on PostgreSQL): the district finds across offices what each office finds in its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models import Household, Member
from desktop.core.actor import SYSTEM
from desktop.services import household_search, sync_export, sync_import
from desktop.services.household_writer import HouseholdWriter
from tests.services.sync_helpers import enroll, later, make_district, make_village


@pytest.fixture
def district(db: Database) -> Database:
    return make_district(db)


def _found(db: Database, query: str) -> set[object]:
    return {hit.household_id for hit in household_search.search(db, query, limit=500)}


def test_the_district_searches_the_households_of_every_office(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    villages = [
        make_village(template_db, tmp_path, 52, 30, seed=5),
        make_village(template_db, tmp_path, 53, 30, seed=6),
    ]
    with villages[0].db.read() as session:
        member = session.scalars(select(Member).order_by(Member.surname)).first()
        assert member is not None
        queries = [member.surname, f"{member.surname} {member.name}", member.iin or ""]
    with villages[1].db.read() as session:
        queries.append(session.scalars(select(Household.account_number)).first() or "")
    assert _found(district, queries[0]) == set()

    for village in villages:
        enroll(district, village)
        package = sync_export.export_package(village.db, tmp_path, village.actor, later(1))
        sync_import.import_packages(district, [package.path], SYSTEM, later(2))
    for query in queries:
        expected = _found(villages[0].db, query) | _found(villages[1].db, query)
        assert expected and _found(district, query) == expected

    village = villages[0]
    with village.db.write(village.actor) as work:
        household_id = work.scalars(select(Household.id).order_by(Household.account_number)).first()
        assert household_id is not None
        writer = HouseholdWriter(work, village.actor)
        writer.change_household(household_id, {"street": "Жаңаталап"}, "")
        writer.finish()
    package = sync_export.export_package(village.db, tmp_path, village.actor, later(3))
    dry = sync_import.import_packages(district, [package.path], SYSTEM, later(4), dry_run=True)
    assert dry.by_office()[52]["households"].changed == 1
    assert _found(district, "Жаңаталап") == set()
    sync_import.import_packages(district, [package.path], SYSTEM, later(5))
    assert _found(district, "Жаңаталап") == {household_id}
    assert _found(district, queries[0]) == _found(villages[0].db, queries[0]) | _found(
        villages[1].db, queries[0]
    )
