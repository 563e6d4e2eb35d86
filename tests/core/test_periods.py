"""Reporting periods: their days, both ends included, on the office's wall clock (UTC+5)."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop.core.clock import office_zone
from desktop.core.periods import Period

ALMATY = office_zone()


def test_the_periods_a_person_picks() -> None:
    assert Period.day(date(2026, 7, 7)) == Period(date(2026, 7, 7), date(2026, 7, 7), "day")
    assert Period.month(2028, 2) == Period(date(2028, 2, 1), date(2028, 2, 29), "month")
    assert Period.month(2026, 12) == Period(date(2026, 12, 1), date(2026, 12, 31), "month")
    assert Period.quarter(2026, 1) == Period(date(2026, 1, 1), date(2026, 3, 31), "quarter")
    assert Period.quarter(2026, 3) == Period(date(2026, 7, 1), date(2026, 9, 30), "quarter")
    assert Period.quarter(2026, 4).last == date(2026, 12, 31)
    assert Period.year(2026) == Period(date(2026, 1, 1), date(2026, 12, 31), "year")
    assert Period.between(date(2026, 1, 15), date(2026, 3, 10)).day_count == 17 + 28 + 10


def test_the_period_a_day_falls_in_and_the_one_before() -> None:
    day = date(2026, 11, 25)
    assert Period.containing("quarter", day) == Period.quarter(2026, 4)
    assert Period.containing("month", day) == Period.month(2026, 11)
    assert Period.containing("year", day) == Period.year(2026)
    assert Period.containing("day", day) == Period.day(day)
    assert Period.quarter(2026, 1).previous() == Period.quarter(2025, 4)
    assert Period.month(2026, 3).previous() == Period.month(2026, 2)
    assert Period.year(2026).previous() == Period.year(2025)
    assert Period.day(date(2026, 3, 1)).previous() == Period.day(date(2026, 2, 28))
    ten_days = Period.between(date(2026, 3, 11), date(2026, 3, 20))
    assert ten_days.previous() == Period.between(date(2026, 3, 1), date(2026, 3, 10))


def test_a_period_cannot_run_backwards_or_have_a_fifth_quarter() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        Period.between(date(2026, 3, 2), date(2026, 3, 1))
    with pytest.raises(ValueError, match="quarter"):
        Period.quarter(2026, 5)
    with pytest.raises(ValueError, match="range"):
        Period.containing("range", date(2026, 3, 1))


def test_the_last_minute_of_the_last_day_counts_and_the_next_midnight_does_not() -> None:
    quarter = Period.quarter(2026, 3)
    assert quarter.contains(datetime(2026, 9, 30, 23, 59, tzinfo=ALMATY))
    assert not quarter.contains(datetime(2026, 10, 1, 0, 0, tzinfo=ALMATY))
    assert quarter.contains(datetime(2026, 7, 1, 0, 0, tzinfo=ALMATY))
    assert not quarter.contains(datetime(2026, 6, 30, 23, 59, 59, tzinfo=ALMATY))
    assert quarter.contains(datetime(2026, 9, 30, 23, 59))  # naive: office time already


def test_moments_in_other_zones_count_by_the_office_date() -> None:
    quarter = Period.quarter(2026, 3)
    # 18:59 UTC is 23:59 at the office (UTC+5): still 30 September there.
    assert quarter.contains(datetime(2026, 9, 30, 18, 59, tzinfo=UTC))
    assert not quarter.contains(datetime(2026, 9, 30, 19, 0, tzinfo=UTC))
    # 1 July 00:30 in Moscow (UTC+3) is 02:30 at the office; 30 June 21:30 Moscow is 23:30.
    moscow = timezone(timedelta(hours=3))
    assert quarter.contains(datetime(2026, 7, 1, 0, 30, tzinfo=moscow))
    assert not quarter.contains(datetime(2026, 6, 30, 21, 30, tzinfo=moscow))
    assert quarter.contains(date(2026, 9, 30)) and not quarter.contains(date(2026, 10, 1))


def test_bounds_select_the_same_moments_as_contains() -> None:
    start, end = Period.quarter(2026, 3).bounds()
    assert start == datetime(2026, 7, 1, tzinfo=ALMATY)
    assert end == datetime(2026, 10, 1, tzinfo=ALMATY)
    assert start == datetime(2026, 6, 30, 19, 0, tzinfo=UTC)  # what a UTC column is compared to


def test_the_months_of_a_period_are_cut_to_it() -> None:
    months = Period.between(date(2026, 1, 15), date(2026, 3, 10)).months()
    assert months == [
        Period.between(date(2026, 1, 15), date(2026, 1, 31)),
        Period.month(2026, 2),
        Period.between(date(2026, 3, 1), date(2026, 3, 10)),
    ]
    assert len(Period.year(2026).months()) == 12
    assert Period.day(date(2026, 5, 5)).months() == [
        Period.between(date(2026, 5, 5), date(2026, 5, 5))
    ]
    assert list(Period.between(date(2026, 2, 27), date(2026, 3, 1)).days()) == [
        date(2026, 2, 27),
        date(2026, 2, 28),
        date(2026, 3, 1),
    ]
