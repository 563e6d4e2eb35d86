"""Next reception dates from the parsed schedules, every expected date worked out by hand below.

The calendar is the test's own (tests/core/hand_calendar.py, with one decreed day off), so a new
`holidays` release cannot move the answers; only the check of all 67 real slots uses the
program's own calendar.
"""

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

import pytest

from desktop.core.calendar import (
    Transfer,
    WorkingCalendar,
    hours_from_rule_book,
    kazakhstan_holidays,
    load_transfers,
)
from desktop.core.reception import LAST, Receptions, next_receptions
from desktop.core.rules import RuleBook
from desktop.core.seed.reception import LAST_WEEK
from desktop.paths import resource_path
from tests.core.hand_calendar import hand_calendar

DECREE = Transfer(date(2025, 1, 3), "day_off", "Government resolution G24G0000436")
CALENDAR = hand_calendar(DECREE)

MON, TUE, WED, THU, FRI = range(5)


@dataclass(frozen=True)
class Slot:
    recurrence: str
    weekday: int | None
    nth: list[int] = field(default_factory=list)
    time_from: str | None = "15:00"
    time_to: str | None = "16:00"


def days(receptions: Receptions) -> list[tuple[date, str]]:
    """Each date with "" when the reception is held, or the reason it is skipped."""
    return [(d.day, d.skipped.kind if d.skipped else "") for d in receptions.dates]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_every_tuesday_with_a_holiday_skipped_not_moved() -> None:
    # From Monday 8 Dec 2025: Tuesdays 9, 16 (Independence Day), 23, 30 Dec.
    found = next_receptions(Slot("weekly", TUE), at("2025-12-08 10:00"), CALENDAR)
    assert days(found) == [
        (date(2025, 12, 9), ""),
        (date(2025, 12, 16), "public_holiday"),
        (date(2025, 12, 23), ""),
        (date(2025, 12, 30), ""),
    ]
    skipped = found.skipped[0].skipped
    assert skipped is not None and skipped.name == "Independence Day"
    assert [d.day.day for d in found.held] == [9, 23, 30]
    assert (found.held[0].start, found.held[0].end) == (time(15), time(16))
    assert found.problem is None


@pytest.mark.parametrize(
    ("now", "first"),
    [
        ("2025-12-09 14:59", date(2025, 12, 9)),
        ("2025-12-09 15:30", date(2025, 12, 9)),  # under way: still worth going
        ("2025-12-09 16:00", date(2025, 12, 23)),  # over; the 16th is a holiday
    ],
)
def test_today_counts_until_the_reception_ends(now: str, first: date) -> None:
    found = next_receptions(Slot("weekly", TUE), at(now), CALENDAR, count=1)
    assert found.held[0].day == first


def test_an_aware_moment_is_told_in_the_office_zone() -> None:
    # 10:30 UTC is 15:30 in Karaganda: the reception of Tuesday 9 Dec is under way
    now = datetime(2025, 12, 9, 10, 30, tzinfo=UTC)
    assert next_receptions(Slot("weekly", TUE), now, CALENDAR, 1).held[0].day == date(2025, 12, 9)
    # 11:00 UTC is 16:00 there: over
    now = datetime(2025, 12, 9, 11, 0, tzinfo=UTC)
    assert next_receptions(Slot("weekly", TUE), now, CALENDAR, 1).held[0].day == date(2025, 12, 23)


@pytest.mark.parametrize(
    ("now", "first"),
    [
        ("2025-12-10 16:59", date(2025, 12, 10)),
        ("2025-12-10 17:00", date(2025, 12, 17)),
    ],
)
def test_an_open_ended_time_counts_today_until_it_starts(now: str, first: date) -> None:
    slot = Slot("weekly", WED, time_from="17:00", time_to=None)
    found = next_receptions(slot, at(now), CALENDAR, count=1)
    assert found.held[0].day == first
    assert (found.held[0].start, found.held[0].end) == (time(17), None)


def test_second_and_fourth_thursday() -> None:
    # Thursdays of January 2026: 1, 8, 15, 22, 29 -> 8 and 22; of February: 5, 12, 19, 26 -> 12.
    slot = Slot("monthly_nth", THU, [2, 4], "16:00", "18:00")
    found = next_receptions(slot, at("2026-01-01 09:00"), CALENDAR)
    assert days(found) == [(date(2026, 1, 8), ""), (date(2026, 1, 22), ""), (date(2026, 2, 12), "")]


def test_nth_mondays_with_three_holidays_skipped() -> None:
    # 2nd and 4th Mondays. March 2026: Mondays 2, 9, 16, 23, 30 -> 9 (Women's Day, observed)
    # and 23 (Nauryz), both skipped; April: 6, 13, 20, 27 -> 13, 27; May: 4, 11, 18, 25 ->
    # 11 (Victory Day, observed) skipped, 25.
    slot = Slot("monthly_nth", MON, [2, 4])
    found = next_receptions(slot, at("2026-03-01 12:00"), CALENDAR)
    assert days(found) == [
        (date(2026, 3, 9), "public_holiday"),
        (date(2026, 3, 23), "public_holiday"),
        (date(2026, 4, 13), ""),
        (date(2026, 4, 27), ""),
        (date(2026, 5, 11), "public_holiday"),
        (date(2026, 5, 25), ""),
    ]


