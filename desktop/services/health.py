"""`auyl-desk check`: is the database file sound and its schema current?"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from db.engine import Database, database_url
from db.migrate import HEAD_REVISION, current_revision, head_revision, stamped_revision
from db.sqlite_files import is_sqlite_file, open_read_only
from desktop.paths import default_db_path


@dataclass(frozen=True)
class Check:
    name: str  # "file", "quick_check", "foreign_key_check", "schema"
    passed: bool
    detail: str


@dataclass
class HealthReport:
    location: str
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.passed for c in self.checks)


def check_database(path_or_url: str | Path | None = None) -> HealthReport:
    """quick_check, foreign_key_check and schema revision; never changes the database.

    A SQLite file is looked into read-only (db/sqlite_files.open_read_only): the file, its
    size and time stay as they were and no -wal/-shm appears beside it.
    """
    url = database_url(path_or_url or default_db_path())
    report = HealthReport(url.render_as_string(hide_password=True))
    if url.get_backend_name() == "sqlite":
        _check_sqlite_file(Path(str(url.database)), report)
        return report
    db = Database(url.render_as_string(hide_password=False))
    try:
        current, head = current_revision(db), head_revision(db)
        report.checks.append(Check("schema", current == head, f"{current} / {head}"))
    except SQLAlchemyError as error:
        report.checks.append(Check("file", False, f"{error.__class__.__name__}: {error}"))
    finally:
        db.dispose()
    return report


def _check_sqlite_file(path: Path, report: HealthReport) -> None:
    if not path.is_file():
        report.checks.append(Check("file", False, str(path)))
        return
    if not is_sqlite_file(path):  # empty, or not a database at all
        report.checks.append(Check("file", False, str(path)))
        return
    try:
        connection = open_read_only(path)
        try:
            quick = [str(r[0]) for r in connection.execute("PRAGMA quick_check")]
            report.checks.append(Check("quick_check", quick == ["ok"], "; ".join(quick[:5])))
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            report.checks.append(Check("foreign_key_check", not broken, str(len(broken))))
            current = stamped_revision(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        report.checks.append(Check("file", False, f"{error.__class__.__name__}: {error}"))
        return
    report.checks.append(Check("schema", current == HEAD_REVISION, f"{current} / {HEAD_REVISION}"))
