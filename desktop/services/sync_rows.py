"""Rows of synced tables as the package's content carries them, and back.

The content is JSON lines (UTF-8): a manifest (an object with "format"), then for each table
an object {"table": name, "columns": [...]} followed by one array per row, its values in that
order: UUIDs, dates and times as ISO text, numbers of the Numeric columns as text, JSON columns
as they are. Reading a row back checks its table and columns against this program's schema
(RowError otherwise) and gives values of the columns' Python types; or, for the district's
import of whole books, UUIDs as their canonical text (`str(uuid.UUID)`), which the database
takes as it is (db/bulk.py) and hashes the same, with no object made per id.

A record's content hash leaves out what only dates or counts its writing in one database
(`change_seq`, `change_db`, `row_version`, `updated_at`): the same record written in the
village and taken in at the district hashes the same.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Integer,
    Numeric,
    Table,
    Text,
    Uuid,
    case,
    cast,
    func,
    type_coerce,
)
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeDecorator

from db.change_counter import synced_tables

CONTENT_FORMAT = "auyl-desk-sync-content"
CONTENT_VERSION = 1
BOOKKEEPING = frozenset({"change_seq", "change_db", "row_version", "updated_at"})
# Keys travel only by enrollment files and the district's list in its return package.
NOT_SENT = frozenset({"office_keys"})


class RowError(ValueError):
    """The content does not fit this program's tables; `detail` says where."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def tables() -> dict[str, Table]:
    """The synced tables a package may carry, parents before children."""
    return {t.name: t for t in synced_tables() if t.name not in NOT_SENT}


def _python_type(column: Column[Any]) -> type | None:
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, JSON):
        return None
    try:
        return kind.python_type
    except NotImplementedError:
        return None


_PLAIN = (str, int, bool, float, type(None))


