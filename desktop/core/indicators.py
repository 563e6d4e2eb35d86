"""The standard's 12 quality and accessibility indicators (Appendix 3) from plain counts.

Every indicator is a percentage. What is counted for each is written in DEFINITIONS below; a
service counts the records of a period and hands the counts in as IndicatorInputs, and
`compute_indicators` turns them into values beside the normative value and the target:

- a share of records (1.1, 1.2, 2.2, 3.2, 4.1, 4.2) is `part` of `whole` records, times 100;
- a satisfaction share (2.1, 3.1, 4.3, 4.4, 5.1) is the "yes" answers of everybody who answered
  that question of the survey at collection (skipped questions are not answers);
- 3.3 (information available over the internet) is an administrator's setting, not a count.

No records, no answers or no setting give "no data", never 100 % (or 0 %) from nothing. A value is
compared with its norm exactly (fractions, no rounding): "worse" when below the norm, or above it
for 4.1, the one indicator that is good when low (justified complaints). The value shown is
rounded to one decimal, but never across the norm: 99.96 % against a norm of 100 shows as 99.9,
not as a 100 marked worse. The normative values and their source text come from the reference
data (resources/reference/indicators.json, corrected by an administrator); the target for next
year is the office's own, stored by a service; both travel with the value (Standard).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal
from fractions import Fraction
from typing import Literal

Better = Literal["higher", "lower"]
Basis = Literal["records", "survey", "setting"]
Status = Literal["meets", "worse", "no_data"]

ONE_DECIMAL = Decimal("0.1")


@dataclass(frozen=True)
class Count:
    """`part` of `whole` records, e.g. 57 visitors called within 40 minutes of 60 called."""

    part: int
    whole: int

    def __post_init__(self) -> None:
        if self.part < 0 or self.whole < 0:
            raise ValueError(f"counts cannot be negative: {self.part} of {self.whole}")

    @property
    def records(self) -> int:
        return self.whole

    @property
    def percent(self) -> Decimal | None:
        """`part` of `whole` in percent to one decimal (half up); None when `whole` is 0."""
        if self.whole == 0:
            return None
        return (Decimal(100 * self.part) / Decimal(self.whole)).quantize(
            ONE_DECIMAL, rounding=ROUND_HALF_UP
        )


@dataclass(frozen=True)
class SurveyAnswers:
    """The answers to one yes/no question of the survey at collection."""

    yes: int
    no: int

    def __post_init__(self) -> None:
        if self.yes < 0 or self.no < 0:
            raise ValueError(f"answer counts cannot be negative: {self.yes} yes, {self.no} no")

    @property
    def records(self) -> int:
        return self.yes + self.no


@dataclass(frozen=True)
class AdminSetting:
    """A value an administrator set (3.3), with when and by whom; `percent` None: never set."""

    percent: Decimal | None
    set_on: date | None = None
    set_by: str = ""

    def __post_init__(self) -> None:
        if self.percent is not None and not 0 <= self.percent <= 100:
            raise ValueError(f"a share is 0 to 100 %, not {self.percent}")

    @property
    def records(self) -> int:
        return 0


Source = Count | SurveyAnswers | AdminSetting


@dataclass(frozen=True)
class Definition:
    """How an indicator is measured: what is counted (`part`) out of what (`whole`)."""

    code: str
    better: Better
    basis: Basis
    part: str
    whole: str


DEFINITIONS: dict[str, Definition] = {
    d.code: d
    for d in (
        Definition(
            "1.1", "higher", "records",
            "accepted applications whose result was ready by the time promised on the talon",
            "accepted applications that are ready or whose promised time has passed",
        ),
        Definition(
            "1.2", "higher", "records",
            "visitors for a state service called within the indicator's minutes (the rule "
            "set's indicator_wait_minutes, 40) of taking their ticket",
            "visitors for a state service who were called (desktop.core.queue_stats)",
        ),
        Definition("2.1", "higher", "survey", "'yes': satisfied with the process", "answers"),
        Definition(
            "2.2", "higher", "records",
            "accepted applications with no correction, reissue or cancellation for a clerk's "
            "error",
            "accepted applications",
        ),
        Definition(
            "3.1", "higher", "survey", "'yes': satisfied with the information given", "answers"
        ),
        Definition(
            "3.2", "higher", "records",
            "applications accepted at the first hand-in (documents complete, not refused)",
            "applications handed in (accepted or refused)",
        ),
        Definition("3.3", "higher", "setting", "the administrator's setting", ""),
        Definition(
            "4.1", "lower", "records",
            "justified complaints registered in the period",
            "applicants served in the period (applications handed in: accepted or refused)",
        ),
        Definition(
            "4.2", "higher", "records",
            "justified complaints decided in the period and satisfied within their term",
            "justified complaints decided in the period",
        ),
        Definition(
            "4.3", "higher", "survey", "'yes': satisfied with the complaint procedure", "answers"
        ),
        Definition(
            "4.4", "higher", "survey", "'yes': satisfied with the complaint terms", "answers"
        ),
        Definition("5.1", "higher", "survey", "'yes': staff were polite", "answers"),
    )
}  # fmt: skip
CODES = tuple(DEFINITIONS)


@dataclass(frozen=True)
class Standard:
    """An indicator as the reference data states it, with the office's target for next year."""

    code: str
    group: int
    group_kk: str
    group_ru: str
    text_kk: str
    text_ru: str
    norm: Decimal  # percent
    target: Decimal | None = None  # percent; None: not set

    def text(self, language: str) -> str:
        return self.text_ru if language == "ru" else self.text_kk

    def group_name(self, language: str) -> str:
        return self.group_ru if language == "ru" else self.group_kk


