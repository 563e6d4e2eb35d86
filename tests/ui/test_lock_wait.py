"""The window stays alive while another program holds the database's write lock
(desktop/ui/lock_wait.py): its event loop runs, a dialog says why the action waits and offers
Cancel, and the action ends in its result once the lock is free, or in the "busy" message,
with nothing written, on Cancel or at the limit.

"Alive" is counted, not timed: a QTimer of the test ticks all through the wait.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from db import engine as db_engine
from db.models import AuditEntry
from desktop.core.iin import make_iin
from desktop.services import accounts
from desktop.ui import errors, lock_wait
from desktop.ui.context import AppContext
from desktop.ui.dialogs.household_dialog import HouseholdDialog
from desktop.ui.errors import MESSAGES
from desktop.ui.i18n import Translations
from desktop.ui.lock_wait import LockWaitDialog
from desktop.ui.session import SessionGuard
from desktop.ui.tabs.households_tab import HouseholdsTab
from tests.ui.helpers import Printed, Told, type_text, when_modal_opens
from tests.ui.test_faults import _issue_a_ticket, _tickets

WAITING = (
    "Waiting for the database: another program is writing to it (a backup, an exchange or a "
    "second window). Waiting…"
)
TICKS_WHILE_SHOWN = 10  # the window's timer ticks this often with the dialog up, then release

HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
connection.rollback()
"""


class Ticker:
    """A timer of the window, 10 ms apart, that counts its ticks and the wait dialogs it saw,
    and acts (`when_shown`) on each tick while a wait dialog is up."""

    def __init__(self, when_shown: Callable[[LockWaitDialog, int], None]) -> None:
        self.ticks = 0
        self.ticks_shown = 0
        self.dialogs: list[LockWaitDialog] = []
        self._when_shown = when_shown
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1
        dialog = lock_wait.in_window.dialog
        if dialog is None or not dialog.isVisible():
            return
        if not any(seen is dialog for seen in self.dialogs):
            self.dialogs.append(dialog)
        self.ticks_shown += 1
        self._when_shown(dialog, self.ticks_shown)


