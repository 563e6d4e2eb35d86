"""`auyl-desk check`: is the database file sound and its schema current?"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from db.engine import Database, database_url
from db.migrate import current_revision, head_revision
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
    """quick_check, foreign_key_check and schema revision; never changes the database."""
    url = database_url(path_or_url or default_db_path())
    report = HealthReport(url.render_as_string(hide_password=True))
    if url.get_backend_name() == "sqlite" and not Path(str(url.database)).exists():
        report.checks.append(Check("file", False, str(url.database)))
        return report
    db = Database(url.render_as_string(hide_password=False))
    try:
        if db.is_sqlite:
            with db.engine.connect() as connection:
                quick = [r[0] for r in connection.execute(text("PRAGMA quick_check"))]
                report.checks.append(Check("quick_check", quick == ["ok"], "; ".join(quick[:5])))
                broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                report.checks.append(Check("foreign_key_check", not broken, str(len(broken))))
        current, head = current_revision(db), head_revision(db)
        report.checks.append(Check("schema", current == head, f"{current} / {head}"))
    except SQLAlchemyError as error:
        report.checks.append(Check("file", False, f"{error.__class__.__name__}: {error}"))
    finally:
        db.dispose()
    return report
