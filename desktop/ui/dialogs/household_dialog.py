"""A household of the book: a new personal account with its head, or corrections to one."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import household_writer, households
from desktop.services.household_values import BookError, HouseholdData
from desktop.services.households import HouseholdCard
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.member_dialog import MemberForm

TEXT_FIELDS = (
    "account_number",
    "book_number",
    "book_page",
    "locality",
    "street",
    "house",
    "apartment",
    "phone",
    "notes",
)


class HouseholdDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, card: HouseholdCard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._card = card
        self.saved_id: uuid.UUID | None = None
        self.edits = {name: QLineEdit() for name in TEXT_FIELDS}
        self.edits["locality"].setCompleter(QCompleter(households.localities(ctx.db), self))
        self.opened_on = date_edit(qdate(ctx.today()))
        self.opened_on.setCalendarPopup(True)
        self.labels = {name: QLabel() for name in (*TEXT_FIELDS, "opened_on", "reason")}
        self.reason_edit = QLineEdit()

        self.household_group = QGroupBox()
        form = QFormLayout(self.household_group)
        self._row(form, "account_number", self.edits["account_number"])
        book_row = QHBoxLayout()
        book_row.addWidget(self.edits["book_number"])
        book_row.addWidget(self.labels["book_page"])
        book_row.addWidget(self.edits["book_page"])
        self.labels["book_page"].setBuddy(self.edits["book_page"])
        self.labels["book_number"].setBuddy(self.edits["book_number"])
        form.addRow(self.labels["book_number"], book_row)
        self._row(form, "locality", self.edits["locality"])
        self._row(form, "street", self.edits["street"])
        house_row = QHBoxLayout()
        house_row.addWidget(self.edits["house"])
        house_row.addWidget(self.labels["apartment"])
        house_row.addWidget(self.edits["apartment"])
        self.labels["house"].setBuddy(self.edits["house"])
        self.labels["apartment"].setBuddy(self.edits["apartment"])
        form.addRow(self.labels["house"], house_row)
        self._row(form, "phone", self.edits["phone"])
        self._row(form, "opened_on", self.opened_on)
        self._row(form, "notes", self.edits["notes"])

        self.head_group = QGroupBox()
        self.head_form = MemberForm(ctx, with_relation=False)
        QVBoxLayout(self.head_group).addWidget(self.head_form)
        if card is None:
            self.opened_on.dateChanged.connect(self.head_form.registered_from.setDate)
        else:
            self.head_group.hide()
            self._row(form, "reason", self.reason_edit)
            self._fill(card)

        layout = QVBoxLayout(self)
        layout.addWidget(self.household_group)
        layout.addWidget(self.head_group)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(560)
        self.edits["account_number"].setFocus()

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        self.labels[name].setBuddy(widget)
        form.addRow(self.labels[name], widget)

    def _fill(self, card: HouseholdCard) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(card.data, name))
        self.opened_on.setDate(qdate(card.data.opened_on))

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: AppContext, card: HouseholdCard | None = None
    ) -> uuid.UUID | None:
        """The id of the household created or changed; None when cancelled."""
        dialog = cls(ctx, card, parent)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def retranslate(self) -> None:
        if self._card is None:
            self.setWindowTitle(self.tr("New household"))
        else:
            self.setWindowTitle(
                self.tr("Household %1: correct the record").replace(
                    "%1", self._card.data.account_number
                )
            )
        self.household_group.setTitle(self.tr("Household"))
        self.head_group.setTitle(self.tr("Head of household"))
        texts = {
            "account_number": self.tr("Personal &account No:"),
            "book_number": self.tr("&Book No:"),
            "book_page": self.tr("pa&ge:"),
            "locality": self.tr("&Locality:"),
            "street": self.tr("S&treet:"),
            "house": self.tr("&House:"),
            "apartment": self.tr("apart&ment:"),
            "phone": self.tr("P&hone:"),
            "opened_on": self.tr("&Opened on:"),
            "notes": self.tr("N&otes:"),
            "reason": self.tr("Reason for the &change:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)

    def data(self) -> HouseholdData:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return HouseholdData(opened_on=pydate(self.opened_on.date()), **values)

    def write(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor()
        if self._card is None:
            head = self.head_form.data(relation="head")
            self.saved_id = household_writer.create_household(
                db, self.data(), head, actor, self.ctx.today()
            )
        else:
            reason = self.reason_edit.text().strip()
            if not reason:  # a correction of personal data says why (kept in the history)
                raise BookError("reason", "required")
            household_writer.update_household(db, self._card.id, self.data(), actor, reason)
            self.saved_id = self._card.id

    def field_widget(self, field: str) -> QWidget | None:
        if field == "reason":
            return self.reason_edit
        return self.edits.get(field) or self.head_form.widget_for(field)
