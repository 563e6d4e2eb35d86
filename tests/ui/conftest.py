"""The UI tests' context: a fixed clock, a presenter that records documents, the computer's zone."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.clock import FixedClock
from desktop.ui.context import AppContext
from desktop.ui.hub import Hub
from tests.ui.helpers import Printed, Told, record_message_boxes

WEDNESDAY_10 = datetime(2026, 11, 25, 10, 0)  # office time: open, a working day


@pytest.fixture
def db_location(db_path: Path) -> Path:
    """Widget tests run on SQLite alone: what they read and write goes through the services,
    whose tests run on both databases; and a widget a test leaves behind may still ask its
    database something after the test, which on PostgreSQL has been dropped by then."""
    return db_path


@pytest.fixture
def machine_zone() -> Iterator[Callable[[str], None]]:
    """Set the computer's zone for the rest of the test (POSIX TZ and time.tzset; on Windows
    the computer's own zone stays); the zone before is put back afterwards."""
    before = os.environ.get("TZ")

    def set_zone(zone: str | None) -> None:
        if zone is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = zone
        if hasattr(time, "tzset"):
            time.tzset()

    yield set_zone
    set_zone(before)


@pytest.fixture
def printed() -> Printed:
    return Printed()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(WEDNESDAY_10)


@pytest.fixture
def hub() -> Hub:
    return Hub()


@pytest.fixture
def ctx(
    configured_db: Database, hub: Hub, clock: FixedClock, printed: Printed, clerk: Actor
) -> AppContext:
    """Logged in as the configured clerk (tests of another role: tests.ui.helpers.logged_in)."""
    return AppContext(configured_db, hub, clock, presenter=printed, user=clerk)


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> Told:
    """The message boxes shown with exec() (errors.show_error), answered at once and recorded:
    a test never waits for a click that cannot come."""
    return record_message_boxes(monkeypatch)
