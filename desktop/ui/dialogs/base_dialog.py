"""The base of every dialog: texts that follow the language, set once per switch."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui.i18n import Retranslating


class BaseDialog(Retranslating, QDialog):
    """A dialog; subclasses set their texts in `retranslate()` and call it once when built."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
