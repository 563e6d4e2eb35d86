"""Helpers for driving the real widgets in tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Kazakh letters included (QTest.keyClicks aborts on non-ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def when_modal_opens(act: Callable[[QWidget], None]) -> None:
    """Run `act` on the next modal dialog once it is shown; on failure, close it and re-raise.

    The caller then calls the code that opens the dialog (its exec() blocks until closed).
    """

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.close()
            raise

    QTimer.singleShot(0, run)
