"""`auyl-desk --smoke`: does this build start? For CI and for whoever installs a PC.

It opens the main window on a fresh database in a temporary folder (the user's data is never
touched), switches the interface to Kazakh and Russian with Qt's own translations, renders a
talon with ReportLab and reads it back with QtPdf, and exits 0; or prints what failed and
exits 1. Headless unless a display is asked for: QT_QPA_PLATFORM defaults to offscreen.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import traceback
from pathlib import Path

APP_CHECKS = {
    # a message of the program and one of Qt's own (from qtbase_kk.qm / qtbase_ru.qm)
    ("app", "Auyl Desk cannot open its database"),
    ("QPlatformTheme", "Cancel"),
}


def run_smoke() -> int:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="auyl-smoke-") as folder:
        os.environ["AUYL_DESK_DATA_DIR"] = folder  # keys, backups: all in the throwaway folder
        try:
            steps = _smoke(Path(folder))
        except Exception:
            traceback.print_exc()
            print("smoke: FAILED", file=sys.stderr)
            return 1
    for step in steps:
        print(f"smoke: {step}")
    print("smoke: ok")
    return 0


def _smoke(folder: Path) -> list[str]:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from desktop.core.clock import SystemClock
    from desktop.printing.samples import sample_document
    from desktop.services import accounts, office, settings
    from desktop.services.startup import open_database
    from desktop.ui.context import AppContext
    from desktop.ui.hub import Hub
    from desktop.ui.i18n import Translations
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    steps = []
    db_path = folder / "auyl-desk.sqlite3"
    opened = open_database(db_path)
    clerk = office.ClerkData("Сынақова", "Әлия", "Қайратқызы", "бас маман", "8 (7200) 00-00-00")
    now = SystemClock().now()
    password = secrets.token_urlsafe(16)  # a throwaway database: its logins are never used again
    admin = accounts.administrator("admin")
    accounts.set_up(opened.db, 1, clerk, "clerk", password, admin, "admin", password, now)
    user = accounts.log_in(opened.db, "clerk", password, now)
    opened.db.dispose()
    steps.append(f"fresh database {db_path.name}, office 1 and its logins set up")

    for language in ("kk", "ru"):
        Translations().switch(language)
        untranslated = [
            text
            for context, text in sorted(APP_CHECKS)
            if QCoreApplication.translate(context, text) == text
        ]
        if untranslated:
            raise RuntimeError(f"no {language} translation for {untranslated}")
    steps.append("translations kk and ru (the program's and Qt's) loaded")

    db = open_database(db_path).db  # as start() opens it, logged in as the clerk
    Translations().switch(settings.load_ui_language(db))
    window = MainWindow(AppContext(db, Hub(), SystemClock(), user=user))
    window.show()
    app.processEvents()
    steps.append(f"main window shown: {window.windowTitle()!r}")

    pdf = sample_document("talon", "kk").pdf()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        raise RuntimeError(f"the talon does not load in QtPdf: {document.status()}")
    image = document.render(0, document.pagePointSize(0).toSize())
    if image.isNull():
        raise RuntimeError("QtPdf rendered an empty talon page")
    steps.append(f"talon rendered: {len(pdf)} bytes, 1 page drawn by QtPdf")

    window.close()
    window.ctx.db.dispose()
    app.processEvents()
    return steps
