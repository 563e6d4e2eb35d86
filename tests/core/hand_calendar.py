"""A fixed working calendar for tests whose expected dates are counted by hand.

Monday-Friday, 9:00-18:00 with lunch 13:00-14:00, and the real holidays listed below, written
here so that a new `holidays` release or an edited transfers.json cannot move the answers. Only
the days the tests cross are listed; a test that needs a decreed transfer passes it in.
"""

from datetime import date, time

from desktop.core.calendar import Transfer, Transfers, WorkingCalendar
from desktop.core.rules import WorkingHours

HOURS = WorkingHours(frozenset({0, 1, 2, 3, 4}), time(9), time(18), ((time(13), time(14)),))
HOLIDAYS = {
    date(2019, 12, 2): "First President's Day (observed)",
    date(2020, 12, 16): "Independence Day",
    date(2021, 1, 1): "New Year's Day",
    date(2021, 1, 4): "New Year's Day (observed)",
    date(2021, 1, 7): "Orthodox Christmas",
    date(2021, 7, 6): "Capital Day",
    date(2025, 12, 16): "Independence Day",
    date(2026, 1, 1): "New Year's Day",
    date(2026, 1, 2): "New Year's Day",
    date(2026, 1, 7): "Orthodox Christmas",
    date(2026, 3, 9): "International Women's Day (observed)",
    date(2026, 3, 23): "Nauryz holiday",
    date(2026, 3, 24): "Nauryz holiday (observed)",
    date(2026, 3, 25): "Nauryz holiday (observed)",
    date(2026, 5, 11): "Victory Day (observed)",
}


def hand_calendar(*transfers: Transfer) -> WorkingCalendar:
    return WorkingCalendar(lambda _day: HOURS, HOLIDAYS, Transfers(transfers))
