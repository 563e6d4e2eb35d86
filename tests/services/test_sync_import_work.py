"""Work the district's import leaves out: a record lookup per batch where the office has no
records yet (its first package, its whole book), and a second decryption of a package it has
taken in before (found by the content hash the checking pass verified), and the cycle
collector's walks over the millions of rows a whole book makes."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import event, func, select

from db import change_counter
from db.engine import Database
from db.models import AuditEntry, Household, SyncSource
from desktop.core.actor import SYSTEM
from desktop.core.sync import keys as core_keys
from desktop.core.sync.package import OpenedPackage
from desktop.core.sync.package_file import write_package_file
from desktop.services import audit as audit_service
from desktop.services import sync_export, sync_import, sync_keys
from tests.services.sync_helpers import (
    NOW,
    Village,
    enroll,
    later,
    make_district,
    make_village,
    synced_content,
)


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


# ---- a package that does not fit ----------------------------------------------------------------


def _signed_again(
    district: Database, village: Village, package: Path, change: Callable[[list[Any]], None]
) -> Path:
    """The package with its content's lines (JSON values) changed by `change`, then signed and
    encrypted again as the village does: a package every check of the package itself passes,
    whose content does not fit."""
    header, raw = sync_import.open_checked(
        package,
        sync_keys.sender_lookup(district, "office"),
        sync_keys.own_keys(district, SYSTEM, NOW).encryption,
    )
    lines = [orjson.loads(line) for line in raw.split(b"\n") if line]
    change(lines)
    content = b"".join(orjson.dumps(line) + b"\n" for line in lines)
    path = package.parent / "again" / package.name
    path.parent.mkdir(exist_ok=True)
    write_package_file(
        path,
        header.origin,
        [content],
        sync_keys.own_keys(village.db, village.actor, NOW).signing,
        core_keys.encryption_public_key(sync_keys.district_peer(village.db).encryption_key),
    )
    return path


def _table_line(lines: list[Any], name: str) -> int:
    """The index of a table's header line."""
    return next(i for i, v in enumerate(lines) if isinstance(v, dict) and v.get("table") == name)


def _another_office_member(lines: list[Any]) -> None:
    """The first member made another office's (a table after the households)."""
    start = _table_line(lines, "members")
    column = lines[start]["columns"].index("origin_office")
    lines[start + 1][column] = 53


def test_a_package_whose_later_table_does_not_fit_leaves_nothing_and_the_next_applies(
    db: Database, template_db: Path, tmp_path: Path
) -> None:
    """A package every check of the package itself passes (an enrolled office's signature,
    whole, its hash right) whose members include another office's record is refused with
    nothing of it written, households included: no rows, no stamps, no audit lines; the other
    package of the same call applies."""
    district = make_district(db)
    stick = tmp_path / "stick"
    stick.mkdir()
    packages = []
    for number in (52, 53):
        village = make_village(template_db, tmp_path, number, 3, seed=number)
        enroll(district, village)
        exported = sync_export.export_package(village.db, stick, village.actor, NOW).path
        packages.append(
            _signed_again(district, village, exported, _another_office_member)
            if number == 52
            else exported
        )
    report = sync_import.import_packages(district, packages, SYSTEM, later(1))
    assert [(p.status, p.error) for p in report.packages] == [
        ("rejected", "foreign_rows"),
        ("applied", ""),
    ]
    assert not any(synced_content(district, {52}).values())
    assert synced_content(district, {53})["members"]
    with district.read() as session:
        assert [s.office for s in session.scalars(select(SyncSource))] == [53]
        stamped = max(
            session.scalar(select(func.max(t.c.change_seq))) or 0
            for t in change_counter.synced_tables()
        )
        assert change_counter.last_value(session) == stamped  # no stamps left unused
        households = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.table_name == "households", AuditEntry.kind == "insert")
        )
    assert households == 1  # office 53's, in one line
    assert audit_service.verify(district).problem is None
