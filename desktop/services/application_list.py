"""Reading applications for the Applications list: a window, filtered in SQL, a page at a time.

The list never loads every application ever made. `page` returns up to `limit` rows newest
first and the key the next page starts after (keyset paging: the hundredth page costs what
the first does); `count` counts the same window up to a limit; `position` says where one
application stands in it. `ListFilter.day` is the clerk's normal view: every open application
(accepted or ready, whenever handed in) and everything handed in or issued on that day. Typed
words match the folded registration number, IIN/BIN and names (Application.search_text), so
Kazakh and Russian letters match in any case.

Pages and counts walk ix_applications_list (or ix_applications_status when a status is chosen)
newest first; both indexes hold every column a filter reads, so only the rows shown are read
from the table. The whole index is walked only when the filter matches fewer rows than asked
for (a rare word; a whole IIN/BIN is looked up in its own index instead). The day's view, whose
open rows may lie anywhere in the office's history, is three index ranges instead (`_parts`).

Times: the database keeps aware UTC; rows handed out carry naive local times; dates of the
filter are local days, both ends included.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    SQLColumnExpression,
    and_,
    false,
    func,
    or_,
    select,
    union_all,
)

from db.engine import Database
from db.models import Application
from desktop.core.localtime import aware, naive_local
from desktop.core.textsearch import query_words

PAGE_SIZE = 100
COUNT_LIMIT = 1000  # the list counts this far; past it, it says "more than"
OPEN_STATUSES = ("accepted", "ready")

# Where a page ends: handed_in_at, created_at and id (aware UTC, as stored) of its last row.
PageKey = tuple[datetime, datetime, uuid.UUID]


@dataclass(frozen=True)
class ApplicationRow:
    id: uuid.UUID
    registration_number: str | None
    service: int
    applicant_kind: str
    national_number: str
    applicant: str  # a person's full name or a legal entity's name
    phone: str
    language: str
    status: str
    missing_documents: tuple[str, ...]
    handed_in_at: datetime  # naive local, as all times here
    ready_due_at: datetime | None
    ready_at: datetime | None
    issued_at: datetime | None
    received_by: str  # who received the hand-in, as printed on the talon
    household_id: uuid.UUID | None
    overdue: bool = False


@dataclass(frozen=True)
class ListFilter:
    """Which applications the list shows; every condition given must hold."""

    status: str | None = None
    service: int | None = None
    text: str = ""  # words, each a part of the number, IIN/BIN or names, any letter case
    day: date | None = None  # open ones, and those handed in or issued on this day
    date_from: date | None = None  # handed in on or after
    date_to: date | None = None  # handed in on or before


@dataclass(frozen=True)
class Page:
    rows: list[ApplicationRow]
    next: PageKey | None  # the key to ask the following page with; None: nothing follows


# What a list row is made of (reading these columns, not whole entities, halves a page's cost).
_COLUMNS = (
    Application.id,
    Application.registration_number,
    Application.service,
    Application.applicant_kind,
    Application.national_number,
    Application.surname,
    Application.name,
    Application.patronymic,
    Application.organization,
    Application.phone,
    Application.language,
    Application.status,
    Application.missing_documents,
    Application.handed_in_at,
    Application.created_at,
    Application.ready_due_at,
    Application.ready_at,
    Application.issued_at,
    Application.received_by,
    Application.household_id,
)


def applicant_name(row: Application | Row[Any]) -> str:
    if row.applicant_kind == "legal_entity" and row.organization:
        return row.organization
    return " ".join(p for p in (row.surname, row.name, row.patronymic) if p)


def to_row(row: Application | Row[Any], now: datetime | None) -> ApplicationRow:
    """The row as the list shows it (from an Application or a row of its columns); `overdue`
    compares the ready time with `now` (none is overdue without it)."""
    due = None if row.ready_due_at is None else naive_local(row.ready_due_at)
    return ApplicationRow(
        row.id,
        row.registration_number,
        row.service,
        row.applicant_kind,
        row.national_number,
        applicant_name(row),
        row.phone,
        row.language,
        row.status,
        tuple(row.missing_documents),
        naive_local(row.handed_in_at),
        due,
        None if row.ready_at is None else naive_local(row.ready_at),
        None if row.issued_at is None else naive_local(row.issued_at),
        row.received_by,
        row.household_id,
        overdue=(
            row.status == "accepted"
            and due is not None
            and now is not None
            and naive_local(now) > due
        ),
    )


def _start(day: date) -> datetime:
    return aware(datetime.combine(day, time()))


def _within(
    column: SQLColumnExpression[datetime | None], first: date, last: date
) -> ColumnElement[bool]:
    return and_(column >= _start(first), column < _start(last + timedelta(days=1)))


def _conditions(where: ListFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions but the day's view (see _parts)."""
    found: list[ColumnElement[bool]] = [Application.deleted_at.is_(None)]
    if where.status:
        found.append(Application.status == where.status)
    if where.service:
        found.append(Application.service == where.service)
    if where.date_from is not None:
        found.append(Application.handed_in_at >= _start(where.date_from))
    if where.date_to is not None:
        found.append(Application.handed_in_at < _start(where.date_to + timedelta(days=1)))
    for word in query_words(where.text):
        if len(word) == 12 and word.isdigit():
            # A whole IIN/BIN: its own index (no other part of the search text has 12 digits).
            found.append(Application.national_number == word)
        else:
            found.append(Application.search_text.contains(word, autoescape=True))
    return found