@pytest.fixture
def held_by_another_process(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program holds the write lock until a line is written to its input."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    yield holder
    if holder.poll() is None:
        holder.communicate("\n", timeout=30)


@pytest.fixture
def held(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A second connection holds the write lock (BEGIN IMMEDIATE) until the test ends or lets
    it go."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.rollback()
    other.close()


def _release_after_ticks(release: Callable[[], None]) -> Callable[[LockWaitDialog, int], None]:
    def act(_dialog: LockWaitDialog, shown: int) -> None:
        if shown == TICKS_WHILE_SHOWN:
            release()

    return act


def test_a_ticket_waits_with_the_window_alive_and_is_issued_once_the_other_program_is_done(
    qtbot: QtBot,
    ctx: AppContext,
    told: Told,
    printed: Printed,
    held_by_another_process: subprocess.Popen[str],
) -> None:
    def release() -> None:
        assert held_by_another_process.stdin is not None
        held_by_another_process.stdin.write("\n")
        held_by_another_process.stdin.flush()

    read: list[int] = []

    def read_then_release(_dialog: LockWaitDialog, shown: int) -> None:
        read.append(_tickets(ctx.db))  # a timer's read goes on meanwhile (WAL)
        if shown == TICKS_WHILE_SHOWN:
            release()

    ticker = Ticker(read_then_release)
    _issue_a_ticket(qtbot, ctx)
    ticker.timer.stop()

    assert len(read) >= TICKS_WHILE_SHOWN and set(read) == {0}
    assert len(ticker.dialogs) == 1  # the dialog appeared, once
    assert ticker.ticks_shown >= TICKS_WHILE_SHOWN  # the event loop ran all through the wait
    assert ticker.ticks > ticker.ticks_shown  # and before the dialog showed
    assert lock_wait.in_window.dialog is None  # gone with the wait
    assert told == [] and _tickets(ctx.db) == 1 and printed.kinds() == ["ticket"]


def test_a_household_is_saved_once_the_lock_is_free(
    qtbot: QtBot, ctx: AppContext, told: Told, held: sqlite3.Connection
) -> None:
    tab = HouseholdsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    ticker = Ticker(_release_after_ticks(held.rollback))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, HouseholdDialog)
        type_text(dialog.edits["account_number"], "0300")
        type_text(dialog.edits["locality"], "Ботақара")
        type_text(dialog.head_form.surname, "Сейітқали")
        type_text(dialog.head_form.name, "Айдос")
        dialog.head_form.iin.setText(make_iin(date(1990, 1, 2), "male", 3))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_modal_opens(fill)
    tab.add_household()
    ticker.timer.stop()

    assert len(ticker.dialogs) == 1 and ticker.ticks_shown >= TICKS_WHILE_SHOWN
    assert told == []
    assert tab.panel.card is not None and tab.panel.card.data.account_number == "0300"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_cancel_ends_the_wait_with_the_busy_message_and_nothing_written(
    language: str,
    qtbot: QtBot,
    ctx: AppContext,
    told: Told,
    printed: Printed,
    held: sqlite3.Connection,
) -> None:
    Translations().switch(language)
    texts: list[str] = []

    def press_cancel(dialog: LockWaitDialog, shown: int) -> None:
        if shown == TICKS_WHILE_SHOWN:
            texts.extend([dialog.windowTitle(), dialog.label.text(), dialog.elapsed.text()])
            cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            texts.append(cancel.text())
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    ticker = Ticker(press_cancel)
    _issue_a_ticket(qtbot, ctx)
    ticker.timer.stop()

    assert held.in_transaction  # still held: the wait ended by Cancel
    busy = errors._tr(MESSAGES["busy"])
    assert busy != MESSAGES["busy"] and told.texts() == [busy]  # in the user's language
    assert _tickets(ctx.db) == 0 and printed == []
    assert lock_wait.in_window.dialog is None
    # the dialog spoke the user's language
    title, label, elapsed, cancel = texts
    for text, source in ((title, "Waiting for the database"), (label, WAITING)):
        assert text == QCoreApplication.translate("LockWaitDialog", source) != source
    assert not elapsed.startswith("Waited") and cancel not in ("Cancel", "&Cancel")


def test_the_wait_gives_up_at_the_limit_with_the_busy_message(
    qtbot: QtBot,
    ctx: AppContext,
    told: Told,
    printed: Printed,
    held: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """...and until the dialog shows, the user's input stays queued (a second click cannot
    start a second action in the middle of the first); with the dialog up, modal, it is
    the dialog's."""
    monkeypatch.setattr(lock_wait, "LIMIT_S", 1.0)
    process_events = QCoreApplication.processEvents
    passes: list[tuple[bool, bool]] = []  # (the dialog is up, user input excluded)

    def recording(*args: Any) -> None:
        flags = args[0] if args else QEventLoop.ProcessEventsFlag.AllEvents
        excluded = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents in flags
        passes.append((lock_wait.in_window.dialog is not None, excluded))
        process_events(*args)

    monkeypatch.setattr(QCoreApplication, "processEvents", staticmethod(recording))
    ticker = Ticker(lambda _dialog, _shown: None)
    _issue_a_ticket(qtbot, ctx)
    ticker.timer.stop()

    assert held.in_transaction and len(ticker.dialogs) == 1 and ticker.ticks_shown > 1
    assert (False, True) in passes and (True, False) in passes
    assert all(shown != excluded for shown, excluded in passes)
    assert told.texts() == [MESSAGES["busy"]]
    assert _tickets(ctx.db) == 0 and printed == []


def test_a_timer_that_writes_during_the_wait_joins_it_on_a_connection_of_its_own(
    qtbot: QtBot, ctx: AppContext, told: Told, printed: Printed, held: sqlite3.Connection
) -> None:
    """The idle lock fires while a ticket waits: its note ("session.lock") waits in the same
    dialog, is written first once the lock is free, and the ticket after it."""
    window = QWidget()
    qtbot.addWidget(window)
    guard = SessionGuard(ctx, window)

    def idle_lock_then_release(_dialog: LockWaitDialog, shown: int) -> None:
        if shown == 2:
            guard.idle_timer.start(0)  # idle: the lock screen waits for its note
        elif shown == TICKS_WHILE_SHOWN:
            held.rollback()

    ticker = Ticker(idle_lock_then_release)
    try:
        _issue_a_ticket(qtbot, ctx)
    finally:
        ticker.timer.stop()
        guard.stop()
    assert len(ticker.dialogs) == 1  # one dialog for both waits
    assert guard.is_locked and told == []
    assert _tickets(ctx.db) == 1 and printed.kinds() == ["ticket"]
    with ctx.db.read() as session:
        lines = session.execute(
            select(AuditEntry.kind, AuditEntry.table_name).order_by(AuditEntry.id)
        ).all()
    locked = next(i for i, line in enumerate(lines) if line.kind == "session.lock")
    issued = next(i for i, line in enumerate(lines) if line.table_name == "queue_tickets")
    assert locked < issued
    assert guard.screen is not None
    guard.screen.close()


def test_a_background_tasks_write_waits_in_its_own_thread_without_the_dialog(
    qtbot: QtBot,
    ctx: AppContext,
    held: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Work behind a progress dialog (desktop.ui.tasks) writes in a worker thread: it waits in
    place there for the busy timeout (shortened here), as the command line does; the window's
    event loop runs meanwhile anyway, and no wait dialog is made outside the GUI thread."""
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 300)
    user = ctx.actor()
    ticker = Ticker(lambda _dialog, _shown: None)
    with pytest.raises(OperationalError) as raised:
        ctx.run_task(None, "…", lambda _task: accounts.lock_screen(ctx.db, user))
    ticker.timer.stop()
    assert errors.database_fault(raised.value) == "busy"
    assert ticker.ticks > 0 and ticker.dialogs == [] and lock_wait.in_window.dialog is None
