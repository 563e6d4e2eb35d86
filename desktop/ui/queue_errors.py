"""Queue errors (services.queue.QueueError) in the user's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.formatting import format_datetime
from desktop.services.queue import QueueError
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "QueueErrors"

MESSAGES = {
    "closed": QT_TRANSLATE_NOOP("QueueErrors", "The office is closed. It opens at %1."),
    "no_office": QT_TRANSLATE_NOOP(
        "QueueErrors", "Set up the office and the clerk first (Settings)."
    ),
    "reason_required": QT_TRANSLATE_NOOP("QueueErrors", "Write the reason: it is recorded."),
    "not_allowed": QT_TRANSLATE_NOOP(
        "QueueErrors", "This cannot be done with the ticket in its present state."
    ),
    "not_waiting": QT_TRANSLATE_NOOP("QueueErrors", "This ticket is no longer waiting."),
    "unknown_ticket": QT_TRANSLATE_NOOP("QueueErrors", "The ticket was not found."),
    "unknown_purpose": QT_TRANSLATE_NOOP("QueueErrors", "Unknown purpose."),
    "busy": QT_TRANSLATE_NOOP(
        "QueueErrors", "Ticket %1 is still at your desk: say how that visit ended first."
    ),
}
UNKNOWN = QT_TRANSLATE_NOOP("QueueErrors", "The queue cannot do this (%1).")


def message(error: QueueError, language: str) -> str:
    """The error as a sentence in the UI language."""
    text = MESSAGES.get(error.code)
    if text is None:
        return QCoreApplication.translate(_CONTEXT, UNKNOWN).replace("%1", error.code)
    result = QCoreApplication.translate(_CONTEXT, text)
    opens_at = error.params.get("opens_at")
    if isinstance(opens_at, datetime):
        result = result.replace("%1", format_datetime(opens_at, language or "ru"))
    if error.code == "busy":
        result = result.replace("%1", str(error.params.get("label", "")))
    return result