def to_json(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _aware(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.utcoffset() is None:
        raise ValueError("naive")
    return moment


def _exactly(kind: type) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if type(value) is not kind:
            raise ValueError(f"not {kind.__name__}")
        return value

    return check


_PARSERS: dict[type, Callable[[Any], Any]] = {
    uuid.UUID: uuid.UUID,
    datetime: _aware,
    date: date.fromisoformat,
    Decimal: Decimal,
    bool: _exactly(bool),
    int: _exactly(int),
    str: _exactly(str),
    float: float,
}


_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def uuid_text(value: str) -> str:
    """A UUID in its canonical text (lowercase, dashed: what str() of the UUID gives);
    ValueError when it is not a UUID."""
    if type(value) is str and _UUID_TEXT.fullmatch(value):
        return value
    return str(uuid.UUID(value))


def converter(column: Column[Any], uuid_as_text: bool = False) -> Callable[[Any], Any]:
    """What reads the column's value from its JSON form (RowError when it is not one): looked
    up once per column, used for every row. A UUID as its text with `uuid_as_text`."""
    kind = _python_type(column)
    if kind is None:  # JSON: any JSON value, null included
        return lambda value: value
    parse = uuid_text if uuid_as_text and kind is uuid.UUID else _PARSERS.get(kind)
    where = f"{column.table.name}.{column.name}"
    if parse is None:
        raise RowError(f"{where}: unknown type")
    nullable = bool(column.nullable)

    def read(value: Any) -> Any:
        if value is None:
            if nullable:
                return None
            raise RowError(f"{where}: missing")
        try:
            return parse(value)
        except (AttributeError, TypeError, ValueError, InvalidOperation):  # UUID(5): AttributeError
            raise RowError(f"{where}: bad value") from None

    return read


def from_json(column: Column[Any], value: Any) -> Any:
    """The column's value from its JSON form; RowError when it is not one."""
    return converter(column)(value)


def columns_of(table: Table) -> list[str]:
    return [c.name for c in table.columns]


# The JSON type every value of a column has in a package written by this program, and what
# turns all of a column's values into the column's type at once (None: they are its values).
_BULK: dict[type, tuple[type, Callable[[Any], Any] | None]] = {
    uuid.UUID: (str, uuid.UUID),
    datetime: (str, datetime.fromisoformat),
    date: (str, date.fromisoformat),
    Decimal: (str, Decimal),
    bool: (bool, None),
    int: (int, None),
    str: (str, None),
    float: (float, None),
}


@dataclass(frozen=True)
class ColumnReader:
    """How a content's column is read: `one` value at a time (RowError when it is not one),
    or `many`, a whole column at once, in C where every value has the expected JSON type
    (a column that repeats its values, parsed once per distinct value)."""

    name: str
    one: Callable[[Any], Any]
    json_type: type | None  # None: a JSON column, any value
    parse: Callable[[Any], Any] | None
    nullable: bool
    timed: bool  # a time: with its offset (_aware)

    def many(self, values: list[Any]) -> list[Any]:
        if self.json_type is None:
            return values
        kinds = set(map(type, values))
        if kinds <= {self.json_type, type(None)}:
            nulls = type(None) in kinds
            if nulls and not self.nullable:
                return [self.one(v) for v in values]  # raises: missing
            if self.parse is None:
                return values
            parse = self.parse
            try:
                distinct = set(values)
                if len(distinct) * 2 <= len(values):  # a parent's id, the sender's database id
                    parsed = {v: None if v is None else parse(v) for v in distinct}
                    out = list(map(parsed.__getitem__, values))
                elif nulls:
                    out = [None if v is None else parse(v) for v in values]
                else:
                    out = list(map(parse, values))
            except (ArithmeticError, TypeError, ValueError):
                return [self.one(v) for v in values]  # raises: bad value
            if (
                self.json_type is str
                and self.timed
                and None in map(datetime.utcoffset, filter(None, out))
            ):
                return [self.one(v) for v in values]  # raises: a time without its offset
            return out
        return [self.one(v) for v in values]  # raises, or reads what another writer wrote


Columns = list[ColumnReader]


def read_columns(table: Table, names: list[Any], uuid_as_text: bool = False) -> Columns:
    """The columns a content's table line names, with their readers; RowError unless they
    are exactly the table's. UUIDs read as their canonical text with `uuid_as_text`."""
    if sorted(str(n) for n in names) != sorted(columns_of(table)) or len(set(names)) != len(names):
        raise RowError(f"{table.name}: columns differ from this program's")
    readers = []
    for name in names:
        column = table.c[name]
        kind = _python_type(column)
        json_type, parse = (None, None) if kind is None else _BULK[kind]
        if uuid_as_text and kind is uuid.UUID:
            parse = uuid_text
        one = converter(column, uuid_as_text)
        readers.append(ColumnReader(name, one, json_type, parse, column.nullable, kind is datetime))
    return readers


def decode_columns(columns: Columns, items: list[Any]) -> dict[str, list[Any]]:
    """The values of one table's rows (lists of values in the columns' order), read column by
    column: each column's name and its values, all as many as the rows."""
    if not items:
        return {c.name: [] for c in columns}
    if set(map(type, items)) != {list} or set(map(len, items)) != {len(columns)}:
        raise RowError("a row of the wrong length")
    values = zip(*items, strict=True)  # the rows' lengths were checked: one tuple per column
    return {c.name: c.many(list(v)) for c, v in zip(columns, values, strict=True)}


def rows_of(columns: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """Columns (each column's values) as rows: a dict per row."""
    names = list(columns)
    return [dict(zip(names, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def record_json(row: dict[str, Any]) -> dict[str, Any]:
    """A row in its JSON form (kept side by side in a conflict, sent back in a resolution)."""
    return {name: to_json(value) for name, value in row.items()}


def _decimal(value: Any) -> str:
    """What orjson does not write itself: a Numeric column's Decimal, as text (to_json)."""
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not a JSON value")


# orjson writes UUIDs, dates and times as to_json does (str(), isoformat()), and UTF-8 without
# spaces or escapes beyond JSON's own: the same bytes as desktop.core.certificate.canonical_json
# of the to_json values (tests/services/test_sync_rows.py), in C instead of per value in Python.


def content_hasher(table: str, keys: Iterable[str]) -> Callable[[Mapping[str, Any]], str]:
    """content_hash for rows that all have these keys (a table's rows, read from a package or
    from the database): the kept keys sorted once, each row's values taken in one call."""
    kept = sorted(set(keys) - BOOKKEEPING)
    values = itemgetter(*kept) if len(kept) != 1 else (lambda row: (row[kept[0]],))
    prefix = str(table).encode("ascii") + b"\n"

    def digest(row: Mapping[str, Any]) -> str:
        fields = dict(zip(kept, values(row), strict=True))
        text = orjson.dumps(fields, default=_decimal, option=orjson.OPT_SORT_KEYS)  # nested too
        return hashlib.sha256(prefix + text).hexdigest()

    return digest


def content_hash(table: str, row: Mapping[str, Any]) -> str:
    """The hash of a record's content, without the stamps of the database that wrote it: the
    SHA-256 of the table's name, a newline and the other fields as JSON, keys sorted."""
    return content_hasher(table, row)(row)


def line(value: Any) -> bytes:
    """One line of content: a JSON value (a row as a tuple of its column values) and a newline."""
    return orjson.dumps(value, default=_decimal, option=orjson.OPT_APPEND_NEWLINE)


_UUID_PARTS = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))  # 32 hex digits, dashed


def _stored_type(column: Column[Any]) -> Any:
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _sqlite_value(column: Column[Any]) -> ColumnElement[Any]:
    """The column's value in its JSON form, as SQLite stores it (a UUID as 32 hex digits, a
    time as naive UTC text, a boolean as 0/1, a Numeric as a float, JSON as its text)."""
    kind = _stored_type(column)
    if isinstance(kind, Uuid):
        parts = [func.substr(column, start, size) for start, size in _UUID_PARTS]
        dashed: ColumnElement[Any] = parts[0]
        for part in parts[1:]:
            dashed = dashed.op("||")("-").op("||")(part)
        return dashed
    if isinstance(kind, DateTime):
        return func.replace(column, " ", "T").op("||")("+00:00")
    if isinstance(kind, Boolean):
        number = type_coerce(column, Integer)
        return case((number == 1, func.json("true")), (number == 0, func.json("false")))
    if isinstance(kind, Numeric):  # read as SQLAlchemy reads it: the scale's digits
        scale = 10 if kind.scale is None else kind.scale
        return case((column.is_not(None), func.printf(f"%.{scale}f", column)))
    if isinstance(kind, JSON):
        return func.json(column)
    return column


def _postgresql_value(column: Column[Any]) -> ColumnElement[Any]:
    """The column's value in its JSON form, from PostgreSQL (which writes UUIDs, dates,
    booleans and JSON as the content does)."""
    kind = _stored_type(column)
    if isinstance(kind, DateTime):  # naive UTC
        return func.to_char(column, 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')
    if isinstance(kind, Numeric):
        return cast(column, Text)
    return column


def row_text(table: Table, dialect: str) -> ColumnElement[str]:
    """SQL for a row of `table` as the content's JSON array of its values, in columns_of
    order: a table's rows are written by the database, with no Python object per value
    (on SQLite or PostgreSQL, `dialect`)."""
    if dialect == "sqlite":
        return cast(func.json_array(*map(_sqlite_value, table.columns)), Text)
    if dialect == "postgresql":
        return cast(func.json_build_array(*map(_postgresql_value, table.columns)), Text)
    raise ValueError(f"no JSON rows from a {dialect} database")


def lines_of(content: bytes) -> list[Any]:
    """The JSON values of content already checked by its package (whole, hash verified)."""
    try:
        return [orjson.loads(raw) for raw in content.split(b"\n") if raw]
    except ValueError:
        raise RowError("content is not JSON lines") from None
