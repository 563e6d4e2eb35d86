"""Asks why (and from when) a record leaves the book: closing a household, removing a member."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.household_values import BookError
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.dialogs.form_dialog import FormDialog

Text = Callable[[], str]  # the caller's tr() of a title or prompt, asked again after a switch


class ReasonDialog(FormDialog):
    """The title and prompt come from the caller (its own translations)."""

    def __init__(
        self, title: Text, prompt: Text, today: date, with_date: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title, self._prompt = title, prompt
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.date_label = QLabel()
        self.date_edit = date_edit(qdate(today))
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
        cls, parent: QWidget | None, title: Text, prompt: Text, today: date, with_date: bool = True
    ) -> tuple[date, str] | None:
        """(date, reason) when confirmed, None when cancelled; the date offered is `today`."""
        dialog = cls(title, prompt, today, with_date, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def value(self) -> tuple[date, str]:
        return pydate(self.date_edit.date()), self.reason_edit.text().strip()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.prompt.setText(self._prompt())
        self.date_label.setText(self.tr("&Date:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. moved to Karaganda"))

    def write(self) -> None:
        if not self.reason_edit.text().strip():
            raise BookError("reason", "required")

    def field_widget(self, field: str) -> QWidget | None:
        return self.reason_edit

    def message(self, error: Exception) -> str:
        return self.tr("Write the reason: it is kept in the history.")
