"""The base of the book's small forms: an error line, Save/Cancel, texts re-applied on a
language change. Subclasses lay out their fields with `error_label` and `buttons` last and
implement `retranslate()` and `save()` (validate, call a service, accept or show the error)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._label_buttons()

    def _label_buttons(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("FormDialog", "&Save")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._label_buttons()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError
