"""The 12 indicators from counts whose answers are worked out by hand in each test.

The norms are the bundled reference data's (resources/reference/indicators.json); the values
the tests expect for them (100, 98, 0.5) are written here, so a changed norm fails loudly.
"""

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop.core.indicators import (
    CODES,
    AdminSetting,
    Count,
    IndicatorInputs,
    Standard,
    SurveyAnswers,
    compute_indicators,
    measure,
)
from desktop.paths import resource_path

NORMS = {
    "1.1": Decimal(100), "1.2": Decimal(100), "2.1": Decimal(98), "2.2": Decimal(100),
    "3.1": Decimal(100), "3.2": Decimal(98), "3.3": Decimal(100), "4.1": Decimal("0.5"),
    "4.2": Decimal(100), "4.3": Decimal(100), "4.4": Decimal(100), "5.1": Decimal(100),
}  # fmt: skip


def reference_standards() -> list[Standard]:
    raw = json.loads(resource_path("reference", "indicators.json").read_text(encoding="utf-8"))
    return [
        Standard(
            item["code"], item["group"], item["group_kk"], item["group_ru"], item["text_kk"],
            item["text_ru"], Decimal(str(item["norm"])),
        )
        for item in raw
    ]  # fmt: skip


STANDARDS = {s.code: s for s in reference_standards()}


def test_the_reference_data_has_the_twelve_indicators_with_their_norms() -> None:
    assert tuple(STANDARDS) == CODES
    assert {code: s.norm for code, s in STANDARDS.items()} == NORMS


# A quarter of a small office, counted by hand:
# 1.1  47 of 50 accepted applications ready in time              -> 94.0 %, worse than 100
# 1.2  57 of 60 visitors called within 40 minutes                -> 95.0 %, worse than 100
# 2.1  49 yes, 1 no                                              -> 98.0 %, meets 98
# 2.2  50 of 50 processed correctly                              -> 100.0 %, meets 100
# 3.1  nobody answered                                           -> no data
# 3.2  49 of 50 hand-ins accepted at once                        -> 98.0 %, meets 98
# 3.3  set to 100 by the administrator                           -> 100 %, meets, a setting
# 4.1  1 justified complaint for 200 applicants served           -> 0.5 %, meets 0.5 (low is good)
# 4.2  no justified complaint decided                            -> no data
# 4.3  0 yes, 0 no                                               -> no data
# 4.4  2 yes, 1 no                                               -> 66.7 %, worse
# 5.1  3 yes, 0 no                                               -> 100.0 %, meets
QUARTER = IndicatorInputs(
    ready_in_time=Count(47, 50),
    waited_within_limit=Count(57, 60),
    process_satisfaction=SurveyAnswers(49, 1),
    processed_correctly=Count(50, 50),
    information_satisfaction=SurveyAnswers(0, 0),
    complete_first_time=Count(49, 50),
    internet_information=AdminSetting(Decimal(100), date(2026, 1, 15), "Администратор А. А."),
    justified_complaints=Count(1, 200),
    complaints_in_time=Count(0, 0),
    complaint_procedure_satisfaction=SurveyAnswers(0, 0),
    complaint_terms_satisfaction=SurveyAnswers(2, 1),
    politeness_satisfaction=SurveyAnswers(3, 0),
)
EXPECTED = {
    "1.1": (Decimal("94.0"), "worse", 50),
    "1.2": (Decimal("95.0"), "worse", 60),
    "2.1": (Decimal("98.0"), "meets", 50),
    "2.2": (Decimal("100.0"), "meets", 50),
    "3.1": (None, "no_data", 0),
    "3.2": (Decimal("98.0"), "meets", 50),
    "3.3": (Decimal("100"), "meets", 0),
    "4.1": (Decimal("0.5"), "meets", 200),
    "4.2": (None, "no_data", 0),
    "4.3": (None, "no_data", 0),
    "4.4": (Decimal("66.7"), "worse", 3),
    "5.1": (Decimal("100.0"), "meets", 3),
}


def test_every_indicator_of_a_quarter_counted_by_hand() -> None:
    values = compute_indicators(list(STANDARDS.values()), QUARTER)
    assert [v.code for v in values] == list(CODES)
    found = {v.code: (v.value, v.status, v.records) for v in values}
    assert found == EXPECTED
    by_code = {v.code: v for v in values}
    assert (by_code["1.2"].part, by_code["1.2"].whole) == (57, 60)
    assert (by_code["4.4"].part, by_code["4.4"].whole) == (2, 3)
    assert by_code["3.3"].basis == "setting" and by_code["3.3"].setting is not None
    assert by_code["3.3"].setting.set_by == "Администратор А. А."
    assert by_code["2.1"].basis == "survey" and by_code["1.1"].basis == "records"


