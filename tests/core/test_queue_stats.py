"""Queue statistics from a two-day queue whose every figure is worked out by hand below.

Limits come from the real rule file (hand-in 30 min, collection 15, indicator 1.2 40 min);
open hours from tests/core/hand_calendar.py (9:00-18:00, lunch 13:00-14:00).
"""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.clock import office_zone
from desktop.core.indicators import Count
from desktop.core.periods import Period
from desktop.core.queue_rules import load_purposes
from desktop.core.queue_stats import TicketRecord, indicator_wait, nearest_rank, summarize_queue
from desktop.core.rules import RuleBook
from desktop.paths import resource_path
from tests.core.hand_calendar import hand_calendar

ALMATY = office_zone()
TUESDAY, WEDNESDAY = date(2026, 7, 7), date(2026, 7, 8)
PURPOSES = load_purposes(resource_path("queue", "purposes.json"))
CALENDAR = hand_calendar()


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.from_file(resource_path("rules", "services.json"))


def at(day: date, clock: str) -> datetime:
    hours, minutes = clock.split(":")
    return datetime(day.year, day.month, day.day, int(hours), int(minutes), tzinfo=ALMATY)


def ticket(
    purpose: str, status: str, day: date, issued: str, called: str | None = None,
    started: str | None = None, finished: str | None = None, clerk: str = "",
) -> TicketRecord:  # fmt: skip
    def moment(clock: str | None) -> datetime | None:
        return at(day, clock) if clock else None

    return TicketRecord(
        purpose, status, at(day, issued), moment(called), moment(started), moment(finished), clerk
    )


A, B = "Ахметова Г. С.", "Бекова Ә. Қ."
# no. purpose       issued  called  wait  served       clerk
# 1   hand_in_1     9:00    9:10    10    9:11-9:21     A
# 2   hand_in_2     9:05    9:40    35    9:40-9:55     A   (over 30, within 40)
# 3   collect       9:20    9:36    16    9:36-9:40     B   (over 15; start not marked)
# 4   collect       10:00   10:05    5    10:05-10:10   B
# 5   hand_in_1     10:10   10:55   45    10:56-11:06   A   (over 40)
# 6   consultation  10:30   10:31    1    no-show       A
# 7   complaint     11:00   never called (left)
# 8   hand_in_2     16:59   17:00    1    17:00-17:20   A   (Wednesday)
TWO_DAYS = [
    ticket("hand_in_1", "done", TUESDAY, "9:00", "9:10", "9:11", "9:21", A),
    ticket("hand_in_2", "done", TUESDAY, "9:05", "9:40", "9:40", "9:55", A),
    ticket("collect", "done", TUESDAY, "9:20", "9:36", None, "9:40", B),
    ticket("collect", "done", TUESDAY, "10:00", "10:05", "10:05", "10:10", B),
    ticket("hand_in_1", "done", TUESDAY, "10:10", "10:55", "10:56", "11:06", A),
    ticket("consultation", "no_show", TUESDAY, "10:30", "10:31", clerk=A),
    ticket("complaint", "waiting", TUESDAY, "11:00"),
    ticket("hand_in_2", "done", WEDNESDAY, "16:59", "17:00", "17:00", "17:20", A),
]
WEEK = Period.between(date(2026, 7, 6), date(2026, 7, 10))


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


def test_visitors_outcomes_days_and_hours(book: RuleBook) -> None:
    queue = summarize_queue(TWO_DAYS, WEEK, PURPOSES, book, CALENDAR)
    assert (queue.visitors, queue.served, queue.no_shows, queue.never_called) == (8, 6, 1, 1)
    assert queue.days_with_visitors == 2
    assert queue.by_day == ((TUESDAY, 7), (WEDNESDAY, 1))
    assert {h: n for h, n in enumerate(queue.by_hour) if n} == {9: 3, 10: 3, 11: 1, 16: 1}
    assert queue.busiest_hours == (9, 10, 11)  # 11 and 16 tie: the earlier hour first
    assert queue.per_day(9) == 1.5


