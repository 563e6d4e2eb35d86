"""When a service result is ready: the date and time printed on the talon.

The standard says the result is given "within 24 hours of handing in the documents". We read
that as wall-clock hours that start and end in open time:

    start = the first open moment at or after the hand-in
    ready = the first open moment at or after start + result_hours (wall-clock hours)

So with 24 hours and the office open Monday-Friday 9:00-18:00, lunch 13:00-14:00:

* Tuesday 10:15 -> Wednesday 10:15 (the same clock time on the next day, which is open);
* Wednesday 13:30 (lunch) -> start 14:00 -> Thursday 14:00;
* Monday 18:30 (closed) -> start Tuesday 9:00 -> Wednesday 9:00;
* Friday 17:30 -> Saturday 17:30 is closed -> Monday 9:00;
* Thursday 16:40 before a public holiday on Friday -> Friday 16:40 is closed -> Monday 9:00.

With the same hours every day, the result is never later than the same clock time on the next
working day: when the day after is closed, the customer may come at the next opening.
`result_hours` comes from the rule set in force (see `ready_time_for`), never from a constant
here. Datetimes are naive local time; Kazakhstan has no daylight saving time, so adding 24 hours
always lands on the same clock time of the next calendar day.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.calendar import WorkingCalendar
from desktop.core.rules import RuleBook


def ready_time(handed_in: datetime, calendar: WorkingCalendar, result_hours: int) -> datetime:
    """The moment the result is ready for documents handed in at `handed_in` (rule above)."""
    if result_hours < 0:
        raise ValueError("result_hours must not be negative")
    start = calendar.next_open_moment(handed_in)
    return calendar.next_open_moment(start + timedelta(hours=result_hours))


def ready_time_for(handed_in: datetime, calendar: WorkingCalendar, book: RuleBook) -> datetime:
    """ready_time with the result term of the standard in force on the day of the hand-in."""
    return ready_time(handed_in, calendar, book.on(handed_in.date()).result_hours)
