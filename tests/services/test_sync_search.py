"""Imported households reach the district's household search (FTS5 on SQLite, the PostgreSQL
search on PostgreSQL): the district finds across offices what each office finds in its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models import Household, Member
from desktop.core.actor import SYSTEM
from desktop.services import household_search, sync_export, sync_import, sync_search
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


def _hits(db: Database, queries: list[str]) -> dict[str, list[household_search.SearchHit]]:
    return {query: household_search.search(db, query, limit=500) for query in queries}


def test_a_whole_book_is_indexed_as_its_rows_read_back_would_be(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    """An office's first package is indexed from its own values: the same hits as the search
    rows rewritten from the rows the district holds (sync_search.refresh)."""
    village = make_village(template_db, tmp_path, 52, 30, seed=5)
    with village.db.read() as session:
        people = session.execute(select(Member.surname, Member.name, Member.iin)).all()
        accounts = list(session.scalars(select(Household.account_number)))
        household_ids = [str(i) for i in session.scalars(select(Household.id))]
    queries = [f"{s} {n}" for s, n, _ in people] + [i for *_, i in people if i] + accounts
    enroll(district, village)
    package = sync_export.export_package(village.db, tmp_path, village.actor, later(1))
    sync_import.import_packages(district, [package.path], SYSTEM, later(2))
    taken = _hits(district, queries)
    assert taken == _hits(village.db, queries)
    with district.write(SYSTEM) as work:
        sync_search.refresh(work, household_ids)
    assert _hits(district, queries) == taken


def test_a_household_changed_by_a_later_package_of_the_same_import_is_read_back(
    district: Database, template_db: Path, tmp_path: Path
) -> None:
    village = make_village(template_db, tmp_path, 52, 30, seed=5)
    enroll(district, village)
    first = sync_export.export_package(village.db, tmp_path, village.actor, later(1))
    with village.db.write(village.actor) as work:
        member = work.scalars(select(Member).order_by(Member.surname)).first()
        assert member is not None
        old, household_id = f"{member.surname} {member.name}", member.household_id
        writer = HouseholdWriter(work, village.actor)
        writer.change_member(member.id, {"surname": "Жаңабаева"}, "")
        writer.finish()
    second = sync_export.export_package(village.db, tmp_path, village.actor, later(3))
    sync_import.import_packages(district, [first.path, second.path], SYSTEM, later(4))
    assert _found(district, f"Жаңабаева {member.name}") == {household_id}
    assert _hits(district, [old]) == _hits(village.db, [old])
