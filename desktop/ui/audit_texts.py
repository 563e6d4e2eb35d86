"""The audit trail's words in the user's language: what a line records, which records it names,
what `verify` found. The administrator's view and the command line both use them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.core.formatting import format_datetime
from desktop.core.localtime import naive_local
from desktop.services.audit import AuditRow, Verdict
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "AuditTexts"
SHOWN_MOMENT = "dd.MM.y, HH:mm:ss"  # office-local, to the second

KINDS = {
    "insert": QT_TRANSLATE_NOOP("AuditTexts", "Added"),
    "update": QT_TRANSLATE_NOOP("AuditTexts", "Changed"),
    "tombstone": QT_TRANSLATE_NOOP("AuditTexts", "Deleted (kept as a tombstone)"),
    "delete": QT_TRANSLATE_NOOP("AuditTexts", "Removed"),
    "document.print": QT_TRANSLATE_NOOP("AuditTexts", "Document printed"),
    "document.save": QT_TRANSLATE_NOOP("AuditTexts", "Document saved as PDF"),
    "book.export": QT_TRANSLATE_NOOP("AuditTexts", "Household book exported"),
    "book.import": QT_TRANSLATE_NOOP("AuditTexts", "Household book imported"),
    "reference.load": QT_TRANSLATE_NOOP("AuditTexts", "Reference data loaded"),
    "session.login": QT_TRANSLATE_NOOP("AuditTexts", "Logged in"),
    "session.login_failed": QT_TRANSLATE_NOOP("AuditTexts", "Login refused"),
    "session.logout": QT_TRANSLATE_NOOP("AuditTexts", "Logged out"),
    "session.lock": QT_TRANSLATE_NOOP("AuditTexts", "Screen locked"),
    "session.unlock": QT_TRANSLATE_NOOP("AuditTexts", "Screen unlocked"),
    "session.confirm": QT_TRANSLATE_NOOP("AuditTexts", "Password confirmed"),
    "account.create": QT_TRANSLATE_NOOP("AuditTexts", "Account created"),
    "account.reset_password": QT_TRANSLATE_NOOP(
        "AuditTexts", "Password reset by the administrator"
    ),
    "account.role": QT_TRANSLATE_NOOP("AuditTexts", "Role changed"),
    "account.disable": QT_TRANSLATE_NOOP("AuditTexts", "Account disabled"),
    "account.enable": QT_TRANSLATE_NOOP("AuditTexts", "Account enabled"),
    "account.unlock": QT_TRANSLATE_NOOP("AuditTexts", "Account unlocked"),
    "account.locked": QT_TRANSLATE_NOOP("AuditTexts", "Account locked after failed logins"),
    "account.change_password": QT_TRANSLATE_NOOP("AuditTexts", "Own password changed"),
    "office_key.rekey": QT_TRANSLATE_NOOP("AuditTexts", "New office key made"),
    "sync.enrolled": QT_TRANSLATE_NOOP("AuditTexts", "Keys of the other side enrolled"),
    "sync.key_revoked": QT_TRANSLATE_NOOP("AuditTexts", "Exchange key revoked"),
    "sync.export": QT_TRANSLATE_NOOP("AuditTexts", "Package for the district written"),
    "sync.import": QT_TRANSLATE_NOOP("AuditTexts", "Packages taken in"),
    "sync.return": QT_TRANSLATE_NOOP("AuditTexts", "Answer for an office written"),
    "sync.return_applied": QT_TRANSLATE_NOOP("AuditTexts", "District's answer taken in"),
    "sync.return_older": QT_TRANSLATE_NOOP(
        "AuditTexts", "District's answer older than one taken in: set aside"
    ),
    "sync.resolved": QT_TRANSLATE_NOOP("AuditTexts", "Conflict settled"),
    "report.sign_off": QT_TRANSLATE_NOOP("AuditTexts", "Indicator report signed off by the akim"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditTexts", "Database restored from a backup"),
    "person.purge_again": QT_TRANSLATE_NOOP(
        "AuditTexts", "Personal data purged again after a restore"
    ),
}

TABLES = {
    "households": QT_TRANSLATE_NOOP("AuditTexts", "Household"),
    "members": QT_TRANSLATE_NOOP("AuditTexts", "Household member"),
    "land_plots": QT_TRANSLATE_NOOP("AuditTexts", "Land plot"),
    "livestock_snapshots": QT_TRANSLATE_NOOP("AuditTexts", "Livestock count"),
    "applications": QT_TRANSLATE_NOOP("AuditTexts", "Application"),
    "application_corrections": QT_TRANSLATE_NOOP("AuditTexts", "Application correction"),
    "certificates": QT_TRANSLATE_NOOP("AuditTexts", "Certificate"),
    "complaints": QT_TRANSLATE_NOOP("AuditTexts", "Complaint"),
    "complaint_history": QT_TRANSLATE_NOOP("AuditTexts", "Complaint step"),
    "queue_tickets": QT_TRANSLATE_NOOP("AuditTexts", "Queue ticket"),
    "queue_events": QT_TRANSLATE_NOOP("AuditTexts", "Queue event"),
    "survey_answers": QT_TRANSLATE_NOOP("AuditTexts", "Survey answer"),
    "staff": QT_TRANSLATE_NOOP("AuditTexts", "Staff member"),
    "app_settings": QT_TRANSLATE_NOOP("AuditTexts", "Setting"),
    "number_series": QT_TRANSLATE_NOOP("AuditTexts", "Number series"),
    "office_keys": QT_TRANSLATE_NOOP("AuditTexts", "Office key"),
    "field_corrections": QT_TRANSLATE_NOOP("AuditTexts", "Reference data correction"),
    "accounts": QT_TRANSLATE_NOOP("AuditTexts", "Account"),
    "sync_peers": QT_TRANSLATE_NOOP("AuditTexts", "Exchange partner"),
    "sync_packages": QT_TRANSLATE_NOOP("AuditTexts", "Exchange package"),
    "sync_sources": QT_TRANSLATE_NOOP("AuditTexts", "Package source"),
    # Audited until December 2026: older logs of a district hold these lines.
    "sync_records": QT_TRANSLATE_NOOP("AuditTexts", "Record version"),
    "sync_conflicts": QT_TRANSLATE_NOOP("AuditTexts", "Exchange conflict"),
    "report_sign_offs": QT_TRANSLATE_NOOP("AuditTexts", "Report sign-off"),
    "office_report_sign_offs": QT_TRANSLATE_NOOP("AuditTexts", "An office's report sign-off"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: str) -> str:
    """A line's kind in words; a kind this program version does not know is shown as stored."""
    return _tr(KINDS[kind]) if kind in KINDS else kind


