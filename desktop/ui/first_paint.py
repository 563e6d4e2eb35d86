"""A measuring hook: report when the first window has been painted, then quit.

With the environment variable AUYL_DESK_FIRST_PAINT set (to anything but empty), the program
prints one line to standard output as soon as its first window (the main window, or the
first-run setup dialog) has been painted, and quits with exit status 0:

    first-paint 1764051234.567890 MainWindow 0.912

The first number is the moment in seconds since the epoch (time.time()), the word the class of
the window, the last number the processor time the process had used by then (seconds, all its
threads: time.process_time()), which other programs' load does not inflate.
benchmarks/cold_start.py subtracts the moment it started the process. The line is
printed from a zero-timer posted by the window's first paint event, so it comes after the
whole window (every child widget) has been painted. Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_PAINT_ENV = "AUYL_DESK_FIRST_PAINT"
PREFIX = "first-paint"


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self.parent().removeEventFilter(self)  # type: ignore[union-attr]
            name = type(watched).__name__
            QTimer.singleShot(0, lambda: self._report(name))
        return False

    def _report(self, window: str) -> None:
        print(f"{PREFIX} {time.time():.6f} {window} {time.process_time():.3f}", flush=True)
        QCoreApplication.exit(0)


def watch(app: QCoreApplication) -> None:
    """Install the hook on `app` when AUYL_DESK_FIRST_PAINT is set; otherwise do nothing."""
    if os.environ.get(FIRST_PAINT_ENV):
        app.installEventFilter(_FirstPaint(app))
