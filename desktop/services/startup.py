"""Opening the database at start: migrate (after a safety copy) and load reference data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.engine import Database
from db.migrate import upgrade_with_backup
from desktop.paths import data_dir, default_db_path
from desktop.services.reference import load_reference


@dataclass(frozen=True)
class Opened:
    db: Database
    backup: Path | None
    reference_loaded: bool


def open_database(path_or_url: str | Path | None = None) -> Opened:
    """Open (creating if needed) the database, bring its schema to head, load reference data."""
    db = Database(path_or_url or default_db_path())
    try:
        backup = upgrade_with_backup(db, data_dir() / "backups")
        loaded = load_reference(db)
    except Exception:
        db.dispose()
        raise
    return Opened(db, backup, loaded)
