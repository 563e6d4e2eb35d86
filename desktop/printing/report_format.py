"""How the indicator report writes its figures and words, on paper and in the workbook alike.

Counts in the language's way ("1 616"); computed figures (percentages, minutes, hours) with one
decimal ("98,0"); the period as a person names it ("2026 жылғы III тоқсан. Кезең: ...").
"""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from babel import numbers

from desktop.core.formatting import babel_locale, format_date, format_number
from desktop.core.indicators import IndicatorValue
from desktop.core.periods import Period
from desktop.printing.texts import text

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
TENTH = Decimal("0.1")


def tenth(value: Decimal) -> Decimal:
    """`value` rounded half up to one decimal."""
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


def period_text(period: Period, language: str) -> str:
    """ "2026 жылғы III тоқсан. Кезең: 2026 ж. 1 шілде – 2026 ж. 30 қыркүйек"."""
    span = text(
        language,
        "report_period",
        first=format_date(period.first, language),
        last=format_date(period.last, language),
    )
    if period.kind == "quarter":
        name = text(
            language, "report_quarter", year=period.first.year, quarter=ROMAN[period.quarter_number]
        )
        return f"{name}. {span}"
    if period.kind == "year":
        return f"{text(language, 'report_year', year=period.first.year)}. {span}"
    return span


def minutes(duration: timedelta | None) -> Decimal | None:
    """A duration in minutes to one decimal."""
    if duration is None:
        return None
    return tenth(Decimal(duration.total_seconds()) / 60)


def hours(duration: timedelta) -> Decimal:
    """A duration in hours to one decimal."""
    return tenth(Decimal(duration.total_seconds()) / 3600)


def basis_text(value: IndicatorValue, language: str) -> str:
    """What a value rests on: "записи: 57 из 60", "опрос, ответов: 12", "задано администратором"."""
    if value.basis == "setting":
        setting = value.setting
        if setting is not None and setting.set_on is not None:
            return text(
                language,
                "report_basis_setting_on",
                date=format_date(setting.set_on, language, "dd.MM.yyyy"),
            )
        return text(language, "report_basis_setting")
    if value.basis == "survey":
        return text(language, "report_basis_survey", answered=value.records)
    return text(language, "report_basis_records", part=value.part, whole=value.whole)


def number(value: Decimal | int | None, language: str) -> str:
    """A count or a given value as the language writes it: "1 616", "0,5"; "—" for none."""
    return "—" if value is None else format_number(value, language)


def tenths(value: Decimal | None, language: str) -> str:
    """A computed figure with one decimal in the language's way: "98,0"; "—" for none."""
    if value is None:
        return "—"
    return numbers.format_decimal(value, format="#,##0.0", locale=babel_locale(language))
