import shutil
import sqlite3
import threading
import time
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from db import migrate
from db.engine import Database
from db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    include_name,
    is_pending,
    upgrade,
    upgrade_with_backup,
)
from db.models import AppSetting, Base
from desktop.core.actor import SYSTEM
from tests.postgres import WriterLockHolder


def test_upgrade_from_empty_reaches_head_and_matches_the_models(
    empty_db_location: str | Path,
) -> None:
    db = Database(empty_db_location)
    assert is_pending(db)
    upgrade(db)
    assert current_revision(db) == head_revision(db)
    assert not is_pending(db)
    assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], "models changed without a migration"
    db.dispose()


def test_every_migration_goes_down_to_nothing_and_up_again(empty_db_location: str | Path) -> None:
    db = Database(empty_db_location)
    upgrade(db)
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert current_revision(db) is None
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    upgrade(db)
    assert current_revision(db) == migrate.HEAD_REVISION
    db.dispose()


def test_head_revision_constant_is_the_newest_migration(tmp_path: Path) -> None:
    """Start-up compares the database with HEAD_REVISION instead of importing Alembic: a new
    migration must move it (db/migrate.py)."""
    db = Database(tmp_path / "new.sqlite3")
    assert head_revision(db) == migrate.HEAD_REVISION
    db.dispose()


def test_revision_of_an_empty_database_is_none(empty_db_location: str | Path) -> None:
    db = Database(empty_db_location)
    assert current_revision(db) is None
    db.dispose()


def test_several_stamped_revisions_are_pending(empty_db_location: str | Path) -> None:
    """Branches stamped side by side are left to Alembic, never taken for the head."""
    db = Database(empty_db_location)
    upgrade(db)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO alembic_version VALUES ('0000a')")
    assert current_revision(db) == f"0000a {migrate.HEAD_REVISION}"
    assert is_pending(db)
    db.dispose()


