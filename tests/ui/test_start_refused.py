"""A database that fails the check at start: the program says why in the user's language,
offers the backups folder only when a backup can help, and leaves the file as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.ui import app


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, list[str]]]:
    """(title, text, button texts) of each message box the start shows, closed at once."""
    boxes: list[tuple[str, str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


@pytest.mark.parametrize(
    ("language", "title", "words", "button"),
    [
        ("kk_KZ.UTF-8", "дерекқор", "бүлінген", "Сақтық көшірмелер қалтасын ашу"),
        ("ru_RU.UTF-8", "базу данных", "повреждён", "Открыть папку резервных копий"),
    ],
)
def test_a_damaged_file_is_refused_in_the_users_language(
    qtbot: QtBot,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[tuple[str, str, list[str]]],
    language: str,
    title: str,
    words: str,
    button: str,
) -> None:
    data = bytearray(db_path.read_bytes())
    db_path.write_bytes(bytes(data[: len(data) // 2]))
    before = hashlib.sha256(db_path.read_bytes()).digest()
    monkeypatch.setenv("LANG", language)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert QApplication.instance() is not None or qtbot
    assert app.run(["--db", str(db_path)]) == 1
    [(shown_title, text, buttons)] = shown
    assert title in shown_title and words in text and str(db_path) in text
    assert button in buttons
    assert hashlib.sha256(db_path.read_bytes()).digest() == before


def test_a_text_file_at_the_command_line_is_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database\n", encoding="utf-8")
    assert main(["households", "search", "Серік", "--db", str(path)]) == 1
    error = capsys.readouterr().err
    assert "not an Auyl Desk database" in error and "Traceback" not in error
    assert path.read_text(encoding="utf-8") == "not a database\n"


def test_a_damaged_file_offers_the_latest_good_backup_and_starts_on_it(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime

    from db.engine import Database
    from desktop.core.localtime import aware
    from desktop.services import accounts, backups, office
    from tests.helpers import ADMIN_LOGIN, ADMIN_PASSWORD, CLERK, CLERK_LOGIN, CLERK_PASSWORD
    from tests.ui.helpers import log_in_when_asked

    db = Database(db_path)
    administrator = accounts.administrator(ADMIN_LOGIN)
    moment = aware(datetime(2026, 11, 24, 10, 15))
    accounts.set_up(
        db,
        45,
        CLERK,
        CLERK_LOGIN,
        CLERK_PASSWORD,
        administrator,
        ADMIN_LOGIN,
        ADMIN_PASSWORD,
        moment,
    )
    good = backups.take_backup(db, datetime(2026, 11, 24, 18, 0), backups.default_folder(), 5)
    db.dispose()
    for leftover in db_path.parent.glob(db_path.name + "-*"):
        leftover.unlink()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        if len(asked) == 1:  # the refusal: choose the offered backup
            role = QMessageBox.ButtonRole.AcceptRole
            [restore] = [b for b in box.buttons() if box.buttonRole(b) == role]
            assert "2026" in restore.text()  # the backup's date
            restore.click()
            return 0
        return QMessageBox.StandardButton.Ok.value  # the confirmation, then what was done

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: asked.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: asked.append(args[2]))
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    answers = iter([ADMIN_LOGIN, ADMIN_PASSWORD])  # an administrator of the backup restores
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: (next(answers), True))
    windows: list[object] = []
    real_start = app.start

    def start(*args: object) -> object:
        windows.append(real_start(*args))  # type: ignore[arg-type]
        return windows[-1]

    monkeypatch.setattr(app, "start", start)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    log_in_when_asked(CLERK_LOGIN, CLERK_PASSWORD)  # the restored office's clerk
    assert app.run(["--db", str(db_path)]) == 0
    assert "повреждён" in asked[0] and "Заменить базу данных" in asked[1]
    assert "Резервная копия восстановлена" in asked[2]
    reopened = Database(db_path)
    try:
        assert office.workplace(reopened) is not None  # the backup's office is there again
    finally:
        reopened.dispose()
    assert good.exists()
    [window] = [w for w in windows if w is not None]
    qtbot.addWidget(window)  # closed with the test