def test_waits_per_purpose_with_the_limits_of_the_rule_book(book: RuleBook) -> None:
    queue = summarize_queue(TWO_DAYS, WEEK, PURPOSES, book, CALENDAR)
    waits = {w.purpose: w for w in queue.waits}
    assert list(waits) == list(PURPOSES)  # every purpose, in the purposes' order
    found = {
        code: (w.visitors, w.waits, w.median, w.p90, w.limit_minutes, w.within_limit)
        for code, w in waits.items()
    }
    assert found == {
        "hand_in_1": (2, 2, minutes(10), minutes(45), 30, Count(1, 2)),
        "hand_in_2": (2, 2, minutes(1), minutes(35), 30, Count(1, 2)),
        "collect": (2, 2, minutes(5), minutes(16), 15, Count(1, 2)),
        "complaint": (1, 0, None, None, None, None),
        "consultation": (1, 1, minutes(1), minutes(1), None, None),
    }
    # All waits: 1, 1, 5, 10, 16, 35, 45 -> median the 4th, 90th percentile the 7th.
    every = queue.all_waits
    assert (every.visitors, every.waits, every.median, every.p90) == (
        8,
        7,
        minutes(10),
        minutes(45),
    )
    assert every.within_limit == Count(3, 6)  # nos. 1, 4 and 8 of the six with a limit
    assert queue.limits == (15, 30)


def test_indicator_1_2_counts_visitors_for_a_service_called_within_40_minutes(
    book: RuleBook,
) -> None:
    queue = summarize_queue(TWO_DAYS, WEEK, PURPOSES, book, CALENDAR)
    assert queue.indicator_minutes == 40
    assert queue.indicator_wait == Count(5, 6)  # no. 5 waited 45; complaint/consultation left out
    # the same count alone (a trend's), for the week and for Wednesday only (no. 8)
    assert indicator_wait(TWO_DAYS, WEEK, PURPOSES, book) == Count(5, 6)
    assert indicator_wait(TWO_DAYS, Period.day(WEDNESDAY), PURPOSES, book) == Count(1, 1)
    assert indicator_wait(TWO_DAYS, Period.month(2026, 8), PURPOSES, book) == Count(0, 0)


def test_the_wait_histogram_in_five_minute_bins(book: RuleBook) -> None:
    queue = summarize_queue(TWO_DAYS, WEEK, PURPOSES, book, CALENDAR)
    bins = {(b.low, b.high): dict(b.by_limit) for b in queue.histogram if b.total}
    assert bins == {
        (0, 5): {"collect": 1, "": 1, "hand_in": 1},  # nos. 4 (5:00 exactly), 6, 8
        (5, 10): {"hand_in": 1},  # no. 1
        (15, 20): {"collect": 1},  # no. 3
        (30, 35): {"hand_in": 1},  # no. 2
        (40, 45): {"hand_in": 1},  # no. 5
    }
    assert (queue.histogram[-1].low, queue.histogram[-1].high) == (60, None)
    assert len(queue.histogram) == 13


def test_clerks_served_service_time_and_idle_time(book: RuleBook) -> None:
    queue = summarize_queue(TWO_DAYS, WEEK, PURPOSES, book, CALENDAR)
    a, b = queue.clerks
    # A: nos. 1, 2, 5 on Tuesday, 8 on Wednesday: 10 + 15 + 10 + 20 minutes; 2 days of 8 hours.
    assert (a.clerk, a.served, a.days, a.median_service) == (A, 4, 2, minutes(10))
    assert (a.busy, a.open_time, a.idle) == (
        minutes(55),
        timedelta(hours=16),
        minutes(16 * 60 - 55),
    )
    # B: nos. 3 (from the call, the start was not marked) and 4: 4 + 5 minutes on one day.
    assert (b.clerk, b.served, b.days, b.median_service) == (B, 2, 1, minutes(4))
    assert (b.busy, b.idle) == (minutes(9), minutes(8 * 60 - 9))


def test_service_over_lunch_counts_only_open_time(book: RuleBook) -> None:
    over_lunch = ticket("collect", "done", TUESDAY, "12:40", "12:50", "12:50", "14:10", "В")
    queue = summarize_queue([over_lunch], WEEK, PURPOSES, book, CALENDAR)
    (clerk,) = queue.clerks
    assert clerk.busy == minutes(20)  # 12:50-13:00 and 14:00-14:10
    assert clerk.median_service == minutes(80)


def test_overlapping_services_are_busy_time_once(book: RuleBook) -> None:
    forgotten = ticket("collect", "done", TUESDAY, "9:00", "9:00", "9:00", "10:00", A)  # 60 min
    inside = ticket("collect", "done", TUESDAY, "9:20", "9:30", "9:30", "9:40", A)  # 10 min
    after = ticket("collect", "done", TUESDAY, "9:50", "9:55", "9:55", "10:05", A)  # 10 min
    (clerk,) = summarize_queue([forgotten, inside, after], WEEK, PURPOSES, book, CALENDAR).clerks
    assert clerk.busy == minutes(65)  # 9:00-10:05
    assert (clerk.served, clerk.median_service) == (3, minutes(10))


