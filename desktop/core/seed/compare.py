"""Field-by-field comparison of the two printed copies of the appendices.

The raw `source` texts (of records and of reception slots) are left out: their line breaks always
differ. Flags are compared by (field, value, reason), and a difference in them lists only the
flags one copy has and the other has not. The derived Russian names and their flags are left out
too: they follow from the Kazakh names, which are compared.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from typing import Any

from desktop.core.seed.model import AppendixRecords, CopyDifference
from desktop.core.seed.names_ru import DERIVED_FIELDS, DERIVED_REASON

IGNORED_FIELDS = frozenset({"source"}) | DERIVED_FIELDS
# appendix number, record name, key field, records attribute
_TABLES = [
    (1, "department", "order", "departments"),
    (2, "office", "number", "offices"),
    (3, "indicator", "code", "indicators"),
    (4, "district_akimat", "district", "district_akimats"),
]


def compare_copies(first: AppendixRecords, second: AppendixRecords) -> list[CopyDifference]:
    differences: list[CopyDifference] = []
    for appendix, entity, key, attribute in _TABLES:
        ours = _by_key(getattr(first, attribute), key)
        theirs = _by_key(getattr(second, attribute), key)
        for record_key in list(ours) + [k for k in theirs if k not in ours]:
            record = f"{entity} {record_key}"
            differences += _record_differences(
                appendix, record, ours.get(record_key), theirs.get(record_key)
            )
    return differences


def _by_key(records: list[Any], key: str) -> dict[Any, dict[str, Any]]:
    return {getattr(record, key): _comparable(asdict(record)) for record in records}


def _comparable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items() if k not in IGNORED_FIELDS}
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    return value


def _record_differences(
    appendix: int, record: str, first: dict[str, Any] | None, second: dict[str, Any] | None
) -> list[CopyDifference]:
    if first is None or second is None:
        return [
            CopyDifference(appendix, record, "*", first is not None, second is not None, "value")
        ]
    differences = []
    for field in first:
        ours, theirs = first[field], second[field]
        if field == "flags":
            ours, theirs = _flag_difference(ours, theirs)
        if ours != theirs:
            differences.append(
                CopyDifference(appendix, record, field, ours, theirs, _kind(ours, theirs))
            )
    return differences


def _flag_difference(
    first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> tuple[list[list[Any]], list[list[Any]]]:
    ours, theirs = _compared_flags(first), _compared_flags(second)
    return [f for f in ours if f not in theirs], [f for f in theirs if f not in ours]


def _compared_flags(flags: list[dict[str, Any]]) -> list[list[Any]]:
    return [[f["field"], f["value"], f["reason"]] for f in flags if f["reason"] != DERIVED_REASON]


def _kind(first: Any, second: Any) -> str:
    return "whitespace" if _without_spaces(first) == _without_spaces(second) else "value"


def _without_spaces(value: Any) -> str:
    return re.sub(r"\s", "", json.dumps(value, ensure_ascii=False))
