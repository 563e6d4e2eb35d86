"""Wall-clock time at the counter versus moments stored in the database.

The working calendar reasons in naive local time (9:00 is 9:00 in the office); the database
keeps aware datetimes (UTC). A naive datetime handed in is taken as local time already.
"""

from __future__ import annotations

from datetime import datetime


def naive_local(moment: datetime) -> datetime:
    """The office's wall-clock time of `moment`, without a zone."""
    return moment if moment.tzinfo is None else moment.astimezone().replace(tzinfo=None)


def aware(moment: datetime) -> datetime:
    """`moment` with the computer's zone attached (for storing)."""
    return moment.astimezone() if moment.tzinfo is None else moment
