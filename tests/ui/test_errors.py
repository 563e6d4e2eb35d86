"""Every action ends in its result or a message: error wording, the slot wrapper, the hook."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from desktop.services.queue import QueueError
from desktop.ui import errors
from desktop.ui.context import NoWorkplace
from desktop.ui.errors import MESSAGES, describe, install_exception_hook, user_action
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


# ---- each fault points one way, told by SQLite's result code and the system's errno ------------


def _real_sqlite_error(fault: str, folder: Path) -> sqlite3.Error:
    """The error SQLite itself raises for the fault (with its `sqlite_errorcode`)."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{fault}.sqlite3"
    if fault == "damaged":
        path.write_bytes(b"SQLite format 3\0" + bytes(range(256)) * 16)
    else:
        sqlite3.connect(path).execute("CREATE TABLE t (x BLOB)").connection.close()
    connection = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        if fault == "busy":
            holder = sqlite3.connect(path, isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")
            connection.execute("BEGIN IMMEDIATE")
        elif fault == "full":
            connection.execute("PRAGMA max_page_count=3")
            connection.execute("INSERT INTO t VALUES (randomblob(100000))")
        elif fault == "read_only":
            connection.close()
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            connection.execute("INSERT INTO t VALUES (1)")
        else:
            connection.execute("SELECT * FROM sqlite_master")
    except sqlite3.Error as error:
        return error
    finally:
        connection.close()
    raise AssertionError(f"SQLite raised nothing for {fault}")


FAULTS = ["busy", "full", "read_only", "damaged"]
# What a message says in each language when it speaks of backups (only "damaged" may).
BACKUP_WORDS = {"kk": "сақтық көшірме", "ru": "резервн", "": "backup"}


@pytest.mark.parametrize("language", ["", "kk", "ru"])
@pytest.mark.parametrize("fault", FAULTS)
def test_each_database_fault_points_its_own_way_in_each_language(
    qapp: object, tmp_path: Path, fault: str, language: str
) -> None:
    Translations().switch(language)
    raw = _real_sqlite_error(fault, tmp_path)
    assert raw.sqlite_errorcode & 0xFF in errors.SQLITE_FAULTS  # told by the code, not the text
    wrapped = OperationalError("INSERT ...", {}, raw)  # as SQLAlchemy hands it on
    text = describe(wrapped)
    assert describe(raw) == text == errors._tr(MESSAGES[fault])
    others = {
        describe(_real_sqlite_error(other, tmp_path / other)) for other in FAULTS if other != fault
    }
    assert text not in others
    assert (BACKUP_WORDS[language] in text.lower()) == (fault == "damaged"), text
    if language:
        assert text != MESSAGES[fault]  # translated
        assert Catalogue().problem(language, text) is None, text


def test_the_code_decides_even_when_the_words_mislead(tmp_path: Path) -> None:
    raw = _real_sqlite_error("full", tmp_path)
    misleading = OperationalError("INSERT ...", {}, raw)
    misleading.orig.args = ("database is locked",)  # type: ignore[union-attr]
    assert errors.database_fault(misleading) == "full"


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize(
    ("number", "fault"),
    [(errno.ENOSPC, "full"), (errno.EROFS, "read_only")],
)
def test_disk_faults_told_by_errno(qapp: object, language: str, number: int, fault: str) -> None:
    Translations().switch(language)
    error = OSError(number, "English words of the system", "/media/usb/auyl-desk.sqlite3")
    assert describe(error) == errors._tr(MESSAGES[fault]) != MESSAGES[fault]


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


@pytest.mark.parametrize(
    ("state", "fault"),
    [("53100", "full"), ("25006", "read_only"), ("55P03", "busy"), ("XX001", "damaged")],
)
def test_postgresql_faults_told_by_sqlstate(state: str, fault: str) -> None:
    from psycopg import errors as pg

    raw = pg.lookup(state)("words that mislead: database is locked")
    assert raw.sqlstate == state
    assert errors.database_fault(OperationalError("INSERT ...", {}, raw)) == fault
