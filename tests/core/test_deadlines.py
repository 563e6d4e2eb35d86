"""Complaint deadlines under each law, with every expected date counted by hand below.

The calendar is the test's own (tests/core/hand_calendar.py: Monday-Friday and a written list of
real holidays). The terms come from the real rule file: these tests also check its numbers.
"""

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.core.calendar import Transfer
from desktop.core.deadlines import (
    ComplaintClock,
    DeadlineError,
    answer,
    extend,
    forward,
    registration_day,
    start_clock,
    state,
)
from desktop.core.rules import Provision, RuleBook
from desktop.paths import resource_path
from tests.core.hand_calendar import hand_calendar

RULES = resource_path("rules", "services.json")
CALENDAR = hand_calendar()
APC = "apc-350-vi-2021"
LAW_2007 = "law-221-2007"


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return RuleBook.from_file(RULES)


def clock_for(received: datetime | date, book: RuleBook) -> ComplaintClock:
    return start_clock(received, CALENDAR, book)


def error_of(call: object) -> DeadlineError:
    assert callable(call)
    with pytest.raises(DeadlineError) as caught:
        call()
    return caught.value


# --- registration and due date ------------------------------------------------------------------


def test_working_days_across_new_year(book: RuleBook) -> None:
    # Wednesday 24 Dec 2025, a working day: registered the same day. 15 working days after it:
    # Dec 25, 26, 29, 30, 31 (5); Jan 1-2 holidays, 3-4 weekend; Jan 5, 6 (7); Jan 7 holiday;
    # Jan 8, 9, 12, 13, 14, 15, 16 (14); Jan 19 (15).
    clock = clock_for(date(2025, 12, 24), book)
    assert clock.terms.id == APC
    assert clock.registered_on == date(2025, 12, 24)
    assert not clock.registration_moved
    assert clock.due == date(2026, 1, 19)


def test_calendar_days_across_new_year_end_on_a_holiday(book: RuleBook) -> None:
    # Under the 2007 law: Wednesday 23 Dec 2020 + 15 calendar days = Thursday 7 Jan 2021,
    # Orthodox Christmas, so the term ends on the next working day, Friday 8 Jan.
    clock = clock_for(date(2020, 12, 23), book)
    assert clock.terms.id == LAW_2007
    assert clock.due == date(2021, 1, 8)
    # a day later it is Friday 8 Jan itself, a working day
    assert clock_for(date(2020, 12, 24), book).due == date(2021, 1, 8)


def test_a_complaint_received_on_saturday_of_nauryz(book: RuleBook) -> None:
    # Saturday 21 Mar 2026; 22 is Sunday, 23-25 holidays: registered Thursday 26 Mar.
    # 15 working days after: Mar 27, 30, 31 (3); Apr 1, 2, 3 (6); 6-10 (11); 13, 14, 15, 16 (15).
    clock = clock_for(date(2026, 3, 21), book)
    assert clock.registered_on == date(2026, 3, 26)
    assert clock.registration_moved
    assert clock.due == date(2026, 4, 16)


def test_a_complaint_received_on_an_ordinary_saturday(book: RuleBook) -> None:
    # Saturday 15 Nov 2025 -> Monday 17 Nov. 15 working days: Nov 18-21 (4), 24-28 (9),
    # Dec 1-5 (14), Dec 8 (15).
    clock = clock_for(date(2025, 11, 15), book)
    assert (clock.registered_on, clock.due) == (date(2025, 11, 17), date(2025, 12, 8))


def test_under_the_2007_law_a_saturday_receipt_is_registered_that_day(book: RuleBook) -> None:
    # Saturday 12 Oct 2019 + 15 calendar days = Sunday 27 Oct -> Monday 28 Oct.
    clock = clock_for(date(2019, 10, 12), book)
    assert clock.registered_on == date(2019, 10, 12)
    assert clock.due == date(2019, 10, 28)


