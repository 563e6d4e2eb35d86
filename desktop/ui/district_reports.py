"""The district's indicator reports: the standard's 12 indicators of one office or of the whole
district, counted from the records the villages' packages brought (desktop.services.reports with
an office), shown and printed as the office's own report is. Under them stands the sign-off: of
one office's report, the office akim's as its packages brought it; of the whole district's,
each office's (desktop.services.report_signoffs)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.periods import Period
from desktop.printing.report_format import basis_text, tenths
from desktop.services import office, report_signoffs, reports, sync_import
from desktop.services.reports import PeriodReport
from desktop.ui import sign_off_text
from desktop.ui.context import AppContext
from desktop.ui.dates import pydate, qdate
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import user_action
from desktop.ui.tasks import Task


class DistrictReportsDialog(BaseDialog):
    """Whose records (the district or one office), the period, the 12 indicators, Print."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: PeriodReport | None = None
        self.whose = QComboBox()
        self.whose.addItem("", None)
        language = ctx.names_language
        for number in sorted({source.office for source in sync_import.sources(ctx.db)}):
            found = office.office_by_number(ctx.db, number)
            name = found.name_in(language) if found else ""
            self.whose.addItem(f"{number} {name}".strip(), number)
        self.first, self.last = QDateEdit(), QDateEdit()
        last_quarter = Period.containing("quarter", ctx.today()).previous()
        for edit, day in ((self.first, last_quarter.first), (self.last, last_quarter.last)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(qdate(day))
        self.whose_label, self.period_label, self.to_label = QLabel(), QLabel(), QLabel()
        self.show_button, self.print_button = QPushButton(), QPushButton()
        self.show_button.clicked.connect(self.compute)
        self.print_button.clicked.connect(self.print_report)
        bar = QHBoxLayout()
        for widget in (
            self.whose_label,
            self.whose,
            self.period_label,
            self.first,
            self.to_label,
            self.last,
            self.show_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sign_status = QLabel()
        self.sign_status.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.sign_status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 560)
        self.retranslate()

    def period(self) -> Period:
        first, last = pydate(self.first.date()), pydate(self.last.date())
        return Period.between(min(first, last), max(first, last))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Indicator reports of the offices"))
        self.whose.setItemText(0, self.tr("Whole district"))
        self.whose_label.setText(self.tr("Records of:"))
        self.period_label.setText(self.tr("Period:"))
        self.to_label.setText(self.tr("to"))
        self.show_button.setText(self.tr("Show"))
        self.print_button.setText(self.tr("Print report…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Indicator"),
                self.tr("Norm, %"),
                self.tr("Value, %"),
                self.tr("Rests on"),
            ]
        )
        self._show()

    @user_action
    def compute(self) -> None:
        period, now, db = self.period(), self.ctx.now(), self.ctx.db
        number: int | None = self.whose.currentData()

        def work(task: Task) -> PeriodReport:
            def progress(done: int, total: int) -> None:
                task.check()
                task.progress(done, total)

            return reports.build_report(db, period, now, progress, office_number=number)

        self.report = self.ctx.run_task(self, self.tr("Counting the indicators…"), work)
        self._show()

    def _show(self) -> None:
        report, language = self.report, self.ctx.names_language
        self.print_button.setEnabled(report is not None)
        if report is None:
            self.summary.setText(self.tr("Pick whose records and a period, and press Show."))
            self.sign_status.setText("")
            self.table.setRowCount(0)
            return
        whose = self.whose.itemText(
            0 if report.office is None else self.whose.findData(report.office)
        )
        self.summary.setText(
            self.tr("%1: applications handed in %2, surveys answered %3.")
            .replace("%1", whose)
            .replace("%2", str(report.applications.total.handed_in))
            .replace("%3", str(report.surveys))
        )
        self.sign_status.setText(self._sign_off_text(report))
        self.table.setRowCount(len(report.indicators))
        for row, value in enumerate(report.indicators):
            shown = self.tr("no data") if value.value is None else tenths(value.value, language)
            cells = [
                value.code,
                value.standard.text(language),
                tenths(value.standard.norm, language),
                ("▼ " if value.status == "worse" else "") + shown,
                basis_text(value, language),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _sign_off_text(self, report: PeriodReport) -> str:
        """The office akim's sign-off of its report; for the whole district, each office's."""
        db = self.ctx.db
        if report.office is not None:
            status = report_signoffs.signoff_status(
                db, report.period, report.indicators, report.office
            )
            return sign_off_text.status_line(
                self.ctx,
                status,
                self.tr("Not signed off by the office's akim: the report is a draft."),
                self.tr("Signed off by %2 on %3."),
                self.tr("Signed off by %2 on %3; changed since sign-off: indicators %1."),
            )
        lines = []
        for number, sign_off in report_signoffs.offices_status(db, report.period).items():
            whose = self.whose.itemText(self.whose.findData(number))
            if sign_off is None:
                lines.append(self.tr("%1: not signed off (a draft).").replace("%1", whose))
            else:
                template = self.tr("%1: signed off by %2 on %3.")
                lines.append(
                    sign_off_text.signer(self.ctx, template, sign_off).replace("%1", whose)
                )
        return "\n".join(lines)

    @user_action
    def print_report(self) -> None:
        if self.report is not None:
            document = reports.document(self.ctx.db, self.report, self.ctx.names_language)
            self.ctx.show_document(self, document)
