"""A member of a household: the person form (also used for the head in the household dialog)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.personal_data import rules_on
from desktop.services import household_writer, households
from desktop.services.household_values import BookError, MemberData
from desktop.services.households import MemberRow
from desktop.ui import book_errors
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.i18n import Retranslating

UNKNOWN_DATE = QDate(1899, 12, 31)  # the date edit's minimum: shown as "—", read as None


def optional_date_edit() -> QDateEdit:
    edit = date_edit(UNKNOWN_DATE)
    edit.setMinimumDate(UNKNOWN_DATE)
    edit.setSpecialValueText("—")
    edit.setCalendarPopup(True)
    return edit


class MemberForm(Retranslating, QWidget):
    """The person's fields; `with_relation=False` for the head of a new household."""

    def __init__(self, ctx: AppContext, with_relation: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._relations = households.terms(ctx.db).relation
        self.surname = QLineEdit()
        self.name = QLineEdit()
        self.patronymic = QLineEdit()
        self.iin = QLineEdit()
        self.iin.setMaxLength(15)
        self.iin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.birth_date = optional_date_edit()
        self.sex = QComboBox()
        for code in ("", "male", "female"):
            self.sex.addItem("", code)
        self.relation = QComboBox()
        for term in self._relations:
            self.relation.addItem("", term.code)
        self.relation.setCurrentIndex(1 if self.relation.count() > 1 else 0)
        self.registered_from = date_edit(qdate(ctx.today()))
        self.registered_from.setCalendarPopup(True)
        # The legal basis the person's data are kept on (Law No. 94-V), and the consent's date.
        self._bases = rules_on(ctx.today()).bases
        self.basis = QComboBox()
        for code in self._bases:
            self.basis.addItem("", code)
        self.consent_on = date_edit(qdate(ctx.today()))
        self.consent_on.setCalendarPopup(True)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._labels: dict[str, QLabel] = {}
        widgets: list[tuple[str, QWidget]] = [
            ("surname", self.surname),
            ("name", self.name),
            ("patronymic", self.patronymic),
            ("iin", self.iin),
            ("birth_date", self.birth_date),
            ("sex", self.sex),
            ("relation", self.relation),
            ("from", self.registered_from),
            ("basis", self.basis),
            ("consent", self.consent_on),
        ]
        for key, widget in widgets:
            if key == "relation" and not with_relation:
                self.relation.hide()
                continue
            label = QLabel()
            label.setBuddy(widget)
            self._labels[key] = label
            self.form.addRow(label, widget)
        self._basis_changed()
        self.retranslate()

    def _basis_changed(self) -> None:
        basis = self._bases.get(self.basis.currentData() or "")
        self.consent_on.setEnabled(basis is not None and basis.needs_consent_date)

    def retranslate(self) -> None:
        for index, term in enumerate(self._relations):
            self.relation.setItemText(index, term.name(self.ctx.language))
        texts = {
            "surname": self.tr("&Surname:"),
            "name": self.tr("&Name:"),
            "patronymic": self.tr("&Patronymic:"),
            "iin": self.tr("&IIN:"),
            "birth_date": self.tr("&Birth date:"),
            "sex": self.tr("Se&x:"),
            "relation": self.tr("&Relation to the head:"),
            "from": self.tr("Registered &from:"),
            "basis": self.tr("Personal data &kept on:"),
            "consent": self.tr("C&onsent given on:"),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        self.iin.setPlaceholderText(self.tr("12 digits; fills the birth date and sex"))
        self.birth_date.setToolTip(self.tr("Leave empty to take it from the IIN"))
        self.sex.setItemText(0, self.tr("from the IIN"))
        self.sex.setItemText(1, book_errors.sex_label("male"))
        self.sex.setItemText(2, book_errors.sex_label("female"))
        basis_names = {
            "household_book": self.tr("the household book (statistics law)"),
            "state_service": self.tr("a state service"),
            "consent": self.tr("the person's consent"),
        }
        for index in range(self.basis.count()):
            code = self.basis.itemData(index)
            self.basis.setItemText(index, basis_names.get(code, code))

    def set_member(self, member: MemberRow) -> None:
        self.surname.setText(member.surname)
        self.name.setText(member.name)
        self.patronymic.setText(member.patronymic)
        self.iin.setText(member.iin)
        self.birth_date.setDate(qdate(member.birth_date) if member.birth_date else UNKNOWN_DATE)
        self.sex.setCurrentIndex(max(0, self.sex.findData(member.sex)))
        self.relation.setCurrentIndex(max(0, self.relation.findData(member.relation)))
        self.registered_from.setDate(qdate(member.registered_from))
        self.basis.setCurrentIndex(max(0, self.basis.findData(member.data_basis)))
        if member.consent_on is not None:
            self.consent_on.setDate(qdate(member.consent_on))

    def data(self, relation: str | None = None) -> MemberData:
        birth = self.birth_date.date()
        return MemberData(
            surname=self.surname.text(),
            name=self.name.text(),
            relation=relation or self.relation.currentData() or "",
            registered_from=pydate(self.registered_from.date()),
            iin=self.iin.text(),
            patronymic=self.patronymic.text(),
            birth_date=None if birth == UNKNOWN_DATE else pydate(birth),
            sex=self.sex.currentData() or "",
            data_basis=self.basis.currentData() or "",
            consent_on=pydate(self.consent_on.date()) if self.consent_on.isEnabled() else None,
        )

    def widget_for(self, field: str) -> QWidget | None:
        mapping: dict[str, QWidget] = {
            "surname": self.surname,
            "name": self.name,
            "patronymic": self.patronymic,
            "iin": self.iin,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "relation": self.relation,
            "registered_from": self.registered_from,
            "data_basis": self.basis,
            "consent_on": self.consent_on,
        }
        return mapping.get(field)


class MemberDialog(FormDialog):
    """Adds a member to a household, or corrects one (with the reason, required)."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: uuid.UUID,
        member: MemberRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._household_id = household_id
        self._member = member
        self.form = MemberForm(ctx, with_relation=True)
        if member is not None:
            self.form.set_member(member)
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_label.setBuddy(self.reason_edit)
        if member is not None:
            self.form.form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(480)
        self.form.surname.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        household_id: uuid.UUID,
        member: MemberRow | None = None,
    ) -> bool:
        """True when the member was saved."""
        dialog = cls(ctx, household_id, member, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def retranslate(self) -> None:
        if self._member is None:
            self.setWindowTitle(self.tr("Add a member of the household"))
        else:
            self.setWindowTitle(
                self.tr("Correct a member: %1").replace("%1", self._member.full_name)
            )
        self.reason_label.setText(self.tr("Reason for the &change:"))

    def write(self) -> None:
        data, actor, today = self.form.data(), self.ctx.actor(), self.ctx.today()
        if self._member is None:
            household_writer.add_member(self.ctx.db, self._household_id, data, actor, today)
        else:
            reason = self.reason_edit.text().strip()
            if not reason:  # a correction of personal data says why (kept in the history)
                raise BookError("reason", "required")
            household_writer.update_member(self.ctx.db, self._member.id, data, actor, today, reason)

    def field_widget(self, field: str) -> QWidget | None:
        if field == "reason":
            return self.reason_edit
        return self.form.widget_for(field)