def test_the_moment_of_receipt_is_read_in_the_office_zone(book: RuleBook) -> None:
    # 20:30 UTC on Friday 14 Nov 2025 is 01:30 on Saturday 15 Nov in Karaganda (UTC+5).
    received = datetime(2025, 11, 14, 20, 30, tzinfo=UTC)
    assert registration_day(received, CALENDAR, book) == date(2025, 11, 17)
    assert clock_for(received, book).received_on == date(2025, 11, 15)
    # a naive moment is already office time
    assert registration_day(datetime(2025, 11, 14, 20, 30), CALENDAR, book) == date(2025, 11, 14)


def test_the_law_changes_on_1_july_2021(book: RuleBook) -> None:
    # Wednesday 30 Jun 2021 under the 2007 law: + 15 calendar days = Thursday 15 Jul.
    assert clock_for(date(2021, 6, 30), book).due == date(2021, 7, 15)
    # Thursday 1 Jul 2021 under the Code: Jul 2, 5 (2); 6 Capital Day; 7, 8, 9 (5);
    # 12-16 (10); 19-23 (15).
    clock = clock_for(date(2021, 7, 1), book)
    assert clock.terms.id == APC
    assert clock.due == date(2021, 7, 23)
    # Saturday 26 Jun 2021, still the 2007 law: registered that day, + 15 = Sunday 11 Jul
    # -> Monday 12 Jul.
    old = clock_for(date(2021, 6, 26), book)
    assert (old.registered_on, old.due) == (date(2021, 6, 26), date(2021, 7, 12))


def test_a_decreed_day_off_counts_as_a_day_off(book: RuleBook) -> None:
    decreed = hand_calendar(Transfer(date(2025, 12, 1), "day_off", "X"))
    # Saturday 15 Nov 2025 -> Monday 17 Nov; with Monday 1 Dec off, the 15th working day is
    # Tuesday 9 Dec instead of Monday 8 Dec.
    assert start_clock(date(2025, 11, 15), decreed, book).due == date(2025, 12, 9)


def test_an_administrators_review_term_is_used(book: RuleBook) -> None:
    # 10 working days after Monday 17 Nov 2025: Nov 18-21 (4), 24-28 (9), Dec 1 (10).
    shorter = book.with_complaint_overrides({APC: {"review": 10}})
    assert clock_for(date(2025, 11, 17), shorter).due == date(2025, 12, 1)


# --- extension ----------------------------------------------------------------------------------


def test_an_extension_to_the_limit_of_two_months(book: RuleBook) -> None:
    clock = clock_for(date(2025, 11, 15), book)  # registered Mon 17 Nov, due Mon 8 Dec
    # two months after 17 Nov is Saturday 17 Jan 2026 -> Monday 19 Jan
    assert clock.extension_limit == date(2026, 1, 19)
    extended = extend(clock, date(2025, 11, 20), "  the land office must answer first ", CALENDAR)
    assert extended.due == date(2026, 1, 19)
    (extension,) = extended.extensions
    assert extension.reason == "the land office must answer first"
    assert extension.previous_due == date(2025, 12, 8)
    # the complainant is told within 3 working days of Thursday 20 Nov: 21, 24, 25 Nov
    assert extension.notice_by == date(2025, 11, 25)
    assert clock.due == date(2025, 12, 8)  # the clock given is not changed


def test_an_extension_to_a_chosen_day(book: RuleBook) -> None:
    clock = clock_for(date(2025, 11, 17), book)
    extended = extend(clock, date(2025, 12, 8), "site visit", CALENDAR, date(2025, 12, 22))
    assert extended.due == date(2025, 12, 22)
    assert state(extended, date(2025, 12, 9), CALENDAR) == "open"


def test_an_extension_only_once(book: RuleBook) -> None:
    clock = clock_for(date(2025, 11, 17), book)
    extended = extend(clock, date(2025, 11, 20), "reason", CALENDAR, date(2025, 12, 22))
    error = error_of(lambda: extend(extended, date(2025, 11, 21), "again", CALENDAR))
    assert error.code == "extension_already_used"
    assert error.params == {"allowed": 1, "decided_on": date(2025, 11, 20)}


