"""Dates and numbers in the user's language (Babel's CLDR data for kk_KZ and ru_RU)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel import dates, numbers

LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}


def babel_locale(language: str) -> str:
    return LOCALES.get(language, LOCALES["en"])


def format_date(day: date, language: str, form: str = "long") -> str:
    """'2026 ж. 25 қараша' in Kazakh, '25 ноября 2026 г.' in Russian."""
    pattern = SHORT_DATE if form == "short" else form
    return dates.format_date(day, format=pattern, locale=babel_locale(language))


# The short forms with a four-digit year in every language (CLDR's Kazakh short date is dd.MM.yy).
SHORT_DATE = "dd.MM.y"
SHORT_DATETIME = "dd.MM.y, HH:mm"


def format_datetime(moment: datetime, language: str, form: str = "short") -> str:
    """'02.12.2026, 18:10' (short, in both languages), or Babel's medium/long/full forms."""
    pattern = SHORT_DATETIME if form == "short" else form
    return dates.format_datetime(moment, format=pattern, locale=babel_locale(language))


def format_number(value: int | float | Decimal, language: str) -> str:
    return numbers.format_decimal(value, locale=babel_locale(language))


def format_area(hectares: Decimal, language: str) -> str:
    """An area in hectares with up to four decimals and no grouping: '0,0625' in both languages.

    Kept exact (the book stores 1/10,000 ha) and readable back by the plot form.
    """
    return numbers.format_decimal(hectares, format="0.####", locale=babel_locale(language))
