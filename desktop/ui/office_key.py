"""The office's signing key in the window: the warning at start when the key file was replaced by
another key, and the administrator's deliberate re-key (Settings > Make a new office key)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.services import keys
from desktop.services import office as office_service
from desktop.ui.context import AppContext
from desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "OfficeKey"
TITLE = QT_TRANSLATE_NOOP("OfficeKey", "The office's signing key")
REPLACED = QT_TRANSLATE_NOOP(
    "OfficeKey",
    "The office's key file on this computer is not the key this database knows: it was replaced "
    "by another key. Auyl Desk signs no certificate until an administrator makes a new key "
    "(Settings > Make a new office key…), which revokes the office's earlier keys from that "
    "moment.",
)
ACTION = QT_TRANSLATE_NOOP("OfficeKey", "Make a new office &key…")
ASK = QT_TRANSLATE_NOOP(
    "OfficeKey",
    "A new signing key is made and the office's keys in force are revoked from now: "
    "certificates signed before today stay valid, the old keys sign nothing more.\n\n"
    "Why is the key replaced?",
)
NO_REASON = QT_TRANSLATE_NOOP("OfficeKey", "Write the reason: it is kept with the revocation.")
DONE = QT_TRANSLATE_NOOP(
    "OfficeKey", "The new office key %1 is made. The earlier keys are revoked from now."
)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def warn_if_replaced(parent: QWidget, ctx: AppContext) -> None:
    """At start: say so when the key file is not the office's key (signing is refused)."""
    place = office_service.workplace(ctx.db)
    if place is None or keys.key_state(ctx.db, place.office.number).status != "key_replaced":
        return
    QMessageBox.warning(parent, tr(TITLE), tr(REPLACED))


def rekey(parent: QWidget, ctx: AppContext) -> None:
    """Ask why, make the new key, revoke the old ones; say which key signs now."""
    place = office_service.workplace(ctx.db)
    if place is None:
        return
    reason, ok = QInputDialog.getText(parent, tr(TITLE), tr(ASK))
    if not ok:
        return
    if not reason.strip():
        QMessageBox.warning(parent, tr(TITLE), tr(NO_REASON))
        return
    kid = keys.rekey(ctx.db, place.office.number, reason, ctx.actor(), ctx.now())
    QMessageBox.information(parent, tr(TITLE), tr(DONE).replace("%1", kid))