@pytest.mark.parametrize(
    ("decided_on", "reason", "new_due", "code", "params"),
    [
        (date(2025, 11, 20), "", None, "extension_reason_required", {}),
        (date(2025, 11, 20), "   ", None, "extension_reason_required", {}),
        (
            date(2025, 11, 20),
            "r",
            date(2026, 1, 20),
            "extension_beyond_limit",
            {"latest": date(2026, 1, 19)},
        ),
        (
            date(2025, 11, 20),
            "r",
            date(2025, 12, 8),
            "extension_not_later",
            {"due": date(2025, 12, 8)},
        ),
        (
            date(2025, 11, 20),
            "r",
            date(2026, 1, 7),
            "extension_on_day_off",
            {"next_working_day": date(2026, 1, 8)},
        ),
        (date(2025, 12, 9), "r", None, "extension_after_due", {"due": date(2025, 12, 8)}),
        (
            date(2025, 11, 14),
            "r",
            None,
            "extension_before_registration",
            {"registered": date(2025, 11, 17)},
        ),
    ],
)
def test_extensions_the_law_does_not_allow(
    book: RuleBook,
    decided_on: date,
    reason: str,
    new_due: date | None,
    code: str,
    params: dict[str, object],
) -> None:
    clock = clock_for(date(2025, 11, 17), book)  # due Mon 8 Dec, limit Mon 19 Jan
    error = error_of(lambda: extend(clock, decided_on, reason, CALENDAR, new_due))
    assert (error.code, error.params) == (code, params)


def test_an_extension_under_the_2007_law(book: RuleBook) -> None:
    clock = clock_for(date(2019, 10, 12), book)  # due Mon 28 Oct 2019
    # 30 calendar days after Saturday 12 Oct is Monday 11 Nov, a working day
    assert clock.extension_limit == date(2019, 11, 11)
    extended = extend(clock, date(2019, 10, 21), "reason", CALENDAR)
    assert extended.due == date(2019, 11, 11)
    assert extended.extensions[0].notice_by is None  # the law's term could not be read


def test_an_administrators_extension_limit_is_used(book: RuleBook) -> None:
    longer = book.with_complaint_overrides({APC: {"extension_limit": 3}})
    clock = clock_for(date(2025, 11, 17), longer)
    # three months after Monday 17 Nov 2025 is Tuesday 17 Feb 2026
    assert clock.extension_limit == date(2026, 2, 17)
    assert extend(clock, date(2025, 11, 20), "r", CALENDAR).due == date(2026, 2, 17)


def test_the_default_extension_stops_on_the_last_working_day(book: RuleBook) -> None:
    # A limit that stays on its day off (a rule set saying so) is not offered: the working day
    # before it is. Two months after Monday 17 Nov 2025 is Saturday 17 Jan 2026 -> Friday 16 Jan.
    terms = book.on(date(2025, 11, 17)).complaint
    stays = replace(terms, last_day_non_working=Provision("stays", terms.registration.source))
    clock = replace(clock_for(date(2025, 11, 17), book), terms=stays)
    clock = replace(clock, extension_limit=date(2026, 1, 17))
    assert extend(clock, date(2025, 11, 20), "r", CALENDAR).due == date(2026, 1, 16)


# --- forwarding ---------------------------------------------------------------------------------


def test_forwarding_within_three_working_days(book: RuleBook) -> None:
    clock = clock_for(date(2025, 11, 15), book)  # registered Monday 17 Nov
    # 3 working days after 17 Nov: 18, 19, 20 Nov
    assert clock.forward_by == date(2025, 11, 20)
    forwarded = forward(clock, date(2025, 11, 19), CALENDAR)
    assert forwarded.forwarding is not None and not forwarded.forwarding.late
    late = forward(clock, date(2025, 11, 21), CALENDAR).forwarding
    assert late is not None and late.late
    # the clock stops: a forwarded complaint is not overdue here after its due date
    assert state(forwarded, date(2025, 12, 20), CALENDAR) == "forwarded"
    error = error_of(lambda: answer(forwarded, date(2025, 11, 24), CALENDAR))
    assert (error.code, error.params) == ("complaint_closed", {"state": "forwarded"})
    error = error_of(lambda: extend(forwarded, date(2025, 11, 24), "r", CALENDAR))
    assert error.code == "complaint_closed"


