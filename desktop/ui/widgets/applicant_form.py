"""The hand-in form: service, applicant, IIN/BIN with live checking, and the documents checklist.

The checklist is built from the rule set in force for the chosen service and applicant kind;
an IIN found in the household book fills in the names and address and links the household.
Typing a surname offers the people of the book it finds (the Household book tab's search);
choosing one fills the form for that person, IIN included. A fill from the book replaces every
field it fills, so two visitors' data never mix.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_date
from desktop.core.iin import NationalNumberError, normalize_number, validate_bin, validate_iin
from desktop.core.rules import RuleSet, rules_on
from desktop.services import applications
from desktop.services.applications import ApplicationError, ApplicationInput, Prefill
from desktop.ui import application_errors
from desktop.ui.context import AppContext
from desktop.ui.errors import user_action
from desktop.ui.i18n import Retranslating

OK_STYLE = "color: #1b6e20;"
ERROR_STYLE = "color: #b00020;"
PREFILLED = ("surname", "name", "patronymic", "address", "phone")
TYPING_MS = 250  # a pause in typing a surname this long asks the household book
MIN_SURNAME = 2  # letters typed before the book is asked


class ApplicantForm(Retranslating, QWidget):
    changed = Signal()  # the service or the applicant kind changed (the checklist was rebuilt)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefill: Prefill | None = None
        self.documents: dict[str, QCheckBox] = {}

        self.service_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(20)
        self.number_edit.setMinimumWidth(self.number_edit.fontMetrics().horizontalAdvance("0" * 16))
        self.number_status = QLabel()
        self.number_status.setWordWrap(True)
        self.household_label = QLabel()
        self.household_label.setWordWrap(True)
        self.surname_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.patronymic_edit = QLineEdit()
        self.organization_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.language_combo = QComboBox()
        self.language_combo.addItem("Қазақша", "kk")
        self.language_combo.addItem("Русский", "ru")
        self._documents_in_ui_language()
        self.documents_box = QGroupBox()
        self.documents_layout = QVBoxLayout(self.documents_box)
        # people of the household book offered while a surname is typed
        self.people: dict[str, Prefill] = {}
        self.people_model = QStringListModel(self)
        self.completer = QCompleter(self.people_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.surname_edit.setCompleter(self.completer)
        self.completer.activated.connect(self._person_chosen)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_MS)
        self._typing.timeout.connect(self.offer_people)
        self.surname_edit.textEdited.connect(self._typing.start)

        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_edit)
        number_row.addWidget(self.number_status, 1)
        rows: list[tuple[str, QWidget | QHBoxLayout]] = [
            ("service", self.service_combo),
            ("kind", self.kind_combo),
            ("number", number_row),
            ("household", self.household_label),
            ("organization", self.organization_edit),
            ("surname", self.surname_edit),
            ("name", self.name_edit),
            ("patronymic", self.patronymic_edit),
            ("phone", self.phone_edit),
            ("address", self.address_edit),
            ("language", self.language_combo),
        ]
        for key, widget in rows:
            label = QLabel()
            self.labels[key] = label
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
            else:
                label.setBuddy(self.number_edit)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.documents_box)
        layout.addStretch(1)

        self.service_combo.currentIndexChanged.connect(self._service_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.number_edit.textChanged.connect(self._number_changed)
        self.retranslate()
        self._service_changed()

    # ---- texts ---------------------------------------------------------------------------------

    @property
    def _names_language(self) -> str:
        """Service and document names come from the rule set, in kk or ru (ru for English)."""
        return self.ctx.names_language

    def rules(self) -> RuleSet:
        return rules_on(self.ctx.today())

    def retranslate(self) -> None:
        if self._is_blank():  # nobody's form yet: their papers start in the new UI language
            self._documents_in_ui_language()
        texts = {
            "service": self.tr("Se&rvice:"),
            "kind": self.tr("Applicant &kind:"),
            "number": self.tr("&IIN / BIN:"),
            "household": self.tr("Household book:"),
            "organization": self.tr("Le&gal entity:"),
            "surname": self.tr("S&urname:"),
            "name": self.tr("&Name:"),
            "patronymic": self.tr("&Patronymic:"),
            "phone": self.tr("Ph&one:"),
            "address": self.tr("&Address:"),
            "language": self.tr("Language of &documents:"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.documents_box.setTitle(self.tr("Documents handed in"))
        self.organization_edit.setPlaceholderText(self.tr("Name of the legal entity"))
        self.language_combo.setToolTip(
            self.tr("The talon and the refusal notice are printed in the applicant's language")
        )
        rules = self.rules()
        for index in range(self.service_combo.count()):
            number = int(self.service_combo.itemData(index))
            self.service_combo.setItemText(index, self._service_text(rules, number))
        if self.service_combo.count() == 0:
            self.service_combo.blockSignals(True)
            for number in sorted(rules.services):
                self.service_combo.addItem(self._service_text(rules, number), number)
            self.service_combo.blockSignals(False)
        kinds = {"individual": self.tr("an individual"), "legal_entity": self.tr("a legal entity")}
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, kinds[self.kind_combo.itemData(index)])
        for code, box in self.documents.items():
            box.setText(rules.document_name(code, self._names_language, self.service()))
        self._number_changed()

    def _service_text(self, rules: RuleSet, number: int) -> str:
        service = rules.service(number)
        name = service.name_kk if self._names_language == "kk" else service.name_ru
        return f"{number}. {name}"

    # ---- service, kind and the checklist ---------------------------------------------------------

    def service(self) -> int:
        return int(self.service_combo.currentData())

    def applicant_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_service(self, number: int) -> None:
        index = self.service_combo.findData(number)
        if index >= 0:
            self.service_combo.setCurrentIndex(index)

    def _service_changed(self) -> None:
        kinds = {"individual": self.tr("an individual"), "legal_entity": self.tr("a legal entity")}
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in self.rules().service(self.service()).applicant_kinds:
            self.kind_combo.addItem(kinds.get(kind, kind), kind)
        index = self.kind_combo.findData(current)
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.kind_combo.blockSignals(False)
        self._kind_changed()

    def _kind_changed(self) -> None:
        legal = self.applicant_kind() == "legal_entity"
        self.labels["organization"].setVisible(legal)
        self.organization_edit.setVisible(legal)
        self.labels["household"].setVisible(not legal)
        self.household_label.setVisible(not legal)
        self._rebuild_checklist()
        self._number_changed()
        self.changed.emit()

    def _rebuild_checklist(self) -> None:
        ticked = {code for code, box in self.documents.items() if box.isChecked()}
        for box in self.documents.values():
            self.documents_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.documents = {}
        rules = self.rules()
        for code in rules.service(self.service()).required_documents(self.applicant_kind()):
            box = QCheckBox(rules.document_name(code, self._names_language, self.service()))
            box.setObjectName(f"document_{code}")
            box.setChecked(code in ticked)
            self.documents_layout.addWidget(box)
            box.show()  # the layout would only show it from the event loop, after a click
            self.documents[code] = box

    def presented(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.documents.items() if box.isChecked())

    def missing_names(self) -> list[str]:
        rules = self.rules()
        return [
            rules.document_name(code, self._names_language, self.service())
            for code, box in self.documents.items()
            if not box.isChecked()
        ]

    # ---- the IIN / BIN ---------------------------------------------------------------------------

    def _number_changed(self) -> None:
        number = normalize_number(self.number_edit.text())
        individual = self.applicant_kind() == "individual"
        found: Prefill | None = None
        if not number:
            self._show_status("", "")
        elif len(number) < 12 and number.isdigit():
            self._show_status(self.tr("%1 of 12 digits").replace("%1", str(len(number))), "")
        else:
            try:
                if individual:
                    info = validate_iin(number, self.ctx.today())
                    self._show_status(
                        self.tr("IIN is valid: born %1").replace(
                            "%1", format_date(info.birth_date, self._names_language)
                        ),
                        OK_STYLE,
                    )
                    found = applications.lookup_applicant(self.ctx.db, number, self.ctx.today())
                else:
                    validate_bin(number)
                    self._show_status(self.tr("BIN is valid"), OK_STYLE)
            except NationalNumberError as error:
                prefix = "iin" if individual else "bin"
                wording = application_errors.message(
                    ApplicationError("national_number", f"{prefix}_{error.code}")
                )
                self._show_status(wording, ERROR_STYLE)
        self._apply_prefill(found)

    def _show_status(self, text: str, style: str) -> None:
        self.number_status.setText(text)
        self.number_status.setStyleSheet(style)

    def _apply_prefill(self, found: Prefill | None) -> None:
        edits = self._edits()
        if found is not None and found != self.prefill:
            values = {
                "surname": found.surname,
                "name": found.name,
                "patronymic": found.patronymic,
                "address": found.address,
                "phone": found.phone,
            }
            # Every field the book fills is replaced, empty ones too: what was typed for
            # someone else (a half-typed surname) never survives into this person's form.
            for key, value in values.items():
                edits[key].setText(value)
        self.prefill = found
        if found is None:
            self.household_label.setText(self.tr("not found") if self._is_full_iin() else "")
        else:
            self.household_label.setText(
                self.tr("personal account %1, %2")
                .replace("%1", found.account_number)
                .replace("%2", found.address)
            )

    def _is_full_iin(self) -> bool:
        number = normalize_number(self.number_edit.text())
        return self.applicant_kind() == "individual" and len(number) == 12

    def _edits(self) -> dict[str, QLineEdit]:
        return {
            "surname": self.surname_edit,
            "name": self.name_edit,
            "patronymic": self.patronymic_edit,
            "address": self.address_edit,
            "phone": self.phone_edit,
        }

    # ---- people of the book -----------------------------------------------------------------

    def offer_people(self) -> None:
        """Offer the people of the book the typed surname finds (a popup under the field)."""
        self._typing.stop()
        text = self.surname_edit.text().strip()
        if len(text) < MIN_SURNAME or self.applicant_kind() != "individual":
            self.people = {}
            self.people_model.setStringList([])
            return
        found = applications.people_matching(self.ctx.db, text, self.ctx.today())
        self.people = {self._person_line(person): person for person in found}
        self.people_model.setStringList(list(self.people))
        if self.people and self.surname_edit.hasFocus():
            self.completer.complete()

    def _person_line(self, person: Prefill) -> str:
        details = ", ".join(p for p in (person.iin, person.address) if p)
        return f"{person.full_name} — {details}" if details else person.full_name

    @user_action
    def _person_chosen(self, line: str) -> None:
        person = self.people.get(line)
        if person is not None:
            # after the line edit has put the chosen line into the field, not before
            QTimer.singleShot(0, lambda: self.fill_person(person))

    @user_action
    def fill_person(self, person: Prefill) -> None:
        """Fill the form for a person of the household book (an individual), replacing
        whatever was typed before."""
        index = self.kind_combo.findData("individual")
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        self.prefill = None
        self.number_edit.setText(person.iin)  # a known IIN fills the rest through the lookup
        if self.prefill != person:
            self._apply_prefill(person)

    # ---- the result ------------------------------------------------------------------------------

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def input_data(self) -> ApplicationInput:
        return ApplicationInput(
            service=self.service(),
            applicant_kind=self.applicant_kind(),
            national_number=self.number_edit.text(),
            surname=self.surname_edit.text(),
            name=self.name_edit.text(),
            patronymic=self.patronymic_edit.text(),
            organization=self.organization_edit.text(),
            phone=self.phone_edit.text(),
            address=self.address_edit.text(),
            language=self.language(),
            documents_presented=self.presented(),
        )

    def clear(self) -> None:
        """An empty form for the next visitor: fields, checklist, lookups and their messages."""
        self._typing.stop()
        for edit in (*self._edits().values(), self.organization_edit, self.number_edit):
            edit.clear()
        for box in self.documents.values():
            box.setChecked(False)
        self.prefill = None
        self.people = {}
        self.people_model.setStringList([])
        self.household_label.clear()
        self._show_status("", "")
        self._documents_in_ui_language()
        self.number_edit.setFocus()

    def _is_blank(self) -> bool:
        edits = (*self._edits().values(), self.organization_edit, self.number_edit)
        return not any(edit.text() for edit in edits)

    def _documents_in_ui_language(self) -> None:
        """Each visitor's papers start in the UI language; the clerk picks the other if asked."""
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self.ctx.names_language))
        )
