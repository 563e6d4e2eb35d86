"""The base of the small add/correct forms: an error line, Save/Cancel, and the plumbing of
"call the service, and if it refuses, say why in the user's language and put the cursor on
the field at fault" (member, plot, livestock, household, decreed transfer, reason).

A subclass lays out its fields with `error_label` and `buttons` last, sets its texts in
`retranslate()`, writes in `write()` (raising the service's error on bad input) and names the
widget of a field in `field_widget()`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from desktop.services.household_values import BookError
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import describe, user_action

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class FormDialog(BaseDialog):
    # The errors that mean "this input cannot be saved": shown on the error line. Anything else
    # (a busy database, a fault) is shown in a message box by user_action.
    input_errors: tuple[type[Exception], ...] = (BookError,)

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

    def write(self) -> None:
        """Validate and call the service; raise one of `input_errors` when it refuses."""
        raise NotImplementedError

    def field_widget(self, field: str) -> QWidget | None:
        """The widget where the user corrects `field` (the field a service error names)."""
        return None

    def error_field(self, error: Exception) -> str:
        return str(getattr(error, "field", ""))

    def message(self, error: Exception) -> str:
        return describe(error)

    def complain(self, text: str, widget: QWidget | None = None) -> None:
        """Show why the form cannot be saved, and put the cursor where to correct it."""
        self.error_label.setText(text)
        if widget is not None:
            widget.setFocus()

    @user_action
    def save(self) -> None:
        try:
            self.write()
        except self.input_errors as error:
            self.complain(self.message(error), self.field_widget(self.error_field(error)))
            return
        self.accept()
