"""Backups in the user's language: why one could not be taken or restored, what one holds,
free space (the restore dialog, the main window and the command line share them)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.formatting import format_datetime, format_number
from desktop.services.backups import BackupError, BackupInfo, SpaceWarning
from desktop.ui.i18n import QT_TRANSLATE_NOOP, current_language

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
    "source_damaged": QT_TRANSLATE_NOOP(
        "Backups",
        "The database itself is damaged: its copy failed the check and was not kept. Keep "
        "the earlier backups and call the district IT person.",
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
    """Bytes as megabytes with one decimal, in the UI language's way ("12,3 МБ")."""
    megabytes = format_number(round(size / (1024 * 1024), 1), current_language() or "ru")
    return QCoreApplication.translate("Backups", "%1 MB").replace("%1", megabytes)


def space_warning(warning: SpaceWarning) -> str:
    return (
        _tr(LOW_SPACE)
        .replace("%1", str(warning.folder))
        .replace("%2", size_text(warning.free))
        .replace("%3", size_text(warning.needed))
    )


def when_text(taken: datetime, language: str) -> str:
    """A backup's time, as the office's clock showed it."""
    return format_datetime(taken, language or "ru")


def preview_captions() -> list[str]:
    """The captions of preview(), in its order."""
    return [
        QCoreApplication.translate("Backups", "Taken"),
        QCoreApplication.translate("Backups", "Akim office"),
        QCoreApplication.translate("Backups", "Households"),
        QCoreApplication.translate("Backups", "Applications"),
        QCoreApplication.translate("Backups", "Last application number"),
        QCoreApplication.translate("Backups", "Certificates"),
        QCoreApplication.translate("Backups", "Last certificate number"),
        QCoreApplication.translate("Backups", "Size"),
        QCoreApplication.translate("Backups", "File"),
    ]


def preview(info: BackupInfo, language: str) -> list[tuple[str, str]]:
    """What a backup holds, as (caption, value) lines."""
    office = (
        QCoreApplication.translate("Backups", "No %1").replace("%1", str(info.office_number))
        if info.office_number is not None
        else _tr(NOT_SET_UP)
    )
    values = [
        when_text(info.taken_at, language) if info.taken_at else "—",
        office,
        str(info.households),
        str(info.applications),
        info.last_application or "—",
        str(info.certificates),
        info.last_certificate or "—",
        size_text(info.size),
        str(info.path),
    ]
    return list(zip(preview_captions(), values, strict=True))
