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


def to_json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    """The column's value from its JSON form; RowError when it is not one."""
    kind = _python_type(column)
    if kind is None:  # JSON: any JSON value, null included
        return value
    if value is None:
        if not column.nullable:
            raise RowError(f"{column.table.name}.{column.name}: missing")
        return None
    try:
        if kind is uuid.UUID:
            return uuid.UUID(value)
        if kind is datetime:
            moment = datetime.fromisoformat(value)
            if moment.utcoffset() is None:
                raise ValueError("naive")
            return moment
        if kind is date:
            return date.fromisoformat(value)
        if kind is Decimal:
            return Decimal(value)
        if kind is bool:
            if type(value) is not bool:
                raise ValueError("not a boolean")
            return value
        if kind is int:
            if type(value) is not int:
                raise ValueError("not an integer")
            return value
        if kind is str:
            if type(value) is not str:
                raise ValueError("not text")
            return value
        if kind is float:
            return float(value)
    except (TypeError, ValueError, InvalidOperation):
        pass
    else:
        raise RowError(f"{column.table.name}.{column.name}: unknown type")
    raise RowError(f"{column.table.name}.{column.name}: bad value")


def columns_of(table: Table) -> list[str]:
    return [c.name for c in table.columns]


def read_columns(table: Table, names: list[Any]) -> list[Column[Any]]:
    """The columns a content's table line names; RowError unless they are exactly the table's."""
    if sorted(str(n) for n in names) != sorted(columns_of(table)) or len(set(names)) != len(names):
        raise RowError(f"{table.name}: columns differ from this program's")
    return [table.c[name] for name in names]


def decode_row(columns: list[Column[Any]], values: Any) -> dict[str, Any]:
    if not isinstance(values, list) or len(values) != len(columns):
        raise RowError(f"{columns[0].table.name}: a row of the wrong length")
    return {c.name: from_json(c, v) for c, v in zip(columns, values, strict=True)}


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
