from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop.core.clock import FixedClock, SystemClock, office_zone, wall_clock


def test_office_zone_is_utc_plus_5_since_march_2024() -> None:
    zone = office_zone()
    assert zone.utcoffset(datetime(2026, 1, 15)) == timedelta(hours=5)
    assert zone.utcoffset(datetime(2023, 1, 15)) == timedelta(hours=6)


def test_system_clock_tells_office_time_whatever_the_machine_zone(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "UTC")
    now = SystemClock().now()
    assert now.utcoffset() == timedelta(hours=5)
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)


def test_fixed_clock_reads_naive_as_office_time_and_moves_when_told() -> None:
    clock = FixedClock(datetime(2026, 12, 31, 23, 30))
    assert clock.now().isoformat() == "2026-12-31T23:30:00+05:00"
    clock.advance(timedelta(hours=1))
    assert clock.today() == date(2027, 1, 1)
    clock.set(datetime(2026, 6, 1, 4, 0, tzinfo=UTC))
    assert clock.now().hour == 9


def test_wall_clock_is_the_office_time_without_a_zone() -> None:
    # 20:30 UTC is 01:30 the next day in Karaganda (UTC+5 since March 2024)
    assert wall_clock(datetime(2025, 11, 14, 20, 30, tzinfo=UTC)) == datetime(2025, 11, 15, 1, 30)
    assert wall_clock(datetime(2025, 11, 14, 20, 30)) == datetime(2025, 11, 14, 20, 30)
