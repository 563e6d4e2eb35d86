from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.localtime import aware, naive_local


def test_a_naive_time_is_office_time_whatever_the_computers_zone() -> None:
    at_the_counter = datetime(2026, 11, 24, 10, 15)
    stored = aware(at_the_counter)
    assert stored == datetime(2026, 11, 24, 5, 15, tzinfo=UTC)  # Karaganda is UTC+5
    assert naive_local(stored) == at_the_counter
    assert naive_local(stored.astimezone(UTC)) == at_the_counter


def test_an_aware_moment_is_told_in_the_office_zone() -> None:
    late_in_utc = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
    told = aware(late_in_utc)
    assert told == late_in_utc  # the same moment
    assert (told.date(), told.hour) == (datetime(2026, 11, 25).date(), 1)  # 01:30 next day
