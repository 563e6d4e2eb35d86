"""The UI tests' context: a fixed clock, a presenter that records documents, the office's zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime

import pytest

from db.engine import Database
from desktop.core.clock import OFFICE_ZONE, FixedClock
from desktop.ui.context import AppContext
from desktop.ui.hub import Hub
from tests.ui.helpers import Printed, Told, record_message_boxes

WEDNESDAY_10 = datetime(2026, 11, 25, 10, 0)  # office time: open, a working day


def set_machine_zone(zone: str | None) -> None:
    """Set the process's local zone (POSIX; on Windows the computer's own zone stays)."""
    if zone is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = zone
    if hasattr(time, "tzset"):
        time.tzset()


@pytest.fixture(autouse=True)
def machine_in_office_zone() -> Iterator[None]:
    """The computer's clock is set to the office's zone, as on an office PC.

    The UI gives services aware times in the office's zone; services still convert them to
    local wall time through the computer's zone (desktop.core.localtime) until they take the
    zone from the clock too, so the UI tests run on a computer that agrees with the office.
    """
    before = os.environ.get("TZ")
    set_machine_zone(OFFICE_ZONE)
    yield
    set_machine_zone(before)


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
def ctx(configured_db: Database, hub: Hub, clock: FixedClock, printed: Printed) -> AppContext:
    return AppContext(configured_db, hub, clock, presenter=printed)


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> Told:
    """The message boxes shown with exec() (errors.show_error), answered at once and recorded:
    a test never waits for a click that cannot come."""
    return record_message_boxes(monkeypatch)
