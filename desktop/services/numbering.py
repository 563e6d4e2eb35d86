"""Numbers that must not collide (tickets, registration numbers, certificates).

The next number is read and used in the same `Database.write()` transaction, which SQLite
begins with BEGIN IMMEDIATE: a second writer waits, so numbers are gap-free and unique.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session


def next_number(
    session: Session, column: InstrumentedAttribute[Any], *where: ColumnElement[bool]
) -> int:
    """One more than the largest `column` among the rows matching `where` (1 for the first)."""
    return (session.scalar(select(func.max(column)).where(*where)) or 0) + 1
