"""Starting the GUI: the application object, translations, the database, first-run setup."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from desktop.core.clock import Clock, SystemClock
from desktop.paths import default_db_path
from desktop.services import accounts, backups, settings
from desktop.services import office as office_service
from desktop.services.startup import open_database
from desktop.ui import first_paint
from desktop.ui.context import AppContext
from desktop.ui.errors import describe, install_exception_hook
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations, language_from_environment

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
    try:
        window = start(args.db)
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
    code = app.exec()
    if window.ctx.user is not None:
        accounts.log_out(window.ctx.db, window.ctx.user)
    return code


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
    if office_service.workplace(db) is None or not accounts.has_accounts(db):
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
