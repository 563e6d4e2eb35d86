"""Long work off the GUI thread: a progress dialog with real progress and Cancel.

    count = run_task(parent, self.tr("Adding demo households…"),
                     lambda task: load_demo(db, 200, progress=task.progress))

The work runs in a worker thread and gets a Task: `task.progress(done, total)` moves the bar
(determinate once a total is known, busy before) and `task.check()` raises TaskCancelled once
the user pressed Cancel. Cancelling is cooperative: the work stops at its next check, and a
writing service that is inside its transaction then rolls back, so nothing half-done is left.
The window keeps painting meanwhile (a local event loop runs), but the dialog is modal: the
user cannot start a second action while the first one runs.

run_task returns the work's result or raises what the work raised (TaskCancelled after Cancel)
in the GUI thread; callers let desktop.ui.errors.user_action word errors in the user's language.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import Retranslating

T = TypeVar("T")


class TaskCancelled(Exception):
    """The user cancelled the work (raised inside it by Task.check or Task.progress)."""


class Task:
    """What the work is handed, in the worker thread: progress and the Cancel flag."""

    def __init__(self, report: Callable[[int, int], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise TaskCancelled when the user pressed Cancel."""
        if self._cancel.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int) -> None:
        """Report `done` of `total`, then stop here if cancelled (unless the work is complete)."""
        self._report(done, total)
        if done < total:
            self.check()


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[Task], Any]) -> None:
        super().__init__()
        self.task = Task(self.progressed.emit)
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self.task)
        except BaseException as error:  # handed back to the GUI thread and raised there
            self.error = error


class ProgressDialog(Retranslating, QDialog):
    """What the user sees while work runs: what is done, a bar, and Cancel."""

    def __init__(self, label: str, cancellable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the work reports a total
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.request_cancel)
        self.buttons.setVisible(cancellable)
        self.cancel_requested: Callable[[], None] = lambda: None
        self._cancellable = cancellable
        self._stopping = False
        self.setWindowTitle(label.rstrip("…. "))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def retranslate(self) -> None:
        if self._stopping:
            self.label.setText(self.tr("Stopping… Nothing of the unfinished step is kept."))

    def request_cancel(self) -> None:
        if not self._cancellable or self._stopping:
            return
        self._stopping = True
        self.buttons.setEnabled(False)
        self.retranslate()
        self.cancel_requested()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_cancel()  # not reject(): the dialog stays until the work has stopped
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.request_cancel()


def run_task(
    parent: QWidget | None, label: str, work: Callable[[Task], T], *, cancellable: bool = True
) -> T:
    """Run `work(task)` in a worker thread behind a modal progress dialog; its result.

    Raises what the work raised (TaskCancelled when it stopped after Cancel).
    """
    dialog = ProgressDialog(label, cancellable, parent)
    worker = _Worker(work)
    worker.progressed.connect(dialog.show_progress)
    dialog.cancel_requested = worker.task.cancel
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dialog.show()
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.hide()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
