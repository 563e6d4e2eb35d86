"""Application errors (services.applications.ApplicationError) in the user's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.formatting import format_datetime
from desktop.services.applications import ApplicationError
from desktop.ui import iin_errors
from desktop.ui.i18n import QT_TRANSLATE_NOOP, current_language

_CONTEXT = "ApplicationErrors"

FIELDS = {
    "surname": QT_TRANSLATE_NOOP("ApplicationErrors", "surname"),
    "name": QT_TRANSLATE_NOOP("ApplicationErrors", "name"),
    "organization": QT_TRANSLATE_NOOP("ApplicationErrors", "name of the legal entity"),
    "reason": QT_TRANSLATE_NOOP("ApplicationErrors", "the reason"),
}

STATUSES = {
    "accepted": QT_TRANSLATE_NOOP("ApplicationErrors", "accepted"),
    "ready": QT_TRANSLATE_NOOP("ApplicationErrors", "ready"),
    "issued": QT_TRANSLATE_NOOP("ApplicationErrors", "issued"),
    "refused": QT_TRANSLATE_NOOP("ApplicationErrors", "refused"),
}

MESSAGES = {
    "required": QT_TRANSLATE_NOOP("ApplicationErrors", "Fill in: %1."),
    "unknown_service": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "Service %1 is not in the standard in force."
    ),
    "unknown_applicant_kind": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "Choose whether the applicant is an individual or a legal entity."
    ),
    "not_provided": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "Service %1 is provided to individuals only, not to legal entities."
    ),
    "unknown_language": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "Choose the language of the printed documents."
    ),
    "unknown_document": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "Unknown document in the checklist: %1."
    ),
    "office_not_configured": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "The akim office is not set up yet: choose it under Settings first."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "This application is no longer in the database."
    ),
    "cannot_ready": QT_TRANSLATE_NOOP(
        "ApplicationErrors",
        "Only an accepted application can be marked ready; this one is %1.",
    ),
    "cannot_issued": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "Only a ready result can be issued; this application is %1."
    ),
    "no_talon": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "A talon is printed for accepted applications only; this one is %1."
    ),
    "not_refused": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "A refusal notice is printed for refused applications only."
    ),
    "cannot_refuse": QT_TRANSLATE_NOOP(
        "ApplicationErrors", "Only an accepted application can be refused; this one is %1."
    ),
    "closed": QT_TRANSLATE_NOOP(
        "ApplicationErrors",
        "The office is closed (it opens at %1): write why the documents are taken now.",
    ),
}

UNKNOWN = QT_TRANSLATE_NOOP("ApplicationErrors", "This application cannot be saved (%1).")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(code: str) -> str:
    text = STATUSES.get(code)
    return _tr(text) if text else code


def message(error: ApplicationError) -> str:
    """The error as a sentence in the UI language."""
    code, params = error.code, error.params
    national_number = iin_errors.message(code)
    if national_number is not None:
        return national_number
    text = MESSAGES.get(code)
    if text is None:
        return _tr(UNKNOWN).replace("%1", f"{error.field}: {code}")
    result = _tr(text)
    if code == "required":
        field = FIELDS.get(error.field)
        return result.replace("%1", _tr(field) if field else error.field)
    if code in ("unknown_service", "not_provided"):
        return result.replace("%1", str(params.get("service", "")))
    if code == "unknown_document":
        return result.replace("%1", str(params.get("code", "")))
    if code in ("cannot_ready", "cannot_issued", "no_talon", "cannot_refuse"):
        return result.replace("%1", status_label(str(params.get("status", ""))))
    if code == "closed":
        opens_at = params.get("opens_at")
        if isinstance(opens_at, datetime):
            language = current_language() or "ru"
            return result.replace("%1", format_datetime(opens_at, language))
    return result