def test_a_wait_of_exactly_the_limit_is_within_it(book: RuleBook) -> None:
    rows = [
        ticket("hand_in_1", "done", TUESDAY, "9:00", "9:30", "9:30", "9:40", A),
        TicketRecord("hand_in_1", "done", at(TUESDAY, "9:00"),
                     at(TUESDAY, "9:30") + timedelta(seconds=1), None, at(TUESDAY, "9:50"), A),
        ticket("collect", "done", TUESDAY, "10:00", "10:40", "10:40", "10:45", A),
    ]  # fmt: skip
    queue = summarize_queue(rows, WEEK, PURPOSES, book, CALENDAR)
    assert {w.purpose: w.within_limit for w in queue.waits if w.visitors} == {
        "hand_in_1": Count(1, 2),
        "collect": Count(0, 1),
    }
    assert queue.indicator_wait == Count(3, 3)  # 30:00, 30:01 and 40:00 are all within 40
    bins = {(b.low, b.high): b.total for b in queue.histogram if b.total}
    assert bins == {(25, 30): 1, (30, 35): 1, (35, 40): 1}


def test_the_limits_are_the_rule_books(book: RuleBook) -> None:
    (standard,) = book.rule_sets
    stricter = RuleBook(
        [replace(standard, hand_in_wait_limit_minutes=5, indicator_wait_minutes=10)],
        list(book.complaint_terms),
    )
    queue = summarize_queue(TWO_DAYS, WEEK, PURPOSES, stricter, CALENDAR)
    waits = {w.purpose: w for w in queue.waits}
    assert waits["hand_in_1"].within_limit == Count(0, 2)  # 10 and 45 minutes
    assert waits["hand_in_2"].within_limit == Count(1, 2)  # 1 minute
    assert queue.indicator_wait == Count(3, 6)  # 10 min or less: nos. 1, 4 and 8
    assert queue.limits == (5, 15)


def test_a_ticket_at_2359_on_the_last_day_counts_and_one_at_midnight_does_not(
    book: RuleBook,
) -> None:
    last_day = Period.quarter(2026, 3)
    rows = [
        TicketRecord("consultation", "waiting", datetime(2026, 9, 30, 23, 59, tzinfo=ALMATY),
                     None, None, None, ""),
        TicketRecord("consultation", "waiting", datetime(2026, 9, 30, 19, 0, tzinfo=UTC),
                     None, None, None, ""),  # 00:00 on 1 October at the office
        TicketRecord("consultation", "waiting", datetime(2026, 6, 30, 18, 59, tzinfo=UTC),
                     None, None, None, ""),  # 23:59 on 30 June at the office
    ]  # fmt: skip
    queue = summarize_queue(rows, last_day, PURPOSES, book, CALENDAR)
    assert queue.visitors == 1
    assert queue.by_day == ((date(2026, 9, 30), 1),)
    assert queue.by_hour[23] == 1
    next_quarter = summarize_queue(rows, last_day.previous(), PURPOSES, book, CALENDAR)
    assert next_quarter.by_day == ((date(2026, 6, 30), 1),)


def test_moments_in_utc_are_read_on_the_office_clock(book: RuleBook) -> None:
    # 04:00 UTC is 09:00 at the office; called 04:12 UTC = a 12-minute wait.
    row = TicketRecord("collect", "done", datetime(2026, 7, 7, 4, 0, tzinfo=UTC),
                       datetime(2026, 7, 7, 4, 12, tzinfo=UTC), None,
                       datetime(2026, 7, 7, 4, 20, tzinfo=UTC), A)  # fmt: skip
    queue = summarize_queue([row], WEEK, PURPOSES, book, CALENDAR)
    assert queue.by_hour[9] == 1
    assert queue.all_waits.median == minutes(12)
    assert queue.clerks[0].busy == minutes(8)


def test_an_empty_period_has_no_waits_and_no_division_by_zero(book: RuleBook) -> None:
    queue = summarize_queue(TWO_DAYS, Period.month(2026, 8), PURPOSES, book, CALENDAR)
    assert (queue.visitors, queue.days_with_visitors, queue.busiest_hours) == (0, 0, ())
    assert queue.all_waits.median is None and queue.all_waits.within_limit == Count(0, 0)
    assert queue.indicator_wait == Count(0, 0) and queue.indicator_wait.percent is None
    assert queue.clerks == () and queue.per_day(10) == 0.0


def test_nearest_rank_is_a_wait_somebody_had() -> None:
    waits = [minutes(n) for n in (4, 1, 3, 2)]
    assert nearest_rank(waits, 50) == minutes(2)  # the 2nd of 4
    assert nearest_rank(waits, 90) == minutes(4)  # the 4th (3.6 rounded up)
    assert nearest_rank(waits, 0) == minutes(1)
    assert nearest_rank([], 50) is None
