import json
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import calendar
from desktop.core.calendar import (
    DayOff,
    Transfer,
    Transfers,
    WorkingCalendar,
    add_months,
    hours_from_rule_book,
    kazakhstan_holidays,
    load_transfers,
)
from desktop.core.rules import RuleBook, WorkingHours
from desktop.paths import resource_path

HOURS = WorkingHours(
    weekdays=frozenset({0, 1, 2, 3, 4}),
    open=time(9),
    close=time(18),
    breaks=((time(13), time(14)),),
)

# Real government transfers, written here so the tests do not change when the editable
# resources/calendar/transfers.json does.
DECREES = Transfers(
    (
        Transfer(date(2024, 5, 4), "working_day", "G24G0000109"),
        Transfer(date(2024, 5, 8), "day_off", "G24G0000109"),
        Transfer(date(2025, 1, 3), "day_off", "G24G0000436"),
        Transfer(date(2025, 1, 5), "working_day", "G24G0000436"),
    )
)

KZ = kazakhstan_holidays()


def office_calendar(transfers: Transfers = DECREES) -> WorkingCalendar:
    return WorkingCalendar(lambda _day: HOURS, KZ, transfers)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --- the holidays package -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        "2025-01-01",
        "2025-01-02",
        "2025-01-07",  # Orthodox Christmas
        "2025-03-08",  # Saturday ...
        "2025-03-10",  # ... so Monday off
        "2025-03-21",
        "2025-03-24",  # Nauryz 22-23 on the weekend, moved to Monday and Tuesday
        "2025-03-25",
        "2025-05-01",
        "2025-05-07",
        "2025-05-09",
        "2025-06-06",  # Kurban ait
        "2025-07-07",  # Capital Day 6 July was a Sunday
        "2025-08-30",  # Constitution Day (Saturday) ...
        "2025-09-01",  # ... moved to Monday
        "2025-10-27",  # Republic Day 25 October was a Saturday
        "2025-12-16",
        "2026-01-01",
        "2026-01-02",
        "2026-01-07",
        "2026-03-09",  # 8 March was a Sunday
        "2026-03-23",
        "2026-03-24",
        "2026-03-25",
        "2026-05-01",
        "2026-05-07",
        "2026-05-11",  # 9 May was a Saturday
        "2026-05-27",  # Kurban ait (the package marks it "estimated")
        "2026-07-06",
        "2026-10-26",  # 25 October was a Sunday
        "2026-12-16",
        "2027-01-04",  # 2 January was a Saturday
        "2027-03-08",
        "2027-03-15",  # Constitution Day's new date
        "2027-03-22",
        "2027-03-23",
        "2027-03-24",
        "2027-05-03",
        "2027-05-07",
        "2027-05-10",
        "2027-07-06",
        "2027-10-25",
        "2027-12-16",
    ],
)
def test_kazakhstan_public_holidays(day: str) -> None:
    assert date.fromisoformat(day) in KZ
    assert not office_calendar().is_working_day(date.fromisoformat(day))


def test_christmas_and_kurban_ait_are_not_moved_off_a_weekend() -> None:
    assert date(2024, 1, 7) in KZ and date(2024, 1, 8) not in KZ  # Christmas on a Sunday
    assert date(2027, 5, 16) in KZ and date(2027, 5, 17) not in KZ  # Kurban ait on a Sunday


def test_package_version_facts_for_2026() -> None:
    """Pinned facts of holidays 0.109; check them again when the package moves.

    The new Constitution moved Constitution Day to 15 March from 2027, and the package has no
    Constitution Day at all in 2026 (so Monday 31 August 2026 is a working day).
    """
    kz_2026 = holidays.country_holidays("KZ", years=2026)
    assert date(2026, 8, 30) not in kz_2026
    assert date(2026, 8, 31) not in kz_2026
    assert office_calendar().is_working_day(date(2026, 8, 31))


def _holidays_of(found: holidays.HolidayBase, years: range) -> list[tuple[date, str]]:
    for year in years:
        found.get(date(year, 1, 1))  # a calendar made without years fills a year when asked
    return sorted((day, name) for day, name in found.items() if day.year in years)


def test_kazakhstan_holidays_are_those_of_the_package() -> None:
    """Loaded alone (not through holidays.countries), with the same days and names."""
    years = range(2015, 2031)
    package = holidays.country_holidays("KZ", years=years)
    assert _holidays_of(kazakhstan_holidays(), years) == _holidays_of(package, years)


