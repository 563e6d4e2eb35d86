"""The background-task helper: real progress, Cancel that rolls back, errors handed back."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from desktop.core.actor import Actor
from desktop.services import settings
from desktop.services.household_values import BookError
from desktop.ui.errors import user_action
from desktop.ui.tasks import ProgressDialog, Task, TaskCancelled, run_task
from tests.ui.helpers import Told

WAIT_S = 10  # a limit for a stuck test, never a measured duration


def when(condition: Callable[[], bool], act: Callable[[], None]) -> None:
    """Run `act` in the GUI thread as soon as `condition` holds (checked every 10 ms)."""

    def poll() -> None:
        if condition():
            act()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def progress_dialog() -> ProgressDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog)]
    return next((w for w in shown if w.isVisible()), None)


def test_progress_reaches_the_dialog_and_the_result_comes_back(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[int, int, str]] = []
    checked = threading.Event()

    def work(task: Task) -> str:
        task.progress(1, 4)
        assert checked.wait(WAIT_S)
        task.progress(4, 4)
        return "done"

    def look() -> None:
        dialog = progress_dialog()
        assert dialog is not None
        seen.append((dialog.bar.value(), dialog.bar.maximum(), dialog.label.text()))
        checked.set()

    when(lambda: (d := progress_dialog()) is not None and d.bar.value() == 1, look)
    assert run_task(parent, "Counting the sheep…", work) == "done"
    assert seen == [(1, 4, "Counting the sheep…")]  # determinate: 1 of 4
    assert progress_dialog() is None


def test_cancel_stops_the_work_and_nothing_is_written(
    qtbot: QtBot, configured_db: Database, clerk: Actor
) -> None:
    pressed = threading.Event()

    def work(task: Task) -> int:
        with configured_db.write(clerk) as session:
            for step in range(1, 101):
                settings.set_setting(session, f"test_row_{step}", step)
                session.flush()
                task.progress(step, 100)
                if step == 1:
                    assert pressed.wait(WAIT_S)
        return 100

    def cancel() -> None:
        dialog = progress_dialog()
        assert dialog is not None
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        assert not dialog.buttons.isEnabled()  # "Stopping…" until the work has stopped
        pressed.set()

    when(lambda: (d := progress_dialog()) is not None and d.bar.value() == 1, cancel)
    with pytest.raises(TaskCancelled):
        run_task(None, "Writing…", work)
    with configured_db.read() as session:
        assert settings.get_setting(session, "test_row_1") is None  # rolled back
    assert progress_dialog() is None


def test_without_cancel_the_dialog_has_no_cancel_button(qtbot: QtBot) -> None:
    states: list[bool] = []
    release = threading.Event()

    def look() -> None:
        dialog = progress_dialog()
        assert dialog is not None
        states.append(dialog.buttons.isVisible())
        dialog.request_cancel()  # Esc or the window's close: ignored
        release.set()

    def work(task: Task) -> str:
        assert release.wait(WAIT_S)
        task.check()
        return "all or nothing"

    when(lambda: progress_dialog() is not None, look)
    assert run_task(None, "Importing…", work, cancellable=False) == "all or nothing"
    assert states == [False]


class Panel(QWidget):
    """A widget with the kind of slots tabs have."""

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("go", self)
        self.button.clicked.connect(self.go)  # clicked(bool): the slot takes no argument
        self.calls: list[str] = []

    @user_action
    def go(self) -> None:
        self.calls.append("go")
        run_task(self, "Working…", self.fail)

    def fail(self, task: Task) -> None:
        raise BookError("area_ha", "not_a_number")


def test_an_error_in_the_work_ends_in_a_message_in_the_users_language(
    qtbot: QtBot, told: Told
) -> None:
    panel = Panel()
    qtbot.addWidget(panel)
    panel.button.click()  # an escaping exception would fail this test (pytest-qt)
    assert panel.calls == ["go"]
    assert told.texts() == ["Enter a number, e.g. 0,15."]
