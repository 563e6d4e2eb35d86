"""The change counter: stamps in the writing transaction, one indexed query for "changes since",
and a new database id for a copy (another file, a restored backup)."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from db import change_counter
from db.change_counter import changes_since, database_id, last_value, synced_tables
from db.engine import Database
from db.migrate import backup_sqlite
from db.models import AppSetting, FieldCorrection, Staff
from desktop.core.actor import SYSTEM
from desktop.services.startup import open_database


def _staff(name: str) -> Staff:
    return Staff(origin_office=1, surname=name, name="А", position="маман")


def _stamp(db: Database, staff_id: uuid.UUID) -> tuple[int, uuid.UUID]:
    with db.read() as session:
        row = session.get(Staff, staff_id)
        assert row is not None
        return row.change_seq, row.change_db


def test_inserts_updates_and_tombstones_are_stamped_in_order(db: Database) -> None:
    with db.read() as session:
        start, own_id = last_value(session), database_id(session)
    with db.write(SYSTEM) as work:
        first, second = _staff("Бір"), _staff("Екі")
        work.add_all([first, second])
    assert [_stamp(db, first.id), _stamp(db, second.id)] == [
        (start + 1, own_id),
        (start + 2, own_id),
    ]
    with db.write(SYSTEM) as work:
        row = work.get(Staff, first.id)
        assert row is not None
        row.deleted_at = datetime.now(UTC)
    with db.write(SYSTEM) as work:  # nothing changed: no stamp
        work.get(Staff, second.id)
    assert _stamp(db, first.id) == (start + 3, own_id)
    with db.read() as session:
        changes = changes_since(session, start)
    assert [(c.seq, c.record_id, c.deleted) for c in changes] == [
        (start + 2, second.id, False),
        (start + 3, first.id, True),
    ]
    assert {c.table for c in changes} == {"staff"}


def test_a_rolled_back_transaction_hands_its_stamps_back(db: Database) -> None:
    with db.read() as session:
        start = last_value(session)
    with pytest.raises(RuntimeError), db.write(SYSTEM) as work:
        work.add(_staff("Жоқ"))
        work.flush()
        raise RuntimeError("power cut")
    with db.write(SYSTEM) as work:
        kept = _staff("Бар")
        work.add(kept)
    assert _stamp(db, kept.id)[0] == start + 1


def test_changes_since_is_one_statement_reading_each_stamp_index(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("the plan is read with SQLite's EXPLAIN QUERY PLAN")
    statement = change_counter.changes_query(5).compile(
        db.engine, compile_kwargs={"literal_binds": True}
    )
    with db.read() as session:
        plan = [row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {statement}"))]
    for table in synced_tables():
        scan = f"SEARCH {table.name} USING INDEX ix_{table.name}_change_seq (change_seq>?)"
        assert scan in plan
    assert not any(step.startswith("SCAN") for step in plan)
    assert (
        len(synced_tables()) == 16
    )  # 12, complaints and their history (0013), survey answers and application corrections (0014)


def test_bulk_orm_updates_and_deletes_of_synced_records_are_refused(db: Database) -> None:
    with pytest.raises(RuntimeError, match="stamped"), db.write(SYSTEM) as work:
        work.execute(update(FieldCorrection).values(reason="x"))
    with db.write(SYSTEM) as work:
        staff = work.get(Staff, SYSTEM.staff_id)
        work.execute(update(AppSetting).values(value=1))  # not synced: allowed
    with pytest.raises(RuntimeError, match="never deleted"), db.write(SYSTEM) as work:
        work.delete(work.get(Staff, SYSTEM.staff_id))
    assert staff is not None


# ---- a copy gets a new database id ---------------------------------------------------------------


def _id(path: Path) -> uuid.UUID:
    opened = open_database(path)
    try:
        with opened.db.read() as session:
            return database_id(session)
    finally:
        opened.db.dispose()


def _write_something(path: Path) -> None:
    db = Database(path)
    with db.write(SYSTEM) as work:
        work.add(_staff("Жаңа"))
    db.dispose()


def test_a_copied_file_gets_a_new_id_and_the_original_keeps_its_own(db_path: Path) -> None:
    original = _id(db_path)
    assert _id(db_path) == original  # opened again where it lives: the same database
    copy = db_path.with_name("copy.sqlite3")
    shutil.copy(db_path, copy)
    renewed = _id(copy)
    assert renewed != original
    assert _id(copy) == renewed
    assert _id(db_path) == original


def test_a_backup_put_back_in_place_gets_a_new_id(db_path: Path, tmp_path: Path) -> None:
    original = _id(db_path)
    db = Database(db_path)
    backup = backup_sqlite(db, tmp_path / "backups", "test")
    db.dispose()
    _write_something(db_path)
    shutil.copyfile(backup, db_path)  # overwritten in place: the same file on disk
    assert _id(db_path) != original


def test_a_copy_put_back_in_place_after_newer_writes_gets_a_new_id(
    db_path: Path, tmp_path: Path
) -> None:
    original = _id(db_path)
    saved = tmp_path / "saved.sqlite3"
    source = sqlite3.connect(db_path)
    source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source.close()
    shutil.copyfile(db_path, saved)  # a clerk's own copy, not one the program marked
    _write_something(db_path)
    assert _id(db_path) == original  # seen with the newer stamps
    shutil.copyfile(saved, db_path)
    for stale in db_path.parent.glob(db_path.name + "-*"):
        stale.unlink()
    assert _id(db_path) != original  # its counter went back: a restored copy


def test_renew_database_id_keeps_the_counter(db: Database) -> None:
    with db.read() as session:
        before, counter = database_id(session), last_value(session)
    renewed = change_counter.renew_database_id(db)
    with db.read() as session:
        assert database_id(session) == renewed != before
        assert last_value(session) == counter
    with db.write(SYSTEM) as work:
        row = _staff("Кейін")
        work.add(row)
    assert _stamp(db, row.id) == (counter + 1, renewed)
    with db.read() as session:
        assert session.scalar(select(Staff.change_db).where(Staff.id == SYSTEM.staff_id)) == before