def test_kazakhstan_holidays_without_the_module_file_fall_back_to_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A packaging where the module cannot be found alone still gets the same holidays."""
    monkeypatch.delitem(sys.modules, "holidays.countries.kazakhstan")
    monkeypatch.setattr(calendar, "PathFinder", SimpleNamespace(find_spec=lambda *_: None))
    years = range(2024, 2027)
    assert _holidays_of(kazakhstan_holidays(), years) == _holidays_of(KZ, years)


# --- working days -------------------------------------------------------------------------------


def test_working_days() -> None:
    calendar = office_calendar()
    assert calendar.is_working_day(date(2025, 11, 18))  # Tuesday
    assert not calendar.is_working_day(date(2025, 11, 22))  # Saturday
    assert not calendar.is_working_day(date(2025, 11, 23))  # Sunday
    assert not calendar.is_working_day(date(2025, 12, 16))  # Independence Day


def test_decreed_transfers() -> None:
    calendar = office_calendar()
    assert calendar.is_working_day(date(2024, 5, 4))  # a working Saturday
    assert not calendar.is_working_day(date(2024, 5, 8))  # a Wednesday off
    assert calendar.is_working_day(date(2025, 1, 5))  # a working Sunday
    assert not calendar.is_working_day(date(2025, 1, 3))
    without = office_calendar(Transfers())
    assert not without.is_working_day(date(2024, 5, 4))  # the worked side is only in our list
    assert not without.is_working_day(date(2024, 5, 8))  # the package has the day-off side


def test_a_transfer_overrides_a_holiday_date() -> None:
    """A corrected moveable date: the package's estimate is worked, the real date is off."""
    fix = Transfers(
        (
            Transfer(date(2026, 5, 27), "working_day", "example: corrected Kurban ait date"),
            Transfer(date(2026, 5, 28), "day_off", "example: corrected Kurban ait date"),
        )
    )
    calendar = office_calendar(fix)
    assert calendar.is_working_day(date(2026, 5, 27))
    assert not calendar.is_working_day(date(2026, 5, 28))


def test_a_plain_set_of_holidays_is_enough() -> None:
    calendar = WorkingCalendar(lambda _day: HOURS, {date(2026, 11, 25)})
    assert not calendar.is_working_day(date(2026, 11, 25))
    assert calendar.is_working_day(date(2026, 11, 26))
    assert calendar.is_working_day(date(2026, 12, 16))  # not in this set


# --- hours --------------------------------------------------------------------------------------


def test_working_intervals() -> None:
    calendar = office_calendar()
    assert calendar.working_intervals(date(2025, 11, 18)) == [
        (at("2025-11-18 09:00"), at("2025-11-18 13:00")),
        (at("2025-11-18 14:00"), at("2025-11-18 18:00")),
    ]
    assert calendar.working_intervals(date(2025, 11, 22)) == []
    assert calendar.working_intervals(date(2026, 1, 7)) == []
    assert calendar.working_intervals(date(2024, 5, 4))[0][0] == at("2024-05-04 09:00")


def test_intervals_with_two_breaks_and_none() -> None:
    two = WorkingHours(
        HOURS.weekdays, time(8), time(17), ((time(15), time(15, 15)), HOURS.breaks[0])
    )
    none = WorkingHours(HOURS.weekdays, time(9), time(18), ())
    day = date(2025, 11, 18)
    assert [
        (a.time(), b.time())
        for a, b in WorkingCalendar(lambda _: two, set()).working_intervals(day)
    ] == [
        (time(8), time(13)),
        (time(14), time(15)),
        (time(15, 15), time(17)),
    ]
    assert WorkingCalendar(lambda _: none, set()).working_intervals(day) == [
        (at("2025-11-18 09:00"), at("2025-11-18 18:00"))
    ]


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        ("2025-11-18 08:59:59", False),
        ("2025-11-18 09:00", True),
        ("2025-11-18 12:59:59", True),
        ("2025-11-18 13:00", False),
        ("2025-11-18 13:59:59", False),
        ("2025-11-18 14:00", True),
        ("2025-11-18 17:59:59", True),
        ("2025-11-18 18:00", False),
        ("2025-11-22 11:00", False),  # Saturday
        ("2024-05-04 11:00", True),  # decreed working Saturday
        ("2024-05-08 11:00", False),  # decreed Wednesday off
        ("2026-03-24 11:00", False),  # Nauryz, moved off the weekend
    ],
)
def test_is_open(moment: str, is_open: bool) -> None:
    assert office_calendar().is_open(at(moment)) is is_open


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2025-11-18 10:15", "2025-11-18 10:15"),
        ("2025-11-18 07:00", "2025-11-18 09:00"),
        ("2025-11-18 13:00", "2025-11-18 14:00"),
        ("2025-11-18 13:30", "2025-11-18 14:00"),
        ("2025-11-18 18:00", "2025-11-19 09:00"),
        ("2025-11-21 17:30", "2025-11-21 17:30"),
        ("2025-11-21 18:30", "2025-11-24 09:00"),  # Friday evening -> Monday
        ("2025-11-23 12:00", "2025-11-24 09:00"),  # Sunday
        ("2026-03-20 18:00", "2026-03-26 09:00"),  # Nauryz 21-25 March 2026
        ("2025-12-31 18:00", "2026-01-05 09:00"),  # New Year
        ("2025-01-04 12:00", "2025-01-05 09:00"),  # Sunday 5 January 2025 was worked
    ],
)
def test_next_open_moment(moment: str, expected: str) -> None:
    assert office_calendar().next_open_moment(at(moment)) == at(expected)


