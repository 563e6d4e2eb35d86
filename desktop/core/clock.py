"""The one clock: what time it is at the office.

Every "now" in the program comes from a Clock: services take the moment (or the clock) from
their caller, the UI takes it from its application context, tests hand in a FixedClock.
Times are aware datetimes in the office's zone (Asia/Almaty for Karaganda oblast: UTC+5
since 1 March 2024), whatever zone the computer's clock is set to, so a PC left on UTC still
shows and prints the time on the office wall. The zone's rules come from the `tzdata` package
(a locked version), not from the operating system, so every PC agrees.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from functools import cache
from importlib import resources
from typing import Protocol
from zoneinfo import ZoneInfo

OFFICE_ZONE = "Asia/Almaty"


@cache
def office_zone(name: str = OFFICE_ZONE) -> tzinfo:
    """The office's time zone, read from the bundled tzdata package."""
    with resources.files("tzdata.zoneinfo").joinpath(*name.split("/")).open("rb") as data:
        return ZoneInfo.from_file(data, key=name)


def wall_clock(moment: datetime) -> datetime:
    """The office's wall-clock time of `moment`, without a zone (a naive one is taken as is)."""
    return moment.astimezone(office_zone()).replace(tzinfo=None) if moment.tzinfo else moment


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, aware, in the office's zone."""
        ...

    def today(self) -> date:
        """The office's calendar date now."""
        ...


class SystemClock:
    """The computer's clock, told in the office's zone."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self.zone = zone or office_zone()

    def now(self) -> datetime:
        return datetime.now(self.zone)

    def today(self) -> date:
        return self.now().date()


class FixedClock:
    """A clock that stands still until told to move (tests, the soak test, demos)."""

    def __init__(self, moment: datetime, zone: tzinfo | None = None) -> None:
        self.zone = zone or office_zone()
        self._moment = moment if moment.tzinfo else moment.replace(tzinfo=self.zone)

    def now(self) -> datetime:
        return self._moment.astimezone(self.zone)

    def today(self) -> date:
        return self.now().date()

    def set(self, moment: datetime) -> None:
        self._moment = moment if moment.tzinfo else moment.replace(tzinfo=self.zone)

    def advance(self, delta: timedelta) -> None:
        self._moment += delta
