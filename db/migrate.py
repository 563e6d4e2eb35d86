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

from db.change_counter import COPY_HOME
from db.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration under MIGRATIONS_DIR/versions (tests check it against Alembic's head).
HEAD_REVISION = "0016_accounts"
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


def is_pending(db: Database) -> bool:
    return current_revision(db) != HEAD_REVISION


def upgrade(db: Database) -> None:
    """Bring the schema to head in one transaction.

    On SQLite, batch migrations rebuild tables (copy, drop, rename), which foreign keys would
    refuse while other tables refer to them: foreign keys are off for the migration (SQLite
    honours that only outside a transaction) and checked before it commits.
    """
    from alembic import command

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