def test_aware_datetimes_are_refused() -> None:
    from datetime import UTC

    with pytest.raises(ValueError):
        office_calendar().is_open(datetime(2025, 11, 18, 10, tzinfo=UTC))


def test_a_calendar_with_no_working_days_fails_loudly() -> None:
    never = WorkingHours(frozenset(), time(9), time(18), ())
    with pytest.raises(LookupError):
        WorkingCalendar(lambda _: never, set()).next_open_moment(at("2025-11-18 10:00"))


@pytest.mark.parametrize(
    ("start", "hours", "expected"),
    [
        ("2025-11-18 10:00", 2, "2025-11-18 12:00"),
        ("2025-11-18 12:00", 2, "2025-11-18 15:00"),  # lunch skipped
        ("2025-11-18 17:00", 1, "2025-11-18 18:00"),  # ends at closing time
        ("2025-11-18 17:00", 2, "2025-11-19 10:00"),
        ("2025-11-21 17:00", 8, "2025-11-24 17:00"),  # 1 h Friday + 7 h Monday
        ("2025-11-22 10:00", 0, "2025-11-24 09:00"),
        ("2025-05-08 17:00", 3, "2025-05-12 11:00"),  # Victory Day Friday
        ("2024-05-03 17:00", 3, "2024-05-04 11:00"),  # working Saturday
    ],
)
def test_add_working_time(start: str, hours: int, expected: str) -> None:
    assert office_calendar().add_working_time(at(start), timedelta(hours=hours)) == at(expected)


def test_add_working_time_refuses_negative() -> None:
    with pytest.raises(ValueError):
        office_calendar().add_working_time(at("2025-11-18 10:00"), timedelta(minutes=-1))


moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31))
durations = st.integers(0, 60 * 60).map(lambda m: timedelta(minutes=m))


@given(moment=moments)
def test_next_open_moment_is_open_and_nothing_earlier_is(moment: datetime) -> None:
    calendar = office_calendar()
    found = calendar.next_open_moment(moment)
    assert found >= moment
    assert calendar.is_open(found)
    assert calendar.is_open(moment) == (found == moment)
    if found > moment:
        # Between the two, no interval of any day is open.
        day = moment.date()
        while day <= found.date():
            for a, b in calendar.working_intervals(day):
                assert b <= moment or a >= found
            day += timedelta(days=1)


@given(start=moments, first=durations, second=durations.filter(lambda d: d > timedelta(0)))
def test_adding_working_time_in_two_steps(
    start: datetime, first: timedelta, second: timedelta
) -> None:
    calendar = office_calendar()
    once = calendar.add_working_time(start, first + second)
    assert calendar.add_working_time(calendar.add_working_time(start, first), second) == once


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        ("2025-11-18", 0, "2025-11-18"),
        ("2025-11-18", 1, "2025-11-19"),
        ("2025-11-21", 1, "2025-11-24"),
        ("2025-11-18", 10, "2025-12-02"),
        ("2025-05-08", 1, "2025-05-12"),
        ("2024-12-31", 1, "2025-01-05"),  # the working Sunday
        ("2026-03-20", 1, "2026-03-26"),
        ("2026-12-31", 1, "2027-01-05"),
    ],
)
def test_working_days_after(day: str, n: int, expected: str) -> None:
    found = office_calendar().working_days_after(date.fromisoformat(day), n)
    assert found == date.fromisoformat(expected)


def test_working_days_after_refuses_negative() -> None:
    with pytest.raises(ValueError):
        office_calendar().working_days_after(date(2025, 11, 18), -1)


# --- hours from the rule set in force -----------------------------------------------------------


def test_a_new_standard_changes_hours_from_its_effective_date(tmp_path: Path) -> None:
    rules = resource_path("rules", "services.json")
    raw = json.loads(rules.read_text("utf-8"))
    newer = json.loads(json.dumps(raw["rule_sets"][0]))
    newer.update(id="newer", effective_from="2026-01-01")
    newer["working_hours"].update(weekdays=[0, 1, 2, 3, 4, 5], close="17:00")
    raw["rule_sets"].append(newer)
    path = tmp_path / "services.json"
    path.write_text(json.dumps(raw), "utf-8")
    calendar = WorkingCalendar(hours_from_rule_book(RuleBook.from_file(path)), KZ, DECREES)
    assert calendar.is_open(at("2025-12-30 17:30"))
    assert not calendar.is_open(at("2026-01-13 17:30"))
    assert not calendar.is_working_day(date(2025, 12, 27))  # Saturday, old standard
    assert calendar.is_working_day(date(2026, 1, 10))  # Saturday, new standard
    assert calendar.next_open_moment(at("2026-01-09 17:30")) == at("2026-01-10 09:00")


