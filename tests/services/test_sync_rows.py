"""The package's JSON lines and record hashes: the same bytes as the readable definition
(to_json of each value, then the standard library's JSON with sorted keys for a hash)."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Uuid,
    select,
)

from db.engine import Database
from db.models.base import UtcDateTime
from desktop.core.certificate import canonical_json
from desktop.core.clock import office_zone
from desktop.services.sync_rows import (
    Columns,
    RowError,
    content_hash,
    decode_columns,
    line,
    lines_of,
    read_columns,
    record_json,
    row_text,
    rows_of,
    to_json,
)

ROWS: list[dict[str, Any]] = [
    {
        "id": uuid.UUID("0f8fad5b-d9cb-469f-a165-70867728950e"),
        "surname": "Әбілқасымова «Ақжол»",
        "notes": 'tab\there, "quoted", back\\slash, line\nbreak, \x01 control, / slash, \u2028',
        "born": date(1987, 3, 9),
        "created_at": datetime(2026, 12, 2, 10, 0, tzinfo=office_zone()),
        "deleted_at": datetime(2026, 12, 2, 10, 0, 0, 120, tzinfo=UTC),
        "moved_at": datetime(2026, 1, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-3))),
        "area": Decimal("12.500"),
        "share": Decimal("0"),
        "count": 0,
        "big": 9_007_199_254_740_993,
        "negative": -42,
        "active": True,
        "closed": False,
        "origin_office": None,
        "extra": {"б": [1, "two", None, {"z": 1, "a": [True]}], "a": {}, "Z": ""},
        "change_seq": 17,
        "change_db": uuid.uuid4(),
        "row_version": 3,
        "updated_at": datetime(2026, 12, 1, tzinfo=UTC),
    },
    {"id": uuid.uuid4(), "empty": "", "list": [], "nested": {"k": {"j": {"i": "ї"}}}},
]


def _decoded(readers: Columns, items: list[Any]) -> list[dict[str, Any]]:
    """The rows decode_columns reads, as dicts."""
    return rows_of(decode_columns(readers, items))


@pytest.mark.parametrize("row", ROWS)
def test_content_hash_is_the_canonical_json_of_the_json_form(row: dict[str, Any]) -> None:
    fields = {k: to_json(v) for k, v in row.items() if k not in ("change_seq", "change_db")}
    fields = {k: v for k, v in fields.items() if k not in ("row_version", "updated_at")}
    expected = hashlib.sha256(b"households\n" + canonical_json(fields)).hexdigest()
    assert content_hash("households", row) == expected


def test_hash_leaves_out_the_stamps_only() -> None:
    row = dict(ROWS[0])
    restamped = row | {"change_seq": 99, "change_db": uuid.uuid4(), "row_version": 9}
    assert content_hash("households", restamped) == content_hash("households", row)
    assert content_hash("households", row | {"area": Decimal("12.5")}) != content_hash(
        "households", row
    )
    assert content_hash("members", row) != content_hash("households", row)


@pytest.mark.parametrize("row", ROWS)
def test_a_line_is_the_json_of_the_values_in_order(row: dict[str, Any]) -> None:
    values = tuple(row.values())
    expected = json.dumps(
        [to_json(v) for v in values], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    assert line(values) == expected + b"\n"
    assert lines_of(line(values) + line({"table": "x"})) == [
        list(record_json(row).values()),
        {"table": "x"},
    ]


def test_a_value_json_has_no_form_for_is_refused() -> None:
    with pytest.raises(TypeError):
        line((object(),))


def test_content_that_is_not_json_lines() -> None:
    with pytest.raises(RowError):
        lines_of(b'{"table": 1}\n[1, 2\n')


_TABLE = Table(
    "sample",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    Column("other", Uuid, nullable=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("gone", DateTime(timezone=True), nullable=True),
    Column("born", Date, nullable=True),
    Column("area", Numeric(10, 3), nullable=True),
    Column("live", Boolean, nullable=False),
    Column("count", Integer, nullable=False),
    Column("name", String, nullable=False),
    Column("ratio", Float, nullable=True),
    Column("extra", JSON, nullable=True),
)
_GOOD = [
    [str(uuid.uuid4()), None, "2026-12-02T10:00:00+05:00", None, "1987-03-09", "1.500", True],
    [str(uuid.uuid4()), str(uuid.uuid4()), "2026-12-02T10:00:00.000120+00:00"],
]
_GOOD[0] += [0, "Әлия", 0.5, {"a": [1]}]
_GOOD[1] += ["2026-12-03T00:00:00+05:00", None, None, False, 7, "", None, None]


def _one_by_one(rows: list[list[Any]]) -> list[dict[str, Any]]:
    readers = read_columns(_TABLE, [c.name for c in _TABLE.columns])
    return [{r.name: r.one(v) for r, v in zip(readers, row, strict=True)} for row in rows]


def test_a_table_read_at_once_gives_what_each_value_read_alone_gives() -> None:
    readers = read_columns(_TABLE, [c.name for c in _TABLE.columns])
    decoded = _decoded(readers, _GOOD)
    assert decoded == _one_by_one(_GOOD)
    assert decoded[0]["at"] == datetime(2026, 12, 2, 5, 0, tzinfo=UTC)
    assert decoded[1]["area"] is None and decoded[0]["area"] == Decimal("1.500")
    assert decoded[0]["id"] == uuid.UUID(_GOOD[0][0])
    # the columns in another order read the same
    names = [c.name for c in reversed(_TABLE.columns)]
    again = _decoded(read_columns(_TABLE, names), [list(reversed(r)) for r in _GOOD])
    assert again == decoded


@pytest.mark.parametrize(
    ("column", "value", "detail"),
    [
        ("id", None, "sample.id: missing"),
        ("id", "not-a-uuid", "sample.id: bad value"),
        ("id", 5, "sample.id: bad value"),
        ("at", "2026-12-02T10:00:00", "sample.at: bad value"),  # no offset
        ("gone", "2026-12-02T10:00:00", "sample.gone: bad value"),
        ("born", "1987-02-30", "sample.born: bad value"),
        ("area", "1,5", "sample.area: bad value"),
        ("live", 1, "sample.live: bad value"),
        ("count", True, "sample.count: bad value"),
        ("count", "7", "sample.count: bad value"),
        ("name", None, "sample.name: missing"),
        ("name", 7, "sample.name: bad value"),
    ],
)
def test_a_bad_value_anywhere_in_a_column_is_refused(column: str, value: Any, detail: str) -> None:
    readers = read_columns(_TABLE, [c.name for c in _TABLE.columns])
    index = [c.name for c in _TABLE.columns].index(column)
    rows = [list(_GOOD[0]), list(_GOOD[1]), list(_GOOD[0])]
    rows[1][index] = value
    with pytest.raises(RowError) as raised:
        _decoded(readers, rows)
    assert raised.value.detail == detail


@pytest.mark.parametrize("bad", [[*_GOOD[0], 1], _GOOD[0][:-1], {"id": 1}, None])
def test_a_row_of_the_wrong_shape_is_refused(bad: Any) -> None:
    readers = read_columns(_TABLE, [c.name for c in _TABLE.columns])
    with pytest.raises(RowError, match="wrong length"):
        _decoded(readers, [_GOOD[0], bad])


_STORED = Table(
    "sync_rows_sample",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    Column("other", Uuid, nullable=True),
    Column("at", UtcDateTime, nullable=False),
    Column("gone", UtcDateTime, nullable=True),
    Column("born", Date, nullable=True),
    Column("area", Numeric(12, 4), nullable=True),
    Column("live", Boolean, nullable=True),
    Column("count", Integer, nullable=False),
    Column("name", String, nullable=False),
    Column("extra", JSON, nullable=True),
)
_STORED_ROWS: list[dict[str, Any]] = [
    {
        "id": uuid.uuid4(),
        "other": uuid.uuid4(),
        "at": datetime(2026, 12, 2, 5, 0, tzinfo=UTC),  # no microseconds
        "gone": datetime(2026, 12, 2, 10, 0, 0, 120, tzinfo=UTC),
        "born": date(1987, 3, 9),
        "area": Decimal("12.5"),
        "live": True,
        "count": -2_147_483_648,
        "name": 'Әбілқасымова «Ақжол» "quoted" back\\slash\nline \x01 \u2028',
        "extra": {"б": [1, "two", None, {"z": 1.5, "a": [True]}], "a": {}},
    },
    {
        "id": uuid.uuid4(),
        "other": None,
        "at": datetime(2026, 1, 31, 23, 59, 59, 999999, tzinfo=UTC),
        "gone": None,
        "born": None,
        "area": Decimal("0"),
        "live": False,
        "count": 0,
        "name": "",
        "extra": None,
    },
    {"id": uuid.uuid4(), "at": datetime(2026, 2, 1, tzinfo=UTC), "count": 1, "name": "x"}
    | {"other": None, "gone": None, "born": None, "area": None, "live": None, "extra": []},
]


def test_rows_written_by_the_database_read_back_as_the_database_holds_them(db: Database) -> None:
    """row_text (the export's rows, made in SQL) read by the importer gives the values, and so
    the content hashes, of the rows as SQLAlchemy loads them, on SQLite and PostgreSQL."""
    _STORED.create(db.engine)
    try:
        with db.engine.begin() as connection:
            connection.execute(_STORED.insert(), _STORED_ROWS)
        with db.read() as session:
            texts = session.scalars(
                select(row_text(_STORED, db.engine.dialect.name)).order_by(_STORED.c.count)
            ).all()
            held = [
                {str(k): v for k, v in r._mapping.items()}
                for r in session.execute(select(_STORED).order_by(_STORED.c.count))
            ]
    finally:
        _STORED.drop(db.engine)
    readers = read_columns(_STORED, [str(c.name) for c in _STORED.columns])
    decoded = _decoded(readers, lines_of("\n".join(texts).encode("utf-8")))
    assert decoded == held
    assert held[0]["area"] == Decimal("12.5000") and held[1]["extra"] is None
    assert [content_hash("t", r) for r in decoded] == [content_hash("t", r) for r in held]


def test_a_column_that_repeats_its_values_reads_each_once_and_refuses_the_same() -> None:
    readers = read_columns(_TABLE, [c.name for c in _TABLE.columns])
    rows = [list(_GOOD[1]) for _ in range(4)] + [list(_GOOD[0])]
    decoded = _decoded(readers, rows)
    assert decoded == _one_by_one(rows)
    assert decoded[0]["other"] is decoded[3]["other"]  # one UUID for the four equal texts
    assert decoded[0]["at"] is decoded[1]["at"]
    for column, bad, detail in [
        ("other", "not-a-uuid", "sample.other: bad value"),
        ("at", "2026-12-02T10:00:00", "sample.at: bad value"),
    ]:
        index = [c.name for c in _TABLE.columns].index(column)
        bad_rows = [[*row[:index], bad, *row[index + 1 :]] for row in rows]
        with pytest.raises(RowError) as raised:
            _decoded(readers, bad_rows)
        assert raised.value.detail == detail


def test_uuids_read_as_text_are_their_canonical_text_and_hash_the_same() -> None:
    """The district's import keeps ids as text: what str() of the UUID gives (an id written
    otherwise made canonical), a bad one refused, and the record's hash unchanged."""
    names = [str(c.name) for c in _TABLE.columns]
    upper = [list(_GOOD[0]), list(_GOOD[1])]
    upper[1][1] = upper[1][1].upper()
    as_text = _decoded(read_columns(_TABLE, names, uuid_as_text=True), upper)
    as_objects = _decoded(read_columns(_TABLE, names), upper)
    assert as_text[0]["id"] == _GOOD[0][0] and type(as_text[0]["id"]) is str
    assert as_text[1]["other"] == str(uuid.UUID(_GOOD[1][1])) and as_text[0]["other"] is None
    assert [{k: to_json(v) for k, v in r.items()} for r in as_text] == [
        record_json(r) for r in as_objects
    ]
    assert [content_hash("t", r) for r in as_text] == [content_hash("t", r) for r in as_objects]
    readers = read_columns(_TABLE, names, uuid_as_text=True)
    assert readers[0].one(_GOOD[0][0].upper()) == _GOOD[0][0]
    for bad, detail in [("not-a-uuid", "sample.id: bad value"), (None, "sample.id: missing")]:
        with pytest.raises(RowError) as raised:
            _decoded(readers, [[bad, *_GOOD[0][1:]], _GOOD[1]])
        assert raised.value.detail == detail
