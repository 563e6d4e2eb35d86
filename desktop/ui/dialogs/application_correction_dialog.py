"""Record what makes an application incorrect for indicator 2.2: a correction after
acceptance, or its certificate reissued or cancelled, with the reason's kind."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services import reports
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog


class ApplicationCorrectionDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, application_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.application_id = ctx, application_id
        self.kind = QComboBox()
        for kind in reports.CORRECTION_KINDS:
            self.kind.addItem("", kind)
        self.reason_kind = QComboBox()
        for kind in reports.REASON_KINDS:
            self.reason_kind.addItem("", kind)
        self.reason = QLineEdit()
        self.labels = (QLabel(), QLabel(), QLabel())
        form = QFormLayout()
        for label, field in zip(
            self.labels, (self.kind, self.reason_kind, self.reason), strict=True
        ):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 200)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a correction"))
        kinds = {
            "correction": self.tr("Application corrected after acceptance"),
            "reissue": self.tr("Certificate reissued"),
            "cancel": self.tr("Certificate cancelled"),
        }
        reasons = {
            "clerk_error": self.tr("A clerk's error"),
            "applicant": self.tr("The applicant's request or new facts"),
        }
        for combo, names in ((self.kind, kinds), (self.reason_kind, reasons)):
            for index in range(combo.count()):
                combo.setItemText(index, names[combo.itemData(index)])
        texts = (self.tr("What:"), self.tr("Why:"), self.tr("Details:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def write(self) -> None:
        reports.record_correction(
            self.ctx.db, self.application_id, self.kind.currentData(),
            self.reason_kind.currentData(), self.reason.text(), self.ctx.actor(), self.ctx.now(),
        )  # fmt: skip
