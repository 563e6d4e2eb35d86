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

from desktop.core.certificate import canonical_json
from desktop.core.clock import office_zone
from desktop.services.sync_rows import RowError, content_hash, line, lines_of, record_json, to_json

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
