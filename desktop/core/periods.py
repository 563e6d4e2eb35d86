"""Reporting periods: a day, a month, a quarter, a year or any range of the office's dates.

A period runs from its first to its last day, both included. A moment belongs to it when its
date on the office's wall clock (the zone of desktop/core/clock.py, whatever zone the moment is
told in) lies within those days: a ticket issued at 23:59 on the last day counts, one issued at
00:00 the next day does not. A naive datetime is taken as office wall-clock time already.

Database queries use `bounds()`, the half-open interval [first day 00:00, day after the last
00:00) as aware datetimes in the office's zone, so "issued_at >= start AND issued_at < end"
selects exactly the moments `contains()` accepts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from desktop.core.calendar import add_months
from desktop.core.clock import office_zone
from desktop.core.localtime import aware


def timestamp(moment: datetime) -> float:
    """POSIX seconds of `moment`, a naive one taken as office time: the cheapest way to compare
    many moments with a period's bounds and to measure how long things took."""
    return aware(moment).timestamp()


PeriodKind = Literal["day", "month", "quarter", "year", "range"]
PERIOD_KINDS: tuple[PeriodKind, ...] = ("day", "month", "quarter", "year", "range")


@dataclass(frozen=True)
class Period:
    """The office dates `first` to `last`, both included; `kind` says how it was chosen."""

    first: date
    last: date
    kind: PeriodKind = "range"

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"a period cannot end ({self.last}) before it starts ({self.first})")
        if self.kind not in PERIOD_KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")

    # ---- the periods a person picks ------------------------------------------------------------

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day, "day")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = date(year, month, 1)
        return cls(first, add_months(first, 1) - timedelta(days=1), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(f"a quarter is 1 to 4, not {quarter}")
        first = date(year, 3 * quarter - 2, 1)
        return cls(first, add_months(first, 3) - timedelta(days=1), "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def between(cls, first: date, last: date) -> Period:
        return cls(first, last, "range")

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        """The day, month, quarter or year that `day` falls in."""
        if kind == "day":
            return cls.day(day)
        if kind == "month":
            return cls.month(day.year, day.month)
        if kind == "quarter":
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        if kind == "year":
            return cls.year(day.year)
        raise ValueError("a range is not found from one day: use Period.between")

    def previous(self) -> Period:
        """The period of the same kind just before this one ("last quarter" from this one);
        a range gives the range of as many days that ends the day before it starts."""
        before = self.first - timedelta(days=1)
        if self.kind == "range":
            return Period.between(before - (self.last - self.first), before)
        return Period.containing(self.kind, before)

    # ---- what is in it -------------------------------------------------------------------------

    @property
    def quarter_number(self) -> int:
        """The quarter (1-4) the period starts in."""
        return (self.first.month - 1) // 3 + 1

    @property
    def day_count(self) -> int:
        return (self.last - self.first).days + 1

    def contains(self, moment: datetime | date) -> bool:
        """Whether `moment` falls on one of the period's days on the office's wall clock."""
        day = aware(moment).date() if isinstance(moment, datetime) else moment
        return self.first <= day <= self.last

    def bounds(self) -> tuple[datetime, datetime]:
        """[start, end): midnight of the first day and of the day after the last, aware."""
        zone = office_zone()
        start = datetime.combine(self.first, time(0), zone)
        return start, datetime.combine(self.last + timedelta(days=1), time(0), zone)

    def days(self) -> Iterator[date]:
        day = self.first
        while day <= self.last:
            yield day
            day += timedelta(days=1)

    def months(self) -> list[Period]:
        """The calendar months the period touches, each cut to the period (for a trend)."""
        found: list[Period] = []
        start = self.first.replace(day=1)
        while start <= self.last:
            month = Period.month(start.year, start.month)
            if month.first >= self.first and month.last <= self.last:
                found.append(month)
            else:
                found.append(
                    Period.between(max(month.first, self.first), min(month.last, self.last))
                )
            start = add_months(start, 1)
        return found
