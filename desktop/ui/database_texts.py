"""Why the database was not opened at start (services.file_check.DatabaseProblem), in the
user's language, with what to do: for the start window and the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services import file_check
from desktop.services.file_check import DatabaseProblem
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "DatabaseTexts"

TITLE = QT_TRANSLATE_NOOP("DatabaseTexts", "Auyl Desk cannot open its database")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP(
    "DatabaseTexts", "Auyl Desk has not opened the database %1 and has written nothing to it."
)
REASONS = {
    file_check.DAMAGED: QT_TRANSLATE_NOOP(
        "DatabaseTexts",
        "The file is damaged: the database's own check found errors in it. Do not work in it. "
        "Restore the latest good backup (close Auyl Desk, put the backup in place of the file), "
        "or call the district IT person. Keep the damaged file: do not delete it.",
    ),
    file_check.NOT_DATABASE: QT_TRANSLATE_NOOP(
        "DatabaseTexts",
        "This file is not an Auyl Desk database. Check the file name (--db), or restore the "
        "latest good backup in its place.",
    ),
    file_check.READ_ONLY: QT_TRANSLATE_NOOP(
        "DatabaseTexts",
        "The file or its folder is read-only. Ask the district IT person to allow this user "
        "to write there; the data in it is not damaged.",
    ),
    file_check.UNREACHABLE: QT_TRANSLATE_NOOP(
        "DatabaseTexts",
        "The file cannot be read. Check that the disk is connected and that this user may "
        "read the file.",
    ),
    file_check.BUSY: QT_TRANSLATE_NOOP(
        "DatabaseTexts",
        "Another program is holding the database. Close the other program (or another copy of "
        "Auyl Desk) and start again. The file is not damaged: do not restore a backup.",
    ),
    file_check.FULL: QT_TRANSLATE_NOOP(
        "DatabaseTexts", "The disk is full. Free some space on the disk and start again."
    ),
    file_check.BACKUP_FAILED: QT_TRANSLATE_NOOP(
        "DatabaseTexts",
        "The database needs an upgrade, and the safety copy taken before it could not be made "
        "(is the disk full, or the backups folder read-only?). Nothing was upgraded. Free some "
        "space or allow writing to the backups folder, and start again.",
    ),
}
# A disk that fails to read at start (a stick pulled out): the file cannot be read at all.
REASONS[file_check.IO] = REASONS[file_check.UNREACHABLE]
DETAILS = QT_TRANSLATE_NOOP("DatabaseTexts", "Details: %1")
OPEN_BACKUPS = QT_TRANSLATE_NOOP("DatabaseTexts", "Open the backups folder")
RESTORE_LATEST = QT_TRANSLATE_NOOP("DatabaseTexts", "Restore the latest good backup (%1)…")
# A backup may help only when the file itself is bad, never when it is busy or read-only.
BACKUP_HELPS = (file_check.DAMAGED, file_check.NOT_DATABASE)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def message(problem: DatabaseProblem) -> str:
    """What happened and what to do; SQLite's own words (English) only as details."""
    text = tr(NOTHING_WRITTEN).replace("%1", problem.location) + "\n\n" + tr(REASONS[problem.code])
    if problem.detail:
        text += "\n\n" + tr(DETAILS).replace("%1", problem.detail)
    return text
