"""A land plot of a household: its use and area in hectares."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_area
from desktop.services import household_writer, households
from desktop.services.household_values import PlotData, parse_area
from desktop.services.households import PlotRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog


class PlotDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        household_id: uuid.UUID,
        plot: PlotRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._household_id = household_id
        self._plot = plot
        self._purposes = households.terms(ctx.db).land_purpose
        self.purpose = QComboBox()
        for term in self._purposes:
            self.purpose.addItem("", term.code)
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
            self.area.setText(format_area(plot.area_ha, ctx.language))
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
        ctx: AppContext,
        household_id: uuid.UUID,
        plot: PlotRow | None = None,
    ) -> bool:
        """True when the plot was saved."""
        dialog = cls(ctx, household_id, plot, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def retranslate(self) -> None:
        for index, term in enumerate(self._purposes):
            self.purpose.setItemText(index, term.name(self.ctx.language))
        title = self.tr("Add a land plot") if self._plot is None else self.tr("Correct a land plot")
        self.setWindowTitle(title)
        self.labels["purpose"].setText(self.tr("&Use:"))
        self.labels["area"].setText(self.tr("&Area, ha:"))
        self.labels["act"].setText(self.tr("State &act No:"))
        self.labels["cadastral"].setText(self.tr("&Cadastral No:"))
        self.labels["reason"].setText(self.tr("Reason for the c&hange:"))
        self.area.setPlaceholderText(self.tr("e.g. 0,15"))

    def write(self) -> None:
        data = PlotData(
            purpose=self.purpose.currentData() or "",
            area_ha=parse_area(self.area.text()),
            state_act_number=self.state_act.text(),
            cadastral_number=self.cadastral.text(),
        )
        actor = self.ctx.actor()
        if self._plot is None:
            household_writer.add_plot(self.ctx.db, self._household_id, data, actor)
        else:
            reason = self.reason_edit.text().strip()
            household_writer.update_plot(self.ctx.db, self._plot.id, data, actor, reason)

    def field_widget(self, field: str) -> QWidget | None:
        return self.area if field == "area_ha" else self.purpose
