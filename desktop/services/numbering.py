"""Numbers that must not collide and leave no gaps (tickets, registration numbers, certificates).

Each series is a row of `number_series` (key -> last number given), bumped with
UPDATE ... RETURNING inside the transaction that stores the numbered record. The UPDATE locks
the row until that transaction ends (on PostgreSQL, as SELECT ... FOR UPDATE would, but in one
statement; on SQLite the writer holds the database from BEGIN IMMEDIATE), so a second writer
waits and gets the next number, and a transaction that rolls back gives its number back.

A series seen for the first time starts after the largest number already stored for it (the
`column` and `where` given), so records that came another way (a sync, an older program) are
never numbered twice.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import NumberSeries

_SERIES = cast(Table, NumberSeries.__table__)


def ticket_series(office: int, day: date, letter: str) -> str:
    """Queue tickets restart every day, per letter: "ticket:45:2026-11-25:A"."""
    return f"ticket:{office}:{day.isoformat()}:{letter}"


def registration_series(office: int, year: int) -> str:
    """Registration numbers of accepted applications, per office and year."""
    return f"registration:{office}:{year}"


def certificate_series(office: int, year: int) -> str:
    return f"certificate:{office}:{year}"


def complaint_series(office: int, year: int) -> str:
    """Complaint numbers (`<office>-<year>-K<seq>`), per office and year."""
    return f"complaint:{office}:{year}"


def _bump(session: Session, key: str) -> int | None:
    return session.connection().scalar(
        update(_SERIES)
        .where(_SERIES.c.key == key)
        .values(last_value=_SERIES.c.last_value + 1)
        .returning(_SERIES.c.last_value)
    )


def next_number(
    session: Session,
    key: str,
    column: InstrumentedAttribute[Any],
    *where: ColumnElement[bool],
) -> int:
    """The next number of series `key`, taken in the session's (writing) transaction.

    `column` and `where` find the largest number already stored, to start a new series after.
    """
    number = _bump(session, key)
    if number is not None:
        return number
    start = session.scalar(select(func.max(column)).where(*where)) or 0
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # Two writers may both find the series missing: one row is made, and both then bump it.
    session.connection().execute(
        insert(_SERIES).values(key=key, last_value=start).on_conflict_do_nothing()
    )
    number = _bump(session, key)
    assert number is not None
    return number
