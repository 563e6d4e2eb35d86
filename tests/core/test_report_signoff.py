"""The snapshot of a report's 12 indicators that the akim signs off: its digest, what differs
from the figures counted later, and the signed figures given back for printing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop.core.indicators import (
    CODES,
    DEFINITIONS,
    AdminSetting,
    Count,
    IndicatorInputs,
    IndicatorValue,
    Standard,
    SurveyAnswers,
    compute_indicators,
)
from desktop.core.report_signoff import differing, digest, figures, signed_values


def _values() -> list[IndicatorValue]:
    """A quarter's 12 values: counts, survey answers and the 3.3 setting."""
    standards = [
        Standard(
            code, int(code[0]), "топ", "группа", f"{code} kk", f"{code} ru",
            Decimal("0.5") if DEFINITIONS[code].better == "lower" else Decimal(100),
        )
        for code in CODES
    ]  # fmt: skip
    inputs = IndicatorInputs(
        ready_in_time=Count(57, 60),
        waited_within_limit=Count(40, 41),
        process_satisfaction=SurveyAnswers(10, 1),
        processed_correctly=Count(60, 60),
        information_satisfaction=SurveyAnswers(11, 0),
        complete_first_time=Count(58, 63),
        internet_information=AdminSetting(Decimal(100), date(2026, 7, 1), "Админ А."),
        justified_complaints=Count(0, 63),
        complaints_in_time=Count(0, 0),
        complaint_procedure_satisfaction=SurveyAnswers(0, 0),
        complaint_terms_satisfaction=SurveyAnswers(2, 0),
        politeness_satisfaction=SurveyAnswers(9, 2),
    )
    return compute_indicators(standards, inputs)


def test_the_snapshot_holds_each_row_as_plain_values() -> None:
    values = _values()
    snapshot = figures(values)
    assert [entry["code"] for entry in snapshot] == [v.code for v in values]
    first = snapshot[0]
    assert first["norm"] == "100" and first["value"] == "95.0"
    assert (first["part"], first["whole"]) == (values[0].part, values[0].whole)
    internet = next(entry for entry in snapshot if entry["code"] == "3.3")
    assert internet["setting"]["set_on"] == "2026-07-01"
    json.dumps(snapshot)  # JSON values only


def test_the_digest_is_sha256_of_the_canonical_json() -> None:
    snapshot = figures(_values())
    reordered = [dict(reversed(list(entry.items()))) for entry in snapshot]
    assert digest(reordered) == digest(snapshot)
    canonical = json.dumps(snapshot, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert digest(snapshot) == hashlib.sha256(canonical.encode()).hexdigest()
    changed = [*snapshot[:-1], {**snapshot[-1], "part": snapshot[-1]["part"] + 1}]
    assert digest(changed) != digest(snapshot)


def test_differing_names_the_indicators_whose_figures_moved() -> None:
    values = _values()
    signed = figures(values)
    assert differing(signed, values) == ()
    later = [
        replace(v, value=Decimal("50.0"), part=1, whole=2) if v.code in ("3.1", "1.2") else v
        for v in values
    ]
    assert differing(signed, later) == ("1.2", "3.1")  # in the report's order
    target = [
        replace(v, standard=replace(v.standard, target=Decimal("99"))) if v.code == "5.1" else v
        for v in values
    ]
    assert differing(signed, target) == ("5.1",)  # a target is a figure of the signed row


def test_the_signed_figures_come_back_with_todays_wording() -> None:
    values = _values()
    signed = figures(values)
    later = [
        replace(
            v,
            value=Decimal("50.0"),
            part=1,
            whole=2,
            standard=replace(v.standard, text_ru="Новая формулировка"),
        )
        for v in values
    ]
    restored = signed_values(signed, later)
    assert figures(restored) == signed
    assert {v.standard.text_ru for v in restored} == {"Новая формулировка"}
    assert [v.definition for v in restored] == [v.definition for v in values]
