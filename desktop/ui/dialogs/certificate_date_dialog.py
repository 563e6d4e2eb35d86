"""Asks the date as of which a certificate states the household book (printed on it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.dialogs.base_dialog import BaseDialog


class CertificateDateDialog(BaseDialog):
    def __init__(self, default: date, latest: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_label = QLabel()
        self.date_edit = date_edit(qdate(default))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(qdate(latest))
        self.date_label.setBuddy(self.date_edit)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.date_label, self.date_edit)
        layout.addRow(self.note_label)
        layout.addRow(self.buttons)
        self.retranslate()

    @classmethod
    def ask(cls, parent: QWidget | None, default: date, latest: date) -> tuple[date | None, bool]:
        """The chosen date and True, or (None, False) when cancelled."""
        dialog = cls(default, latest, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, False
        return pydate(dialog.date_edit.date()), True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prepare certificate"))
        self.date_label.setText(self.tr("Household book &as of:"))
        self.note_label.setText(
            self.tr("The certificate states the household book on this date and prints it.")
        )
