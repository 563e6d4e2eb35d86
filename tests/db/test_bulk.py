"""Bulk inserts (db/bulk.py): every value arrives as given, on SQLite by executemany and on
PostgreSQL by COPY (no INSERT statement per row), and the statement is audited."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Uuid,
    create_engine,
    event,
    func,
    make_url,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.pool import NullPool
from sqlalchemy.types import TypeDecorator

from db import bulk
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


# ---- PostgreSQL: the foreign keys of many rows, checked set-wise -------------------------------

_KEYED = MetaData()
_PARENT = Table("bulk_parent", _KEYED, Column("id", Uuid, primary_key=True))
_CHILD = Table(
    "bulk_child",
    _KEYED,
    Column("id", Integer, primary_key=True),
    Column("parent_id", Uuid, ForeignKey("bulk_parent.id"), nullable=True),
    Column("kind", String, nullable=False),
)
_OURS = "of the rows it refers to are not"  # the set-wise check's words, not the server's


@pytest.fixture
def keyed(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, list[str]]]:
    """A PostgreSQL database with a parent table of three rows (ids as text) and an empty child
    table; a few rows count as many."""
    monkeypatch.setattr(bulk, "SET_WISE_FROM", 3)
    db = Database(pg_url)
    _KEYED.create_all(db.engine)
    parents = [str(uuid.uuid4()) for _ in range(3)]
    with db.write(SYSTEM) as work:
        insert_rows(work, _PARENT, [{"id": p} for p in parents])
    yield db, parents
    db.dispose()


def _children(refers_to: list[str | None]) -> dict[str, list[Any]]:
    return {
        "id": list(range(len(refers_to))),
        "parent_id": list(refers_to),
        "kind": ["x"] * len(refers_to),
    }


def _child_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(_CHILD)) or 0)


def test_many_rows_refer_set_wise_and_lock_what_they_refer_to(
    keyed: tuple[Database, list[str]],
) -> None:
    """The rows go in with their references looked up once per referred row; those rows are
    locked against deletion until the commit (as the per-row check locks them), the others
    are not, and the per-row triggers are back on for the rest of the transaction."""
    db, (first, second, unused) = keyed
    other = create_engine(db.engine.url, poolclass=NullPool)
    refused: list[str] = []
    try:
        with db.write(SYSTEM) as work:
            insert_columns(work, _CHILD, _children([first, first, second, None, second]))
            role = work.scalar(text("SELECT current_setting('session_replication_role')"))
            for parent in (first, unused):
                with other.connect() as connection:
                    connection.execute(text("SET lock_timeout = '200ms'"))
                    try:
                        connection.execute(
                            _PARENT.delete().where(_PARENT.c.id == uuid.UUID(parent))
                        )
                    except DBAPIError:
                        refused.append(parent)
                    connection.rollback()
    finally:
        other.dispose()
    assert role == "origin"
    assert refused == [first]
    assert _child_count(db) == 5


def test_a_reference_to_a_row_not_there_refuses_them_all_before_writing(
    keyed: tuple[Database, list[str]],
) -> None:
    db, (first, _second, _unused) = keyed
    with pytest.raises(IntegrityError, match=_OURS) as raised, db.write(SYSTEM) as work:
        insert_columns(work, _CHILD, _children([first, str(uuid.uuid4()), first]))
    assert getattr(raised.value.orig, "sqlstate", None) == "23503"  # foreign_key_violation
    assert _child_count(db) == 0


@pytest.mark.parametrize("why", ["another trigger", "a role without the right"])
def test_where_the_triggers_may_not_be_turned_off_each_row_is_checked_by_the_server(
    keyed: tuple[Database, list[str]], why: str
) -> None:
    db, (first, _second, _unused) = keyed
    url = db.engine.url
    with db.engine.begin() as connection:
        if why == "another trigger":
            connection.execute(
                text(
                    "CREATE FUNCTION bulk_child_seen() RETURNS trigger LANGUAGE plpgsql AS "
                    "$$ BEGIN RETURN NEW; END $$"
                )
            )
            connection.execute(
                text(
                    "CREATE TRIGGER bulk_child_seen BEFORE INSERT ON bulk_child "
                    "FOR EACH ROW EXECUTE FUNCTION bulk_child_seen()"
                )
            )
        else:
            connection.execute(text("DROP ROLE IF EXISTS bulk_plain"))
            connection.execute(text("CREATE ROLE bulk_plain LOGIN NOSUPERUSER"))
            connection.execute(text("GRANT ALL ON ALL TABLES IN SCHEMA public TO bulk_plain"))
            connection.execute(text("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO bulk_plain"))
            url = make_url(url).set(username="bulk_plain")
    plain = Database(url.render_as_string(hide_password=False))
    try:
        with pytest.raises(IntegrityError) as raised, plain.write(SYSTEM) as work:
            insert_columns(work, _CHILD, _children([first, str(uuid.uuid4()), first]))
    finally:
        plain.dispose()
        if why != "another trigger":
            with db.engine.begin() as connection:
                connection.execute(text("DROP OWNED BY bulk_plain"))
                connection.execute(text("DROP ROLE bulk_plain"))
    assert _OURS not in str(raised.value)
    assert getattr(raised.value.orig, "sqlstate", None) == "23503"
    assert _child_count(db) == 0
