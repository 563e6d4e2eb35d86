"""Livestock head counts of a household as of a date (a round of the book, or a change)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import household_writer, households
from desktop.services.household_values import BookError
from desktop.ui import book_errors
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.dialogs.form_dialog import FormDialog

COLUMNS = 2


class LivestockDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        household_id: uuid.UUID,
        as_of: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._household_id = household_id
        self._terms = households.terms(ctx.db).livestock
        self.names: dict[str, str] = {}
        self.kind_labels: dict[str, QLabel] = {}
        day = as_of or ctx.today()
        current = households.livestock_on(ctx.db, household_id, day)
        counts = current.counts if current else {}

        self.as_of_label = QLabel()
        self.as_of = date_edit(qdate(day))
        self.as_of.setCalendarPopup(True)
        self.as_of_label.setBuddy(self.as_of)
        self.spins: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        for index, term in enumerate(self._terms):
            spin = QSpinBox()
            spin.setRange(0, 999_999)
            spin.setValue(int(counts.get(term.code, 0)))
            spin.setObjectName(f"count_{term.code}")
            label = QLabel()
            label.setBuddy(spin)
            self.kind_labels[term.code] = label
            row, column = divmod(index, COLUMNS)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(spin, row, column * 2 + 1)
            self.spins[term.code] = spin
        self.animal_ids_label = QLabel()
        self.animal_ids = QLineEdit(current.animal_ids if current else "")
        self.animal_ids_label.setBuddy(self.animal_ids)
        self.note_label = QLabel()
        self.note = QLineEdit()
        self.note_label.setBuddy(self.note)
        top = QFormLayout()
        top.addRow(self.as_of_label, self.as_of)
        bottom = QFormLayout()
        bottom.addRow(self.animal_ids_label, self.animal_ids)
        bottom.addRow(self.note_label, self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(bottom)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.as_of.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        household_id: uuid.UUID,
        as_of: date | None = None,
    ) -> bool:
        """True when the counts were saved."""
        dialog = cls(ctx, household_id, as_of, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def retranslate(self) -> None:
        language = self.ctx.language
        self.names = {t.code: t.name(language) for t in self._terms}
        for term in self._terms:
            label = self.kind_labels[term.code]
            label.setText(self.names[term.code].capitalize() + ":")
            label.setToolTip(term.group_ru if language == "ru" else term.group_kk)
        self.setWindowTitle(self.tr("Livestock head count"))
        self.as_of_label.setText(self.tr("Counted &on:"))
        self.animal_ids_label.setText(self.tr("Veterinary passport / &animal IDs:"))
        self.note_label.setText(self.tr("N&ote:"))

    def counts(self) -> dict[str, int]:
        return {code: spin.value() for code, spin in self.spins.items()}

    def confirm_implausible(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("%1\n\nIs the number right? Save it anyway?").replace("%1", text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def write(self) -> None:
        try:
            self._save(allow_implausible=False)
        except BookError as error:
            if error.code != "implausible" or not self.confirm_implausible(self.message(error)):
                raise
            self._save(allow_implausible=True)

    def _save(self, allow_implausible: bool) -> None:
        household_writer.save_livestock(
            self.ctx.db,
            self._household_id,
            pydate(self.as_of.date()),
            self.counts(),
            self.ctx.actor(),
            animal_ids=self.animal_ids.text(),
            note=self.note.text(),
            allow_implausible=allow_implausible,
        )

    def message(self, error: Exception) -> str:
        if isinstance(error, BookError):  # the kinds of livestock by their names
            return book_errors.message(error, self.ctx.language, self.names)
        return super().message(error)

    def field_widget(self, field: str) -> QWidget | None:
        return self.spins.get(field) or self.as_of
