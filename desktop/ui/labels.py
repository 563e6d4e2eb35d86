"""Translated labels for codes that come from data (office kinds, flag reasons, weekdays)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "labels"

OFFICE_KINDS = {
    "settlement": QT_TRANSLATE_NOOP("labels", "settlement"),
    "village": QT_TRANSLATE_NOOP("labels", "village"),
    "rural_okrug": QT_TRANSLATE_NOOP("labels", "rural okrug"),
}

FLAG_REASONS = {
    "cyrillic_in_latin": QT_TRANSLATE_NOOP("labels", "Cyrillic letters inside a Latin address"),
    "digit_for_letter": QT_TRANSLATE_NOOP("labels", "a digit where a letter belongs"),
    "space_in_email": QT_TRANSLATE_NOOP("labels", "spaces inside an e-mail address"),
    "trailing_punctuation": QT_TRANSLATE_NOOP("labels", "punctuation at the end"),
    "malformed_web": QT_TRANSLATE_NOOP("labels", "malformed web address"),
    "split_number": QT_TRANSLATE_NOOP("labels", "number split over lines in the source"),
    "broken_quotes": QT_TRANSLATE_NOOP("labels", "broken quotation marks"),
    "unassigned_value": QT_TRANSLATE_NOOP("labels", "owner of the value is uncertain"),
    "missing_value": QT_TRANSLATE_NOOP("labels", "value missing in the source"),
    "unparsed_schedule": QT_TRANSLATE_NOOP("labels", "schedule could not be read"),
    "spelling_variant": QT_TRANSLATE_NOOP("labels", "unusual spelling"),
    "derived_ru": QT_TRANSLATE_NOOP("labels", "Russian form made by rule: check it"),
}

FIELDS = {
    "name": QT_TRANSLATE_NOOP("labels", "name"),
    "full_name": QT_TRANSLATE_NOOP("labels", "full name"),
    "name_ru": QT_TRANSLATE_NOOP("labels", "name in Russian"),
    "full_name_ru": QT_TRANSLATE_NOOP("labels", "full name in Russian"),
    "akim_position_ru": QT_TRANSLATE_NOOP("labels", "akim's position in Russian"),
    "address": QT_TRANSLATE_NOOP("labels", "address"),
    "postal_code": QT_TRANSLATE_NOOP("labels", "postal code"),
    "phones": QT_TRANSLATE_NOOP("labels", "phones"),
    "fax": QT_TRANSLATE_NOOP("labels", "fax"),
    "web": QT_TRANSLATE_NOOP("labels", "web site"),
    "email": QT_TRANSLATE_NOOP("labels", "e-mail"),
    "reception": QT_TRANSLATE_NOOP("labels", "reception schedule"),
}

WEEKDAYS = (
    QT_TRANSLATE_NOOP("labels", "Monday"),
    QT_TRANSLATE_NOOP("labels", "Tuesday"),
    QT_TRANSLATE_NOOP("labels", "Wednesday"),
    QT_TRANSLATE_NOOP("labels", "Thursday"),
    QT_TRANSLATE_NOOP("labels", "Friday"),
    QT_TRANSLATE_NOOP("labels", "Saturday"),
    QT_TRANSLATE_NOOP("labels", "Sunday"),
)


def label(table: dict[str, str], code: str) -> str:
    """The translation of a code's label; the code itself if the table does not know it."""
    text = table.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text else code


def weekday(number: int) -> str:
    return QCoreApplication.translate(_CONTEXT, WEEKDAYS[number])


ROLES = {
    "clerk": QT_TRANSLATE_NOOP("labels", "clerk"),
    "akim": QT_TRANSLATE_NOOP("labels", "akim"),
    "administrator": QT_TRANSLATE_NOOP("labels", "administrator"),
    "district_operator": QT_TRANSLATE_NOOP("labels", "district operator"),
}
