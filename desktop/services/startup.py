"""Opening the database at start: migrate (after a safety copy), load reference data, and give
the database a new id if it is a copy (db/change_counter.py). The program does all of it by
itself: the system actor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.change_counter import check_home
from db.engine import Database
from db.migrate import upgrade_with_backup
from desktop.core.actor import SYSTEM
from desktop.paths import data_dir, default_db_path
from desktop.services.reference import load_reference

DATABASES_SEEN = "databases.json"  # in the data folder: database id -> highest counter seen


@dataclass(frozen=True)
class Opened:
    db: Database
    backup: Path | None
    reference_loaded: bool
    renewed_id: bool = False  # the database was a copy and got a new id


def open_database(path_or_url: str | Path | None = None) -> Opened:
    """Open (creating if needed) the database, bring its schema to head, load reference data."""
    db = Database(path_or_url or default_db_path())
    try:
        return prepare(db)
    except Exception:
        db.dispose()
        raise


def prepare(db: Database) -> Opened:
    """Bring an open database to head, load reference data, renew its id if it is a copy: at
    start, and again when a restore has put another file in its place."""
    backup = upgrade_with_backup(db, data_dir() / "backups")
    loaded = load_reference(db, SYSTEM)
    renewed = check_home(db, data_dir() / DATABASES_SEEN)
    return Opened(db, backup, loaded, renewed)
