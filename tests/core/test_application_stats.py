"""Application statistics of July 2026, as of 3 August 10:00, every figure counted by hand."""

from datetime import UTC, date, datetime

import pytest

from desktop.core.application_stats import ApplicationRecord, summarize_applications
from desktop.core.clock import office_zone
from desktop.core.indicators import Count
from desktop.core.periods import Period

ALMATY = office_zone()
JULY = Period.month(2026, 7)
NOW = datetime(2026, 8, 3, 10, 0, tzinfo=ALMATY)


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ALMATY)


VET, ID = "veterinary_passport", "id_card"
# a1 s1 handed in 1 Jul, ready before the promised time, issued 3 Jul       -> in time, issued
# a2 s1 handed in 6 Jul, ready an hour after the promised time              -> late
# a3 s2 refused 7 Jul: veterinary passport and ID card missing
# a4 s2 refused 8 Jul: veterinary passport missing
# a5 s2 handed in 31 Jul, due 3 Aug 9:00, not ready at 10:00               -> late, overdue now
# a6 s2 handed in 31 Jul, due 4 Aug, not ready                              -> not counted yet
# a7 s1 handed in 30 June, issued 2 Jul                                     -> issued only
# a8 s1 handed in 31 Jul 23:59 at the office (18:59 UTC), ready in time     -> counted
# a9 s1 handed in 1 Aug 00:00 at the office (19:00 UTC on 31 Jul)           -> not in July
ROWS = [
    ApplicationRecord(1, "issued", at(7, 1, 10), at(7, 2, 10), at(7, 2, 9), at(7, 3, 11)),
    ApplicationRecord(1, "ready", at(7, 6, 10), at(7, 7, 10), at(7, 7, 11), None),
    ApplicationRecord(2, "refused", at(7, 7, 11), None, None, None, (VET, ID)),
    ApplicationRecord(2, "refused", at(7, 8, 12), None, None, None, (VET,)),
    ApplicationRecord(2, "accepted", at(7, 31, 17), at(8, 3, 9), None, None),
    ApplicationRecord(2, "accepted", at(7, 31, 17, 30), at(8, 4, 9), None, None),
    ApplicationRecord(1, "issued", at(6, 30, 10), at(7, 1, 10), at(7, 1, 9), at(7, 2, 15)),
    ApplicationRecord(
        1, "ready", datetime(2026, 7, 31, 18, 59, tzinfo=UTC), at(8, 3, 9), at(8, 3, 8), None
    ),
    ApplicationRecord(
        1, "accepted", datetime(2026, 7, 31, 19, 0, tzinfo=UTC), at(8, 4, 9), None, None
    ),
]


def test_the_month_in_total() -> None:
    total = summarize_applications(ROWS, JULY, NOW).total
    assert total.service is None
    assert (total.handed_in, total.accepted, total.refused, total.issued) == (7, 5, 2, 2)
    assert total.ready_in_time == Count(2, 4)  # a1 and a8 of a1, a2, a5, a8
    assert (total.late, total.overdue_now) == (2, 1)
    assert total.first_time == Count(5, 7)


def test_per_service_and_refusals_by_missing_document() -> None:
    summary = summarize_applications(ROWS, JULY, NOW)
    one, two = summary.by_service
    assert (one.service, one.handed_in, one.accepted, one.refused, one.issued) == (1, 3, 3, 0, 2)
    assert (one.ready_in_time, one.overdue_now) == (Count(2, 3), 0)
    assert (two.service, two.handed_in, two.accepted, two.refused, two.issued) == (2, 4, 2, 2, 0)
    assert (two.ready_in_time, two.overdue_now) == (Count(0, 1), 1)
    assert summary.refusals_by_document == ((VET, 2), (ID, 1))


def test_an_application_not_yet_due_is_counted_once_it_is() -> None:
    later = summarize_applications(ROWS, JULY, datetime(2026, 8, 4, 9, 1, tzinfo=ALMATY)).total
    assert later.ready_in_time == Count(2, 5)  # a6 is now overdue too
    assert later.overdue_now == 2


def test_an_empty_period_lists_the_services_with_zeros() -> None:
    summary = summarize_applications(ROWS, Period.day(date(2026, 7, 4)), NOW, services=(1, 2, 3))
    assert [c.service for c in summary.by_service] == [1, 2, 3]
    assert all(c.handed_in == c.issued == 0 for c in summary.by_service)
    assert summary.total.ready_in_time == Count(0, 0)
    assert summary.total.first_time.percent is None
    assert summary.refusals_by_document == ()


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError, match="status"):
        ApplicationRecord(1, "lost", at(7, 1, 10), None, None, None)


def test_ready_exactly_at_the_promised_time_is_in_time() -> None:
    due = at(7, 15, 10)
    on_the_minute = ApplicationRecord(1, "ready", at(7, 14, 10), due, due, None)
    a_minute_late = ApplicationRecord(1, "ready", at(7, 14, 10), due, at(7, 15, 10, 1), None)
    total = summarize_applications([on_the_minute, a_minute_late], JULY, NOW).total
    assert total.ready_in_time == Count(1, 2)
