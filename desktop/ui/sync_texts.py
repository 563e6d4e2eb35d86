"""The exchange's words in the user's language: why a package or a key is refused, what became
of a package, the gap a held package waits for. The Sync tab and the command line use them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.core.rule_versions import VersionKey
from desktop.core.sync.enrollment import EnrollmentError
from desktop.core.sync.header import PackageError
from desktop.services.keys import OfficeKeyError
from desktop.services.sync_import import ContentError, Gap, PackageReport
from desktop.services.sync_keys import SyncKeyError
from desktop.services.sync_return import ReturnApplied
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
    """A record's field in the user's words: as the book's import names it ("street": Көше /
    Улица), else as the exchange names the other tables' fields; an unknown one keeps its
    column name."""
    label = FIELD_LABELS.get(name)
    if label:
        return QCoreApplication.translate("ImportTexts", label)
    return _tr(_FIELDS[name]) if name in _FIELDS else name


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

# The other fields of the synced tables (the book's own are named as its import names them).
_FIELDS = {
    "acted_by": QT_TRANSLATE_NOOP("SyncTexts", "Done by"),
    "acted_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Done by (staff record)"),
    "action": QT_TRANSLATE_NOOP("SyncTexts", "Action"),
    "animal_ids": QT_TRANSLATE_NOOP("SyncTexts", "Animal tag numbers"),
    "answer_summary": QT_TRANSLATE_NOOP("SyncTexts", "Summary of the answer"),
    "answered_at": QT_TRANSLATE_NOOP("SyncTexts", "Answered at"),
    "answered_by": QT_TRANSLATE_NOOP("SyncTexts", "Answered by"),
    "answered_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Answered by (staff record)"),
    "answered_on": QT_TRANSLATE_NOOP("SyncTexts", "Answer date"),
    "applicant_kind": QT_TRANSLATE_NOOP("SyncTexts", "Applicant type"),
    "application_id": QT_TRANSLATE_NOOP("SyncTexts", "Application"),
    "area_ha": QT_TRANSLATE_NOOP("SyncTexts", "Area, ha"),
    "as_of": QT_TRANSLATE_NOOP("SyncTexts", "As of"),
    "at": QT_TRANSLATE_NOOP("SyncTexts", "Time"),
    "attachments": QT_TRANSLATE_NOOP("SyncTexts", "Attachments"),
    "basis_recorded_by": QT_TRANSLATE_NOOP("SyncTexts", "Basis recorded by"),
    "basis_recorded_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Basis recorded by (staff record)"),
    "cadastral_number": QT_TRANSLATE_NOOP("SyncTexts", "Cadastral number"),
    "called_at": QT_TRANSLATE_NOOP("SyncTexts", "Called at"),
    "called_by": QT_TRANSLATE_NOOP("SyncTexts", "Called by"),
    "called_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Called by (staff record)"),
    "changed_by": QT_TRANSLATE_NOOP("SyncTexts", "Changed by"),
    "changed_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Changed by (staff record)"),
    "channel": QT_TRANSLATE_NOOP("SyncTexts", "Channel"),
    "close_reason": QT_TRANSLATE_NOOP("SyncTexts", "Reason for closing"),
    "closed_at": QT_TRANSLATE_NOOP("SyncTexts", "Closed at"),
    "closed_on": QT_TRANSLATE_NOOP("SyncTexts", "Closing date"),
    "complainant_kind": QT_TRANSLATE_NOOP("SyncTexts", "Complainant type"),
    "complaint_id": QT_TRANSLATE_NOOP("SyncTexts", "Complaint"),
    "complaint_procedure": QT_TRANSLATE_NOOP("SyncTexts", "Satisfied with the complaint procedure"),
    "complaint_terms": QT_TRANSLATE_NOOP("SyncTexts", "Satisfied with the complaint terms"),
    "consent_on": QT_TRANSLATE_NOOP("SyncTexts", "Consent date"),
    "content": QT_TRANSLATE_NOOP("SyncTexts", "Content"),
    "content_hash": QT_TRANSLATE_NOOP("SyncTexts", "Content hash"),
    "corrected_by": QT_TRANSLATE_NOOP("SyncTexts", "Corrected by"),
    "corrected_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Corrected by (staff record)"),
    "corrected_value": QT_TRANSLATE_NOOP("SyncTexts", "Corrected value"),
    "counts": QT_TRANSLATE_NOOP("SyncTexts", "Head counts"),
    "created_at": QT_TRANSLATE_NOOP("SyncTexts", "Created at"),
    "data_basis": QT_TRANSLATE_NOOP("SyncTexts", "Legal basis for the personal data"),
    "day": QT_TRANSLATE_NOOP("SyncTexts", "Day"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncTexts", "Deleted at"),
    "details": QT_TRANSLATE_NOOP("SyncTexts", "Details"),
    "documents_presented": QT_TRANSLATE_NOOP("SyncTexts", "Documents presented"),
    "due_on": QT_TRANSLATE_NOOP("SyncTexts", "Due date"),
    "email": QT_TRANSLATE_NOOP("SyncTexts", "E-mail"),
    "entity": QT_TRANSLATE_NOOP("SyncTexts", "Kind of record"),
    "extended_on": QT_TRANSLATE_NOOP("SyncTexts", "Extension date"),
    "extension_limit": QT_TRANSLATE_NOOP("SyncTexts", "Longest extension"),
    "extension_notice_by": QT_TRANSLATE_NOOP("SyncTexts", "Extension notice due"),
    "extension_reason": QT_TRANSLATE_NOOP("SyncTexts", "Reason for the extension"),
    "field": QT_TRANSLATE_NOOP("SyncTexts", "Field"),
    "finished_at": QT_TRANSLATE_NOOP("SyncTexts", "Finished at"),
    "forward_by": QT_TRANSLATE_NOOP("SyncTexts", "Forward by"),
    "forwarded_on": QT_TRANSLATE_NOOP("SyncTexts", "Forwarding date"),
    "forwarded_to": QT_TRANSLATE_NOOP("SyncTexts", "Forwarded to"),
    "handed_in_at": QT_TRANSLATE_NOOP("SyncTexts", "Handed in at"),
    "held_from": QT_TRANSLATE_NOOP("SyncTexts", "Held from"),
    "held_to": QT_TRANSLATE_NOOP("SyncTexts", "Held until"),
    "household_id": QT_TRANSLATE_NOOP("SyncTexts", "Household"),
    "id": QT_TRANSLATE_NOOP("SyncTexts", "Record"),
    "information": QT_TRANSLATE_NOOP("SyncTexts", "Satisfied with the information"),
    "is_demo": QT_TRANSLATE_NOOP("SyncTexts", "Demonstration record"),
    "issued_at": QT_TRANSLATE_NOOP("SyncTexts", "Issued at"),
    "issued_by": QT_TRANSLATE_NOOP("SyncTexts", "Issued by"),
    "issued_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Issued by (staff record)"),
    "issued_on": QT_TRANSLATE_NOOP("SyncTexts", "Issue date"),
    "justified": QT_TRANSLATE_NOOP("SyncTexts", "Justified"),
    "key_id": QT_TRANSLATE_NOOP("SyncTexts", "Key"),
    "kind": QT_TRANSLATE_NOOP("SyncTexts", "Kind"),
    "language": QT_TRANSLATE_NOOP("SyncTexts", "Language"),
    "letter": QT_TRANSLATE_NOOP("SyncTexts", "Queue letter"),
    "missing_documents": QT_TRANSLATE_NOOP("SyncTexts", "Missing documents"),
    "national_number": QT_TRANSLATE_NOOP("SyncTexts", "IIN / BIN"),
    "new_value": QT_TRANSLATE_NOOP("SyncTexts", "New value"),
    "note": QT_TRANSLATE_NOOP("SyncTexts", "Note"),
    "notes": QT_TRANSLATE_NOOP("SyncTexts", "Notes"),
    "number": QT_TRANSLATE_NOOP("SyncTexts", "Number"),
    "old_value": QT_TRANSLATE_NOOP("SyncTexts", "Old value"),
    "organization": QT_TRANSLATE_NOOP("SyncTexts", "Organization"),
    "origin_office": QT_TRANSLATE_NOOP("SyncTexts", "Office of origin"),
    "outcome": QT_TRANSLATE_NOOP("SyncTexts", "Outcome"),
    "outside_hours_reason": QT_TRANSLATE_NOOP("SyncTexts", "Reason for working outside hours"),
    "politeness": QT_TRANSLATE_NOOP("SyncTexts", "Satisfied with the politeness"),
    "position": QT_TRANSLATE_NOOP("SyncTexts", "Position"),
    "prepared_by": QT_TRANSLATE_NOOP("SyncTexts", "Prepared by"),
    "prepared_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Prepared by (staff record)"),
    "previous_due_on": QT_TRANSLATE_NOOP("SyncTexts", "Previous due date"),
    "process": QT_TRANSLATE_NOOP("SyncTexts", "Satisfied with the process"),
    "purpose": QT_TRANSLATE_NOOP("SyncTexts", "Purpose of the visit"),
    "ready_at": QT_TRANSLATE_NOOP("SyncTexts", "Ready at"),
    "ready_by": QT_TRANSLATE_NOOP("SyncTexts", "Made ready by"),
    "ready_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Made ready by (staff record)"),
    "ready_due_at": QT_TRANSLATE_NOOP("SyncTexts", "Promised ready time"),
    "reason": QT_TRANSLATE_NOOP("SyncTexts", "Reason"),
    "reason_kind": QT_TRANSLATE_NOOP("SyncTexts", "Kind of reason"),
    "received_at": QT_TRANSLATE_NOOP("SyncTexts", "Received at"),
    "received_by": QT_TRANSLATE_NOOP("SyncTexts", "Received by"),
    "received_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Received by (staff record)"),
    "record_id": QT_TRANSLATE_NOOP("SyncTexts", "Changed record"),
    "record_key": QT_TRANSLATE_NOOP("SyncTexts", "Record key"),
    "recorded_by": QT_TRANSLATE_NOOP("SyncTexts", "Recorded by"),
    "recorded_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Recorded by (staff record)"),
    "refusal_reason": QT_TRANSLATE_NOOP("SyncTexts", "Reason for refusal"),
    "refused_at": QT_TRANSLATE_NOOP("SyncTexts", "Refused at"),
    "refused_by": QT_TRANSLATE_NOOP("SyncTexts", "Refused by"),
    "refused_by_id": QT_TRANSLATE_NOOP("SyncTexts", "Refused by (staff record)"),
    "registered_on": QT_TRANSLATE_NOOP("SyncTexts", "Registration date"),
    "registered_to": QT_TRANSLATE_NOOP("SyncTexts", "Registered until"),
    "registration_number": QT_TRANSLATE_NOOP("SyncTexts", "Registration number"),
    "registration_seq": QT_TRANSLATE_NOOP("SyncTexts", "Registration sequence number"),
    "registration_year": QT_TRANSLATE_NOOP("SyncTexts", "Registration year"),
    "removal_reason": QT_TRANSLATE_NOOP("SyncTexts", "Reason for removal"),
    "rule_set": QT_TRANSLATE_NOOP("SyncTexts", "Rule set"),
    "search_text": QT_TRANSLATE_NOOP("SyncTexts", "Search text"),
    "seq": QT_TRANSLATE_NOOP("SyncTexts", "Sequence number"),
    "service": QT_TRANSLATE_NOOP("SyncTexts", "Service"),
    "serving_started_at": QT_TRANSLATE_NOOP("SyncTexts", "Service started at"),
    "signature": QT_TRANSLATE_NOOP("SyncTexts", "Signature"),
    "source_value": QT_TRANSLATE_NOOP("SyncTexts", "Original value"),
    "state_act_number": QT_TRANSLATE_NOOP("SyncTexts", "State act number"),
    "status": QT_TRANSLATE_NOOP("SyncTexts", "Status"),
    "subject": QT_TRANSLATE_NOOP("SyncTexts", "Complaint about"),
    "subject_name": QT_TRANSLATE_NOOP("SyncTexts", "Name of whom the complaint is about"),
    "terms_id": QT_TRANSLATE_NOOP("SyncTexts", "Complaint terms in force"),
    "text": QT_TRANSLATE_NOOP("SyncTexts", "Text"),
    "ticket_id": QT_TRANSLATE_NOOP("SyncTexts", "Queue ticket"),
    "year": QT_TRANSLATE_NOOP("SyncTexts", "Year"),
}


def _rule_version(key: VersionKey, day: Callable[[date], str]) -> str:
    """'karaganda-2027 (1 January 2027)': a rule version and the day it is in force from."""
    since = day(date.fromisoformat(key.effective_from))
    return f"{key.id} ({since})"


def answer_lines(name: str, applied: ReturnApplied, day: Callable[[date], str]) -> list[str]:
    """What the district's answer `name` changed, a line a change (`day` words a date)."""
    if applied.duplicate:
        return [
            QCoreApplication.translate(
                "SyncTexts", "%1: already imported, nothing changed"
            ).replace("%1", name)
        ]
    if applied.older_than:
        return [
            QCoreApplication.translate(
                "SyncTexts", "%1: older than the answer already applied (No. %2), nothing changed"
            )
            .replace("%1", name)
            .replace("%2", str(applied.older_than))
        ]
    lines = [
        QCoreApplication.translate(
            "SyncTexts", "%1: acknowledged up to %2; keys updated: %3; corrections applied: %4"
        )
        .replace("%1", name)
        .replace("%2", str(applied.acknowledged))
        .replace("%3", str(applied.keys_changed))
        .replace("%4", str(applied.resolutions_applied))
    ]
    if applied.number:
        lines.append(
            QCoreApplication.translate("SyncTexts", "The district's answer No. %1").replace(
                "%1", str(applied.number)
            )
        )
    if applied.transfers_changed:
        days = ", ".join(day(changed) for changed in applied.transfers_changed)
        lines.append(
            QCoreApplication.translate(
                "SyncTexts", "Holiday transfers changed by the district: %1"
            ).replace("%1", days)
        )
    if applied.reference_changed:
        lines.append(
            QCoreApplication.translate(
                "SyncTexts", "Reference values corrected by the district: %1"
            ).replace("%1", str(len(applied.reference_changed)))
        )
    if applied.reception_changed:
        lines.append(
            QCoreApplication.translate(
                "SyncTexts", "The district akim's reception schedule was changed by the district."
            )
        )
    if applied.rules_added:
        versions = ", ".join(_rule_version(key, day) for key in applied.rules_added)
        lines.append(
            QCoreApplication.translate(
                "SyncTexts", "Rule versions received from the district (in force from): %1"
            ).replace("%1", versions)
        )
    return lines
