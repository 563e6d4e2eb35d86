"""Registering a complaint: channel, complainant (IIN/BIN, found in the household book), whom it
is about, the text and the papers handed in; the district akim's next reception days beside it.

Save calls services.complaints.register; a refusal is worded on the error line and the cursor
goes to the field at fault, nothing saved. The registered complaint is `self.registered`.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import applications, complaint_papers, complaints
from desktop.services.complaints import (
    CHANNELS,
    SUBJECTS,
    ComplaintError,
    ComplaintInput,
    ComplaintRow,
)
from desktop.ui import complaint_labels
from desktop.ui.complaint_labels import label, reception_lines
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog

# Typed into the dialog, written back into a ComplaintInput (same names).
_TEXT_FIELDS = ("national_number", "surname", "name", "patronymic", "organization", "phone")
_MORE_FIELDS = ("email", "address")


class ComplaintDialog(FormDialog):
    input_errors = (ComplaintError,)

    def __init__(
        self, ctx: AppContext, prefill: ComplaintInput | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registered: ComplaintRow | None = None
        self.application_id: uuid.UUID | None = prefill.application_id if prefill else None
        self.ticket_id: uuid.UUID | None = prefill.ticket_id if prefill else None

        self.channel_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.subject_combo = QComboBox()
        self.language_combo = QComboBox()
        self.language_combo.addItem("Қазақша", "kk")
        self.language_combo.addItem("Русский", "ru")
        self.edits = {name: QLineEdit() for name in (*_TEXT_FIELDS, *_MORE_FIELDS)}
        self.edits["national_number"].setMaxLength(20)
        self.household_label = QLabel()
        self.household_label.setWordWrap(True)
        self.related_label = QLabel()
        self.related_label.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setMinimumHeight(90)
        self.attachments_edit = QLineEdit()
        self.receptions_label = QLabel()
        self.receptions_label.setWordWrap(True)
        self.receptions_label.setMinimumWidth(300)

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            ("channel", self.channel_combo),
            ("kind", self.kind_combo),
            ("national_number", self.edits["national_number"]),
            ("household", self.household_label),
            ("organization", self.edits["organization"]),
            ("surname", self.edits["surname"]),
            ("name", self.edits["name"]),
            ("patronymic", self.edits["patronymic"]),
            ("phone", self.edits["phone"]),
            ("email", self.edits["email"]),
            ("address", self.edits["address"]),
            ("language", self.language_combo),
            ("subject", self.subject_combo),
            ("related", self.related_label),
            ("text", self.text_edit),
            ("attachments", self.attachments_edit),
        ]
        for key, widget in rows:
            caption = QLabel()
            caption.setBuddy(widget)
            self.labels[key] = caption
            form.addRow(caption, widget)
        side = QVBoxLayout()
        self.addressee_title = QLabel()
        self.addressee_title.setStyleSheet("font-weight: bold;")
        side.addWidget(self.addressee_title)
        side.addWidget(self.receptions_label)
        side.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.channel_combo.addItems([""] * (len(CHANNELS) + 1))  # "choose", then each channel
        self.kind_combo.addItems(["", ""])
        self.subject_combo.addItems(["", ""])
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.edits["national_number"].editingFinished.connect(self._look_up)
        if prefill is not None:
            self._fill(prefill)
        self.retranslate()
        self._kind_changed()
        self.channel_combo.setFocus()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: AppContext, prefill: ComplaintInput | None = None
    ) -> ComplaintRow | None:
        """The registered complaint, or None when cancelled."""
        dialog = cls(ctx, prefill, parent)
        dialog.exec()
        return dialog.registered

    # ---- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register a complaint"))
        texts = {
            "channel": self.tr("&Received:"),
            "kind": self.tr("Complainant &kind:"),
            "national_number": self.tr("&IIN / BIN:"),
            "household": self.tr("Household book:"),
            "organization": self.tr("Le&gal entity:"),
            "surname": self.tr("S&urname:"),
            "name": self.tr("&Name:"),
            "patronymic": self.tr("&Patronymic:"),
            "phone": self.tr("Ph&one:"),
            "email": self.tr("&E-mail:"),
            "address": self.tr("&Address:"),
            "language": self.tr("Language of &papers:"),
            "subject": self.tr("About &whom:"),
            "related": self.tr("Related to:"),
            "text": self.tr("Complaint &text:"),
            "attachments": self.tr("Papers &handed in:"),
        }
        for key, caption in self.labels.items():
            caption.setText(texts[key])
        self.channel_combo.setItemText(0, self.tr("— choose —"))
        for index, code in enumerate(CHANNELS, start=1):
            self.channel_combo.setItemText(index, label(complaint_labels.CHANNELS, code))
        self.kind_combo.setItemText(0, self.tr("individual"))
        self.kind_combo.setItemText(1, self.tr("legal entity"))
        for index, code in enumerate(SUBJECTS):
            self.subject_combo.setItemText(index, label(complaint_labels.SUBJECTS, code))
        self.attachments_edit.setPlaceholderText(self.tr("names, separated by semicolons"))
        self.related_label.setText(self._related())
        self.addressee_title.setText(self.tr("Addressee of complaints and the next receptions"))
        found = complaint_papers.addressee(self.ctx.db, self.ctx.now(), self.ctx.names_language)
        self.receptions_label.setText(
            "\n".join(reception_lines(found)) if found else self.tr("Not set up yet.")
        )

    def _related(self) -> str:
        parts = []
        if self.application_id is not None:
            row = applications.application(self.ctx.db, self.application_id)
            number = row.registration_number or self.tr("refused")
            parts.append(self.tr("application %1").replace("%1", number))
        if self.ticket_id is not None:
            parts.append(self.tr("the called queue ticket"))
        return ", ".join(parts) or "—"

    # ---- input -------------------------------------------------------------------------------

    def _fill(self, data: ComplaintInput) -> None:
        if data.channel in CHANNELS:
            self.channel_combo.setCurrentIndex(CHANNELS.index(data.channel) + 1)
        self.kind_combo.setCurrentIndex(1 if data.complainant_kind == "legal_entity" else 0)
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        self.language_combo.setCurrentIndex(1 if data.language == "ru" else 0)
        self.text_edit.setPlainText(data.text)

    def _kind_changed(self) -> None:
        legal = self.kind_combo.currentIndex() == 1
        self.edits["organization"].setEnabled(legal)
        self.labels["organization"].setEnabled(legal)

    def _look_up(self) -> None:
        """An IIN found in the household book fills in the names, address and phone."""
        if self.kind_combo.currentIndex() != 0:
            return
        found = applications.lookup_applicant(
            self.ctx.db, self.edits["national_number"].text(), self.ctx.today()
        )
        if found is None:
            self.household_label.setText(self.tr("not found in the household book"))
            return
        self.household_label.setText(
            self.tr("found: account %1").replace("%1", found.account_number)
        )
        for name in ("surname", "name", "patronymic", "address", "phone"):
            if not self.edits[name].text().strip():
                self.edits[name].setText(getattr(found, name))

    def input_data(self) -> ComplaintInput:
        channel_index = self.channel_combo.currentIndex()
        values = {name: edit.text() for name, edit in self.edits.items()}
        return ComplaintInput(
            channel=CHANNELS[channel_index - 1] if channel_index > 0 else "",
            complainant_kind="legal_entity"
            if self.kind_combo.currentIndex() == 1
            else "individual",
            text=self.text_edit.toPlainText(),
            subject=SUBJECTS[self.subject_combo.currentIndex()],
            language=str(self.language_combo.currentData()),
            attachments=tuple(self.attachments_edit.text().split(";")),
            application_id=self.application_id,
            ticket_id=self.ticket_id,
            **values,
        )

    def write(self) -> None:
        self.registered = complaints.register(
            self.ctx.db, self.input_data(), self.ctx.now(), self.ctx.actor()
        )

    def field_widget(self, field: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "channel": self.channel_combo,
            "complainant_kind": self.kind_combo,
            "subject": self.subject_combo,
            "language": self.language_combo,
            "text": self.text_edit,
            **self.edits,
        }
        return widgets.get(field)