def test_forwarding_under_the_2007_law(book: RuleBook) -> None:
    clock = clock_for(date(2019, 10, 12), book)  # registered Saturday 12 Oct
    # 3 working days after it: Monday 14, Tuesday 15, Wednesday 16 Oct
    assert clock.forward_by == date(2019, 10, 16)
    assert state(forward(clock, date(2019, 10, 14), CALENDAR), date(2019, 11, 1), CALENDAR) == (
        "forwarded"
    )


def test_where_the_clock_continues_after_forwarding(book: RuleBook) -> None:
    terms = book.on(date(2025, 11, 17)).complaint
    continues = replace(
        terms, clock_after_forwarding=Provision("continues", terms.registration.source)
    )
    clock = replace(clock_for(date(2025, 11, 17), book), terms=continues)
    forwarded = forward(clock, date(2025, 11, 19), CALENDAR)
    assert state(forwarded, date(2025, 12, 9), CALENDAR) == "overdue"
    error = error_of(lambda: forward(forwarded, date(2025, 11, 20), CALENDAR))
    assert (error.code, error.params) == ("already_forwarded", {"forwarded_on": date(2025, 11, 19)})
    assert answer(forwarded, date(2025, 12, 1), CALENDAR).answered_on == date(2025, 12, 1)


def test_forwarding_before_registration_is_refused(book: RuleBook) -> None:
    clock = clock_for(date(2025, 11, 15), book)
    error = error_of(lambda: forward(clock, date(2025, 11, 15), CALENDAR))
    assert (error.code, error.params) == (
        "forwarding_before_registration",
        {"registered": date(2025, 11, 17)},
    )


# --- state --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2025, 11, 17), "open"),
        (date(2025, 12, 3), "open"),  # Wed: 2 working days on is Fri 5 Dec, before the due date
        (date(2025, 12, 4), "due_soon"),  # Thu: Fri 5 (1), Mon 8 (2) is the due date
        (date(2025, 12, 6), "due_soon"),  # Sat: Mon 8 (1)
        (date(2025, 12, 8), "due_soon"),  # the due date itself
        (date(2025, 12, 9), "overdue"),
    ],
)
def test_state_on_a_day(book: RuleBook, today: date, expected: str) -> None:
    clock = clock_for(date(2025, 11, 17), book)  # due Monday 8 Dec
    assert state(clock, today, CALENDAR) == expected


def test_answered_in_time_or_late(book: RuleBook) -> None:
    clock = clock_for(date(2025, 11, 17), book)  # due Monday 8 Dec
    assert state(answer(clock, date(2025, 12, 8), CALENDAR), date(2026, 2, 1), CALENDAR) == (
        "answered_in_time"
    )
    late = answer(clock, date(2025, 12, 9), CALENDAR)
    assert state(late, date(2025, 12, 9), CALENDAR) == "answered_late"
    error = error_of(lambda: answer(late, date(2025, 12, 10), CALENDAR))
    assert (error.code, error.params) == ("complaint_closed", {"state": "answered_late"})


def test_an_answer_before_registration_is_refused(book: RuleBook) -> None:
    clock = clock_for(date(2025, 11, 15), book)  # registered Monday 17 Nov
    error = error_of(lambda: answer(clock, date(2025, 11, 15), CALENDAR))
    assert (error.code, error.params) == (
        "answer_before_registration",
        {"registered": date(2025, 11, 17)},
    )


def test_the_real_rule_file_is_used(tmp_path: Path) -> None:
    """A change to the rule file changes the due date: no number is kept in code."""
    import json

    raw = json.loads(RULES.read_text("utf-8"))
    raw["complaint_terms"][-1]["review"]["count"] = 20
    path = tmp_path / "services.json"
    path.write_text(json.dumps(raw), "utf-8")
    # 20 working days after Monday 17 Nov 2025: Dec 8 is the 15th; 9, 10, 11, 12, 15 -> Dec 15
    assert clock_for(date(2025, 11, 17), RuleBook.from_file(path)).due == date(2025, 12, 15)
