"""The next reception dates of a district akim and the deputies, from Appendix 4's schedules.

The schedules are parsed by desktop/core/seed/reception.py into slots ("weekly" on a weekday;
"monthly_nth": the 1st..5th or the last (-1) weekday of each month; "monthly_once": once a month,
no day given). `next_receptions` lays a slot on the office's working calendar:

* the days the slot names, in order, from the day of `now` on. Today counts while the reception
  has not ended (a slot "from 17:00" with no end counts until 17:00; a slot with no time counts
  all day);
* a day the slot names that is not a working day (a public holiday, a decreed day off) is not
  moved to another day: it is listed as skipped, with the calendar's reason, and the search goes
  on until `count` days are found on which the reception is held;
* a slot whose days cannot be computed (once a month with no day given, a weekday missing, a
  recurrence not understood) gives no dates and a `problem` code that the user interface words:
  "day_not_given", "weekday_not_given", "recurrence_not_understood", "week_not_understood".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal, Protocol

from desktop.core.calendar import DayOff, WorkingCalendar, add_months
from desktop.core.clock import wall_clock

# nth = -1: the last such weekday of the month; the parser's LAST_WEEK (not imported: importing
# the seed package costs tens of milliseconds at start; a test keeps the two equal)
LAST = -1
# A slot that yields nothing in this many months (say, only 5th Mondays, all of them holidays)
# gives what was found rather than searching for ever.
SEARCH_MONTHS = 24

ScheduleProblem = Literal[
    "day_not_given", "weekday_not_given", "recurrence_not_understood", "week_not_understood"
]


class Slot(Protocol):
    """One line of a reception schedule (seed.model.ReceptionSlot, services' ReceptionRow)."""

    @property
    def recurrence(self) -> str: ...
    @property
    def weekday(self) -> int | None: ...
    @property
    def nth(self) -> Sequence[int]: ...
    @property
    def time_from(self) -> str | None: ...
    @property
    def time_to(self) -> str | None: ...


@dataclass(frozen=True)
class ReceptionDate:
    day: date
    start: time | None  # None: the schedule gives no time
    end: time | None  # None: open end ("from 17:00") or no time given
    skipped: DayOff | None = None  # set when the day is not a working day: no reception

    @property
    def held(self) -> bool:
        return self.skipped is None


@dataclass(frozen=True)
class Receptions:
    """The dates in order, skipped ones among them; `problem` when none can be computed."""

    dates: tuple[ReceptionDate, ...]
    problem: ScheduleProblem | None = None

    @property
    def held(self) -> tuple[ReceptionDate, ...]:
        return tuple(d for d in self.dates if d.held)

    @property
    def skipped(self) -> tuple[ReceptionDate, ...]:
        return tuple(d for d in self.dates if not d.held)


def next_receptions(
    slot: Slot, now: datetime, calendar: WorkingCalendar, count: int = 3
) -> Receptions:
    """The next `count` days the slot's reception is held, with the skipped days between."""
    if count < 1:
        raise ValueError("count must be at least 1")
    problem = schedule_problem(slot)
    if problem is not None:
        return Receptions((), problem)
    local = wall_clock(now)
    start, end = _clock(slot.time_from), _clock(slot.time_to)
    found: list[ReceptionDate] = []
    held = 0
    for day in _slot_days(slot, local.date()):
        if day == local.date() and not _still_ahead(local.time(), start, end):
            continue
        found.append(ReceptionDate(day, start, end, calendar.day_off(day)))
        held += found[-1].held
        if held == count:
            break
    return Receptions(tuple(found))


def schedule_problem(slot: Slot) -> ScheduleProblem | None:
    """Why no dates can be computed for `slot`, or None when they can."""
    if slot.recurrence == "monthly_once":
        return "day_not_given"
    if slot.recurrence not in ("weekly", "monthly_nth"):
        return "recurrence_not_understood"
    if slot.weekday is None or not 0 <= slot.weekday <= 6:
        return "weekday_not_given"
    if slot.recurrence == "monthly_nth" and (
        not slot.nth or any(n != LAST and not 1 <= n <= 5 for n in slot.nth)
    ):
        return "week_not_understood"
    return None


def _still_ahead(now: time, start: time | None, end: time | None) -> bool:
    """Whether a reception today is still to come (or going on) at `now`."""
    if end is not None:
        return now < end
    if start is not None:
        return now < start
    return True


def _clock(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)


def _slot_days(slot: Slot, first: date) -> Iterator[date]:
    """The days `slot` names, from `first` on, for SEARCH_MONTHS months."""
    assert slot.weekday is not None  # schedule_problem() has been asked
    if slot.recurrence == "weekly":
        day = first + timedelta(days=(slot.weekday - first.weekday()) % 7)
        while day < add_months(first.replace(day=1), SEARCH_MONTHS):
            yield day
            day += timedelta(days=7)
        return
    for months in range(SEARCH_MONTHS):
        month = add_months(first.replace(day=1), months)
        for day in sorted(_nth_weekdays(month, slot.weekday, slot.nth)):
            if day >= first:
                yield day


def _nth_weekdays(month: date, weekday: int, nth: Sequence[int]) -> set[date]:
    """The n-th `weekday`s of `month` for each n in `nth` (LAST: the last one); a 5th that the
    month does not have is simply absent."""
    first = month + timedelta(days=(weekday - month.weekday()) % 7)
    days = []
    day = first
    while day.month == month.month:
        days.append(day)
        day += timedelta(days=7)
    return {days[n - 1] if n != LAST else days[-1] for n in nth if n == LAST or n <= len(days)}
