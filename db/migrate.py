"""Schema migrations (Alembic) and the safety copy taken before one runs."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.change_counter import COPY_HOME
from db.engine import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
FTS_TABLE = "household_search"
FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate ignores the FTS5 search table and its shadow tables (made by hand)."""
    if type_ != "table" or name is None:
        return True
    return name != FTS_TABLE and not any(name == FTS_TABLE + s for s in FTS_SHADOWS)


def alembic_config(db: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option(
        "sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_pending(db: Database) -> bool:
    return current_revision(db) != head_revision(db)


def upgrade(db: Database) -> None:
    """Bring the schema to head in one transaction.

    On SQLite, batch migrations rebuild tables (copy, drop, rename), which foreign keys would
    refuse while other tables refer to them: foreign keys are off for the migration (SQLite
    honours that only outside a transaction) and checked before it commits.
    """
    config = alembic_config(db)
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if raw is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def backup_sqlite(db: Database, folder: Path, label: str) -> Path:
    """Copy a live SQLite database with SQLite's online backup API into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{Path(str(db.url.database)).stem}-{label}-{stamp}.sqlite3"
    source = sqlite3.connect(str(db.url.database))
    try:
        destination = sqlite3.connect(str(target))
        try:
            source.backup(destination)
            _mark_as_copy(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def _mark_as_copy(copy: sqlite3.Connection) -> None:
    """A backup restored later, however it is put back, is taken for a copy and gets a new
    database id (db/change_counter.py), so its change stamps never repeat the original's."""
    has_counter = copy.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_counter'"
    ).fetchone()
    if has_counter:
        with copy:
            copy.execute("UPDATE change_counter SET home = ?", (COPY_HOME,))


def upgrade_with_backup(db: Database, backup_folder: Path) -> Path | None:
    """Bring the schema to head; if an existing SQLite database needs it, copy it first.

    Returns the backup's path when one was taken. A brand-new (empty) database is not copied.
    """
    if not is_pending(db):
        return None
    backup = None
    if db.is_sqlite and current_revision(db) is not None:
        backup = backup_sqlite(db, backup_folder, f"before-{head_revision(db)}")
    upgrade(db)
    return backup
