"""The Queue tab and the waiting-room display, driven through qtbot with a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.clock import FixedClock
from desktop.services import queue
from desktop.ui.context import AppContext
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.dialogs.visit_end_dialog import VisitEndDialog
from desktop.ui.hub import Hub
from desktop.ui.main_window import MainWindow
from desktop.ui.queue_display import QueueDisplay
from desktop.ui.tabs import queue_tab
from desktop.ui.tabs.queue_tab import QueueTab
from tests.ui.helpers import Printed


def advance(clock: FixedClock, minutes: float) -> None:
    clock.advance(timedelta(minutes=minutes))


@pytest.fixture
def tab(qtbot: QtBot, ctx: AppContext) -> QueueTab:
    widget = QueueTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def column(tab: QueueTab, index: int) -> list[str]:
    return [tab.table.item(row, index).text() for row in range(tab.table.rowCount())]


def test_issue_two_tickets_call_next_and_see_statuses(
    qtbot: QtBot, tab: QueueTab, printed: Printed, clock: FixedClock
) -> None:
    assert not tab.closed_box.isVisibleTo(tab)
    tab.ru_radio.setChecked(True)
    qtbot.mouseClick(tab.issue_buttons["hand_in_1"], Qt.MouseButton.LeftButton)
    advance(clock, 1)
    tab.kk_radio.setChecked(True)
    qtbot.mouseClick(tab.issue_buttons["collect"], Qt.MouseButton.LeftButton)
    assert [(d.kind, d.file_name, d.language) for d in printed] == [
        ("ticket", "ticket-A-001.pdf", "ru"),
        ("ticket", "ticket-C-001.pdf", "kk"),
    ]
    assert printed[0].title == "Талон очереди A-001"
    assert all(document.pdf().startswith(b"%PDF") for document in printed)
    assert tab.table.item(1, 3).text() == "10:01"  # issued at, office time
    assert column(tab, 0) == ["A-001", "C-001"]
    assert column(tab, 5) == ["waiting", "waiting"]
    qtbot.mouseClick(tab.call_button, Qt.MouseButton.LeftButton)
    assert column(tab, 5) == ["called", "waiting"]
    assert tab.selected() is not None and tab.selected().label == "A-001"  # type: ignore[union-attr]
    qtbot.mouseClick(tab.action_buttons["start"], Qt.MouseButton.LeftButton)
    assert column(tab, 5) == ["serving", "waiting"]
    qtbot.mouseClick(tab.action_buttons["finish"], Qt.MouseButton.LeftButton)
    assert column(tab, 5) == ["done", "waiting"]
    assert "Ожидают" not in tab.count_label.text()  # English sources in tests
    assert tab.count_label.text() == "Waiting: 1"


def test_rows_turn_amber_then_red_with_the_clock(tab: QueueTab, clock: FixedClock) -> None:
    tab.issue("collect")
    tab.issue("hand_in_2")
    assert column(tab, 0) == ["C-001", "B-001"]  # same minute: in issue order

    def background(row: int) -> QColor:
        return tab.table.item(row, 0).background().color()

    advance(clock, 11)
    tab.refresh()
    assert background(0) == queue_tab.ROW_COLOURS["near"]
    assert tab.table.item(1, 0).background().style() == Qt.BrushStyle.NoBrush
    advance(clock, 5)  # 16 minutes: collect over, hand-in fine
    tab.refresh()
    assert background(0) == queue_tab.ROW_COLOURS["over"]
    assert column(tab, 4) == ["16", "16"]
    advance(clock, 10)  # 26 minutes: hand-in near
    tab.refresh()
    assert background(1) == queue_tab.ROW_COLOURS["near"]
    advance(clock, 5)
    tab.refresh()
    assert background(1) == queue_tab.ROW_COLOURS["over"]


def test_called_hand_in_ticket_is_announced_on_the_hub(
    qtbot: QtBot, tab: QueueTab, hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.issue("consultation")
    tab.issue("hand_in_2")
    received: list[object] = []
    hub.ticket_called.connect(received.append)
    tab.call_next()  # the consultation: not announced
    assert received == []
    asked: list[str] = []
    monkeypatch.setattr(
        VisitEndDialog, "ask", classmethod(lambda cls, _p, t: asked.append(t.label) or "finish")
    )
    with qtbot.waitSignal(hub.ticket_called, timeout=1000) as blocker:
        tab.call_next()
    (ticket,) = blocker.args
    assert asked == ["E-001"]  # the consultation at the desk ended first
    assert queue.today(tab.ctx.db, tab.ctx.now())[0].outcome == "consultation"
    assert (ticket.purpose, ticket.label) == ("hand_in_2", "B-001")
    assert ticket.id == queue.today(tab.ctx.db, tab.ctx.now())[1].id


def test_out_of_order_asks_a_reason(
    tab: QueueTab, monkeypatch: pytest.MonkeyPatch, configured_db: Database
) -> None:
    tab.issue("hand_in_1")
    tab.issue("collect")
    tab.table.selectRow(1)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: None))
    tab.act("call_out_of_order")
    assert column(tab, 5) == ["waiting", "waiting"]
    answer = (datetime(2026, 11, 25).date(), "мүгедектігі бар")
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    tab.table.selectRow(1)
    tab.act("call_out_of_order")
    assert column(tab, 5) == ["waiting", "called"]
    ticket_id = queue.today(configured_db, tab.ctx.now())[1].id
    assert queue.events(configured_db, ticket_id)[-1].reason == "мүгедектігі бар"


def test_closed_banner_and_override(
    tab: QueueTab, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, printed: Printed
) -> None:
    clock.set(datetime(2026, 11, 25, 13, 20))
    tab.refresh()
    assert tab.closed_box.isVisibleTo(tab)
    assert tab.closed_label.text() == "Closed: opens at 14:00"
    monkeypatch.setattr(
        queue_tab.QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][2], True))
    )
    monkeypatch.setattr(
        ReasonDialog, "ask", classmethod(lambda cls, *a, **k: (clock.today(), "ақсақал"))
    )
    tab.issue_outside_hours()
    assert column(tab, 0) == ["C-001"]
    assert len(printed) == 1


def test_display_shows_the_called_number(qtbot: QtBot, tab: QueueTab, ctx: AppContext) -> None:
    display = QueueDisplay(ctx)
    qtbot.addWidget(display)
    display.show_on_best_screen()
    tab.issue("hand_in_1")
    tab.issue("collect")
    assert "A-001" in display.waiting_label.text()
    tab.call_next()
    assert "A-001" in display.called_label.text()
    assert "Ахметова" in display.called_label.text()
    assert "A-001" not in display.waiting_label.text()
    assert "C-001" in display.waiting_label.text()
    kk, ru = display.headings["Now serving"]
    assert (kk.text(), ru.text()) == ("Шақырылды", "Вызваны")  # English UI: both from HEADINGS


def test_a_language_switch_reloads_the_queue_once(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    loads: list[object] = []
    today = queue.today

    def counted(db: Database, now: datetime) -> list[queue.TicketRow]:
        if db is ctx.db:  # widgets of earlier tests may still be alive: not this window's
            loads.append(now)
        return today(db, now)

    monkeypatch.setattr(queue, "today", counted)
    window.language_actions["ru"].trigger()
    assert len(loads) == 1
    assert window.queue_tab.call_button.text() == "Вызвать &следующего (F5)"
    window.language_actions["kk"].trigger()
    assert len(loads) == 2