def _parts(where: ListFilter) -> list[list[ColumnElement[bool]]]:
    """The window as parts with no row in common, each a list of conditions that one index
    range answers.

    One part, unless the day's view is asked: its open rows may lie anywhere in history, so a
    walk in the list's order would read the whole index. It is read by status instead: the
    open ones (any date), the refused ones handed in that day, and the issued ones issued that
    day (an application handed in and issued the same day is issued that day too).
    """
    others = _conditions(where)
    if where.day is None:
        return [others]
    by_status: list[tuple[tuple[str, ...], ColumnElement[bool]]] = [
        (OPEN_STATUSES, Application.status.in_(OPEN_STATUSES)),
        (
            ("refused",),
            and_(
                Application.status == "refused",
                _within(Application.handed_in_at, where.day, where.day),
            ),
        ),
        (
            ("issued",),
            and_(
                Application.status == "issued",
                _within(Application.issued_at, where.day, where.day),
            ),
        ),
    ]
    # With a status chosen only its part can hold rows (and an index range of another
    # status must not be walked for nothing).
    wanted = [part for statuses, part in by_status if not where.status or where.status in statuses]
    return [[*others, part] for part in wanted] or [[*others, false()]]


# The list's order: newest first (ties by creation, then id).
_KEY = (Application.handed_in_at, Application.created_at, Application.id)


def _newest_first(query: Select[Any]) -> Select[Any]:
    return query.order_by(*(column.desc() for column in _KEY))


def _window(
    where: ListFilter, columns: Sequence[Any], extra: Sequence[ColumnElement[bool]] = ()
) -> Select[Any]:
    """The window's rows newest first, as `columns` (each part also meeting `extra`)."""
    parts = _parts(where)
    if len(parts) == 1:
        return _newest_first(select(*columns).where(*parts[0], *extra))
    united = union_all(*(select(*columns).where(*part, *extra) for part in parts)).subquery()
    return select(united).order_by(*(united.c[c.key].desc() for c in _KEY))


def _beyond(key: PageKey, newer: bool) -> ColumnElement[bool]:
    """Rows after `key` in the list's order (older ones), or before it (`newer`)."""
    handed_in, created, key_id = key

    def past(column: SQLColumnExpression[Any], value: object) -> ColumnElement[bool]:
        return column > value if newer else column < value

    column = Application.handed_in_at
    # The bound repeats the first column alone so that the index serves the range.
    bound = column >= handed_in if newer else column <= handed_in
    return and_(
        bound,
        or_(
            past(column, handed_in),
            and_(
                column == handed_in,
                or_(
                    past(Application.created_at, created),
                    and_(Application.created_at == created, past(Application.id, key_id)),
                ),
            ),
        ),
    )


def page(
    db: Database,
    where: ListFilter,
    now: datetime | None,
    after: PageKey | None = None,
    limit: int | None = PAGE_SIZE,
) -> Page:
    """Up to `limit` applications of the window newest first, starting after `after`
    (None: from the newest); `limit` None returns every one. `now` marks the overdue ones."""
    extra = () if after is None else (_beyond(after, newer=False),)
    with db.read() as session:
        found = session.execute(_window(where, _COLUMNS, extra).limit(limit)).all()
        rows = [to_row(row, now) for row in found]
    full = limit is not None and len(found) == limit
    last = found[-1] if found else None
    following = (last.handed_in_at, last.created_at, last.id) if full and last else None
    return Page(rows, following)


def count(db: Database, where: ListFilter, limit: int = COUNT_LIMIT) -> int:
    """How many applications the window holds, counted up to `limit` + 1: a result above
    `limit` means "more than `limit`". Counting walks the same index ranges as a page, in
    order, and stops there, so a window of 100,000 costs what one of 1,001 does."""
    window = _window(where, _KEY).limit(limit + 1).subquery()
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(window)) or 0)


def position(db: Database, where: ListFilter, application_id: uuid.UUID) -> int | None:
    """The application's index in the window, newest first (0 for the newest), or None when
    the window does not hold it."""
    with db.read() as session:
        held = or_(*(and_(*part) for part in _parts(where)))
        key = session.execute(select(*_KEY).where(Application.id == application_id, held)).first()
        if key is None:
            return None
        newer = _beyond((key[0], key[1], key[2]), newer=True)
        window = _window(where, _KEY, (newer,)).subquery()
        return int(session.scalar(select(func.count()).select_from(window)) or 0)
