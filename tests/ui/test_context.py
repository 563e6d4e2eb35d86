"""The context's actor: the configured clerk acts in what the UI writes; no clerk, no actor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.engine import Database
from db.models import QueueEvent, QueueTicket
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import FixedClock
from desktop.ui.context import AppContext, NoWorkplace
from desktop.ui.hub import Hub
from desktop.ui.tabs.queue_tab import QueueTab


def test_the_actor_is_the_configured_clerk(ctx: AppContext, clerk: Actor) -> None:
    assert ctx.actor() == clerk
    assert not ctx.actor().is_system
    assert ctx.actor().name == "Ахметова Г. С."  # as printed on talons and in history


def test_before_the_first_run_setup_there_is_no_actor(db: Database, clock: FixedClock) -> None:
    with pytest.raises(NoWorkplace):
        AppContext(db, Hub(), clock).actor()


def test_what_the_clerk_does_in_a_tab_is_stored_under_the_clerks_staff_record(
    qtbot: QtBot, ctx: AppContext, clerk: Actor
) -> None:
    tab = QueueTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.issue_buttons["hand_in_1"], Qt.MouseButton.LeftButton)
    tab.call_next()
    with ctx.db.read() as session:
        events = session.execute(select(QueueEvent.action, QueueEvent.acted_by_id)).all()
        ticket = session.scalars(select(QueueTicket)).one()
    assert sorted(events) == sorted([("issue", clerk.staff_id), ("call", clerk.staff_id)])
    assert (ticket.called_by, ticket.called_by_id) == (clerk.name, clerk.staff_id)
    assert clerk.staff_id != SYSTEM.staff_id