def test_a_new_database_is_not_backed_up(empty_db_location: str | Path, tmp_path: Path) -> None:
    db = Database(empty_db_location)
    assert upgrade_with_backup(db, tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()
    db.dispose()


NEXT_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{previous}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("probe", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("probe")
"""


def test_pending_migration_is_preceded_by_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite3"
    db = Database(path)
    upgrade(db)
    with db.write(SYSTEM) as session:
        session.add(AppSetting(key="office_number", value=7))

    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    previous = head_revision(db)
    (newer / "versions" / "9999_probe.py").write_text(
        NEXT_MIGRATION.replace("{previous}", str(previous)), "utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999")

    assert is_pending(db)
    backup = upgrade_with_backup(db, tmp_path / "backups")
    assert backup is not None and backup.parent == tmp_path / "backups"
    assert current_revision(db) == "9999"
    assert "probe" in inspect(db.engine).get_table_names()
    db.dispose()

    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
    assert copy.execute("SELECT value FROM app_settings").fetchone() == (7,)
    assert copy.execute("PRAGMA quick_check").fetchone() == ("ok",)
    copy.close()


def _filler(column: sa.Column) -> object:
    """A value for a required column the test does not care about (at revision 0004)."""
    kind = str(column.type).upper()
    if column.name == "id" or kind.startswith("CHAR(32)"):
        return uuid.uuid4().hex
    if "JSON" in kind:
        return []
    if kind.startswith(("VARCHAR", "TEXT", "CHAR")):
        return ""
    if kind.startswith("DATETIME"):
        return datetime(2026, 11, 24, 10, 0)
    if kind.startswith("DATE"):
        return date(2026, 11, 24)
    if kind.startswith(("INTEGER", "BOOLEAN", "NUMERIC")):
        return 0
    raise AssertionError(f"no filler for {column}")


def test_existing_rows_get_actor_ids_stamps_and_number_series(tmp_path: Path) -> None:
    db = Database(tmp_path / "old.sqlite3")
    command.upgrade(alembic_config(db), "0004")
    tables = sa.MetaData()
    tables.reflect(db.engine)
    clerk = uuid.uuid4().hex
    created = iter(datetime(2026, 11, 24, 9, minute) for minute in range(60))

    def add(connection: sa.Connection, table: str, **values: object) -> str:
        target = tables.tables[table]
        row = {c.name: _filler(c) for c in target.columns if not c.nullable}
        row.update(created_at=next(created), row_version=1, origin_office=45, **values)
        connection.execute(target.insert().values(row))
        return str(row["id"])

    with db.engine.begin() as c:
        add(c, "staff", id=clerk, surname="Ахметова", name="Гүлнар", patronymic="Серікқызы")
        c.execute(tables.tables["app_settings"].insert().values(key="clerk_id", value=clerk))
        gone = add(c, "households", account_number="0001", deleted_at=datetime(2026, 11, 1))
        add(c, "change_records", household_id=gone, changed_by="Ахметова Гүлнар Серікқызы")
        add(c, "change_records", household_id=gone, changed_by="demo")
        ticket = add(
            c,
            "queue_tickets",
            day=date(2026, 11, 24),
            letter="A",
            number=7,
            called_by="Ахметова Г. С.",
        )
        add(c, "queue_events", ticket_id=ticket, by="")
        application = add(
            c,
            "applications",
            status="ready",
            registration_year=2026,
            registration_seq=12,
            clerk="Ахметова Г. С.",
        )
        add(
            c,
            "certificates",
            application_id=application,
            year=2026,
            seq=3,
            number="45-2026-C3",
            prepared_by="Ахметова Г. С.",
        )
        add(c, "field_corrections", corrected_by="admin")

    upgrade(db)
    system = SYSTEM.staff_id.hex
    with db.engine.connect() as c:

        def one(sql: str) -> tuple[object, ...]:
            return tuple(c.execute(sa.text(sql)).one())

        assert one(f"SELECT position FROM staff WHERE id = '{system}'") == ("system",)
        lines = c.execute(sa.text("SELECT changed_by, changed_by_id FROM change_records")).all()
        assert set(lines) == {("Ахметова Гүлнар Серікқызы", clerk), ("demo", system)}
        assert one("SELECT called_by_id FROM queue_tickets") == (clerk,)
        assert one("SELECT acted_by, acted_by_id FROM queue_events") == ("", system)
        assert one(
            "SELECT received_by, received_by_id, ready_by, ready_by_id, issued_by_id "
            "FROM applications"
        ) == ("Ахметова Г. С.", clerk, "Ахметова Г. С.", clerk, None)
        assert one("SELECT prepared_by_id FROM certificates") == (clerk,)
        assert one("SELECT corrected_by_id FROM field_corrections") == (system,)
        stamps = [
            seq
            for table in (
                "staff",
                "households",
                "change_records",
                "queue_tickets",
                "queue_events",
                "applications",
                "certificates",
                "field_corrections",
            )
            for (seq,) in c.execute(sa.text(f"SELECT change_seq FROM {table}"))
        ]
        assert sorted(stamps) == list(range(1, len(stamps) + 1))
        assert one("SELECT last_value FROM change_counter") == (len(stamps),)
        series = dict(c.execute(sa.text("SELECT key, last_value FROM number_series")).all())
        assert series == {
            "ticket:45:2026-11-24:A": 7,
            "registration:45:2026": 12,
            "certificate:45:2026": 3,
        }
    tables.clear()
    tables.reflect(db.engine)
    with db.engine.begin() as c:  # the tombstoned household's account number is free again
        add(c, "households", account_number="0001", change_seq=999, change_db=uuid.uuid4().hex)
    db.dispose()


def test_on_postgresql_a_migration_waits_for_the_writers_lock_before_it_locks_any_table(
    pg_url: str,
) -> None:
    """Another program is writing: the migration waits for the writers' lock in the server, as
    the command line does, having locked nothing yet (a writer of the window that came
    meanwhile waits for that lock, with its dialog, not behind the migration's tables); once
    the writer is done, the migration runs."""
    db = Database(pg_url)
    command.downgrade(alembic_config(db), "-1")
    below_head = current_revision(db)
    holder = WriterLockHolder(pg_url)
    migrating = threading.Thread(target=upgrade, args=(db,))
    try:
        migrating.start()
        for _ in range(3000):  # until the migration waits in the server (or is done)
            if holder.waiting() or not migrating.is_alive():
                break
            time.sleep(0.01)
        assert holder.waiting() == 1 and migrating.is_alive()
        with db.read() as session:  # nothing is locked yet: a reader goes on
            assert (
                session.execute(sa.text("SELECT count(*) FROM app_settings")).scalar() is not None
            )
        assert current_revision(db) == below_head != head_revision(db)
    finally:
        holder.close()
        migrating.join()
    assert current_revision(db) == head_revision(db)
    db.dispose()
