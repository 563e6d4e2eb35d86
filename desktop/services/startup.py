"""Opening the database at start: check the file (desktop/services/file_check.py), migrate
(after a safety copy), load reference data, and give the database a new id if it is a copy
(db/change_counter.py). The program does all of it by itself: the system actor.

A file that fails the check, or that the first writes find busy, read-only or on a full disk,
is not opened: DatabaseProblem says why, and nothing was written to it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from db.change_counter import check_home
from db.engine import Database
from db.migrate import upgrade_with_backup
from db.sqlite_files import CopyFailed
from desktop.core.actor import SYSTEM
from desktop.paths import data_dir, default_db_path
from desktop.services.file_check import BACKUP_FAILED, DatabaseProblem, check_file, fault_of
from desktop.services.reference import load_reference
from desktop.services.standard import use_received_rules

DATABASES_SEEN = "databases.json"  # in the data folder: database id -> highest counter seen


@dataclass(frozen=True)
class Opened:
    db: Database
    backup: Path | None
    reference_loaded: bool
    renewed_id: bool = False  # the database was a copy and got a new id


def open_database(path_or_url: str | Path | None = None) -> Opened:
    """Open (creating if needed) the database, bring its schema to head, load reference data.

    DatabaseProblem when the file is damaged, not a database, read-only, busy or on a full disk.
    """
    db = Database(path_or_url or default_db_path())
    try:
        if db.is_sqlite and db.url.database not in (None, "", ":memory:"):
            check_file(Path(str(db.url.database)))
        return prepare(db)
    except CopyFailed as error:
        db.dispose()
        raise DatabaseProblem(BACKUP_FAILED, db.location, str(error)) from error
    except (SQLAlchemyError, OSError) as error:
        db.dispose()
        code = fault_of(getattr(error, "orig", None) or error)
        if code is None:
            raise
        raise DatabaseProblem(code, db.location, str(error)) from error
    except BaseException:
        db.dispose()
        raise


def prepare(db: Database) -> Opened:
    """Bring an open database to head, load reference data, renew its id if it is a copy: at
    start, and again when a restore has put another file in its place."""
    backup = upgrade_with_backup(db, data_dir() / "backups")
    loaded = load_reference(db, SYSTEM)
    use_received_rules(db)  # the rule versions the district's answers brought
    renewed = check_home(db, data_dir() / DATABASES_SEEN)
    return Opened(db, backup, loaded, renewed)
