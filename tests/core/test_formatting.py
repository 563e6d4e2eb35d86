from datetime import date, datetime
from decimal import Decimal

from desktop.core.formatting import format_area, format_date, format_datetime, format_number


def test_long_dates_in_both_languages() -> None:
    assert format_date(date(2026, 11, 25), "kk") == "2026\u202fж. 25 қараша"
    assert format_date(date(2026, 11, 25), "ru") == "25 ноября 2026\u202fг."


def test_numbers_use_the_locale_separators() -> None:
    assert format_number(Decimal("0.5"), "ru") == "0,5"
    assert format_number(12345, "kk").replace("\xa0", " ") == "12 345"


def test_areas_keep_four_decimals_and_read_back() -> None:
    assert format_area(Decimal("0.0625"), "kk") == "0,0625"
    assert format_area(Decimal("1234.5000"), "ru") == "1234,5"


def test_short_dates_and_times_have_a_four_digit_year_in_both_languages() -> None:
    # CLDR's own Kazakh short date is dd.MM.yy: a clerk reads "02.12.26" as ambiguous
    moment = datetime(2026, 12, 2, 18, 10)
    assert format_datetime(moment, "kk") == "02.12.2026, 18:10"
    assert format_datetime(moment, "ru") == "02.12.2026, 18:10"
    assert format_date(moment.date(), "kk", "short") == "02.12.2026"