def test_the_norm_and_the_target_travel_with_the_value() -> None:
    standard = replace(STANDARDS["3.2"], target=Decimal("99.5"))
    value = measure(standard, Count(1, 2))
    assert value.standard.norm == Decimal(98) and value.standard.target == Decimal("99.5")
    assert measure(replace(standard, target=None), Count(1, 2)).standard.target is None


def test_an_empty_period_is_no_data_everywhere_never_a_division_by_zero() -> None:
    survey = SurveyAnswers(0, 0)
    empty = IndicatorInputs(
        Count(0, 0), Count(0, 0), survey, Count(0, 0), survey, Count(0, 0), AdminSetting(None),
        Count(0, 0), Count(0, 0), survey, survey, survey,
    )  # fmt: skip
    values = compute_indicators(list(STANDARDS.values()), empty)
    assert {v.status for v in values} == {"no_data"}
    assert {v.value for v in values} == {None}
    assert {v.records for v in values} == {0}


def test_complaints_are_good_when_few() -> None:
    complaints = STANDARDS["4.1"]
    assert measure(complaints, Count(0, 10)).status == "meets"  # 0 % of 10 served
    assert measure(complaints, Count(0, 10)).value == Decimal("0.0")
    assert measure(complaints, Count(2, 200)).status == "worse"  # 1 %
    assert measure(complaints, Count(2, 200)).value == Decimal("1.0")
    assert measure(complaints, Count(1, 0)).status == "no_data"  # nobody served: no share
    # Complaints may outnumber the people served in a short period (about earlier service).
    assert measure(complaints, Count(3, 2)).value == Decimal("150.0")


def test_rounding_never_carries_a_value_across_its_norm() -> None:
    almost = measure(STANDARDS["1.2"], Count(9999, 10000))  # 99.99 %
    assert (almost.value, almost.status) == (Decimal("99.9"), "worse")
    over = measure(STANDARDS["4.1"], Count(1001, 200000))  # 0.5005 %
    assert (over.value, over.status) == (Decimal("0.6"), "worse")
    plain = measure(STANDARDS["2.1"], SurveyAnswers(2, 1))  # 66.666... %: far from the norm
    assert (plain.value, plain.status) == (Decimal("66.7"), "worse")
    just_under = measure(STANDARDS["2.1"], SurveyAnswers(9799, 201))  # 97.99 % against 98
    assert (just_under.value, just_under.status) == (Decimal("97.9"), "worse")
    half = measure(STANDARDS["3.2"], Count(197, 200))  # 98.5 % rounds half up, meets 98
    assert (half.value, half.status) == (Decimal("98.5"), "meets")
    third = measure(STANDARDS["3.2"], Count(1, 3))
    assert third.value == Decimal("33.3")


def test_the_administrators_setting_is_shown_as_such() -> None:
    unset = measure(STANDARDS["3.3"], AdminSetting(None))
    assert (unset.value, unset.status, unset.basis) == (None, "no_data", "setting")
    half = measure(STANDARDS["3.3"], AdminSetting(Decimal("75"), date(2026, 2, 1), "А. А."))
    assert (half.value, half.status, half.records) == (Decimal("75.0"), "worse", 0)
    with pytest.raises(ValueError, match="0 to 100"):
        AdminSetting(Decimal(101))


def test_wrong_inputs_are_refused() -> None:
    with pytest.raises(TypeError, match=r"2\.1 comes from survey, not records"):
        measure(STANDARDS["2.1"], Count(1, 2))
    with pytest.raises(TypeError, match=r"3\.3 comes from setting, not records"):
        measure(STANDARDS["3.3"], Count(1, 2))
    with pytest.raises(TypeError, match=r"1\.1 comes from records, not survey"):
        measure(STANDARDS["1.1"], SurveyAnswers(1, 2))
    with pytest.raises(ValueError, match="over 100"):
        measure(STANDARDS["1.1"], Count(3, 2))
    with pytest.raises(ValueError, match="negative"):
        Count(-1, 2)
    with pytest.raises(ValueError, match="negative"):
        SurveyAnswers(1, -2)
    with pytest.raises(ValueError, match="12 indicators"):
        compute_indicators(list(STANDARDS.values())[:11], QUARTER)


def test_a_plain_share_rounds_half_up_and_is_none_from_nothing() -> None:
    assert Count(1, 8).percent == Decimal("12.5")
    assert Count(1, 3).percent == Decimal("33.3")
    assert Count(2, 3).percent == Decimal("66.7")
    assert Count(0, 0).percent is None
