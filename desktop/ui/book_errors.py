"""The household book's validation errors (household_values.BookError) in the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.core.formatting import format_date
from desktop.services.household_values import BookError
from desktop.ui import iin_errors
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "BookErrors"

FIELDS = {
    "account_number": QT_TRANSLATE_NOOP("BookErrors", "personal account number"),
    "locality": QT_TRANSLATE_NOOP("BookErrors", "locality"),
    "surname": QT_TRANSLATE_NOOP("BookErrors", "surname"),
    "name": QT_TRANSLATE_NOOP("BookErrors", "name"),
    "relation": QT_TRANSLATE_NOOP("BookErrors", "relation to the head of household"),
    "sex": QT_TRANSLATE_NOOP("BookErrors", "sex"),
    "purpose": QT_TRANSLATE_NOOP("BookErrors", "land use"),
    "area_ha": QT_TRANSLATE_NOOP("BookErrors", "area"),
    "reason": QT_TRANSLATE_NOOP("BookErrors", "reason"),
    "consent_on": QT_TRANSLATE_NOOP("BookErrors", "the date of consent"),
}

SEXES = {
    "male": QT_TRANSLATE_NOOP("BookErrors", "male"),
    "female": QT_TRANSLATE_NOOP("BookErrors", "female"),
}

MESSAGES = {
    "required": QT_TRANSLATE_NOOP("BookErrors", "Fill in: %1."),
    "account_taken": QT_TRANSLATE_NOOP(
        "BookErrors", "Personal account %1 is already in the household book."
    ),
    "iin_birth_mismatch": QT_TRANSLATE_NOOP(
        "BookErrors", "The birth date does not agree with the IIN, which says %1."
    ),
    "iin_sex_mismatch": QT_TRANSLATE_NOOP(
        "BookErrors", "The sex does not agree with the IIN, which says %1."
    ),
    "iin_in_other_household": QT_TRANSLATE_NOOP(
        "BookErrors", "A person with this IIN is already registered in household %1."
    ),
    "iin_in_same_household": QT_TRANSLATE_NOOP(
        "BookErrors", "A person with this IIN is already registered in this household."
    ),
    "second_head": QT_TRANSLATE_NOOP("BookErrors", "This household already has a head."),
    "head_required": QT_TRANSLATE_NOOP("BookErrors", "A new household starts with its head."),
    "head_must_stay": QT_TRANSLATE_NOOP(
        "BookErrors",
        "The head of household cannot be removed. Make another member the head first (edit "
        "that member), or close the household if it has left.",
    ),
    "implausible": QT_TRANSLATE_NOOP(
        "BookErrors", "%1: more than %2 is unusual for one household."
    ),
    "negative": QT_TRANSLATE_NOOP("BookErrors", "%1 cannot be negative."),
    "not_a_number": QT_TRANSLATE_NOOP("BookErrors", "Enter a number, e.g. 0,15."),
    "not_positive": QT_TRANSLATE_NOOP("BookErrors", "The area must be more than zero."),
    "before_birth": QT_TRANSLATE_NOOP(
        "BookErrors", "Registration cannot begin before the person was born."
    ),
    "before_opening": QT_TRANSLATE_NOOP(
        "BookErrors", "The date is earlier than the household's opening date."
    ),
    "before_registration": QT_TRANSLATE_NOOP(
        "BookErrors", "The date is earlier than the person's registration in the household."
    ),
    "already_closed": QT_TRANSLATE_NOOP("BookErrors", "This household is already closed."),
    "unknown_livestock_group": QT_TRANSLATE_NOOP("BookErrors", "Unknown livestock group: %1."),
    "unknown_purpose": QT_TRANSLATE_NOOP("BookErrors", "Unknown land use: %1."),
    "too_small": QT_TRANSLATE_NOOP("BookErrors", "A plot of less than %1 ha cannot be recorded."),
    "beyond_ceiling": QT_TRANSLATE_NOOP(
        "BookErrors", "%1: more than %2 cannot be right for one household, even when confirmed."
    ),
    "implausible_date": QT_TRANSLATE_NOOP("BookErrors", "A date must be between %1 and %2."),
    "in_future": QT_TRANSLATE_NOOP("BookErrors", "The date cannot be later than today."),
    "not_found": QT_TRANSLATE_NOOP(
        "BookErrors", "This record is no longer in the book; it may have been changed elsewhere."
    ),
    "office_not_configured": QT_TRANSLATE_NOOP(
        "BookErrors", "The akim office is not set up yet: choose it under Settings first."
    ),
}

IMPLAUSIBLE_AREA = QT_TRANSLATE_NOOP("BookErrors", "A plot of more than %1 ha is not plausible.")
IMPLAUSIBLE_BIRTH = QT_TRANSLATE_NOOP("BookErrors", "The birth date is not plausible.")
UNKNOWN = QT_TRANSLATE_NOOP("BookErrors", "This value cannot be saved (%1).")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def sex_label(code: str) -> str:
    text = SEXES.get(code)
    return _tr(text) if text else code


def field_label(field: str, names: Mapping[str, str] | None = None) -> str:
    """What the user calls a field; `names` adds data-dependent ones (livestock groups)."""
    if names and field in names:
        return names[field]
    text = FIELDS.get(field)
    return _tr(text) if text else field


def message(error: BookError, language: str, names: Mapping[str, str] | None = None) -> str:
    """The error as a sentence in the UI language, e.g. for the dialog's error line."""
    code, params = error.code, error.params
    what = field_label(error.field, names)
    if code == "implausible" and error.field == "area_ha":
        return _tr(IMPLAUSIBLE_AREA).replace("%1", str(params.get("limit", "")))
    if code == "implausible" and error.field == "birth_date":
        return _tr(IMPLAUSIBLE_BIRTH)
    national_number = iin_errors.message(code)
    if national_number is not None:
        return national_number
    text = MESSAGES.get(code)
    if text is None:
        return _tr(UNKNOWN).replace("%1", f"{error.field}: {code}")
    result = _tr(text)
    if code in ("account_taken", "iin_in_other_household"):
        return result.replace("%1", str(params.get("account", "")))
    if code == "iin_birth_mismatch":
        day = params.get("iin_date")
        return result.replace("%1", format_date(day, language) if isinstance(day, date) else "")
    if code == "iin_sex_mismatch":
        return result.replace("%1", sex_label(str(params.get("iin_sex", ""))))
    if code in ("implausible", "beyond_ceiling"):
        return result.replace("%1", what).replace("%2", str(params.get("limit", "")))
    if code == "too_small":
        return result.replace("%1", str(params.get("limit", "")))
    if code == "unknown_purpose":
        return result.replace("%1", str(params.get("purpose", "")))
    if code == "implausible_date":
        earliest, latest = params.get("earliest"), params.get("latest")
        if isinstance(earliest, date) and isinstance(latest, date):
            earliest_text = format_date(earliest, language)
            return result.replace("%1", earliest_text).replace("%2", format_date(latest, language))
    if code == "negative":
        return result.replace("%1", what[:1].upper() + what[1:])
    if code == "unknown_livestock_group":
        return result.replace("%1", error.field)
    return result.replace("%1", what)