def table_label(table: str) -> str:
    return _tr(TABLES[table]) if table in TABLES else table


class AuditWords(QObject):
    """Words with a count (plural forms in Kazakh and Russian need tr() with `%n`)."""

    def subject(self, row: AuditRow) -> str:
        """What a line is about: its subject, or for a bulk statement how many records."""
        if not row.record_id and isinstance(row.after, dict) and "count" in row.after:
            return self.tr("%n record(s)", "", int(row.after["count"]))
        return row.subject


def moment(row: AuditRow, language: str) -> str:
    return format_datetime(naive_local(row.at), language, SHOWN_MOMENT)


def verdict_text(verdict: Verdict) -> str:
    """What `verify` found, in a sentence that says what to do."""
    purged = ""
    if verdict.purged:
        purged = " " + QCoreApplication.translate(
            "AuditTexts", "Entries whose personal data was purged by law: %1."
        ).replace("%1", str(verdict.purged))
    if verdict.intact:
        intact = QCoreApplication.translate(
            "AuditTexts",
            "The audit log is intact: nothing altered, removed or out of order (entries "
            "checked: %1).",
        )
        return intact.replace("%1", str(verdict.checked)) + purged
    if verdict.problem == "altered":
        text = QCoreApplication.translate(
            "AuditTexts", "Entry %1 of the audit log was altered after it was written."
        )
    elif verdict.problem == "removed" and verdict.until_id == verdict.row_id:
        text = QCoreApplication.translate("AuditTexts", "Entry %1 of the audit log was removed.")
    elif verdict.problem == "removed":
        text = QCoreApplication.translate(
            "AuditTexts", "Entries %1 to %2 of the audit log were removed."
        )
        text = text.replace("%2", str(verdict.until_id))
    elif verdict.problem == "reordered":
        text = QCoreApplication.translate(
            "AuditTexts",
            "Entry %1 of the audit log is out of order: it was written after entry %2.",
        )
        text = text.replace("%2", str(verdict.follows_id))
    elif verdict.problem == "rewritten":
        text = QCoreApplication.translate(
            "AuditTexts",
            "Entry %1 of the audit log is not the one recorded in the last sync package: the log "
            "was rewritten from there on.",
        )
    else:
        text = QCoreApplication.translate(
            "AuditTexts",
            "The audit log breaks before entry %1: the entry before it was rewritten, or entries "
            "were removed and the later ones renumbered.",
        )
    advice = QCoreApplication.translate(
        "AuditTexts",
        "Someone changed the database outside the program. Keep this computer as it is and tell "
        "the district administrator.",
    )
    return f"{text.replace('%1', str(verdict.row_id))} {advice}"
