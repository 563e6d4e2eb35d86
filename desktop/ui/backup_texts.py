"""Backups in the user's language: why one could not be taken or restored, what one holds,
free space (the restore dialog, the main window and the command line share them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.formatting import format_datetime
from desktop.services.backups import BackupError, BackupInfo, SpaceWarning
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Backups"

MESSAGES = {
    "server": QT_TRANSLATE_NOOP(
        "Backups",
        "This database is on a server: the server's own tool (pg_dump) backs it up. Ask the "
        "district IT person.",
    ),
    "space": QT_TRANSLATE_NOOP(
        "Backups",
        "There is not enough free space for the backup. No backup file was left behind. Free "
        "some space, or choose another backup folder under Settings > Backups.",
    ),
    "folder": QT_TRANSLATE_NOOP(
        "Backups",
        "The backup folder cannot be written (missing, read-only or a stick that was pulled "
        "out): %1. Check the folder under Settings > Backups.",
    ),
    "missing": QT_TRANSLATE_NOOP("Backups", "There is no such file: %1"),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "Backups", "This file is not an Auyl Desk backup (not a database file): %1"
    ),
    "foreign": QT_TRANSLATE_NOOP("Backups", "This database file is not an Auyl Desk database: %1"),
    "damaged": QT_TRANSLATE_NOOP(
        "Backups", "This backup is damaged and cannot be restored. Choose an earlier one."
    ),
    "newer": QT_TRANSLATE_NOOP(
        "Backups",
        "This backup was made by a newer version of Auyl Desk. Install that version first, "
        "then restore it.",
    ),
    "in_use": QT_TRANSLATE_NOOP(
        "Backups",
        "Another program (or a second Auyl Desk window) has the database open. Close it, then "
        "restore again. Nothing was changed.",
    ),
}
UNKNOWN = QT_TRANSLATE_NOOP("Backups", "The backup cannot be used (%1).")
LOW_SPACE = QT_TRANSLATE_NOOP(
    "Backups",
    "Little free space on %1: %2 left, %3 needed for backups and the day's work. Free some "
    "space soon.",
)
NOT_SET_UP = QT_TRANSLATE_NOOP("Backups", "no office set up")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def message(error: BackupError) -> str:
    text = MESSAGES.get(error.reason)
    if text is None:
        return _tr(UNKNOWN).replace("%1", error.reason)
    return _tr(text).replace("%1", error.detail)


def size_text(size: int) -> str:
    """Bytes as megabytes with one decimal ("12.3 MB" / "12,3 МБ")."""
    megabytes = f"{size / (1024 * 1024):.1f}"
    return QCoreApplication.translate("Backups", "%1 MB").replace("%1", megabytes)


def space_warning(warning: SpaceWarning) -> str:
    return (
        _tr(LOW_SPACE)
        .replace("%1", str(warning.folder))
        .replace("%2", size_text(warning.free))
        .replace("%3", size_text(warning.needed))
    )


def taken_text(info: BackupInfo, language: str) -> str:
    return format_datetime(info.taken_at, language or "ru") if info.taken_at else "—"


def preview(info: BackupInfo, language: str) -> list[tuple[str, str]]:
    """What a backup holds, as (caption, value) lines."""
    office = (
        QCoreApplication.translate("Backups", "No %1").replace("%1", str(info.office_number))
        if info.office_number is not None
        else _tr(NOT_SET_UP)
    )
    return [
        (QCoreApplication.translate("Backups", "Taken"), taken_text(info, language)),
        (QCoreApplication.translate("Backups", "Akim office"), office),
        (QCoreApplication.translate("Backups", "Households"), str(info.households)),
        (QCoreApplication.translate("Backups", "Applications"), str(info.applications)),
        (
            QCoreApplication.translate("Backups", "Last application number"),
            info.last_application or "—",
        ),
        (QCoreApplication.translate("Backups", "Certificates"), str(info.certificates)),
        (
            QCoreApplication.translate("Backups", "Last certificate number"),
            info.last_certificate or "—",
        ),
        (QCoreApplication.translate("Backups", "Size"), size_text(info.size)),
        (QCoreApplication.translate("Backups", "File"), str(info.path)),
    ]
