"""Certificate errors (services.certificates) and verdicts (services.verification) in the
user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.formatting import format_area, format_date
from desktop.core.localtime import naive_local
from desktop.services.certificates import CertificateError
from desktop.services.verification import Verdict
from desktop.ui import application_errors
from desktop.ui.i18n import QT_TRANSLATE_NOOP

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
    "revoked_key": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "The office's signing key was revoked on %1: it signs no more certificates. Make a new "
        "key: open Settings > Office and clerk and save. Certificates signed before the "
        "revocation stay valid.",
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
    "does_not_fit": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "A text of the certificate (the applicant's or a member's name, an address) is far "
        "too long to print. Nothing was kept and no number was taken; correct the text and "
        "prepare the certificate again.",
    ),
}
UNKNOWN = QT_TRANSLATE_NOOP("CertificateTexts", "The certificate cannot be prepared (%1).")

VERDICTS = {
    "valid": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "Genuine: issued and signed by the office named below. Compare the signed content "
        "below with the paper.",
    ),
    "demo": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "Demo: made from training data, not a valid certificate.",
    ),
    "altered": QT_TRANSLATE_NOOP(
        "CertificateTexts",
        "Altered: the printed text differs from the signed content. Only the signed content "
        "below is what the office issued.",
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
        "Revoked key: signed after the office's key was revoked. Not a valid certificate; ask "
        "the office.",
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "CertificateTexts", "Not a certificate code: nothing readable was found."
    ),
}
REVOKED_LATER = QT_TRANSLATE_NOOP(
    "CertificateTexts",
    "The office's key was revoked on %1, after this certificate was signed: the certificate "
    "stays valid.",
)
REASONS = {
    "no_code": QT_TRANSLATE_NOOP("CertificateTexts", "no certificate code was found"),
    "unreadable_pdf": QT_TRANSLATE_NOOP("CertificateTexts", "the PDF file cannot be read"),
    "version_1": QT_TRANSLATE_NOOP("CertificateTexts", "the code is damaged"),
    "prefix": QT_TRANSLATE_NOOP("CertificateTexts", "the code does not start as a certificate"),
    "characters": QT_TRANSLATE_NOOP("CertificateTexts", "the code has foreign characters"),
    "length": QT_TRANSLATE_NOOP("CertificateTexts", "the code is cut short or too long"),
    "text": QT_TRANSLATE_NOOP("CertificateTexts", "the code's texts are damaged"),
    "flags": QT_TRANSLATE_NOOP("CertificateTexts", "the code is of an unknown kind"),
    "livestock": QT_TRANSLATE_NOOP("CertificateTexts", "the code's livestock list is damaged"),
}
DIFFERENCES = {
    "number": QT_TRANSLATE_NOOP("CertificateTexts", "certificate number"),
    "holder": QT_TRANSLATE_NOOP("CertificateTexts", "holder"),
    "national_number": QT_TRANSLATE_NOOP("CertificateTexts", "IIN / BIN"),
    "as_of": QT_TRANSLATE_NOOP("CertificateTexts", "as-of date"),
    "account": QT_TRANSLATE_NOOP("CertificateTexts", "account number"),
    "land": QT_TRANSLATE_NOOP("CertificateTexts", "land area"),
    "totals": QT_TRANSLATE_NOOP("CertificateTexts", "livestock totals by group"),
    "livestock": QT_TRANSLATE_NOOP("CertificateTexts", "head count: %1"),
    "extra": QT_TRANSLATE_NOOP("CertificateTexts", "livestock not in the signed content: %1"),
}
CAPTIONS = {
    "reason": QT_TRANSLATE_NOOP("CertificateTexts", "Reason"),
    "differs": QT_TRANSLATE_NOOP("CertificateTexts", "Printed differently"),
    "number": QT_TRANSLATE_NOOP("CertificateTexts", "Certificate No"),
    "issued_on": QT_TRANSLATE_NOOP("CertificateTexts", "Date"),
    "office": QT_TRANSLATE_NOOP("CertificateTexts", "Office"),
    "kind": QT_TRANSLATE_NOOP("CertificateTexts", "Certificate"),
    "holder": QT_TRANSLATE_NOOP("CertificateTexts", "Holder"),
    "national_number": QT_TRANSLATE_NOOP("CertificateTexts", "IIN / BIN"),
    "as_of": QT_TRANSLATE_NOOP("CertificateTexts", "As of"),
    "account": QT_TRANSLATE_NOOP("CertificateTexts", "Account No"),
    "members": QT_TRANSLATE_NOOP("CertificateTexts", "Household members"),
    "land": QT_TRANSLATE_NOOP("CertificateTexts", "Land, ha"),
    "livestock": QT_TRANSLATE_NOOP("CertificateTexts", "Livestock"),
    "key": QT_TRANSLATE_NOOP("CertificateTexts", "Key"),
    "revoked": QT_TRANSLATE_NOOP("CertificateTexts", "Key revoked"),
}
COLOURS = {
    "valid": "#1b6e20",
    "demo": "#a35200",
    "altered": "#b00020",
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
    if "revoked_at" in params:
        return result.replace("%1", format_date(naive_local(params["revoked_at"]).date(), language))
    for name in ("opened_on", "closed_on", "as_of"):
        if name in params:
            return result.replace("%1", format_date(params[name], language))
    return result


def verdict(status: str) -> str:
    return tr(VERDICTS.get(status, VERDICTS["malformed"]))


def kind(number: int | None) -> str:
    text = KINDS.get(number or 0)
    return tr(text) if text else ""


def caption(name: str) -> str:
    return tr(CAPTIONS[name])


def details(
    verdict: Verdict, livestock_names: dict[str, str], language: str, *, key_id: bool = False
) -> list[tuple[str, str]]:
    """What the certificate states (the signed content when the code carries it), as
    (caption name, value) rows in the UI language: the dialog and the command line show them
    (the command line with the signing key's id, for the district's key list)."""
    rows: list[tuple[str, str]] = []
    if verdict.status == "malformed":
        reason = REASONS.get(verdict.reason)
        return [("reason", tr(reason) if reason else verdict.reason)]
    if verdict.differences:
        rows.append(
            ("differs", ", ".join(_difference(d, livestock_names) for d in verdict.differences))
        )
    office = f"{verdict.office_number or ''} {verdict.office_name}".strip()
    rows += [
        ("number", verdict.number),
        ("issued_on", format_date(verdict.issued_on, language) if verdict.issued_on else ""),
        ("office", office),
        ("kind", kind(verdict.kind)),
    ]
    content = verdict.content
    if content is not None:
        rows += [
            ("holder", content.holder),
            ("national_number", content.national_number),
            ("as_of", format_date(content.as_of, language)),
            ("account", content.account_number),
        ]
        if content.kind == 1:
            rows += [
                ("members", str(content.members)),
                ("land", format_area(content.land_ha, language)),
            ]
        heads = "; ".join(f"{livestock_names.get(c, c)} {n}" for c, n in content.livestock)
        rows.append(("livestock", heads or "—"))
    if key_id:
        rows.append(("key", verdict.key_id))
    if verdict.revoked_at is not None:
        when = format_date(naive_local(verdict.revoked_at).date(), language)
        revoked = f"{when}: {verdict.revoke_reason}" if verdict.revoke_reason else when
        if verdict.valid:
            revoked += "\n" + tr(REVOKED_LATER).replace("%1", when)
        rows.append(("revoked", revoked))
    return [(name, value) for name, value in rows if value]


def _difference(code: str, livestock_names: dict[str, str]) -> str:
    name, _colon, kind_code = code.partition(":")
    text = DIFFERENCES.get(name)
    if text is None:
        return code
    return tr(text).replace("%1", livestock_names.get(kind_code, kind_code))
