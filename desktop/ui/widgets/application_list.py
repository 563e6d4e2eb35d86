"""The list of applications with filters; overdue ones (accepted, past the ready time) in red."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_datetime
from desktop.services import applications
from desktop.services.applications import ApplicationRow
from desktop.ui import application_errors
from desktop.ui.context import AppContext
from desktop.ui.i18n import Retranslating
from desktop.ui.tabs.household_card import ID_ROLE, fill_row, fit_columns, make_table

OVERDUE = QColor("#b00020")
REFRESH_MS = 60_000


class ApplicationList(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ApplicationRow] = []

        self.status_combo = QComboBox()
        for code in ("", *applications.STATUSES):
            self.status_combo.addItem("", code)
        self.service_combo = QComboBox()
        for number in (0, 1, 2):
            self.service_combo.addItem("", number)
        self.dates_check = QCheckBox()
        today = QDate(ctx.today())
        self.from_edit = QDateEdit(today.addDays(-30))
        self.to_edit = QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.refresh)
        self.dates_check.toggled.connect(self.from_edit.setEnabled)
        self.dates_check.toggled.connect(self.to_edit.setEnabled)
        self.dates_check.toggled.connect(self.refresh)
        self.dash = QLabel("–")
        self.text_edit = QLineEdit()
        self.text_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = make_table(7)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.service_combo.currentIndexChanged.connect(self.refresh)
        self.text_edit.textChanged.connect(self.refresh)

        filters = QHBoxLayout()
        for widget in (
            self.status_combo,
            self.service_combo,
            self.dates_check,
            self.from_edit,
            self.dash,
            self.to_edit,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.text_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.status_combo.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_combo.count()):
            label = application_errors.status_label(self.status_combo.itemData(index))
            self.status_combo.setItemText(index, label[:1].upper() + label[1:])
        self.service_combo.setItemText(0, self.tr("Both services"))
        for index in (1, 2):
            self.service_combo.setItemText(index, self.tr("Service %1").replace("%1", str(index)))
        self.dates_check.setText(self.tr("Handed in"))
        self.text_edit.setPlaceholderText(self.tr("Registration No, IIN/BIN or name"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Registration No"),
                self.tr("Handed in"),
                self.tr("Service"),
                self.tr("Applicant"),
                self.tr("IIN / BIN"),
                self.tr("Status"),
                self.tr("Ready by"),
            ]
        )
        self.refresh()

    # ---- filters -------------------------------------------------------------------------------

    def show_status(self, status: str) -> None:
        """Only applications in `status` ('' for all), any date, any service, no text."""
        self.dates_check.setChecked(False)
        self.service_combo.setCurrentIndex(0)
        self.text_edit.clear()
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        self.refresh()

    def _dates(self) -> tuple[date | None, date | None]:
        if not self.dates_check.isChecked():
            return None, None
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        current = self.selected_id()
        date_from, date_to = self._dates()
        self.rows = applications.applications(
            self.ctx.db,
            status=self.status_combo.currentData() or None,
            service=self.service_combo.currentData() or None,
            date_from=date_from,
            date_to=date_to,
            text=self.text_edit.text(),
            now=self.ctx.now(),
        )
        language = self.ctx.names_language
        self.table.setRowCount(len(self.rows))
        red = QBrush(OVERDUE)
        for index, row in enumerate(self.rows):
            status = application_errors.status_label(row.status)
            if row.overdue:
                status = self.tr("%1, overdue").replace("%1", status)
            cells = [
                row.registration_number or "—",
                format_datetime(row.handed_in_at, language),
                str(row.service),
                row.applicant,
                row.national_number,
                status,
                format_datetime(row.ready_due_at, language) if row.ready_due_at else "",
            ]
            fill_row(self.table, index, cells, row.id)
            if row.overdue:
                for column in range(len(cells)):
                    self.table.item(index, column).setForeground(red)
        fit_columns(self.table, 260)
        ids = [row.id for row in self.rows]
        if current in ids:
            self.table.selectRow(ids.index(current))
        self.count_label.setText(self.tr("Applications: %1").replace("%1", str(len(ids))))

    def selected_id(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def selected(self) -> ApplicationRow | None:
        wanted = self.selected_id()
        return next((row for row in self.rows if row.id == wanted), None)

    def select(self, application_id: uuid.UUID) -> None:
        for index, row in enumerate(self.rows):
            if row.id == application_id:
                self.table.selectRow(index)
                self.table.scrollToItem(self.table.item(index, 0))
                return
