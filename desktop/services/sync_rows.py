"""Rows of synced tables as the package's content carries them, and back.

The content is JSON lines (UTF-8): a manifest (an object with "format"), then for each table
an object {"table": name, "columns": [...]} followed by one array per row, its values in that
order: UUIDs, dates and times as ISO text, numbers of the Numeric columns as text, JSON columns
as they are. Reading a row back checks its table and columns against this program's schema
(RowError otherwise) and gives values of the columns' Python types.

A record's content hash leaves out what only dates or counts its writing in one database
(`change_seq`, `change_db`, `row_version`, `updated_at`): the same record written in the
village and taken in at the district hashes the same.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import JSON, Column, Table
from sqlalchemy.types import TypeDecorator

from db.change_counter import synced_tables
from desktop.core.certificate import canonical_json

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


def converter(column: Column[Any]) -> Callable[[Any], Any]:
    """What reads the column's value from its JSON form (RowError when it is not one): looked
    up once per column, used for every row."""
    kind = _python_type(column)
    if kind is None:  # JSON: any JSON value, null included
        return lambda value: value
    parse = _PARSERS.get(kind)
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
        except (TypeError, ValueError, InvalidOperation):
            raise RowError(f"{where}: bad value") from None

    return read


def from_json(column: Column[Any], value: Any) -> Any:
    """The column's value from its JSON form; RowError when it is not one."""
    return converter(column)(value)


def columns_of(table: Table) -> list[str]:
    return [c.name for c in table.columns]


Columns = list[tuple[str, Callable[[Any], Any]]]


def read_columns(table: Table, names: list[Any]) -> Columns:
    """The columns a content's table line names, with their converters; RowError unless they
    are exactly the table's."""
    if sorted(str(n) for n in names) != sorted(columns_of(table)) or len(set(names)) != len(names):
        raise RowError(f"{table.name}: columns differ from this program's")
    return [(name, converter(table.c[name])) for name in names]


def decode_row(columns: Columns, values: Any) -> dict[str, Any]:
    if not isinstance(values, list) or len(values) != len(columns):
        raise RowError("a row of the wrong length")
    return {name: read(v) for (name, read), v in zip(columns, values, strict=True)}


def record_json(row: dict[str, Any]) -> dict[str, Any]:
    """A row in its JSON form (kept side by side in a conflict, sent back in a resolution)."""
    return {name: to_json(value) for name, value in row.items()}


def content_hash(table: str, row: dict[str, Any]) -> str:
    """The hash of a record's content, without the stamps of the database that wrote it."""
    fields = {k: to_json(v) for k, v in row.items() if k not in BOOKKEEPING}
    return hashlib.sha256(table.encode("ascii") + b"\n" + canonical_json(fields)).hexdigest()


def line(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def lines_of(content: bytes) -> list[Any]:
    """The JSON values of content already checked by its package (whole, hash verified)."""
    try:
        return [json.loads(raw) for raw in content.split(b"\n") if raw]
    except ValueError:
        raise RowError("content is not JSON lines") from None