def test_a_decreed_day_off_is_skipped_with_its_decree() -> None:
    # Fridays from Wednesday 1 Jan 2025: 3 Jan (decreed day off), 10, 17, 24.
    found = next_receptions(Slot("weekly", FRI), at("2025-01-01 08:00"), CALENDAR)
    assert days(found)[0] == (date(2025, 1, 3), "decreed_day_off")
    skipped = found.dates[0].skipped
    assert skipped is not None and skipped.name == "Government resolution G24G0000436"
    assert [d.day for d in found.held] == [date(2025, 1, 10), date(2025, 1, 17), date(2025, 1, 24)]


@pytest.mark.parametrize(
    ("month", "last_thursday", "thursdays"),
    [
        (date(2026, 2, 1), date(2026, 2, 26), 4),  # 5, 12, 19, 26
        (date(2026, 4, 1), date(2026, 4, 30), 5),  # 2, 9, 16, 23, 30
        (date(2026, 10, 1), date(2026, 10, 29), 5),  # 1, 8, 15, 22, 29
        (date(2026, 11, 1), date(2026, 11, 26), 4),  # 5, 12, 19, 26
    ],
)
def test_the_last_thursday_of_months_with_four_and_five(
    month: date, last_thursday: date, thursdays: int
) -> None:
    now = datetime.combine(month, time(8))
    last = next_receptions(Slot("monthly_nth", THU, [LAST]), now, CALENDAR, 1)
    assert last.held[0].day == last_thursday
    fourth = next_receptions(Slot("monthly_nth", THU, [4]), now, CALENDAR, 1)
    assert (fourth.held[0].day == last_thursday) is (thursdays == 4)


def test_a_fifth_weekday_only_in_months_that_have_one() -> None:
    # 5th Thursdays from 1 Jan 2026: 29 Jan; February and March have four; 30 Apr; ...; 30 Jul
    found = next_receptions(Slot("monthly_nth", THU, [5]), at("2026-01-01 08:00"), CALENDAR)
    assert [d.day for d in found.dates] == [date(2026, 1, 29), date(2026, 4, 30), date(2026, 7, 30)]


def test_the_first_thursday_of_a_month() -> None:
    # From 2 Jan 2026 the 1st Thursday of January (1 Jan) is past: 5 Feb, 5 Mar, 2 Apr
    found = next_receptions(Slot("monthly_nth", THU, [1]), at("2026-01-02 08:00"), CALENDAR)
    assert [d.day for d in found.held] == [date(2026, 2, 5), date(2026, 3, 5), date(2026, 4, 2)]


def test_once_a_month_gives_no_invented_day() -> None:
    slot = Slot("monthly_once", None, time_from="17:00", time_to=None)
    found = next_receptions(slot, at("2026-01-01 08:00"), CALENDAR)
    assert (found.dates, found.problem) == ((), "day_not_given")


def test_a_slot_with_no_time_still_gives_its_days() -> None:
    # 3rd Monday, no time given (Aktogay): March 2026 Mondays 2, 9, 16 -> 16; evening still counts
    found = next_receptions(
        Slot("monthly_nth", MON, [3], None, None), at("2026-03-16 20:00"), CALENDAR, 1
    )
    assert (found.held[0].day, found.held[0].start, found.held[0].end) == (
        date(2026, 3, 16),
        None,
        None,
    )


@pytest.mark.parametrize(
    ("slot", "problem"),
    [
        (Slot("weekly", None), "weekday_not_given"),
        (Slot("fortnightly", TUE), "recurrence_not_understood"),
        (Slot("monthly_nth", TUE, []), "week_not_understood"),
        (Slot("monthly_nth", TUE, [6]), "week_not_understood"),
    ],
)
def test_slots_that_cannot_give_dates_say_why(slot: Slot, problem: str) -> None:
    assert next_receptions(slot, at("2026-01-01 08:00"), CALENDAR).problem == problem


def test_the_last_week_code_is_the_parsers() -> None:
    assert LAST == LAST_WEEK


def test_count_must_be_positive() -> None:
    with pytest.raises(ValueError):
        next_receptions(Slot("weekly", TUE), at("2026-01-01 08:00"), CALENDAR, 0)


def test_every_parsed_slot_of_the_seed_gives_dates() -> None:
    """All 67 slots of Appendix 4 on the program's calendar; the one that cannot is named."""
    book = RuleBook.from_file(resource_path("rules", "services.json"))
    calendar = WorkingCalendar(
        hours_from_rule_book(book),
        kazakhstan_holidays(),
        load_transfers(resource_path("calendar", "transfers.json")),
    )
    akimats = json.loads(resource_path("reference", "district_akimats.json").read_text("utf-8"))
    cannot = []
    slots = 0
    for akimat in akimats:
        for raw in akimat["reception"]:
            slots += 1
            slot = Slot(
                raw["recurrence"], raw["weekday"], raw["nth"], raw["time_from"], raw["time_to"]
            )
            found = next_receptions(slot, at("2026-11-25 12:00"), calendar)
            if found.problem:
                cannot.append((akimat["district"], raw["who"], found.problem))
            else:
                assert len(found.held) == 3, raw["source"]
                assert all(calendar.is_working_day(d.day) for d in found.held)
    assert slots == 67
    assert cannot == [("karaganda", "akim", "day_not_given")]  # "айына бір рет": once a month