def test_the_shipped_standard_hours() -> None:
    book = RuleBook.from_file(resource_path("rules", "services.json"))
    calendar = WorkingCalendar(hours_from_rule_book(book), KZ, DECREES)
    assert calendar.working_intervals(date(2026, 11, 25)) == office_calendar().working_intervals(
        date(2026, 11, 25)
    )


# --- the transfer list --------------------------------------------------------------------------


def test_the_shipped_transfer_list_loads_and_is_sensible() -> None:
    transfers = load_transfers(resource_path("calendar", "transfers.json"))
    assert transfers.entries
    days = [t.day for t in transfers.entries]
    assert days == sorted(days)
    for transfer in transfers.entries:
        assert transfer.basis.strip()
        weekend_or_holiday = transfer.day.weekday() >= 5 or transfer.day in KZ
        if transfer.kind == "working_day":
            assert weekend_or_holiday, transfer
        else:
            assert transfer.day.weekday() < 5, transfer
    # every decree gives and takes a day: as many working days as days off
    kinds = [t.kind for t in transfers.entries]
    assert kinds.count("working_day") == kinds.count("day_off")
    for decree in DECREES.entries:
        assert transfers.on(decree.day) is not None
        assert transfers.on(decree.day).kind == decree.kind  # type: ignore[union-attr]


def write(tmp_path: Path, items: list[dict[str, str]]) -> Path:
    path = tmp_path / "transfers.json"
    path.write_text(json.dumps({"transfers": items}), "utf-8")
    return path


def test_load_transfers(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            {"date": "2027-03-13", "kind": "working_day", "basis": "example decree"},
            {"date": "2027-03-12", "kind": "day_off", "basis": "example decree", "note": "n"},
        ],
    )
    transfers = load_transfers(path)
    assert [t.day for t in transfers.entries] == [date(2027, 3, 12), date(2027, 3, 13)]
    assert transfers.on(date(2027, 3, 12)) == Transfer(
        date(2027, 3, 12), "day_off", "example decree", "n"
    )
    assert transfers.on(date(2027, 3, 14)) is None


@pytest.mark.parametrize(
    "items",
    [
        [{"date": "2027-03-13", "kind": "holiday", "basis": "x"}],
        [{"date": "2027-03-13", "kind": "working_day", "basis": " "}],
        [{"date": "2027-03-13", "kind": "working_day"}],
        [{"date": "2027-02-30", "kind": "working_day", "basis": "x"}],
        [
            {"date": "2027-03-13", "kind": "working_day", "basis": "x"},
            {"date": "2027-03-13", "kind": "day_off", "basis": "y"},
        ],
    ],
)
def test_bad_transfer_lists_are_refused(tmp_path: Path, items: list[dict[str, str]]) -> None:
    with pytest.raises((ValueError, KeyError)):
        load_transfers(write(tmp_path, items))


# --- why a day is off; months ---------------------------------------------------------------------


def test_why_a_day_is_not_a_working_day() -> None:
    calendar = WorkingCalendar(
        lambda _day: HOURS, {date(2025, 12, 16): "Independence Day", date(2025, 3, 22): "Nauryz"}
    )
    assert calendar.day_off(date(2025, 12, 15)) is None
    assert calendar.day_off(date(2025, 12, 16)) == DayOff(
        date(2025, 12, 16), "public_holiday", "Independence Day"
    )
    assert calendar.day_off(date(2025, 12, 20)) == DayOff(date(2025, 12, 20), "weekend")
    # a holiday on a Saturday is a weekend day first (its observed day off is a weekday)
    assert calendar.day_off(date(2025, 3, 22)) == DayOff(date(2025, 3, 22), "weekend")


def test_why_with_decrees_and_a_plain_set_of_holidays() -> None:
    calendar = office_calendar()
    assert calendar.day_off(date(2024, 5, 8)) == DayOff(
        date(2024, 5, 8), "decreed_day_off", "G24G0000109"
    )
    assert calendar.day_off(date(2024, 5, 4)) is None  # a decreed working Saturday
    plain = WorkingCalendar(lambda _day: HOURS, {date(2026, 11, 25)})
    assert plain.day_off(date(2026, 11, 25)) == DayOff(date(2026, 11, 25), "public_holiday", "")


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 11, 17), 2, date(2026, 1, 17)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 5, 15), 0, date(2025, 5, 15)),
        (date(2025, 5, 15), 24, date(2027, 5, 15)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected
