"""Schema migrations (Alembic) and the safety copy taken before one runs.

Alembic (with Mako and Pygments, about 0.3 s to import) is imported only when a migration is
pending: on an ordinary start `is_pending` compares the revision stamped in `alembic_version`
(plain SQL) with HEAD_REVISION, which tests/db/test_migrations.py checks against Alembic's own
head. A new migration therefore also moves HEAD_REVISION.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from db.engine import WRITER_LOCK, Database
from db.sqlite_files import copy_database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration under MIGRATIONS_DIR/versions (tests check it against Alembic's head).
HEAD_REVISION = "0024_sync_records_lean"
VERSION_TABLE = "alembic_version"
FTS_TABLE = "household_search"
FTS_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Autogenerate ignores the FTS5 search table and its shadow tables (made by hand)."""
    if type_ != "table" or name is None:
        return True
    return name != FTS_TABLE and not any(name == FTS_TABLE + s for s in FTS_SHADOWS)


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option(
        "sqlalchemy.url", db.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def head_revision(db: Database) -> str | None:
    """The newest revision among the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def current_revision(db: Database) -> str | None:
    """The revision stamped in the database; None for a database without a schema yet.

    Several stamped revisions (branches) come back joined by spaces: that is never
    HEAD_REVISION, so the upgrade goes to Alembic, which knows what to do with them.
    """
    with db.engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    return " ".join(sorted(row[0] for row in rows)) or None


def stamped_revision(connection: sqlite3.Connection) -> str | None:
    """current_revision of a SQLite file opened by itself (a backup, a file being checked)."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
    ).fetchone()
    if not has_table:
        return None
    rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    return " ".join(sorted(str(row[0]) for row in rows)) or None


def is_pending(db: Database) -> bool:
    return current_revision(db) != HEAD_REVISION


def upgrade(db: Database) -> None:
    """Bring the schema to head in one transaction.

    On SQLite, batch migrations rebuild tables (copy, drop, rename), which foreign keys would
    refuse while other tables refer to them: foreign keys are off for the migration (SQLite
    honours that only outside a transaction) and checked before it commits.

    On PostgreSQL the migration first takes the writers' lock (db.engine.WRITER_LOCK), waiting
    for it in the server as the command line does: a writer meanwhile waits for that lock (in
    the window, with its dialog and Cancel), never behind the tables the migration locks.
    """
    from alembic import command

    config = alembic_config(db)
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if db.url.get_backend_name() == "postgresql":
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
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
    """Copy a live SQLite database into `folder` (db/sqlite_files.copy_database: verified,
    marked as a copy, no partial file left behind when it fails)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{Path(str(db.url.database)).stem}-{label}-{stamp}.sqlite3"
    copy_database(Path(str(db.url.database)), target)
    return target


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
