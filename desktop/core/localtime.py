"""Wall-clock time at the counter versus moments stored in the database.

The working calendar reasons in naive local time (9:00 is 9:00 in the office); the database
keeps aware datetimes (UTC). Both conversions go through the office's zone
(desktop.core.clock.office_zone, Asia/Almaty), never the computer's: a PC whose clock is set
to UTC, or to Moscow, still takes in, shows and prints office time. A naive datetime handed in
is taken as the office's wall-clock time already.
"""

from __future__ import annotations

from datetime import datetime

from desktop.core.clock import office_zone
from desktop.core.clock import wall_clock as naive_local

__all__ = ["aware", "naive_local"]  # naive_local: the office's wall-clock time, without a zone


def aware(moment: datetime) -> datetime:
    """`moment` told in the office's zone, aware (for storing, and for dates and hours as on
    the office's wall clock); a naive one is the office's wall-clock time already."""
    zone = office_zone()
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)
