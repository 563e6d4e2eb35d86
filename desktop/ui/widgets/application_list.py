"""The list of applications with filters; overdue ones (accepted, past the ready time) in red.

It shows a window, never every application ever made: by default today's and the open ones
(accepted or ready, whenever handed in), or all dates, or a range of hand-in dates; status,
service and typed words filter in the query (desktop.services.application_list). Rows come a
page at a time as the table scrolls (desktop.ui.models.application_table); typing waits for a
pause (TYPING_MS) before it asks the database.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_datetime
from desktop.services import applications
from desktop.services.application_list import PAGE_SIZE, ApplicationRow, ListFilter
from desktop.ui import application_errors
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.errors import user_action
from desktop.ui.i18n import Retranslating
from desktop.ui.models.application_table import ApplicationTableModel
from desktop.ui.tabs.household_card import fit_columns, setup_table

REFRESH_MS = 60_000
TYPING_MS = 250  # a pause in typing this long refreshes the list
COLUMNS = 7
# Which hand-in dates the list shows.
TODAY_AND_OPEN, ALL_DATES, DATE_RANGE = "today", "all", "range"
CALL_FILTER_STYLE = "background: #e3f2fd; color: #0d47a1; padding: 4px; font-weight: bold;"


class ApplicationList(Retranslating, QWidget):
    selection_changed = Signal()  # another application (or none) is selected

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._shown: ListFilter | None = None
        self._fitted = False
        self._set_by_call = False  # the filters were set by a called ticket (shown, then reset)

        self.status_combo = QComboBox()
        for code in ("", *applications.STATUSES):
            self.status_combo.addItem("", code)
        self.service_combo = QComboBox()
        for number in (0, 1, 2):
            self.service_combo.addItem("", number)
        self.period_combo = QComboBox()
        for period in (TODAY_AND_OPEN, ALL_DATES, DATE_RANGE):
            self.period_combo.addItem("", period)
        today = self._today()
        self.from_edit = date_edit(qdate(today - timedelta(days=30)))
        self.to_edit = date_edit(qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.refresh)
        self.dash = QLabel("–")
        self.text_edit = QLineEdit()
        self.text_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.call_filter_label = QLabel()  # says that a call set the filters
        self.call_filter_label.setStyleSheet(CALL_FILTER_STYLE)
        self.call_filter_label.setWordWrap(True)
        self.call_filter_label.hide()
        self.model = ApplicationTableModel(ctx.db, self._cells, COLUMNS, self)
        self.table = QTableView()
        setup_table(self.table)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_MS)
        self._typing.timeout.connect(self.refresh)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.service_combo.currentIndexChanged.connect(self.refresh)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.text_edit.textChanged.connect(self._typing.start)
        self.text_edit.returnPressed.connect(self.refresh)

        # Two rows of filters, so that the list keeps to half of a 1366-pixel screen.
        choices = QHBoxLayout()
        for combo in (self.status_combo, self.service_combo, self.period_combo):
            choices.addWidget(combo)
        choices.addStretch(1)
        dates_and_words = QHBoxLayout()
        for widget in (self.from_edit, self.dash, self.to_edit):
            dates_and_words.addWidget(widget)
        dates_and_words.addWidget(self.text_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addLayout(dates_and_words)
        layout.addWidget(self.call_filter_label)
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
        self.period_combo.setItemText(0, self.tr("Today's and open"))
        self.period_combo.setItemText(1, self.tr("All dates"))
        self.period_combo.setItemText(2, self.tr("Handed in between"))
        self.period_combo.setToolTip(
            self.tr(
                "Today's: handed in or issued today. Open: accepted or ready, not yet issued, "
                "whenever handed in."
            )
        )
        self.text_edit.setPlaceholderText(self.tr("Registration No, IIN/BIN or name"))
        self.call_filter_label.setText(
            self.tr("The called visitor collects a result: ready applications of every date.")
        )
        self.model.set_headers(
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
        self._fitted = False
        self.refresh()

    # ---- filters -------------------------------------------------------------------------------

    def show_status(self, status: str, set_by_call: bool = False) -> None:
        """Only applications in `status` ('' for all), any date, any service, no text.

        Filters a called ticket set (`set_by_call`) are announced above the list and put back
        to the defaults for the next visitor (reset_call_filter)."""
        self._set_filters(status, ALL_DATES)
        self._set_by_call = set_by_call
        self.call_filter_label.setVisible(set_by_call)
        self.refresh()

    def reset_call_filter(self) -> None:
        """Back to the default view (today's and open, every status) if a call set the
        filters; the clerk's own filters stay."""
        if not self._set_by_call:
            return
        self._set_by_call = False
        self.call_filter_label.hide()
        self._set_filters("", TODAY_AND_OPEN)
        self.refresh()

    def _set_filters(self, status: str, period: str) -> None:
        widgets = (self.status_combo, self.service_combo, self.period_combo, self.text_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(period))
        self._period_changed(refresh=False)
        self.service_combo.setCurrentIndex(0)
        self.text_edit.clear()
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        for widget in widgets:
            widget.blockSignals(False)

    def _period_changed(self, *_: object, refresh: bool = True) -> None:
        ranged = self.period_combo.currentData() == DATE_RANGE
        self.from_edit.setEnabled(ranged)
        self.to_edit.setEnabled(ranged)
        if refresh:
            self.refresh()

    def _today(self) -> date:
        return self.ctx.today()

    def current_filter(self) -> ListFilter:
        period = self.period_combo.currentData()
        ranged = period == DATE_RANGE
        return ListFilter(
            status=self.status_combo.currentData() or None,
            service=self.service_combo.currentData() or None,
            text=self.text_edit.text(),
            day=self._today() if period == TODAY_AND_OPEN else None,
            date_from=pydate(self.from_edit.date()) if ranged else None,
            date_to=pydate(self.to_edit.date()) if ranged else None,
        )

    # ---- rows ----------------------------------------------------------------------------------

    @user_action
    def refresh(self) -> None:
        """Ask the database again. The same filter keeps as many rows as were loaded, the
        selection and the scroll position; another filter starts from the top."""
        self._typing.stop()
        where = self.current_filter()
        current = self.selected_id()
        same = where == self._shown
        scrolled = self.table.verticalScrollBar().value()
        self.model.load(where, self.ctx.now(), len(self.model.rows) if same else PAGE_SIZE)
        self._shown = where
        if self.model.rows and not self._fitted:
            fit_columns(self.table, 260)
            self._fitted = True
        row = None
        if current is not None:
            row = next((i for i, r in enumerate(self.model.rows) if r.id == current), None)
        if row is not None:
            self.table.selectRow(row)
        if same:
            self.table.verticalScrollBar().setValue(scrolled)
        if self.model.more:
            counted = self.tr("Applications: more than %1")
        else:
            counted = self.tr("Applications: %1")
        self.count_label.setText(counted.replace("%1", str(self.model.total)))
        self.selection_changed.emit()

    def _cells(self, row: ApplicationRow) -> list[str]:
        language = self.ctx.names_language
        status = application_errors.status_label(row.status)
        if row.overdue:
            status = self.tr("%1, overdue").replace("%1", status)
        return [
            row.registration_number or "—",
            format_datetime(row.handed_in_at, language),
            str(row.service),
            row.applicant,
            row.national_number,
            status,
            format_datetime(row.ready_due_at, language) if row.ready_due_at else "",
        ]

    @property
    def rows(self) -> list[ApplicationRow]:
        """The rows loaded so far, in the list's order."""
        return self.model.rows

    def selected_id(self) -> uuid.UUID | None:
        found = self.selected()
        return found.id if found is not None else None

    def selected(self) -> ApplicationRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.model.rows[chosen[0].row()] if chosen else None

    def select(self, application_id: uuid.UUID) -> None:
        """Select the application and scroll to it, if the list's filters hold it."""
        row = self.model.row_of(application_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
