"""Asks why (and from when) a record leaves the book: closing a household, removing a member."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs.form_dialog import FormDialog


class ReasonDialog(FormDialog):
    def __init__(
        self, title: str, prompt: str, with_date: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.date_label = QLabel()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_label.setBuddy(self.date_edit)
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setMinimumWidth(360)
        self.reason_label.setBuddy(self.reason_edit)

        form = QFormLayout()
        if with_date:
            form.addRow(self.date_label, self.date_edit)
        else:
            self.date_label.hide()
            self.date_edit.hide()
        form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.reason_edit.setFocus()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, prompt: str, with_date: bool = True
    ) -> tuple[date, str] | None:
        """(date, reason) when confirmed, None when cancelled."""
        dialog = cls(title, prompt, with_date, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def value(self) -> tuple[date, str]:
        return self.date_edit.date().toPython(), self.reason_edit.text().strip()

    def retranslate(self) -> None:
        self.date_label.setText(self.tr("&Date:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. moved to Karaganda"))

    def save(self) -> None:
        if not self.reason_edit.text().strip():
            self.error_label.setText(self.tr("Write the reason: it is kept in the history."))
            self.reason_edit.setFocus()
            return
        self.accept()
