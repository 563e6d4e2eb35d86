import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.calendar import (
    Transfer,
    Transfers,
    WorkingCalendar,
    hours_from_rule_book,
    kazakhstan_holidays,
)
from desktop.core.ready_time import ready_time, ready_time_for
from desktop.core.rules import RuleBook
from desktop.paths import resource_path

RULES = resource_path("rules", "services.json")
BOOK = RuleBook.from_file(RULES)
RESULT_HOURS = BOOK.on(date(2026, 11, 25)).result_hours  # 24 in the 2008 standard

# Real government transfers (see resources/calendar/transfers.json), fixed here so these tests do
# not move when the editable list does.
DECREES = Transfers(
    (
        Transfer(date(2024, 5, 4), "working_day", "G24G0000109"),
        Transfer(date(2024, 5, 8), "day_off", "G24G0000109"),
        Transfer(date(2025, 1, 3), "day_off", "G24G0000436"),
        Transfer(date(2025, 1, 5), "working_day", "G24G0000436"),
    )
)
CALENDAR = WorkingCalendar(hours_from_rule_book(BOOK), kazakhstan_holidays(), DECREES)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_the_standard_says_24_hours() -> None:
    assert RESULT_HOURS == 24


# Office hours Monday-Friday 9:00-18:00, lunch 13:00-14:00 (the 2008 standard).
@pytest.mark.parametrize(
    ("handed_in", "ready", "why"),
    [
        ("2025-11-18 10:15", "2025-11-19 10:15", "Tuesday -> Wednesday, same clock time"),
        ("2025-11-19 12:50", "2025-11-20 12:50", "just before lunch"),
        ("2025-11-19 13:30", "2025-11-20 14:00", "in lunch: counted from 14:00"),
        ("2025-11-19 13:00", "2025-11-20 14:00", "lunch starts at 13:00"),
        ("2025-11-18 08:30", "2025-11-19 09:00", "before opening: counted from 9:00"),
        ("2025-11-18 17:59", "2025-11-19 17:59", "the last minute"),
        ("2025-11-18 18:00", "2025-11-20 09:00", "closing time: counted from Wednesday 9:00"),
        ("2025-11-17 18:30", "2025-11-19 09:00", "Monday evening -> Tuesday 9:00 -> Wednesday"),
        ("2025-11-21 17:30", "2025-11-24 09:00", "Friday -> Saturday closed -> Monday 9:00"),
        ("2025-11-21 10:00", "2025-11-24 09:00", "Friday morning -> Monday 9:00"),
        ("2025-11-23 12:00", "2025-11-25 09:00", "Sunday -> Monday 9:00 -> Tuesday"),
        ("2025-05-08 16:40", "2025-05-12 09:00", "Thursday before Victory Day Friday"),
        ("2026-04-30 16:40", "2026-05-04 09:00", "Thursday before 1 May Friday"),
        ("2027-05-06 16:40", "2027-05-11 09:00", "7 May Friday, then 10 May (9 May moved)"),
        ("2025-12-31 10:00", "2026-01-05 09:00", "31 Dec Wednesday -> 1-2 Jan -> weekend"),
        ("2026-12-31 11:00", "2027-01-05 09:00", "31 Dec Thursday -> 1 Jan, 2 Jan moved to 4"),
        ("2024-12-31 15:00", "2025-01-05 09:00", "3 Jan 2025 decreed off, Sunday 5 Jan worked"),
        ("2025-01-04 12:00", "2025-01-06 09:00", "Saturday -> the working Sunday 9:00 -> Monday"),
        ("2025-01-05 10:30", "2025-01-06 10:30", "handed in on the working Sunday"),
        ("2025-01-06 10:30", "2025-01-08 09:00", "7 January, Orthodox Christmas"),
        ("2024-05-03 11:00", "2024-05-04 11:00", "decreed working Saturday is open"),
        ("2024-05-06 10:00", "2024-05-10 09:00", "7 May, decreed 8 May off, 9 May"),
        ("2026-03-20 10:00", "2026-03-26 09:00", "Nauryz 21-23 March, moved to 24-25"),
        ("2026-03-06 16:00", "2026-03-10 09:00", "8 March a Sunday, Monday off"),
        ("2026-05-26 15:20", "2026-05-28 09:00", "Kurban ait 27 May 2026"),
        ("2025-06-05 09:30", "2025-06-09 09:00", "Kurban ait Friday 6 June 2025"),
        ("2026-07-03 10:00", "2026-07-07 09:00", "Capital Day Monday 6 July"),
        ("2025-08-29 11:00", "2025-09-02 09:00", "Constitution Day Saturday, Monday off"),
        ("2026-10-23 10:00", "2026-10-27 09:00", "Republic Day Sunday, Monday off"),
        ("2027-03-12 10:00", "2027-03-16 09:00", "Constitution Day Monday 15 March 2027"),
        ("2027-12-15 12:00", "2027-12-17 09:00", "Independence Day Thursday"),
    ],
)
def test_ready_time_table(handed_in: str, ready: str, why: str) -> None:
    assert ready_time(at(handed_in), CALENDAR, RESULT_HOURS) == at(ready), why


def test_ready_time_for_takes_the_term_of_the_standard_in_force(tmp_path: Path) -> None:
    assert ready_time_for(at("2025-11-18 10:15"), CALENDAR, BOOK) == at("2025-11-19 10:15")
    raw = json.loads(RULES.read_text("utf-8"))
    newer = json.loads(json.dumps(raw["rule_sets"][0]))
    newer.update(id="newer", effective_from="2026-01-01", result_hours=48)
    raw["rule_sets"].append(newer)
    path = tmp_path / "services.json"
    path.write_text(json.dumps(raw), "utf-8")
    book = RuleBook.from_file(path)
    assert ready_time_for(at("2025-12-30 10:15"), CALENDAR, book) == at("2025-12-31 10:15")
    assert ready_time_for(at("2026-01-13 10:15"), CALENDAR, book) == at("2026-01-15 10:15")
    # 48 hours from Thursday: Saturday is closed, so Monday 9:00.
    assert ready_time_for(at("2026-01-15 10:15"), CALENDAR, book) == at("2026-01-19 09:00")


def test_other_terms() -> None:
    assert ready_time(at("2025-11-18 10:15"), CALENDAR, 3) == at("2025-11-18 14:00")  # lunch
    assert ready_time(at("2025-11-18 10:15"), CALENDAR, 0) == at("2025-11-18 10:15")
    with pytest.raises(ValueError):
        ready_time(at("2025-11-18 10:15"), CALENDAR, -1)


@given(st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 24)))
def test_ready_is_open_and_no_later_than_the_next_working_day(handed_in: datetime) -> None:
    ready = ready_time(handed_in, CALENDAR, RESULT_HOURS)
    assert CALENDAR.is_open(ready)
    start = CALENDAR.next_open_moment(handed_in)
    assert ready >= start + timedelta(hours=RESULT_HOURS)
    # Never later than the same clock time on the next working day after the start.
    next_day = CALENDAR.working_days_after(start.date(), 1)
    assert ready <= datetime.combine(next_day, start.time())
    assert ready.time() == start.time() or ready.time() in (time(9), time(14))
