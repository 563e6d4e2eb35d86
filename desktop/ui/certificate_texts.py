"""Certificate errors and verdicts (services.certificates) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.formatting import format_date
from desktop.services.certificates import CertificateError
from desktop.ui import application_errors

_CONTEXT = "CertificateTexts"

MESSAGES = {
    "not_found": QT_TRANSLATE_NOOP(
        "CertificateTexts", "This application is no longer in the database."
    ),
    "not_accepted": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "A certificate is prepared for an accepted application only; this one is %1.",
    ),
    "office_not_configured": QT_TRANSLATE_NOOP(
        "CertificateTexts", "The akim office is not set up yet: choose it under Settings first."
    ),
    "no_key": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "The office's signing key is missing on this computer. Open Settings > Office and clerk "
        "and save: a new key is created.",
    ),
    "as_of_in_future": QT_TRANSLATE_NOOP(
        "CertificateTexts", "The certificate cannot state the book as of a future date."
    ),
    "no_household": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "The applicant has no household in the household book. Add the household (or correct "
        "the IIN of its member) in the Household book tab and prepare the certificate again; "
        "if the applicant keeps no household, refuse and print the reason.",
    ),
    "before_opening": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "The household was opened in the book on %1, after the chosen date. Choose a later date.",
    ),
    "household_closed": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "The household was closed in the book on %1. Choose an earlier date or check the record.",
    ),
    "no_members": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "No one is registered in this household as of %1. Check the members' dates in the "
        "Household book tab or choose another date.",
    ),
    "no_livestock": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "The household book has no livestock for this household as of %1. Record the head "
        "count (from the veterinary passport) in the Household book tab first, or refuse and "
        "print the reason.",
    ),
    "no_certificate": QT_TRANSLATE_NOOP(
        "CertificateTexts", "Prepare the certificate before issuing it."
    ),
    "cannot_issue": QT_TRANSLATE_NOOP(
        "CertificateTexts", "Only a ready certificate can be issued; this application is %1."
    ),
}
UNKNOWN = QT_TRANSLATE_NOOP("CertificateTexts", "The certificate cannot be prepared (%1).")

VERDICTS = {
    "valid": QT_TRANSLATE_NOOP(
        "CertificateTexts", "Genuine: issued and signed by the office named below."
    ),
    "forged": QT_TRANSLATE_NOOP(
        "CertificateTexts", "Forged: the signature does not match. The certificate was altered."
    ),
    "unknown_office": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "Unknown office: its key is not among the known office keys. Ask the district for the "
        "current list of keys.",
    ),
    "revoked_key": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "Revoked key: the office's key was withdrawn. Ask the office to confirm the certificate.",
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "CertificateTexts", "Not a certificate code: nothing readable was found."
    ),
}
COLOURS = {
    "valid": "#1b6e20",
    "forged": "#b00020",
    "unknown_office": "#a35200",
    "revoked_key": "#b00020",
    "malformed": "#b00020",
}
KINDS = {
    1: QT_TRANSLATE_NOOP("CertificateTexts", "1 — keeps a subsidiary household farm"),
    2: QT_TRANSLATE_NOOP("CertificateTexts", "2 — livestock head count"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def message(error: CertificateError, language: str) -> str:
    """The error as a sentence in the UI language, with what to do."""
    text = MESSAGES.get(error.code)
    if text is None:
        return tr(UNKNOWN).replace("%1", error.code)
    result = tr(text)
    params = error.params
    if error.code in ("not_accepted", "cannot_issue"):
        return result.replace("%1", application_errors.status_label(str(params.get("status", ""))))
    for name in ("opened_on", "closed_on", "as_of"):
        if name in params:
            return result.replace("%1", format_date(params[name], language))
    return result


def verdict(status: str) -> str:
    return tr(VERDICTS.get(status, VERDICTS["malformed"]))


def kind(number: int | None) -> str:
    text = KINDS.get(number or 0)
    return tr(text) if text else ""
