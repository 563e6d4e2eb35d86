"""IIN and BIN errors (desktop.core.iin.NationalNumberError codes) in the user's language.

The one wording of them: the household book, the application form and the import report all
come here, with codes "iin_<code>" for an individual's IIN and "bin_<code>" for a BIN.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "IinErrors"

MESSAGES = {
    "iin_length": QT_TRANSLATE_NOOP("IinErrors", "An IIN has 12 digits."),
    "iin_not_digits": QT_TRANSLATE_NOOP("IinErrors", "An IIN consists of digits only."),
    "iin_check_digit": QT_TRANSLATE_NOOP(
        "IinErrors", "The IIN's check digit does not match: there is a typo in the number."
    ),
    "iin_birth_date": QT_TRANSLATE_NOOP(
        "IinErrors", "The first six digits of the IIN are not a valid birth date."
    ),
    "iin_century": QT_TRANSLATE_NOOP("IinErrors", "The seventh digit of an IIN is 1 to 6."),
    "iin_future": QT_TRANSLATE_NOOP("IinErrors", "The birth date in this IIN is in the future."),
    "bin_length": QT_TRANSLATE_NOOP("IinErrors", "A BIN has 12 digits."),
    "bin_not_digits": QT_TRANSLATE_NOOP("IinErrors", "A BIN consists of digits only."),
    "bin_check_digit": QT_TRANSLATE_NOOP(
        "IinErrors", "The BIN's check digit does not match: there is a typo in the number."
    ),
    "bin_bin_month": QT_TRANSLATE_NOOP(
        "IinErrors", "Digits 3-4 of a BIN are the month of registration, 01 to 12."
    ),
    "bin_bin_type": QT_TRANSLATE_NOOP(
        "IinErrors", "This is not a BIN: its 5th digit must be 4, 5 or 6 and its 6th digit 0 to 3."
    ),
}


def message(code: str) -> str | None:
    """The sentence for "iin_<code>" or "bin_<code>"; None for any other code."""
    text = MESSAGES.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text else None
