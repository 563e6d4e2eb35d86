"""Bulk inserts (db/bulk.py): every value arrives as given, on SQLite by executemany and on
PostgreSQL by COPY (no INSERT statement per row), and the statement is audited."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Uuid,
    event,
    select,
)
from sqlalchemy.types import TypeDecorator

from db.audit import AUDIT_TABLE
from db.bulk import insert_columns, insert_rows, update_rows
from db.engine import Database
from db.models.base import UtcDateTime
from desktop.core.actor import SYSTEM

_SAMPLE = Table(
    "bulk_sample",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    Column("at", UtcDateTime, nullable=True),
    Column("born", Date, nullable=True),
    Column("area", Numeric(12, 4), nullable=True),
    Column("live", Boolean, nullable=True),
    Column("count", Integer, nullable=False),
    Column("name", String, nullable=False),
    Column("extra", JSON, nullable=True),
)


def _rows() -> list[dict[str, Any]]:
    return [
        {
            "id": uuid.uuid4(),
            "at": datetime(2026, 12, 2, 5, 0, 0, 120, tzinfo=UTC),
            "born": date(1987, 3, 9),
            "area": Decimal("12.5000"),
            "live": True,
            "count": n,
            "name": 'Әлия «Ақжол» tab\t"quoted" back\\slash\nline \\N',
            "extra": {"б": [1, None, "\\N"], "a": {}},
        }
        for n in range(3)
    ] + [
        {
            "id": uuid.uuid4(),
            "at": None,
            "born": None,
            "area": None,
            "live": None,
            "count": 3,
            "name": "",
            "extra": [],
        }
    ]


def test_bulk_rows_arrive_as_given_and_are_audited(db: Database) -> None:
    _SAMPLE.create(db.engine)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    rows = _rows()
    try:
        with db.write(SYSTEM) as work:
            insert_rows(work, _SAMPLE, rows)
        with db.read() as session:
            held = [
                {str(k): v for k, v in r._mapping.items()}
                for r in session.execute(select(_SAMPLE).order_by(_SAMPLE.c.count))
            ]
            ids = session.scalars(
                select(AUDIT_TABLE.c.after).where(AUDIT_TABLE.c.table_name == "bulk_sample")
            ).all()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
        _SAMPLE.drop(db.engine)
    assert held == rows
    assert [line["ids"] for line in ids] == [[str(r["id"]) for r in rows]]
    inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT INTO BULK_SAMPLE")]
    assert len(inserts) == (1 if db.is_sqlite else 0)  # PostgreSQL: COPY


class _Counted(TypeDecorator[str]):
    impl = String
    cache_ok = True
    calls = 0

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        _Counted.calls += 1
        return value


def test_a_column_that_repeats_its_values_converts_each_once(db: Database) -> None:
    table = Table(
        "bulk_repeats",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("kind", _Counted, nullable=False),
    )
    table.create(db.engine)
    _Counted.calls = 0
    try:
        with db.write(SYSTEM) as work:
            insert_rows(work, table, [{"id": n, "kind": "ab"[n % 2]} for n in range(10)])
        with db.read() as session:
            kinds = session.scalars(select(table.c.kind).order_by(table.c.id)).all()
    finally:
        table.drop(db.engine)
    assert kinds == list("ababababab")
    assert _Counted.calls == 2


def test_a_bulk_line_names_rows_of_a_composite_key_by_its_parts(db: Database) -> None:
    table = Table(
        "bulk_pairs",
        MetaData(),
        Column("kind", String, primary_key=True),
        Column("id", Uuid, primary_key=True),
        Column("count", Integer, nullable=False),
    )
    table.create(db.engine)
    rows = [{"kind": "a", "id": uuid.uuid4(), "count": n} for n in range(3)]
    try:
        with db.write(SYSTEM) as work:
            insert_rows(work, table, rows)
        with db.read() as session:
            ids = session.scalar(
                select(AUDIT_TABLE.c.after).where(AUDIT_TABLE.c.table_name == "bulk_pairs")
            )
    finally:
        table.drop(db.engine)
    assert ids is not None and ids["ids"] == [f"a/{r['id']}" for r in rows]


def test_uuids_given_as_their_text_are_stored_as_the_uuids_would_be(db: Database) -> None:
    """A UUID column takes its values as canonical text too (the district's import keeps the
    package's ids as text): the same rows held, found by their ids, updated by them."""
    table = Table(
        "bulk_text_ids",
        MetaData(),
        Column("id", Uuid, primary_key=True),
        Column("parent", Uuid, nullable=True),
        Column("count", Integer, nullable=False),
    )
    table.create(db.engine)
    parent = uuid.uuid4()
    as_objects = [{"id": uuid.uuid4(), "parent": parent, "count": n} for n in range(3)]
    as_objects.append({"id": uuid.uuid4(), "parent": None, "count": 3})
    as_text = [
        {k: str(v) if isinstance(v, uuid.UUID) else v for k, v in r.items()} for r in as_objects
    ]
    try:
        with db.write(SYSTEM) as work:
            insert_rows(work, table, as_text[:2])
            insert_rows(work, table, as_objects[2:])
            update_rows(work, table, [{"id": as_text[0]["id"], "count": 10}])
            update_rows(work, table, [{"id": as_text[3]["id"], "parent": str(parent)}])
        with db.read() as session:
            held = [
                dict(r._mapping) for r in session.execute(select(table).order_by(table.c.count))
            ]
            found = session.scalar(select(table.c.count).where(table.c.id == as_objects[1]["id"]))
    finally:
        table.drop(db.engine)
    as_objects[0]["count"] = 10
    as_objects[3]["parent"] = parent
    assert held == sorted(as_objects, key=lambda r: r["count"])
    assert found == 1


def test_rows_given_column_by_column_arrive_as_the_same_rows_would(db: Database) -> None:
    """insert_columns (an import's columns, no dict per row) writes and audits what insert_rows
    writes; columns of different lengths are refused before anything is written."""
    _SAMPLE.create(db.engine)
    rows = _rows()
    columns = {name: [row[name] for row in rows] for name in rows[0]}
    try:
        with db.write(SYSTEM) as work:
            insert_columns(work, _SAMPLE, columns | {"count": range(4)})
        with pytest.raises(ValueError, match="different lengths"), db.write(SYSTEM) as work:
            insert_columns(work, _SAMPLE, columns | {"count": [9]})
        with db.read() as session:
            held = [
                {str(k): v for k, v in r._mapping.items()}
                for r in session.execute(select(_SAMPLE).order_by(_SAMPLE.c.count))
            ]
            lines = session.scalars(
                select(AUDIT_TABLE.c.after).where(AUDIT_TABLE.c.table_name == "bulk_sample")
            ).all()
    finally:
        _SAMPLE.drop(db.engine)
    assert held == rows
    assert [(line["count"], line["ids"]) for line in lines] == [(4, [str(r["id"]) for r in rows])]
