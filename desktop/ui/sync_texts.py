"""The exchange's words in the user's language: why a package or a key is refused, what became
of a package, the gap a held package waits for. The Sync tab and the command line use them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.sync.enrollment import EnrollmentError
from desktop.core.sync.header import PackageError
from desktop.services.keys import OfficeKeyError
from desktop.services.sync_import import ContentError, Gap, PackageReport
from desktop.services.sync_keys import SyncKeyError
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.import_texts import FIELD_LABELS

_CONTEXT = "SyncTexts"

_PACKAGE_ERRORS = {
    "not_a_package": QT_TRANSLATE_NOOP("SyncTexts", "This file is not an exchange package."),
    "unsupported_version": QT_TRANSLATE_NOOP(
        "SyncTexts", "The package was made by a newer version of the program."
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "SyncTexts", "The package is cut short (copied only in part). Copy it again."
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "SyncTexts", "The package is damaged or was changed after it was written."
    ),
    "bad_signature": QT_TRANSLATE_NOOP(
        "SyncTexts", "The package's signature does not hold: it was changed after signing."
    ),
    "unknown_sender": QT_TRANSLATE_NOOP(
        "SyncTexts", "The package is signed by a key that is not enrolled here."
    ),
    "revoked_sender": QT_TRANSLATE_NOOP(
        "SyncTexts", "The package is signed by a revoked key and is refused."
    ),
    "wrong_recipient": QT_TRANSLATE_NOOP("SyncTexts", "The package is meant for another office."),
    "changed": QT_TRANSLATE_NOOP(
        "SyncTexts", "The file changed while it was read (was the stick pulled out?). Try again."
    ),
    "read_failed": QT_TRANSLATE_NOOP("SyncTexts", "The file cannot be read."),
    "no_space": QT_TRANSLATE_NOOP(
        "SyncTexts", "The stick is full. Nothing was written; free some space and try again."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "SyncTexts", "The stick is write-protected. Nothing was written."
    ),
    "write_failed": QT_TRANSLATE_NOOP(
        "SyncTexts", "Writing to the stick failed (was it pulled out?). Nothing usable was left."
    ),
    "readback_failed": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The package read back from the stick differs from what was written: the stick is "
        "faulty. Nothing usable was left; use another stick.",
    ),
}
_CONTENT_ERROR = QT_TRANSLATE_NOOP(
    "SyncTexts", "The package's content does not fit this program's data (another version?)."
)
_KEY_ERRORS = {
    "no_office": QT_TRANSLATE_NOOP(
        "SyncTexts", "The akim office is not chosen yet: finish the first-run setup."
    ),
    "wrong_role": QT_TRANSLATE_NOOP(
        "SyncTexts", "This is not possible here: it is done at the other end of the exchange."
    ),
    "fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "SyncTexts",
        "The fingerprint does not match the file. Do not enroll it: the file may be forged.",
    ),
    "unknown_key": QT_TRANSLATE_NOOP("SyncTexts", "No enrolled key has this id."),
    "reason_required": QT_TRANSLATE_NOOP("SyncTexts", "Give the reason for the revocation."),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "SyncTexts", "The other side's enrollment file has not been imported yet."
    ),
    "no_key": QT_TRANSLATE_NOOP("SyncTexts", "This office's signing key is missing."),
    "revoked_key": QT_TRANSLATE_NOOP("SyncTexts", "This office's signing key is revoked."),
}
_STATUS = {
    "applied": QT_TRANSLATE_NOOP("SyncTexts", "applied"),
    "held": QT_TRANSLATE_NOOP("SyncTexts", "held: an earlier package is missing"),
    "duplicate": QT_TRANSLATE_NOOP("SyncTexts", "already imported: nothing changed"),
    "superseded": QT_TRANSLATE_NOOP("SyncTexts", "its changes are already here: nothing changed"),
    "rejected": QT_TRANSLATE_NOOP("SyncTexts", "refused"),
}
_ENROLLMENT_ERROR = QT_TRANSLATE_NOOP(
    "SyncTexts", "This file is not a valid enrollment file (damaged or changed by hand)."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def package_error(code: str) -> str:
    """Why a package was refused or could not be written, by PackageError / ContentError code."""
    text = _PACKAGE_ERRORS.get(code.split(" ")[0])
    return _tr(text) if text else _tr(_CONTENT_ERROR)


SYNC_ERRORS = (PackageError, ContentError, SyncKeyError, OfficeKeyError, EnrollmentError)


def describe(error: BaseException) -> str:
    """One of SYNC_ERRORS in the user's words."""
    if isinstance(error, PackageError):
        return package_error(str(error.params.get("reason", error.code)))
    if isinstance(error, ContentError):
        return package_error(error.code)
    if isinstance(error, SyncKeyError | OfficeKeyError):
        return key_error(error.code)
    return enrollment_error()


