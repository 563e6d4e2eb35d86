"""A database that fails the check at start: the program says why in the user's language,
offers the backups folder only when a backup can help, and leaves the file as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
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
    assert main(["households", "search", "Серік", "--db", str(path)]) == 2
    error = capsys.readouterr().err
    assert "not an Auyl Desk database" in error and "Traceback" not in error
    assert path.read_text(encoding="utf-8") == "not a database\n"
