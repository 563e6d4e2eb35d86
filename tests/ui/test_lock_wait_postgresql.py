"""The window's lock wait on PostgreSQL (desktop/ui/lock_wait.py, db/engine.py): a write from
the window that finds the writers' lock held by another program waits in attempts of a moment
each with the event loop running, shows the same dialog, and ends in its result once the lock
is free, or in the "busy" message with nothing written on Cancel or at the limit. Work in a
worker thread waits in the server, as the command line does.

The SQLite side of the same: tests/ui/test_lock_wait.py, whose ticking timer these reuse
("alive" is counted, not timed).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.models import AuditEntry
from desktop.services import accounts
from desktop.ui import errors, lock_wait
from desktop.ui.context import AppContext
from desktop.ui.errors import MESSAGES
from desktop.ui.i18n import Translations
from desktop.ui.lock_wait import LockWaitDialog
from desktop.ui.session import SessionGuard
from desktop.ui.tabs.queue_tab import QueueTab
from tests.postgres import WriterLockHolder
from tests.ui.helpers import Printed, Told
from tests.ui.test_faults import _tickets
from tests.ui.test_lock_wait import TICKS_WHILE_SHOWN, WAITING, Ticker


@pytest.fixture
def db_location(pg_url: str) -> str:
    """These tests run on a PostgreSQL server: that is their point."""
    return pg_url


def _delete(widget: QWidget) -> None:
    """Gone now, not at the next event loop: a widget left behind would read the test's
    database (the queue tab's timer, a relabelling) after it has been dropped."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def tab(ctx: AppContext) -> Iterator[QueueTab]:
    """The queue tab, shown; deleted before the test's database is dropped."""
    queue_tab = QueueTab(ctx)
    queue_tab.show()
    yield queue_tab
    _delete(queue_tab)


def _issue_a_ticket(qtbot: QtBot, tab: QueueTab) -> None:
    qtbot.mouseClick(tab.issue_buttons["hand_in_1"], Qt.MouseButton.LeftButton)


@pytest.fixture
def held(db_location: str, ctx: AppContext) -> Iterator[WriterLockHolder]:
    """Another program's writing transaction holds the writers' lock until it is released."""
    holder = WriterLockHolder(db_location)
    yield holder
    holder.close()


def _audit_lines(ctx: AppContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_a_ticket_waits_with_the_window_alive_and_is_issued_once_the_other_program_is_done(
    qtbot: QtBot,
    ctx: AppContext,
    tab: QueueTab,
    told: Told,
    printed: Printed,
    held: WriterLockHolder,
) -> None:
    read: list[int] = []

    def read_then_release(_dialog: LockWaitDialog, shown: int) -> None:
        read.append(_tickets(ctx.db))  # a timer's read goes on meanwhile
        if shown == TICKS_WHILE_SHOWN:
            held.release()

    ticker = Ticker(read_then_release)
    _issue_a_ticket(qtbot, tab)
    ticker.timer.stop()

    assert len(read) >= TICKS_WHILE_SHOWN and set(read) == {0}
    assert len(ticker.dialogs) == 1  # the dialog appeared, once
    assert ticker.ticks_shown >= TICKS_WHILE_SHOWN  # the event loop ran all through the wait
    assert ticker.ticks > ticker.ticks_shown  # and before the dialog showed
    assert lock_wait.in_window.dialog is None  # gone with the wait
    assert told == [] and _tickets(ctx.db) == 1 and printed.kinds() == ["ticket"]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_cancel_ends_the_wait_with_the_busy_message_and_nothing_written(
    language: str,
    qtbot: QtBot,
    ctx: AppContext,
    tab: QueueTab,
    told: Told,
    printed: Printed,
    held: WriterLockHolder,
) -> None:
    Translations().switch(language)
    audited = _audit_lines(ctx)
    texts: list[str] = []

    def press_cancel(dialog: LockWaitDialog, shown: int) -> None:
        if shown == TICKS_WHILE_SHOWN:
            texts.extend([dialog.windowTitle(), dialog.label.text()])
            cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    ticker = Ticker(press_cancel)
    _issue_a_ticket(qtbot, tab)
    ticker.timer.stop()

    assert held.holds  # still held: the wait ended by Cancel
    assert len(ticker.dialogs) == 1 and ticker.ticks_shown >= TICKS_WHILE_SHOWN
    busy = errors._tr(MESSAGES["busy"])
    assert busy != MESSAGES["busy"] and told.texts() == [busy]  # in the user's language
    assert _tickets(ctx.db) == 0 and _audit_lines(ctx) == audited and printed == []
    assert lock_wait.in_window.dialog is None
    title, label = texts
    for text, source in ((title, "Waiting for the database"), (label, WAITING)):
        assert text == QCoreApplication.translate("LockWaitDialog", source) != source


def test_the_wait_gives_up_at_the_limit_with_the_busy_message(
    qtbot: QtBot,
    ctx: AppContext,
    tab: QueueTab,
    told: Told,
    printed: Printed,
    held: WriterLockHolder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lock_wait, "LIMIT_S", 1.0)
    audited = _audit_lines(ctx)
    ticker = Ticker(lambda _dialog, _shown: None)
    _issue_a_ticket(qtbot, tab)
    ticker.timer.stop()

    assert held.holds and len(ticker.dialogs) == 1 and ticker.ticks_shown > 1
    assert told.texts() == [MESSAGES["busy"]]
    assert _tickets(ctx.db) == 0 and _audit_lines(ctx) == audited and printed == []


def test_a_timer_that_writes_during_the_wait_joins_it_on_a_connection_of_its_own(
    qtbot: QtBot,
    ctx: AppContext,
    tab: QueueTab,
    told: Told,
    printed: Printed,
    held: WriterLockHolder,
) -> None:
    """The idle lock fires while a ticket waits: its note waits in the same dialog, and both
    are written once the lock is free (the waiting write holds no transaction open between its
    attempts, so the two never wait for each other)."""
    window = QWidget()
    guard = SessionGuard(ctx, window)

    def idle_lock_then_release(_dialog: LockWaitDialog, shown: int) -> None:
        if shown == 2:
            guard.idle_timer.start(0)  # idle: the lock screen waits for its note
        elif shown == TICKS_WHILE_SHOWN:
            held.release()

    ticker = Ticker(idle_lock_then_release)
    try:
        _issue_a_ticket(qtbot, tab)
    finally:
        ticker.timer.stop()
        guard.stop()
    assert len(ticker.dialogs) == 1  # one dialog for both waits
    assert guard.is_locked and told == []
    assert _tickets(ctx.db) == 1 and printed.kinds() == ["ticket"]
    with ctx.db.read() as session:
        kinds = session.scalars(select(AuditEntry.kind)).all()
    assert "session.lock" in kinds
    assert guard.screen is not None
    _delete(window)  # and the lock screen on it


def test_a_background_tasks_write_waits_in_the_server_without_the_dialog(
    qtbot: QtBot, ctx: AppContext, held: WriterLockHolder
) -> None:
    """Work behind a progress dialog writes in a worker thread: it waits in the server as the
    command line does, with no limit of its own; the window's event loop runs meanwhile, and
    no wait dialog is made outside the GUI thread."""
    user = ctx.actor()
    audited = _audit_lines(ctx)
    seen_waiting: list[int] = []
    ticker = Ticker(lambda _dialog, _shown: None)

    def release_once_it_waits() -> None:
        if held.holds and ticker.ticks >= TICKS_WHILE_SHOWN and held.waiting():
            seen_waiting.append(ticker.ticks)
            held.release()

    ticker.timer.timeout.connect(release_once_it_waits)
    ctx.run_task(None, "…", lambda _task: accounts.lock_screen(ctx.db, user))
    ticker.timer.stop()
    assert seen_waiting and ticker.dialogs == [] and lock_wait.in_window.dialog is None
    assert _audit_lines(ctx) > audited  # written once the lock was free
