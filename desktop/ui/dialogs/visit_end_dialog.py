"""Asks how the visit at the desk ended before the next visitor is called."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core import queue_rules
from desktop.services.queue import TicketRow
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import user_action

# What the clerk can say about the visitor at the desk.
ENDINGS = ("finish", "no_show", "requeue")


class VisitEndDialog(BaseDialog):
    """Finished (Enter), did not come (only before serving began), back to the queue, Cancel."""

    def __init__(self, ticket: TicketRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket = ticket
        self.choice: str | None = None
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.choices: dict[str, QPushButton] = {}
        for ending in ENDINGS:
            button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _checked=False, e=ending: self._choose(e))
            self.choices[ending] = button
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.choices["no_show"].setEnabled(queue_rules.allowed(ticket.status, "no_show"))
        self.choices["finish"].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.choices["finish"].setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, ticket: TicketRow) -> str | None:
        """ "finish", "no_show" or "requeue"; None when cancelled."""
        dialog = cls(ticket, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice

    @user_action
    def _choose(self, ending: str) -> None:
        self.choice = ending
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Call the next visitor"))
        self.prompt.setText(
            self.tr("Ticket %1 is still at your desk. How did that visit end?").replace(
                "%1", self.ticket.label
            )
        )
        self.choices["finish"].setText(self.tr("&Finished"))
        self.choices["finish"].setToolTip(
            self.tr("The visitor was served without an application (a consultation)")
        )
        self.choices["no_show"].setText(self.tr("Did &not come"))
        self.choices["requeue"].setText(self.tr("&Back to the queue"))
        self.choices["requeue"].setToolTip(
            self.tr("The visitor steps aside and keeps their place in the line")
        )
