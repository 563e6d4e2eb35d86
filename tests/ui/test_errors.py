"""Every action ends in its result or a message: error wording, the slot wrapper, the hook."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from desktop.services.queue import QueueError
from desktop.ui import errors
from desktop.ui.context import NoWorkplace
from desktop.ui.errors import describe, install_exception_hook, user_action
from desktop.ui.i18n import Translations
from tests.ui.helpers import Told
from tests.ui.visible_texts import Catalogue


def _database_error(said: str) -> OperationalError:
    return OperationalError("INSERT ...", {}, sqlite3.OperationalError(said))


@pytest.mark.parametrize(
    ("said", "fault"),
    [
        ("database is locked", "busy"),
        ("database or disk is full", "full"),
        ("attempt to write a readonly database", "read_only"),
        ("database disk image is malformed", "damaged"),
        ("file is not a database", "damaged"),
        ("no such table: staff", "database"),
    ],
)
def test_database_faults_are_told_apart(said: str, fault: str) -> None:
    assert errors.database_fault(_database_error(said)) == fault


def test_faults_are_worded_in_the_users_language(qapp: object) -> None:
    Translations().switch("ru")
    busy = describe(_database_error("database is locked"))
    full = describe(OSError(errno.ENOSPC, "No space left on device"))
    assert busy != full and "Nothing was saved" not in busy  # in Russian
    assert all(text and "Auyl" not in text for text in (busy, full))
    assert describe(NoWorkplace()) != describe(QueueError("no_office"))


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_systems_english_wording_of_a_file_error_stays_out(qapp: object, language: str) -> None:
    Translations().switch(language)
    catalogue = Catalogue()
    for error in (
        OSError(errno.EIO, "Input/output error", "/media/usb/талон.pdf"),
        OSError(errno.EIO, "Input/output error"),
        PermissionError(errno.EACCES, "Permission denied", "/media/usb/талон.pdf"),
    ):
        text = describe(error)
        assert "error" not in text and "denied" not in text
        assert catalogue.problem(language, text) is None, text


class Panel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("go", self)
        self.button.clicked.connect(self.go)
        self.got: list[object] = []

    @user_action
    def go(self) -> None:
        raise ValueError("a bug")

    @user_action
    def take(self, value: str, extra: int = 0) -> str:
        self.got.append((value, extra))
        return value


def test_an_unexpected_error_in_a_slot_becomes_a_message(qtbot: QtBot, told: Told) -> None:
    panel = Panel()
    panel.setWindowTitle("Auyl Desk")
    qtbot.addWidget(panel)
    panel.button.click()  # an exception reaching the event loop would fail this test
    [(title, text, details)] = told
    assert title == "Auyl Desk"
    assert text.startswith("Something went wrong")
    assert details == "ValueError: a bug"  # for the district IT person, behind a button


def test_the_wrapper_drops_arguments_a_signal_adds(qtbot: QtBot) -> None:
    panel = Panel()
    qtbot.addWidget(panel)
    assert panel.take("x", 2, True) == "x"  # like clicked(bool) on a slot with two arguments
    assert panel.got == [("x", 2)]


def test_the_last_resort_shows_a_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, told: Told
) -> None:
    monkeypatch.setattr(errors.sys, "excepthook", errors.sys.excepthook)  # restored afterwards
    install_exception_hook()
    try:
        raise RuntimeError("outside any slot")
    except RuntimeError as error:
        errors.sys.excepthook(RuntimeError, error, error.__traceback__)
    [(_title, text, details)] = told
    assert text.startswith("Something went wrong") and details == "RuntimeError: outside any slot"
