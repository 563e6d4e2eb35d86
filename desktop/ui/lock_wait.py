"""The window stays alive while another program holds the database's write lock.

A write started in the window (a ticket issued, a household saved) that finds the write lock
taken by another program (a backup, a sync import, a second Auyl Desk, the command line) waits
here, not in SQLite's busy timeout or PostgreSQL's lock wait with the window frozen: the engine
tries BEGIN IMMEDIATE, or PostgreSQL's writer lock, in short attempts (db/engine.py), and
between them this wait runs the event loop. After SHOW_AFTER_MS a small application-modal
dialog says what is happening, counts the seconds and offers Cancel. After LIMIT_S, or on
Cancel, the write gives up before its transaction began: nothing of it is written, and the
action ends with the "busy" message (desktop.ui.errors), which says that nothing was saved and
to try again.

Until the dialog shows, the user's input stays queued (as it did while the window was frozen),
so a second click cannot start a second action in the middle of the first; timers still fire.
A timer's read is no trouble (in WAL mode, and on PostgreSQL, readers never wait). A timer's
write (the idle lock notes "session.lock") started during the wait joins it: the same dialog,
Cancel and limit; it takes the lock first once the lock is free, on a pooled connection of its
own, and the waiting write, whose transaction has not begun, then takes its turn. Writes off
the GUI thread (background tasks, desktop.ui.tasks) wait in place as the command line does
(SQLite's busy timeout; on PostgreSQL in the server, without a limit): their thread is not the
window's.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from db.engine import LockAttempt, wait_in_place
from desktop.ui.i18n import Retranslating

SHOW_AFTER_MS = 300  # a wait shorter than this shows nothing
LIMIT_S = 30.0  # then the write gives up: "busy"


class LockWaitDialog(Retranslating, QDialog):
    """What the user sees while a write waits: why, for how long so far, and Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.cancelled = False
        self.seconds = 0
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.elapsed = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no end known
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Waiting for the database"))
        self.label.setText(
            self.tr(
                "Waiting for the database: another program is writing to it (a backup, an "
                "exchange or a second window). Waiting…"
            )
        )
        self.elapsed.setText(self.tr("Waited: %1 s").replace("%1", str(self.seconds)))

    def show_elapsed(self, seconds: int) -> None:
        if seconds != self.seconds:
            self.seconds = seconds
            self.retranslate()

    def cancel(self) -> None:
        """Give up the wait: the write fails as busy at its next attempt."""
        self.cancelled = True
        self.buttons.setEnabled(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()  # not reject(): the dialog goes when the wait has ended
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.cancel()


class WindowLockWait:
    """The window's lock wait (db.engine.LockWait), installed on the database of the
    application's context. One for the application: every wait runs its one event loop."""

    def __init__(self) -> None:
        self.dialog: LockWaitDialog | None = None
        self._depth = 0  # waits in progress: more than one when a write joined another's
        self._started = 0.0

    def __call__(self, attempt: LockAttempt) -> bool:
        app = QCoreApplication.instance()
        if not isinstance(app, QApplication) or QThread.currentThread() is not app.thread():
            return wait_in_place(attempt)
        if self._depth == 0:
            self._started = time.monotonic()
        self._depth += 1
        try:
            return self._wait(attempt)
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._close()

    def _wait(self, attempt: LockAttempt) -> bool:
        while True:
            waited = time.monotonic() - self._started
            if waited >= LIMIT_S or (self.dialog is not None and self.dialog.cancelled):
                return False
            if self.dialog is None and waited * 1000 >= SHOW_AFTER_MS:
                self.dialog = LockWaitDialog(QApplication.activeWindow())
                self.dialog.show()
            if self.dialog is None:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            else:
                self.dialog.show_elapsed(int(waited))
                QCoreApplication.processEvents()
            if attempt():
                return True

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


in_window = WindowLockWait()
