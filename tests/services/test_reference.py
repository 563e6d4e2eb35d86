import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models import (
    AkimOffice,
    Department,
    District,
    DistrictAkimat,
    FieldCorrection,
    QualityIndicator,
    ReceptionSlot,
)
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.services import reference
from desktop.services.office import configure, current_actor
from tests.helpers import CLERK, acting_as


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_first_start_loads_every_appendix(db: Database) -> None:
    counts = {
        model.__tablename__: _count(db, model)
        for model in (District, Department, AkimOffice, QualityIndicator, DistrictAkimat)
    }
    assert counts == {
        "districts": 18,
        "departments": 18,
        "akim_offices": 195,
        "quality_indicators": 12,
        "district_akimats": 18,
    }
    assert _count(db, ReceptionSlot) > 18


def test_unchanged_files_are_not_reloaded(db: Database) -> None:
    assert reference.load_reference(db, SYSTEM) is False


def _copy_of_reference(tmp_path: Path) -> Path:
    folder = tmp_path / "reference"
    shutil.copytree(reference.reference_folder(), folder)
    return folder


def test_changed_file_reloads_and_corrections_survive(db: Database, tmp_path: Path) -> None:
    configure(db, 1, CLERK, SYSTEM, SystemClock().now())
    clerk = current_actor(db)
    assert clerk is not None
    flagged = next(f for f in reference.flagged_values(db) if f.entity == "department")
    new_value = flagged.suggestion or (
        ["fixed@example.kz"] if isinstance(flagged.current_value, list) else "fixed"
    )
    reference.correct_value(
        db,
        flagged.entity,
        flagged.record_key,
        flagged.field,
        new_value,
        acting_as(clerk, "administrator"),
    )

    folder = _copy_of_reference(tmp_path)
    offices = json.loads((folder / "offices.json").read_text("utf-8"))
    offices[0]["address"] = offices[0]["address"] + " (changed)"
    (folder / "offices.json").write_text(json.dumps(offices, ensure_ascii=False), "utf-8")
    assert reference.load_reference(db, SYSTEM, folder) is True

    office_1 = reference.find_offices(db, "")[0]
    assert office_1.address.endswith("(changed)")
    after = next(
        f
        for f in reference.flagged_values(db)
        if (f.entity, f.record_key, f.field) == (flagged.entity, flagged.record_key, flagged.field)
    )
    assert after.current_value == new_value
    assert after.source_value == flagged.source_value
    assert after.corrected_by == "Ахметова Г. С." and after.corrected_at is not None
    with db.read() as session:
        row = session.scalars(select(FieldCorrection)).one()
        assert row.origin_office == 1 and row.source_value == flagged.current_value
        assert row.corrected_by_id == clerk.staff_id


def test_correcting_an_unknown_field_is_refused(db: Database) -> None:
    with pytest.raises(LookupError):
        reference.correct_value(db, "office", "1", "no_such_field", "x", SYSTEM)
    with pytest.raises(LookupError):
        reference.correct_value(db, "office", "999", "address", "x", SYSTEM)


def test_find_offices_by_part_of_name_in_any_case(db: Database) -> None:
    names = [o.name for o in reference.find_offices(db, "ГҮЛШ")]
    assert names and all("Гүлшат" in n for n in names)
    assert reference.find_offices(db, "гүлшат") == reference.find_offices(db, "ГҮЛШАТ")


def test_find_offices_by_district_code_or_name(db: Database) -> None:
    shet = reference.find_offices(db, district="shet")
    assert shet and {o.district for o in shet} == {"shet"}
    assert reference.find_offices(db, district="ШЕТ") == shet
    assert [o.number for o in reference.find_offices(db, "", district="balkhash")] == [1, 2, 3]


def test_district_akimat_has_structured_reception(db: Database) -> None:
    akimat = reference.district_akimat(db, "balkhash")
    assert akimat is not None
    akim = akimat.reception[0]
    assert (akim.who, akim.recurrence, akim.weekday) == ("akim", "weekly", 1)
    assert (akim.time_from, akim.time_to) == ("15:00", "16:00")


def test_a_corrected_office_field_is_no_longer_flagged(db: Database) -> None:
    flagged = next(o for o in reference.find_offices(db) if o.flags)
    field = flagged.flags[0]["field"]
    current = next(
        f.current_value
        for f in reference.flagged_values(db)
        if (f.entity, f.record_key, f.field) == ("office", str(flagged.number), field)
    )
    reference.correct_value(db, "office", str(flagged.number), field, current, SYSTEM)
    after = next(o for o in reference.find_offices(db) if o.number == flagged.number)
    assert [f["field"] for f in after.flags] == [
        f["field"] for f in flagged.flags if f["field"] != field
    ]


def test_unchanged_files_are_checked_without_the_write_lock(db_path: Path) -> None:
    """Every start checks the reference files: that must neither wait for nor take the lock
    that writers hold (another program writing, or a long import, must not hold up a start)."""
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    db = Database(db_path)
    try:
        assert reference.load_reference(db, SYSTEM) is False
    finally:
        db.dispose()
        writer.execute("ROLLBACK")
        writer.close()


def test_flags_on_fields_the_database_lacks_are_not_listed(db: Database, tmp_path: Path) -> None:
    folder = _copy_of_reference(tmp_path)
    offices = json.loads((folder / "offices.json").read_text("utf-8"))
    unknown = {"field": "no_such_field", "value": "x", "reason": "derived_ru", "detail": "new"}
    offices[0]["flags"] = [unknown]
    (folder / "offices.json").write_text(json.dumps(offices, ensure_ascii=False), "utf-8")
    assert reference.load_reference(db, SYSTEM, folder) is True

    assert all(f.field != "no_such_field" for f in reference.flagged_values(db))
    assert reference.find_offices(db, "")[0].flags == ()
