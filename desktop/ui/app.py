"""Starting the GUI: the application object, translations, the database, first-run setup."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from desktop.core.clock import Clock, SystemClock
from desktop.paths import default_db_path
from desktop.services import accounts, backups, settings, sync_keys
from desktop.services import office as office_service
from desktop.services.file_check import DatabaseProblem
from desktop.services.startup import open_database
from desktop.ui import backup_texts, database_texts, first_paint, office_key
from desktop.ui.context import AppContext
from desktop.ui.errors import describe, install_exception_hook
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations, current_language, language_from_environment

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def run(argv: Sequence[str]) -> int:
    from desktop.cli import parser

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Auyl Desk")
    first_paint.watch(app)
    install_exception_hook()
    Translations().switch(language_from_environment(dict(os.environ)) or settings.DEFAULT_LANGUAGE)
    args = parser().parse_args(list(argv))
    clock = SystemClock()
    try:
        window = start(args.db, clock)
    except DatabaseProblem as problem:
        if not refuse_to_start(problem, clock):
            return 1
        return run(argv)  # the latest good backup was restored: start on it
    except (SQLAlchemyError, OSError) as error:
        # what the fault is and which way to turn (busy: wait; damaged: the IT person), as
        # for any action; the technical details behind the details button
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("app", "Auyl Desk cannot open its database"),
            QCoreApplication.translate(
                "app", "The database %1 cannot be opened. Nothing has been changed in it."
            ).replace("%1", str(args.db or default_db_path()))
            + "\n\n"
            + describe(error),
            QMessageBox.StandardButton.Ok,
        )
        box.setDetailedText(f"{type(error).__name__}: {error}")
        box.exec()
        return 1
    if window is None:
        return 0
    window.show()
    window.start_automatic_backups()
    office_key.warn_if_replaced(window, window.ctx)
    code = app.exec()
    if window.ctx.user is not None:
        accounts.log_out(window.ctx.db, window.ctx.user)
    return code


def refuse_to_start(problem: DatabaseProblem, clock: Clock) -> bool:
    """Say why the database was not opened. For a damaged file, offer to restore the latest
    good backup (True once restored; an administrator of the backup logs in for it) or, with
    none, to open the backups folder."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        database_texts.tr(database_texts.TITLE),
        database_texts.message(problem),
        QMessageBox.StandardButton.Close,
    )
    folder = backups.default_folder()
    latest = None
    restore = open_folder = None
    if problem.code in database_texts.BACKUP_HELPS:
        latest = backups.latest_good_backup(folder)
        if latest is not None and latest.taken_at is not None:
            when = backup_texts.when_text(latest.taken_at, current_language())
            restore = box.addButton(
                database_texts.tr(database_texts.RESTORE_LATEST).replace("%1", when),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            open_folder = box.addButton(
                database_texts.tr(database_texts.OPEN_BACKUPS), QMessageBox.ButtonRole.ActionRole
            )
    box.exec()
    clicked = box.clickedButton()
    if open_folder is not None and clicked is open_folder:
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    if restore is None or latest is None or clicked is not restore:
        return False
    from desktop.ui.dialogs.backups_dialog import (
        backup_administrator,
        confirm_restore,
        restored_text,
    )

    database = Path(problem.location)
    if not confirm_restore(box, latest, str(database)):
        return False
    actor = backup_administrator(box, latest.path, clock.now())  # no one can log in to it
    if actor is None:
        return False
    try:
        result = backups.restore(database, latest.path, actor, clock.now())
    except backups.BackupError as error:
        QMessageBox.warning(box, box.windowTitle(), backup_texts.message(error))
        return False
    QMessageBox.information(box, box.windowTitle(), restored_text(result))
    return True


def start(db_arg: str | None, clock: Clock | None = None) -> MainWindow | None:
    """Open the database, switch to the saved language, run the first-run setup if needed
    (the office, the clerk and the accounts), then the login.

    Returns the main window (not shown yet), or None if the user cancelled the setup or the
    login. A database file that is missing or empty where this PC had an office set up is not
    a first run: the user restores a backup or starts anew knowingly (None if they quit).
    Errors opening the database propagate to the caller.
    """
    clock = clock or SystemClock()
    if db_arg is None or "://" not in db_arg:
        location = Path(db_arg or default_db_path())
        if backups.earlier_installation_lost(location):
            from desktop.ui.dialogs.lost_database_dialog import LostDatabaseDialog

            if not LostDatabaseDialog.ask(None, location, clock):
                return None
    db = open_database(db_arg).db
    Translations().switch(settings.load_ui_language(db))
    ctx = AppContext(db, Hub(), clock)
    district = sync_keys.district(db)
    if district is not None and not accounts.has_accounts(db):
        QMessageBox.information(
            None,
            QCoreApplication.translate("Startup", "Auyl Desk"),
            QCoreApplication.translate(
                "Startup",
                "This is the installation of %1, which has no account yet. Its first "
                "administrator is added on the command line:\n\nauyl-desk accounts add --role "
                'administrator --name "Surname Name" --new-login LOGIN --new-password-file '
                "FILE",
            ).replace("%1", district.name),
        )
        db.dispose()
        return None
    if district is None and (office_service.workplace(db) is None or not accounts.has_accounts(db)):
        from desktop.ui.dialogs.setup_dialog import SetupDialog  # only on a first run

        if not SetupDialog.ask(None, ctx):  # logs the new clerk in
            db.dispose()
            return None
    if ctx.user is None:
        from desktop.ui.dialogs.login_dialog import LoginDialog

        user = LoginDialog.ask(None, ctx)
        if user is None:
            db.dispose()
            return None
        ctx.user = user
    from desktop.ui.main_window import MainWindow  # the first-run setup does not need it

    return MainWindow(ctx)