@dataclass(frozen=True)
class IndicatorInputs:
    """What a service counts for one period: one field per indicator (its code in the comment)."""

    ready_in_time: Count  # 1.1
    waited_within_limit: Count  # 1.2 (queue_stats.QueueSummary.indicator_wait)
    process_satisfaction: SurveyAnswers  # 2.1
    processed_correctly: Count  # 2.2
    information_satisfaction: SurveyAnswers  # 3.1
    complete_first_time: Count  # 3.2 (application_stats.ApplicationSummary.first_time)
    internet_information: AdminSetting  # 3.3
    justified_complaints: Count  # 4.1: justified complaints of applicants served
    complaints_in_time: Count  # 4.2
    complaint_procedure_satisfaction: SurveyAnswers  # 4.3
    complaint_terms_satisfaction: SurveyAnswers  # 4.4
    politeness_satisfaction: SurveyAnswers  # 5.1

    def source(self, code: str) -> Source:
        return getattr(self, FIELDS[code])  # type: ignore[no-any-return]


FIELDS = {
    "1.1": "ready_in_time",
    "1.2": "waited_within_limit",
    "2.1": "process_satisfaction",
    "2.2": "processed_correctly",
    "3.1": "information_satisfaction",
    "3.2": "complete_first_time",
    "3.3": "internet_information",
    "4.1": "justified_complaints",
    "4.2": "complaints_in_time",
    "4.3": "complaint_procedure_satisfaction",
    "4.4": "complaint_terms_satisfaction",
    "5.1": "politeness_satisfaction",
}


@dataclass(frozen=True)
class IndicatorValue:
    """An indicator's value for a period: `value` in percent (None: no data) and what it rests on.

    `part`/`whole` are the counted records or the yes/all answers (None for a setting);
    `records` is how many records or answers the value rests on (0 for a setting).
    """

    standard: Standard
    definition: Definition
    value: Decimal | None
    status: Status
    part: int | None
    whole: int | None
    records: int
    setting: AdminSetting | None = None

    @property
    def code(self) -> str:
        return self.standard.code

    @property
    def basis(self) -> Basis:
        return self.definition.basis


def compare(exact: Fraction, norm: Decimal, better: Better) -> Status:
    """ "meets" or "worse": the exact value against the norm (equal to the norm meets it)."""
    limit = Fraction(norm)
    if better == "higher":
        return "meets" if exact >= limit else "worse"
    return "meets" if exact <= limit else "worse"


def shown(exact: Fraction, norm: Decimal, better: Better) -> Decimal:
    """The exact percentage rounded half up to one decimal, unless that would carry a value
    worse than the norm onto it or past it: then rounded toward the worse side (99.96 -> 99.9)."""
    decimal = Decimal(exact.numerator) / Decimal(exact.denominator)
    rounded = decimal.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)
    if (
        compare(exact, norm, better) == "meets"
        or compare(Fraction(rounded), norm, better) == "worse"
    ):
        return rounded
    return decimal.quantize(ONE_DECIMAL, rounding=ROUND_DOWN if better == "higher" else ROUND_UP)


def measure(standard: Standard, source: Source) -> IndicatorValue:
    """The value of `standard`'s indicator from its counts, answers or setting."""
    definition = DEFINITIONS[standard.code]
    given: Basis = (
        "setting" if isinstance(source, AdminSetting)
        else "survey" if isinstance(source, SurveyAnswers) else "records"
    )  # fmt: skip
    if given != definition.basis:
        raise TypeError(f"indicator {standard.code} comes from {definition.basis}, not {given}")
    if isinstance(source, AdminSetting):
        if source.percent is None:
            return IndicatorValue(standard, definition, None, "no_data", None, None, 0, source)
        exact = Fraction(source.percent)
        status = compare(exact, standard.norm, definition.better)
        value = shown(exact, standard.norm, definition.better)
        return IndicatorValue(standard, definition, value, status, None, None, 0, source)
    if isinstance(source, SurveyAnswers):
        part, whole = source.yes, source.records
    else:
        if definition.better == "higher" and source.part > source.whole:
            raise ValueError(f"{standard.code}: {source.part} of {source.whole} is over 100 %")
        part, whole = source.part, source.whole
    if whole == 0:
        return IndicatorValue(standard, definition, None, "no_data", part, whole, 0)
    exact = Fraction(100 * part, whole)
    status = compare(exact, standard.norm, definition.better)
    value = shown(exact, standard.norm, definition.better)
    return IndicatorValue(standard, definition, value, status, part, whole, whole)


def compute_indicators(
    standards: Sequence[Standard], inputs: IndicatorInputs
) -> list[IndicatorValue]:
    """The value of every indicator in `standards` (in their order) from one period's inputs."""
    known = {s.code for s in standards}
    if known != set(CODES) or len(standards) != len(CODES):
        missing, extra = set(CODES) - known, known - set(CODES)
        raise ValueError(
            f"the 12 indicators are needed: missing {missing or '-'}, extra {extra or '-'}"
        )
    return [measure(standard, inputs.source(standard.code)) for standard in standards]


@dataclass(frozen=True)
class TrendPoint:
    """An indicator's value in one month of a trend (`month_start`: the month's first day)."""

    month_start: date
    value: IndicatorValue


@dataclass(frozen=True)
class Trend:
    """One indicator month by month (a service measures each month of the period)."""

    standard: Standard
    points: tuple[TrendPoint, ...]


def trend(standard: Standard, months: Sequence[tuple[date, IndicatorInputs]]) -> Trend:
    """`standard` measured in each month: (the month's first day, that month's counts)."""
    return Trend(
        standard,
        tuple(
            TrendPoint(first, measure(standard, inputs.source(standard.code)))
            for first, inputs in months
        ),
    )
