"""Every time shown or printed is the office's, with a clock that tells its moments in UTC on
a computer set to UTC.

tests/ui/test_office_time.py runs the counter on a PC in another zone with a clock in office
time; here the clock itself hands out UTC instants (as a clock synchronised in UTC would):
what the queue, the application list, the household card's history, the talon, the ticket
and the certificate show is still the office's wall-clock time, converted in one place
(desktop.core.localtime).
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.models import ChangeRecord
from desktop.core.actor import Actor
from desktop.core.clock import FixedClock
from desktop.core.formatting import format_datetime
from desktop.core.localtime import naive_local
from desktop.printing.layout import date_time
from desktop.services import applications, certificates
from desktop.ui.context import AppContext
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import Printed
from tests.ui.test_application_tab import _fill
from tests.ui.test_both_languages import IIN, household

__all__ = ["household"]  # the fixture: a household with history, livestock and applications

AT_10_15 = datetime(2026, 11, 24, 5, 15, tzinfo=UTC)  # Tuesday 10:15 at the office (UTC+5)
OFFICE_10_15 = datetime(2026, 11, 24, 10, 15)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def utc_clock() -> FixedClock:
    return FixedClock(AT_10_15, zone=UTC)


@pytest.fixture
def utc_ctx(
    configured_db: Database, hub: Hub, utc_clock: FixedClock, printed: Printed, clerk: Actor
) -> AppContext:
    return AppContext(configured_db, hub, utc_clock, presenter=printed, user=clerk)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_queue_list_card_and_papers_show_office_time_with_a_utc_clock(
    qtbot: QtBot,
    utc_ctx: AppContext,
    household: uuid.UUID,
    printed: Printed,
    machine_zone: Callable[[str], None],
    language: str,
) -> None:
    machine_zone("UTC")
    Translations().switch(language)
    window = MainWindow(utc_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    window.show()
    assert utc_ctx.today() == OFFICE_10_15.date()

    # The queue: the ticket shows and prints 10:15, not 05:15.
    queue_tab = window.queue_tab
    queue_tab.kk_radio.setChecked(True)
    queue_tab.issue("hand_in_2")
    rows = queue_tab.table.rowCount()
    issued = [queue_tab.table.item(row, 3).text() for row in range(rows)]
    assert "10:15" in issued and "05:15" not in issued
    ticket = printed[-1]
    assert ticket.kind == "ticket" and "10:15" in _text(ticket.pdf())
    queue_tab.call_next()

    # An application: handed in at 10:15, ready the next working day at 10:15, in the list
    # and on the talon.
    intake = window.application_tab
    _fill(intake, qtbot, ("id_card", "application", "veterinary_passport"))
    intake.accept_application()
    talon = printed[-1]
    assert talon.kind == "talon"
    ready = OFFICE_10_15 + timedelta(days=1)
    assert " ".join(date_time(ready, "kk").split()) in _text(talon.pdf())
    assert " ".join(date_time(OFFICE_10_15, "kk").split()) in _text(talon.pdf())
    model = intake.list.model
    shown = {
        model.data(model.index(row, column))
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    }
    assert format_datetime(OFFICE_10_15, language) in shown
    assert format_datetime(ready, language) in shown
    assert format_datetime(OFFICE_10_15 - timedelta(hours=5), language) not in shown

    # The household card's history: each change at the office's time of its stored moment.
    with utc_ctx.db.read() as session:
        stored = session.scalars(
            select(ChangeRecord.created_at).where(ChangeRecord.household_id == household)
        ).all()
    window.households_tab.open_household(household)
    history = window.households_tab.panel.history
    cells = {history.item(row, 0).text() for row in range(history.rowCount())}
    assert cells == {format_datetime(naive_local(moment), language) for moment in stored}
    assert all(format_datetime(m.replace(tzinfo=None), language) not in cells for m in stored)


def test_a_certificate_made_after_midnight_office_time_bears_the_office_date(
    utc_ctx: AppContext, household: uuid.UUID, clerk: Actor, machine_zone: Callable[[str], None]
) -> None:
    """At 20:30 UTC it is already 01:30 of the next day at the office: the certificate's date
    (and so its number's year on 31 December) is the office's."""
    machine_zone("UTC")
    evening = datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
    person = applications.ApplicationInput(
        1, "individual", IIN, "Шалқарбаев", "Ерлан", documents_presented=("id_card", "application")
    )
    submitted = applications.submit(utc_ctx.db, person, AT_10_15, clerk)
    made = certificates.prepare(utc_ctx.db, submitted.id, date(2026, 11, 24), clerk, evening)
    assert made.content["issued_on"] == "2026-11-25"
