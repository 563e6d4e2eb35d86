"""Complaint errors (services.complaints.ComplaintError) in the user's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.core.formatting import format_date
from desktop.services.complaints import ComplaintError
from desktop.ui import iin_errors
from desktop.ui.i18n import QT_TRANSLATE_NOOP, current_language

_CONTEXT = "ComplaintErrors"

FIELDS = {
    "surname": QT_TRANSLATE_NOOP("ComplaintErrors", "surname"),
    "name": QT_TRANSLATE_NOOP("ComplaintErrors", "name"),
    "organization": QT_TRANSLATE_NOOP("ComplaintErrors", "name of the legal entity"),
}

MESSAGES = {
    "required": QT_TRANSLATE_NOOP("ComplaintErrors", "Fill in: %1."),
    "channel_required": QT_TRANSLATE_NOOP(
        "ComplaintErrors",
        "Choose how the complaint was received: orally, in writing, by post or electronically.",
    ),
    "kind_required": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "Choose whether the complainant is an individual or a legal entity."
    ),
    "subject_required": QT_TRANSLATE_NOOP("ComplaintErrors", "Choose whom the complaint is about."),
    "unknown_language": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "Choose the language of the printed papers."
    ),
    "bad_email": QT_TRANSLATE_NOOP("ComplaintErrors", "This e-mail address has no @."),
    "text_required": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "Write down what the complaint is about."
    ),
    "no_department": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The district's agriculture department is not in the reference data."
    ),
    "office_not_configured": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The akim office is not set up yet: choose it under Settings first."
    ),
    "not_found": QT_TRANSLATE_NOOP("ComplaintErrors", "This record is no longer in the database."),
    "unknown_terms": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The terms this complaint was registered under are not in the rules."
    ),
    "term_too_short": QT_TRANSLATE_NOOP("ComplaintErrors", "A term is at least 1."),
    "extension_reason_required": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "Write the reason for the extension: the complainant is told it."
    ),
    "extension_already_used": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The term was already extended on %1; the law allows it once."
    ),
    "extension_after_due": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The term ended on %1: it can no longer be extended."
    ),
    "extension_before_registration": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "An extension cannot be decided before registration (%1)."
    ),
    "extension_not_later": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The new due date must be after the current one (%1)."
    ),
    "extension_beyond_limit": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The law allows an extension up to %1 at most."
    ),
    "extension_on_day_off": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The new due date is a day off; the next working day is %1."
    ),
    "forwarding_before_registration": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "A complaint cannot be forwarded before registration (%1)."
    ),
    "already_forwarded": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The complaint was already forwarded on %1."
    ),
    "forwarded_to_required": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "Write the body the complaint is forwarded to."
    ),
    "answer_before_registration": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The answer cannot be dated before registration (%1)."
    ),
    "answer_in_future": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The answer cannot be dated in the future."
    ),
    "decision_required": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "Choose whether the complaint was found justified."
    ),
    "summary_required": QT_TRANSLATE_NOOP("ComplaintErrors", "Write a summary of the answer."),
    "complaint_closed": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The complaint is already answered or closed: nothing can change."
    ),
    "cannot_forward": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "Only a registered complaint can be forwarded."
    ),
    "cannot_answer": QT_TRANSLATE_NOOP("ComplaintErrors", "This complaint already has its answer."),
    "cannot_close": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "Only an answered complaint can be closed."
    ),
    "not_oral": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "A protocol is written for oral complaints only."
    ),
    "not_extended": QT_TRANSLATE_NOOP(
        "ComplaintErrors", "The term of this complaint was not extended."
    ),
    "not_forwarded": QT_TRANSLATE_NOOP("ComplaintErrors", "This complaint was not forwarded."),
}

# The parameter a message's %1 shows, where it is not the only one.
_SHOWN = {"extension_already_used": "decided_on"}

UNKNOWN = QT_TRANSLATE_NOOP("ComplaintErrors", "This complaint cannot be saved (%1).")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _value(value: object) -> str:
    if isinstance(value, date):
        return format_date(value, current_language() or "ru")
    return "" if value is None else str(value)


def message(error: ComplaintError) -> str:
    """The error as a sentence in the UI language."""
    national_number = iin_errors.message(error.code)
    if national_number is not None:
        return national_number
    text = MESSAGES.get(error.code)
    if text is None:
        return _tr(UNKNOWN).replace("%1", f"{error.field}: {error.code}")
    result = _tr(text)
    if error.code == "required":
        field = FIELDS.get(error.field)
        return result.replace("%1", _tr(field) if field else error.field)
    if "%1" in result and error.params:
        shown = _SHOWN.get(error.code)
        value = error.params[shown] if shown else next(iter(error.params.values()))
        return result.replace("%1", _value(value))
    return result
