"""A replaced office key file is told at start, in Kazakh and Russian; Settings > Make a new
office key asks why, makes the key and says which one signs now."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import certificate as core
from desktop.core.roles import ADMINISTRATOR
from desktop.services import keys
from desktop.ui import office_key
from desktop.ui.context import AppContext
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from tests.helpers import acting_as


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(title, text) of QMessageBox.warning / information, answered at once."""
    boxes: list[tuple[str, str]] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> int:
        boxes.append((title, text))
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return boxes


def _replace_key_file() -> None:
    keys.write_private(keys.key_path(100), core.private_key_pem(core.new_private_key()))


@pytest.mark.parametrize(
    ("language", "words"), [("kk", "басқа кілтпен ауыстырылған"), ("ru", "заменили другим ключом")]
)
def test_a_replaced_key_is_told_at_start(
    qtbot: QtBot, ctx: AppContext, said: list[tuple[str, str]], language: str, words: str
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    office_key.warn_if_replaced(window, ctx)
    assert said == []  # the key made at setup is the office's own
    _replace_key_file()
    Translations().switch(language)
    office_key.warn_if_replaced(window, ctx)
    [(_title, text)] = said
    assert words in text


def test_the_menu_makes_a_new_key_after_asking_why(
    qtbot: QtBot,
    ctx: AppContext,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert ctx.user is not None
    ctx.user = acting_as(ctx.user, ADMINISTRATOR)  # re-keying is the administrator's
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _replace_key_file()
    answers = iter([("", True), ("файл ключа заменён", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: next(answers))
    window.rekey_action.trigger()
    assert keys.key_state(ctx.db, 100).status == "key_replaced"  # no reason: nothing done
    assert "reason" in said[-1][1]
    window.rekey_action.trigger()
    state = keys.key_state(ctx.db, 100)
    assert state.ok and state.key_id in said[-1][1]
    revoked = [k for k in keys.known_keys(ctx.db) if k.revoked]
    assert [k.revoke_reason for k in revoked] == ["файл ключа заменён"]
