"""A land plot of a household: its use and area in hectares."""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.formatting import format_area
from desktop.services import household_writer, households
from desktop.services.household_values import BookError, PlotData
from desktop.services.households import PlotRow
from desktop.ui import book_errors
from desktop.ui.dialogs.form_dialog import FormDialog


def parse_area(text: str) -> Decimal:
    """'0,15' or '1 234.5' as hectares; BookError('area_ha', 'not_a_number') otherwise."""
    cleaned = "".join(text.split()).replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation as error:
        raise BookError("area_ha", "not_a_number") from error


class PlotDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        language: str,
        by: Actor,
        household_id: uuid.UUID,
        plot: PlotRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._language = language
        self._by = by
        self._household_id = household_id
        self._plot = plot
        self.purpose = QComboBox()
        for term in households.terms(db).land_purpose:
            self.purpose.addItem(term.name(language), term.code)
        self.area = QLineEdit()
        self.state_act = QLineEdit()
        self.cadastral = QLineEdit()
        self.reason_edit = QLineEdit()
        self.labels = {k: QLabel() for k in ("purpose", "area", "act", "cadastral", "reason")}
        form = QFormLayout()
        rows = [
            ("purpose", self.purpose),
            ("area", self.area),
            ("act", self.state_act),
            ("cadastral", self.cadastral),
        ]
        if plot is not None:
            rows.append(("reason", self.reason_edit))
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(plot.purpose)))
            self.area.setText(format_area(plot.area_ha, language))
            self.state_act.setText(plot.state_act_number)
            self.cadastral.setText(plot.cadastral_number)
        for key, widget in rows:
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.setMinimumWidth(440)
        self.purpose.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        db: Database,
        language: str,
        by: Actor,
        household_id: uuid.UUID,
        plot: PlotRow | None = None,
    ) -> bool:
        """True when the plot was saved."""
        dialog = cls(db, language, by, household_id, plot, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def retranslate(self) -> None:
        title = self.tr("Add a land plot") if self._plot is None else self.tr("Correct a land plot")
        self.setWindowTitle(title)
        self.labels["purpose"].setText(self.tr("&Use:"))
        self.labels["area"].setText(self.tr("&Area, ha:"))
        self.labels["act"].setText(self.tr("State &act No:"))
        self.labels["cadastral"].setText(self.tr("&Cadastral No:"))
        self.labels["reason"].setText(self.tr("Reason for the c&hange:"))
        self.area.setPlaceholderText(self.tr("e.g. 0,15"))

    def save(self) -> None:
        try:
            data = PlotData(
                purpose=self.purpose.currentData() or "",
                area_ha=parse_area(self.area.text()),
                state_act_number=self.state_act.text(),
                cadastral_number=self.cadastral.text(),
            )
            if self._plot is None:
                household_writer.add_plot(self._db, self._household_id, data, self._by)
            else:
                reason = self.reason_edit.text().strip()
                household_writer.update_plot(self._db, self._plot.id, data, self._by, reason)
        except BookError as error:
            self.error_label.setText(book_errors.message(error, self._language))
            (self.area if error.field == "area_ha" else self.purpose).setFocus()
            return
        self.accept()
