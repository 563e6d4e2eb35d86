"""Verify a certificate: paste the QR code's text or open the PDF; the verdict in colour and
what the office signed, to compare with the paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import households, verification
from desktop.services.verification import Verdict
from desktop.ui import certificate_texts
from desktop.ui.context import AppContext
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import user_action


class VerifyDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.verdict: Verdict | None = None
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.payload_edit = QPlainTextEdit()
        self.payload_edit.setMaximumHeight(90)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_pdf)
        self.verify_button = QPushButton()
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify_text)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QFormLayout()
        self.detail_labels: dict[str, tuple[QLabel, QLabel]] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.payload_edit)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addLayout(self.details)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(660, 540)
        self.retranslate()
        self._show(None)

    @classmethod
    def show_for(cls, parent: QWidget | None, ctx: AppContext) -> None:
        cls(ctx, parent).exec()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify certificate"))
        self.intro_label.setText(
            self.tr(
                "Scan the certificate's QR code into the field below (or paste its text), "
                "or open the certificate's PDF file."
            )
        )
        self.payload_edit.setPlaceholderText("AUYL2:…")
        self.open_button.setText(self.tr("&Open PDF…"))
        self.verify_button.setText(self.tr("&Verify"))
        self._show(self.verdict)

    @user_action
    def open_pdf(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open certificate"), "", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.check(Path(path))

    @user_action
    def verify_text(self) -> None:
        self.check(self.payload_edit.toPlainText())

    def check(self, source: str | Path) -> Verdict:
        self.verdict = verification.verify(self.ctx.db, source)
        self._show(self.verdict)
        return self.verdict

    def _show(self, verdict: Verdict | None) -> None:
        while self.details.rowCount():
            self.details.removeRow(0)
        self.detail_labels = {}
        if verdict is None:
            self.result_label.clear()
            return
        self.result_label.setText(certificate_texts.verdict(verdict.status))
        colour = certificate_texts.COLOURS[verdict.status]
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        language = self.ctx.names_language
        names = {t.code: t.name(language) for t in households.terms(self.ctx.db).livestock}
        rows = certificate_texts.details(verdict, names, language)
        for name, text in rows:
            caption = QLabel(certificate_texts.caption(name) + ":")
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(caption, value)
            self.detail_labels[name] = (caption, value)