def key_error(code: str) -> str:
    return _tr(_KEY_ERRORS.get(code, _KEY_ERRORS["not_enrolled"]))


def enrollment_error() -> str:
    return _tr(_ENROLLMENT_ERROR)


def status(item: PackageReport, dry_run: bool = False) -> str:
    """What became of a package (or, in a dry run, will), in a few words (with the reason of
    a refusal)."""
    word = _tr(_STATUS[item.status])
    if item.status == "rejected":
        return f"{word}: {package_error(item.error)}"
    if dry_run and item.status == "applied":
        if item.released:
            return QCoreApplication.translate(
                "SyncTexts", "will be applied: the missing package is among these"
            )
        return QCoreApplication.translate("SyncTexts", "will be applied")
    if item.released:
        return QCoreApplication.translate("SyncTexts", "applied: the missing package arrived")
    return word


def gap(missing: Gap) -> str:
    """'Office 52: changes 1200-1340 missing.'"""
    return (
        QCoreApplication.translate("SyncTexts", "Office %1: changes %2-%3 missing.")
        .replace("%1", str(missing.office))
        .replace("%2", str(missing.first_missing))
        .replace("%3", str(missing.last_missing))
    )


def field_name(name: str) -> str:
    """A record's field as the book's import names it ("street": Көше / Улица); a field the
    import does not know keeps its column name."""
    label = FIELD_LABELS.get(name)
    return QCoreApplication.translate("ImportTexts", label) if label else name


def table_name(name: str) -> str:
    return _tr(_TABLES[name]) if name in _TABLES else name


_TABLES = {
    "households": QT_TRANSLATE_NOOP("SyncTexts", "households"),
    "members": QT_TRANSLATE_NOOP("SyncTexts", "household members"),
    "land_plots": QT_TRANSLATE_NOOP("SyncTexts", "land plots"),
    "livestock_snapshots": QT_TRANSLATE_NOOP("SyncTexts", "livestock counts"),
    "change_records": QT_TRANSLATE_NOOP("SyncTexts", "book history"),
    "staff": QT_TRANSLATE_NOOP("SyncTexts", "staff"),
    "queue_tickets": QT_TRANSLATE_NOOP("SyncTexts", "queue tickets"),
    "queue_events": QT_TRANSLATE_NOOP("SyncTexts", "queue events"),
    "applications": QT_TRANSLATE_NOOP("SyncTexts", "applications"),
    "application_corrections": QT_TRANSLATE_NOOP("SyncTexts", "application corrections"),
    "certificates": QT_TRANSLATE_NOOP("SyncTexts", "certificates"),
    "complaints": QT_TRANSLATE_NOOP("SyncTexts", "complaints"),
    "complaint_history": QT_TRANSLATE_NOOP("SyncTexts", "complaint history"),
    "survey_answers": QT_TRANSLATE_NOOP("SyncTexts", "survey answers"),
    "field_corrections": QT_TRANSLATE_NOOP("SyncTexts", "field corrections"),
}
