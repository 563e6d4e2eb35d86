"""Work the district's import leaves out: a record lookup per batch where the office has no
records yet (its first package, its whole book), and a second decryption of a package it has
taken in before (found by the content hash the checking pass verified), and the cycle
collector's walks over the millions of rows a whole book makes."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from db.engine import Database
from db.models import Household
from desktop.core.actor import SYSTEM
from desktop.core.sync.package import OpenedPackage
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


def _district_and_package(
    db: Database, template_db: Path, tmp_path: Path
) -> tuple[Database, sync_export.Exported]:
    """A district enrolled with office 52 (two households), and the office's first package."""
    district = make_district(db)
    village = make_village(template_db, tmp_path, 52, 2, seed=5)
    enroll(district, village)
    stick = tmp_path / "stick"
    stick.mkdir()
    return district, sync_export.export_package(village.db, stick, village.actor, NOW)


def test_a_package_taken_in_before_is_checked_but_its_content_not_read_again(
    db: Database, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    district, package = _district_and_package(db, template_db, tmp_path)
    reads: list[str] = []
    content = OpenedPackage.content

    def counted(opened: OpenedPackage) -> Iterator[bytes]:
        reads.append(opened.header.content_hash)
        return content(opened)

    monkeypatch.setattr(OpenedPackage, "content", counted)
    first = sync_import.import_packages(district, [package.path], SYSTEM, later(1))
    again = sync_import.import_packages(district, [package.path], SYSTEM, later(2))
    assert [p.status for p in first.packages + again.packages] == ["applied", "duplicate"]
    assert len(reads) == 1
    tampered = tmp_path / "tampered.auylpkg"
    data = bytearray(package.path.read_bytes())
    data[-100] ^= 1
    tampered.write_bytes(bytes(data))
    refused = sync_import.import_packages(district, [tampered], SYSTEM, later(3))
    assert [(p.status, p.error) for p in refused.packages] == [("rejected", "bad_signature")]


def test_the_cycle_collector_is_paused_while_packages_are_read_and_applied(
    db: Database, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    district, package = _district_and_package(db, template_db, tmp_path)
    collecting: list[bool] = []
    parse = sync_import.parse_content
    refresh = sync_import.sync_search.refresh

    def parsed(*args: Any, **kwargs: Any) -> sync_import.Content:
        collecting.append(gc.isenabled())
        return parse(*args, **kwargs)

    def refreshed(*args: Any) -> None:
        collecting.append(gc.isenabled())
        refresh(*args)

    monkeypatch.setattr(sync_import, "parse_content", parsed)
    monkeypatch.setattr(sync_import.sync_search, "refresh", refreshed)
    assert gc.isenabled()
    report = sync_import.import_packages(district, [package.path], SYSTEM, later(1))
    assert [p.status for p in report.packages] == ["applied"]
    assert collecting == [False, False]
    assert gc.isenabled()
