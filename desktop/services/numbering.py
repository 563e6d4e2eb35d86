"""Numbers that must not collide and leave no gaps (tickets, registration numbers, certificates).

Each series is a row of `number_series` (key -> last number given), bumped with
UPDATE ... RETURNING inside the transaction that stores the numbered record. The UPDATE locks
the row until that transaction ends (on PostgreSQL, as SELECT ... FOR UPDATE would, but in one
statement; on SQLite the writer holds the database from BEGIN IMMEDIATE), so a second writer
waits and gets the next number, and a transaction that rolls back gives its number back.

A series seen for the first time starts after the largest number already stored for it (the
`column` and `where` given), so records that came another way (a sync, an older program) are
never numbered twice.

Every series except tickets (which restart daily and carry no signature) also keeps its
high-water mark outside the database, in a file beside the office key (desktop/services/
number_marks.py), and continues from the higher of the two: a database restored from a copy, or
one that lost its `-wal` file after a crash, never gives a number a second time. The mark is
written after the commit and before the service returns, so every number a user was told of is
in the file; a crash between the two leaves the file lower than the database, which the next
number (the higher of the two) then follows.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, event, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import NumberSeries
from desktop.services import number_marks

_SERIES = cast(Table, NumberSeries.__table__)
TICKET_PREFIX = "ticket:"
_TAKEN = "auyl_numbers_taken"  # session.info: series key -> number taken in this transaction


def ticket_series(office: int, day: date, letter: str) -> str:
    """Queue tickets restart every day, per letter: "ticket:45:2026-11-25:A"."""
    return f"{TICKET_PREFIX}{office}:{day.isoformat()}:{letter}"


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
    if number is None:
        number = _start(session, key, column, *where)
    if key.startswith(TICKET_PREFIX):
        return number
    mark = number_marks.read().get(key, 0)
    if mark >= number:  # the database went back (a restored copy, a lost -wal): follow the file
        number = mark + 1
        session.connection().execute(
            update(_SERIES).where(_SERIES.c.key == key).values(last_value=number)
        )
    _remember(session, key, number)
    return number


def _start(
    session: Session, key: str, column: InstrumentedAttribute[Any], *where: ColumnElement[bool]
) -> int:
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


def _remember(session: Session, key: str, number: int) -> None:
    """Write the series' mark once the transaction has committed (before the caller returns)."""
    taken = session.info.get(_TAKEN)
    if taken is None:
        taken = session.info[_TAKEN] = {}

        def _record(committed: Session) -> None:
            number_marks.raise_to(committed.info.pop(_TAKEN))

        def _forget(rolled_back: Session) -> None:
            rolled_back.info.pop(_TAKEN, None)

        event.listen(session, "after_commit", _record, once=True)
        event.listen(session, "after_rollback", _forget, once=True)
    taken[key] = number
