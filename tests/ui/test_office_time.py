"""A PC whose clock is set to another zone still works in office time (Asia/Almaty).

The queue and an application are run through the tabs with the computer's zone set to UTC (and
to Moscow): what the clerk sees and what is printed is the office's wall-clock time, and what
is stored is the same moment in UTC.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import Application, QueueTicket
from desktop.core.clock import FixedClock
from desktop.core.formatting import format_datetime
from desktop.printing.layout import date_time
from desktop.ui.context import AppContext
from desktop.ui.i18n import Translations
from desktop.ui.tabs.application_tab import ApplicationTab
from desktop.ui.tabs.queue_tab import QueueTab
from tests.ui.helpers import Printed
from tests.ui.test_application_tab import _fill

TUESDAY_10_15 = datetime(2026, 11, 24, 10, 15)  # office time; 05:15 UTC (Karaganda is UTC+5)
IN_UTC = datetime(2026, 11, 24, 5, 15, tzinfo=UTC)
READY = datetime(2026, 11, 25, 10, 15)  # the next working day, same time


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("zone", ["UTC", "Europe/Moscow"])
def test_queue_and_application_in_office_time_on_a_pc_in_another_zone(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    printed: Printed,
    machine_zone: Callable[[str], None],
    zone: str,
) -> None:
    machine_zone(zone)
    Translations().switch("kk")
    clock.set(TUESDAY_10_15)
    queue_tab = QueueTab(ctx)
    intake = ApplicationTab(ctx)
    for widget in (queue_tab, intake):
        qtbot.addWidget(widget)
        widget.resize(1300, 760)
        widget.show()

    # The queue: open at 10:15 office time (05:15 UTC would be before opening), the ticket
    # shows and prints 10:15.
    queue_tab.issue("hand_in_2")
    assert not queue_tab.closed_box.isVisibleTo(queue_tab)
    assert queue_tab.table.item(0, 3).text() == "10:15"
    [ticket] = printed
    assert "10:15" in _text(ticket.pdf())
    queue_tab.call_next()

    # The application: handed in at 10:15 office time, ready the next working day at 10:15.
    _fill(intake, qtbot, ("id_card", "application", "veterinary_passport"))
    intake.accept_application()
    talon = printed[-1]
    assert talon.kind == "talon"
    assert " ".join(date_time(READY, "kk").split()) in _text(talon.pdf())
    [row] = intake.list.rows
    assert (row.handed_in_at, row.ready_due_at) == (TUESDAY_10_15, READY)
    model = intake.list.model
    cells = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert format_datetime(TUESDAY_10_15, "kk") in cells
    assert format_datetime(READY, "kk") in cells

    # Stored: the same moments in UTC.
    with ctx.db.read() as session:
        stored_ticket = session.scalars(select(QueueTicket)).one()
        stored = session.scalars(select(Application)).one()
    assert stored_ticket.issued_at == IN_UTC
    assert stored_ticket.called_at == IN_UTC
    assert stored_ticket.day == TUESDAY_10_15.date()
    assert stored.handed_in_at == IN_UTC
    assert stored.ready_due_at == READY.replace(hour=5, tzinfo=UTC)
