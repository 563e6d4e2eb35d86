"""Starting the GUI: the application object, translations, the database, first-run setup."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from desktop.core.actor import SYSTEM
from desktop.paths import default_db_path
from desktop.services import office as office_service
from desktop.services import settings
from desktop.services.startup import open_database
from desktop.ui.dialogs.setup_dialog import SetupDialog
from desktop.ui.hub import Hub
from desktop.ui.i18n import Translations, language_from_environment
from desktop.ui.main_window import MainWindow


def run(argv: Sequence[str]) -> int:
    from desktop.cli import parser

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Auyl Desk")
    translations = Translations()
    translations.switch(language_from_environment(dict(os.environ)) or settings.DEFAULT_LANGUAGE)
    args = parser().parse_args(list(argv))
    try:
        window = start(args.db, translations)
    except (SQLAlchemyError, OSError) as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Auyl Desk cannot open its database"),
            QCoreApplication.translate(
                "app",
                "The database %1 cannot be opened. Nothing has been changed in it.\n\n"
                "If the disk is full, free some space. If the file is damaged, restore the "
                "latest copy from the backups folder beside it, or start Auyl Desk with another "
                "file (--db).\n\nDetails: %2",
            )
            .replace("%1", str(args.db or default_db_path()))
            .replace("%2", str(error)),
        )
        return 1
    if window is None:
        return 0
    window.show()
    return app.exec()


def start(db_arg: str | None, translations: Translations) -> MainWindow | None:
    """Open the database, switch to the saved language, run the first-run setup if needed.

    Returns the main window (not shown yet), or None if the user cancelled the setup.
    Errors opening the database propagate to the caller.
    """
    db = open_database(db_arg).db
    translations.switch(settings.load_ui_language(db))

    def switch_language(language: str) -> None:
        settings.save_ui_language(db, language, office_service.current_actor(db) or SYSTEM)
        translations.switch(language)

    if office_service.workplace(db) is None and not SetupDialog.ask(
        None, db, translations.language, switch_language
    ):
        db.dispose()
        return None
    return MainWindow(db, translations, Hub())
