"""Backups from the UI: the dialog's preview and restore, the lost database at start, the
automatic backups of the main window and its warning of little disk space."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.change_counter import database_id
from db.engine import Database
from db.models import Household
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import FixedClock
from desktop.services import backups
from desktop.services.access import AccessDenied
from desktop.services.demo import load_demo
from desktop.ui import app
from desktop.ui.context import AppContext
from desktop.ui.dialogs.backups_dialog import BackupsDialog
from desktop.ui.dialogs.lost_database_dialog import LostDatabaseDialog
from desktop.ui.errors import describe
from desktop.ui.i18n import Translations
from desktop.ui.main_window import MainWindow
from tests.helpers import ADMIN_LOGIN, ADMIN_PASSWORD, CLERK_LOGIN, CLERK_PASSWORD, acting_as
from tests.ui.helpers import Told


def _households(db: Database) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(Household).where(Household.deleted_at.is_(None))
            )
            or 0
        )


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_dialog_backs_up_previews_and_restores(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, clock: FixedClock, told: Told, language: str
) -> None:
    Translations().switch(language)
    load_demo(ctx.db, 5, clerk, clock.today())
    with ctx.db.read() as session:
        original_id = database_id(session)
    ctx.user = acting_as(clerk, "administrator")  # a restore is theirs
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()  # nothing to restore yet
    dialog.back_up_now()
    assert len(dialog.list.paths) == 1 and dialog.list.chosen is not None
    shown = [label.text() for label in dialog.list.values]
    assert "5" in shown and "25.11.2026, 10:00" in shown
    caption = {"kk": "Шаруашылықтар", "ru": "Хозяйства"}[language]
    assert caption in [label.text() for label in dialog.list.captions]

    load_demo(ctx.db, 2, clerk, clock.today())  # work after the backup
    changed: list[object] = []
    ctx.hub.household_changed.connect(changed.append)
    dialog.restore_selected()  # the confirmation is answered OK by the test's message boxes

    assert _households(ctx.db) == 5  # the same Database object, on the restored file
    with ctx.db.read() as session:
        assert database_id(session) != original_id
    assert changed == [None]
    assert dialog.restored is not None and dialog.restored.safety_copy is not None
    confirm, done = told[-2:]
    assert ctx.db.location in confirm[1]
    assert str(dialog.restored.safety_copy) in done[1]


def test_the_settings_are_saved(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    ctx.user = acting_as(ctx.actor(), "administrator")  # the backups' settings are theirs
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "stick"))
    dialog.keep_spin.setValue(3)
    dialog.save_settings()
    assert backups.backup_folder(ctx.db) == tmp_path / "stick"
    assert backups.keep_count(ctx.db) == 3
    dialog.use_default_folder()
    dialog.save_settings()
    assert backups.backup_folder(ctx.db) == backups.default_folder()


def test_a_damaged_backup_is_shown_but_cannot_be_restored(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock
) -> None:
    path = backups.take_backup(ctx.db, clock.now(), backups.default_folder(), 10)
    path.write_bytes(path.read_bytes()[:2000])
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.chosen is None and dialog.list.problem
    assert not dialog.restore_button.isEnabled()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_lost_database_offers_the_backups(
    qtbot: QtBot,
    accounts_db: Database,
    clock: FixedClock,
    told: Told,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Translations().switch(language)
    configured_db = accounts_db
    backups.take_backup(configured_db, clock.now(), backups.default_folder(), 10)
    path = backups.database_file(configured_db)
    configured_db.dispose()
    path.write_bytes(b"")  # a 0-byte database where office 100 was set up
    dialog = LostDatabaseDialog(path, backups.default_folder(), clock)
    qtbot.addWidget(dialog)
    assert str(path) in dialog.warning.text()
    assert dialog.restore_button.isEnabled()
    answers = iter([CLERK_LOGIN, CLERK_PASSWORD])  # no database to log in to: the backup's
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: (next(answers), True))
    dialog.restore_selected()
    assert dialog.result() != LostDatabaseDialog.DialogCode.Accepted  # a clerk may not
    assert told[-1][1] == describe(AccessDenied(acting_as(SYSTEM, "clerk"), "backup.restore"))
    answers = iter([ADMIN_LOGIN, ADMIN_PASSWORD])
    dialog.restore_selected()
    assert dialog.result() == LostDatabaseDialog.DialogCode.Accepted
    assert not backups.earlier_installation_lost(path)


def test_start_does_not_set_up_anew_quietly_over_a_lost_database(
    configured_db: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = backups.database_file(configured_db)
    configured_db.dispose()
    path.unlink()
    asked: list[Path] = []

    def ask(_parent: object, database: Path, _clock: object) -> bool:
        asked.append(database)
        return False  # the user quits

    monkeypatch.setattr(LostDatabaseDialog, "ask", ask)
    assert app.start(str(path), clock) is None
    assert asked == [path] and not path.exists()


def test_the_main_window_backs_up_daily_and_on_close_when_changed(
    qtbot: QtBot, ctx: AppContext, clerk: Actor, clock: FixedClock
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    folder = backups.backup_folder(ctx.db)
    window.start_automatic_backups()
    qtbot.waitUntil(lambda: len(backups.backups_in(folder)) == 1)
    window.close()  # nothing changed since: no second backup
    assert len(backups.backups_in(folder)) == 1

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start_automatic_backups()
    clock.advance(timedelta(minutes=5))
    first = backups.backups_in(folder)[0]
    os.utime(first, (time.time() - 60, time.time() - 60))  # taken a minute before the change
    load_demo(ctx.db, 1, clerk, clock.today())
    window.close()
    assert len(backups.backups_in(folder)) == 2
    assert backups.describe(backups.backups_in(folder)[0]).households == 1


def test_little_disk_space_shows_in_the_status_bar(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    usage = type("Usage", (), {"free": 10 * 1024 * 1024, "total": 10**9, "used": 0})
    monkeypatch.setattr(backups.shutil, "disk_usage", lambda _path: usage)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.backups.enabled = False
    window.backups.show_space()
    assert window.backup_label.isVisibleTo(window)
    assert "10 MB" in window.backup_label.toolTip()  # free: 10 MB, as the user's language writes it


def test_back_up_now_from_the_file_menu(
    qtbot: QtBot, ctx: AppContext, told: Told, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.backup_action.trigger()
    (path,) = backups.backups_in(backups.backup_folder(ctx.db))
    assert str(path) in window.statusBar().currentMessage()

    def full(*_args: object) -> None:
        raise backups.BackupError("space")

    monkeypatch.setattr(backups, "take_backup", full)
    window.backup_action.trigger()
    assert told.texts()[-1].startswith("There is not enough free space")
    assert window.backup_label.text() == "The last backup failed"
