"""Reports: the standard's 12 indicators of a period with norms, targets and values, the queue's
statistics, and the report printed (with its charts) or saved as a spreadsheet.

The figures are computed off the GUI thread (desktop.services.reports.build_report behind the
progress dialog); a value opens the list of records behind it; a target is edited in its cell.
Under the period's summary stands its sign-off (desktop.services.report_signoffs): not signed,
signed by whom and when, or changed since in which indicators. The akim alone sees **Sign off**:
it counts the figures afresh, asks, and fixes them under the akim's name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_date, format_datetime
from desktop.core.indicators import IndicatorValue
from desktop.core.periods import PERIOD_KINDS, Period, PeriodKind
from desktop.printing.report_format import basis_text, minutes, period_text, tenths
from desktop.services import report_signoffs, reports
from desktop.services.reports import PeriodReport, RecordBehind
from desktop.ui import sign_off_text
from desktop.ui.base_tab import BaseTab
from desktop.ui.context import AppContext
from desktop.ui.dates import pydate, qdate
from desktop.ui.dialogs.application_correction_dialog import ApplicationCorrectionDialog
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import user_action
from desktop.ui.offers import offer
from desktop.ui.tasks import Task

WORSE = QColor("#f8d7da")
CODE, TEXT, NORM, TARGET, VALUE, BASIS = range(6)


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: int, stretch: int) -> QTableWidget:
    """A read-mostly table whose `stretch` column takes the room left; the others are as wide
    as their headings and values, so no heading is cut in either language."""
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _picture(pdf: bytes, parent: QWidget, scale: float = 1.5) -> QImage:
    """The first page of a small PDF (one chart) as a picture on white."""
    from PySide6.QtPdf import QPdfDocument  # QtPdf: loaded when a report is shown

    from desktop.ui.system_printer import on_white

    data = QByteArray(pdf)
    buffer = QBuffer(data, parent)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    size = document.pagePointSize(0)
    image = on_white(
        document.render(0, QSize(round(size.width() * scale), round(size.height() * scale)))
    )
    document.deleteLater()
    buffer.deleteLater()
    return image


class RecordsDialog(BaseDialog):
    """The records an indicator's value rests on; those in the share's part marked."""

    def __init__(
        self,
        ctx: AppContext,
        value: IndicatorValue,
        rows: list[RecordBehind],
        parent: QWidget,
        again: Callable[[], list[RecordBehind]] | None = None,
    ) -> None:
        """`again` reads the records anew (after a correction is recorded: 2.2 only)."""
        super().__init__(parent)
        self.ctx, self.value, self.rows, self.again = ctx, value, rows, again
        self.changed = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = _table(4, 1)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self.record_correction)
        self.correct_button.setVisible(value.code == "2.2" and again is not None)
        buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.retranslate()

    def retranslate(self) -> None:
        language = self.ctx.names_language
        self.setWindowTitle(self.tr("Records behind indicator %1").replace("%1", self.value.code))
        self.intro.setText(
            f"{self.value.code}. {self.value.standard.text(language)}\n"
            + (
                self.tr("No records are counted for this value.")
                if not self.rows
                else self.tr("%1 records; those counted in the share are marked.").replace(
                    "%1", str(len(self.rows))
                )
            )
        )
        self.correct_button.setText(self.tr("Record a correction…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Applicant or purpose"),
                self.tr("Time"),
                self.tr("Counted"),
            ]
        )
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            moment = format_datetime(self.ctx.local(row.moment), language, "dd.MM.yyyy HH:mm")
            cells = (
                row.reference,
                row.name,
                moment,
                self.tr("yes") if row.counted else self.tr("no"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, _item(text))
        self.table.resizeColumnsToContents()

    @user_action
    def record_correction(self) -> None:
        """Record a correction of the selected application; the list is read anew."""
        index = self.table.currentRow()
        if self.again is None or not 0 <= index < len(self.rows):
            return
        application_id = self.rows[index].application_id
        if application_id is None:
            return
        if ApplicationCorrectionDialog(self.ctx, application_id, self).exec():
            self.rows, self.changed = self.again(), True
            self.retranslate()


class ReportsTab(BaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: PeriodReport | None = None
        self.kind = QComboBox()
        for kind in PERIOD_KINDS:
            self.kind.addItem("", kind)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.to_label = QLabel()
        self.show_button = QPushButton()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.internet_button = QPushButton()
        self.internet_button.clicked.connect(self.set_internet_information)
        self.sign_button = QPushButton()
        self.sign_button.clicked.connect(self.sign_off)
        self.show_button.clicked.connect(self.compute)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_workbook)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        bar = QHBoxLayout()
        self.period_label = QLabel()
        bar.addWidget(self.period_label)
        bar.addWidget(self.kind)
        bar.addWidget(self.first)
        bar.addWidget(self.to_label)
        bar.addWidget(self.last)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(self.internet_button)
        bar.addWidget(self.sign_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sign_status = QLabel()
        self.sign_status.setWordWrap(True)
        self.indicators = _table(6, TEXT)
        self.indicators.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.indicators.cellDoubleClicked.connect(self._open_records)
        self.indicators.itemChanged.connect(self._target_changed)
        self.queue_label = QLabel()
        self.queue_label.setWordWrap(True)
        self.waits = _table(5, 0)
        self.waits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        queue_page = QWidget()
        queue_layout = QVBoxLayout(queue_page)
        queue_layout.addWidget(self.queue_label)
        queue_layout.addWidget(self.waits, 1)
        self.charts = QWidget()
        self.no_charts = QLabel()  # shown instead of the charts when the period has nothing
        self.no_charts.setVisible(False)
        charts_box = QVBoxLayout(self.charts)
        charts_box.addWidget(self.no_charts)
        self.charts_layout = QVBoxLayout()
        charts_box.addLayout(self.charts_layout, 1)
        charts_area = QScrollArea()
        charts_area.setWidgetResizable(True)
        charts_area.setWidget(self.charts)
        self.sections = QTabWidget()
        self.sections.addTab(queue_page, "")
        self.sections.addTab(charts_area, "")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.indicators)
        splitter.addWidget(self.sections)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.sign_status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)

        last_quarter = Period.containing("quarter", ctx.today()).previous()
        self.kind.setCurrentIndex(PERIOD_KINDS.index("quarter"))
        self.first.setDate(qdate(last_quarter.first))
        self.last.setDate(qdate(last_quarter.last))
        self._kind_changed()
        ctx.hub.user_changed.connect(self._show_sign_off)
        self.retranslate()

    # ---- the period ------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        is_range = self.kind.currentData() == "range"
        self.to_label.setVisible(is_range)
        self.last.setVisible(is_range)

    def period(self) -> Period:
        kind: PeriodKind = self.kind.currentData()
        first = pydate(self.first.date())
        if kind == "range":
            last = pydate(self.last.date())
            return Period.between(min(first, last), max(first, last))
        return Period.containing(kind, first)

    # ---- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.no_charts.setText(
            self.tr("Nothing to draw: the period has no visitors and no applications.")
        )
        names = {
            "day": self.tr("Day"),
            "month": self.tr("Month"),
            "quarter": self.tr("Quarter"),
            "year": self.tr("Year"),
            "range": self.tr("Dates from–to"),
        }
        for index, kind in enumerate(PERIOD_KINDS):
            self.kind.setItemText(index, names[kind])
        self.sections.setTabText(0, self.tr("Queue and applications"))
        self.sections.setTabText(1, self.tr("Charts"))
        self.period_label.setText(self.tr("Period:"))
        self.to_label.setText(self.tr("to"))
        self.show_button.setText(self.tr("Show"))
        self.print_button.setText(self.tr("Print report…"))
        self.save_button.setText(self.tr("Save spreadsheet…"))
        self.internet_button.setText(self.tr("Indicator 3.3…"))
        self.sign_button.setText(self.tr("Sign off…"))
        self.sign_button.setToolTip(
            self.tr("Fix the period's 12 indicators as counted now, under the akim's name")
        )
        self.internet_button.setToolTip(
            self.tr("The share of service information available over the internet, as set")
        )
        self.indicators.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Indicator"),
                self.tr("Norm, %"),
                self.tr("Target next year, %"),
                self.tr("Value, %"),
                self.tr("Rests on"),
            ]
        )
        self.waits.setHorizontalHeaderLabels(
            [
                self.tr("Purpose"),
                self.tr("Visitors"),
                self.tr("Median wait, min"),
                self.tr("90th percentile, min"),
                self.tr("Within the limit"),
            ]
        )
        self.hint.setText(
            self.tr(
                "Values worse than the norm are highlighted. Double-click a value to see the "
                "records behind it, or a target to change it."
            )
        )
        self._show()

    # ---- computing ---------------------------------------------------------------------------

    @user_action
    def compute(self) -> None:
        self._count()

    def _count(self) -> None:
        """Count the period's figures (behind the progress dialog) and show them."""
        period, now, db = self.period(), self.ctx.now(), self.ctx.db

        def work(task: Task) -> PeriodReport:
            def progress(done: int, total: int) -> None:
                task.check()
                task.progress(done, total)

            return reports.build_report(db, period, now, progress)

        self.report = self.ctx.run_task(self, self.tr("Counting the indicators…"), work)
        self._show()

    def _show(self) -> None:
        report, language = self.report, self.ctx.names_language
        self.print_button.setEnabled(report is not None)
        self.save_button.setEnabled(report is not None)
        self.indicators.blockSignals(True)
        try:
            self._show_indicators(report, language)
        finally:
            self.indicators.blockSignals(False)
        self._show_queue(report, language)
        self._show_charts(report, language)
        self._show_sign_off()

    def _show_indicators(self, report: PeriodReport | None, language: str) -> None:
        if report is None:
            self.summary.setText(self.tr("Pick a period and press Show."))
            self.indicators.setRowCount(0)
            return
        made = format_datetime(self.ctx.local(report.made_at), language, "dd.MM.yyyy HH:mm")
        self.summary.setText(
            self.tr("Period %1; counted at %2; surveys answered: %3.")
            .replace(
                "%1",
                f"{format_date(report.period.first, language)} – "
                f"{format_date(report.period.last, language)}",
            )
            .replace("%2", made)
            .replace("%3", str(report.surveys))
        )
        self.indicators.setRowCount(len(report.indicators))
        bold = QFont()
        bold.setBold(True)
        for row, value in enumerate(report.indicators):
            standard = value.standard
            shown = self.tr("no data") if value.value is None else tenths(value.value, language)
            cells = [
                _item(value.code),
                _item(standard.text(language)),
                _item(tenths(standard.norm, language), True),
                QTableWidgetItem(
                    "" if standard.target is None else tenths(standard.target, language)
                ),
                _item(("▼ " if value.status == "worse" else "") + shown, True),
                _item(basis_text(value, language)),
            ]
            cells[TARGET].setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            if value.status == "worse":
                cells[VALUE].setBackground(QBrush(WORSE))
                cells[VALUE].setFont(bold)
            for column, cell in enumerate(cells):
                self.indicators.setItem(row, column, cell)
        for column in (CODE, NORM, TARGET, VALUE, BASIS):
            self.indicators.resizeColumnToContents(column)
        self.indicators.resizeRowsToContents()

    def _show_queue(self, report: PeriodReport | None, language: str) -> None:
        if report is None:
            self.queue_label.setText("")
            self.waits.setRowCount(0)
            return
        queue, apps = report.queue, report.applications.total
        busiest = ", ".join(f"{hour:02d}:00" for hour in queue.busiest_hours) or "—"
        self.queue_label.setText(
            self.tr(
                "Queue: %1 visitors, %2 served, %3 no-shows, %4 never called; busiest hours: %5. "
                "Applications: %6 handed in, %7 accepted, %8 refused, %9 issued, %10 overdue now."
            )
            .replace("%10", str(apps.overdue_now))
            .replace("%1", str(queue.visitors))
            .replace("%2", str(queue.served))
            .replace("%3", str(queue.no_shows))
            .replace("%4", str(queue.never_called))
            .replace("%5", busiest)
            .replace("%6", str(apps.handed_in))
            .replace("%7", str(apps.accepted))
            .replace("%8", str(apps.refused))
            .replace("%9", str(apps.issued))
        )
        purposes = reports.purposes()
        rows = [*queue.waits, queue.all_waits]
        self.waits.setRowCount(len(rows))
        for index, waits in enumerate(rows):
            found = purposes.get(waits.purpose)
            name = self.tr("All visitors") if not waits.purpose else (
                found.name(language) if found else waits.purpose
            )  # fmt: skip
            within = waits.within_limit
            cells = [
                _item(name),
                _item(str(waits.visitors), True),
                _item(tenths(minutes(waits.median), language), True),
                _item(tenths(minutes(waits.p90), language), True),
                _item(
                    "—"
                    if within is None or within.percent is None
                    else f"{tenths(within.percent, language)} % ({within.part} / {within.whole})",
                    True,
                ),
            ]
            for column, cell in enumerate(cells):
                self.waits.setItem(index, column, cell)
        for column in range(1, 5):
            self.waits.resizeColumnToContents(column)

    def _show_charts(self, report: PeriodReport | None, language: str) -> None:
        """The printed report's charts (ReportLab's drawings, rendered as pictures)."""
        while (item := self.charts_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        if report is None:
            return
        from desktop.printing.charts import chart_pdfs  # ReportLab: loaded when a report is shown

        pdfs = list(chart_pdfs(report.queue, report.trends, language))
        for pdf in pdfs:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(_picture(pdf, self)))
            self.charts_layout.addWidget(label)
        self.no_charts.setVisible(not pdfs)
        self.charts_layout.addStretch(1)

    # ---- the akim's sign-off --------------------------------------------------------------------

    def _show_sign_off(self) -> None:
        """The shown report's sign-off, and the akim's button (enabled while there is
        something to sign: a report of the office's own not signed off as it stands)."""
        report = self.report
        own = report is not None and report_signoffs.applies(self.ctx.db, report)
        offer(self.ctx, [(self.sign_button, "report.sign_off")])
        self.sign_status.setVisible(own)
        if report is None or not own:
            self.sign_button.setEnabled(False)
            return
        status = report_signoffs.signoff_status(self.ctx.db, report.period, report.indicators)
        self.sign_button.setEnabled(status.state != "signed")
        self.sign_status.setText(self._sign_off_text(status))
        emphasis = QFont()
        emphasis.setBold(status.state == "changed")  # the printed figures are not today's
        self.sign_status.setFont(emphasis)
        self.sign_status.setToolTip(
            "\n".join(
                sign_off_text.signer(self.ctx, self.tr("Sign-off %1: %2, %3"), earlier).replace(
                    "%1", str(earlier.number)
                )
                for earlier in report_signoffs.history(self.ctx.db, report.period)
            )
        )

    def _sign_off_text(self, status: report_signoffs.SignOffStatus) -> str:
        return sign_off_text.status_line(
            self.ctx,
            status,
            self.tr("Not signed off by the akim: the report is a draft."),
            self.tr("Signed off by %2 on %3."),
            self.tr("Signed off by %2 on %3; changed since sign-off: indicators %1."),
        )

    @user_action
    def sign_off(self) -> None:
        """Count the figures afresh, ask, and sign them off in the akim's name."""
        self._count()
        report = self.report
        if report is None or not self.confirm_sign_off(report):
            return
        report_signoffs.sign_off(self.ctx.db, report, self.ctx.actor(), self.ctx.now())
        self._show_sign_off()

    def confirm_sign_off(self, report: PeriodReport) -> bool:
        counted = format_datetime(
            self.ctx.local(report.made_at), self.ctx.names_language, "dd.MM.yyyy HH:mm"
        )
        answer = QMessageBox.question(
            self,
            self.tr("Sign off"),
            self.tr(
                "Sign off the indicator report: %1?\n\nIts 12 indicators will be fixed as "
                "counted now (%2), under your name, and printed as signed. This cannot be "
                "undone: once the figures change, a new sign-off can supersede this one, and "
                "both are kept."
            )
            .replace("%1", period_text(report.period, self.ctx.names_language))
            .replace("%2", counted),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ---- records, targets ----------------------------------------------------------------------

    @user_action
    def _open_records(self, row: int, column: int) -> None:
        if self.report is None or column == TARGET:
            return
        value, period, made_at = (
            self.report.indicators[row],
            self.report.period,
            self.report.made_at,
        )

        def again() -> list[RecordBehind]:
            return reports.records_behind(self.ctx.db, value.code, period, made_at)

        dialog = RecordsDialog(self.ctx, value, again(), self, again)
        dialog.exec()
        if dialog.changed:
            self.compute()

    @user_action
    def _target_changed(self, item: QTableWidgetItem) -> None:
        if self.report is None or item.column() != TARGET:
            return
        code = self.report.indicators[item.row()].code
        typed = item.text().strip().replace(",", ".").rstrip("%").strip()
        try:
            target = Decimal(typed) if typed else None
            if target is not None and not 0 <= target <= 100:
                raise InvalidOperation
        except InvalidOperation:
            QMessageBox.warning(
                self, self.tr("Target"), self.tr("A target is a share from 0 to 100 %.")
            )
            self._show()
            return
        reports.save_targets(self.ctx.db, {code: target}, self.ctx.actor())
        self.report = self._with_targets(self.report)
        self._show()

    def _with_targets(self, report: PeriodReport) -> PeriodReport:
        """The report with the targets as now stored (the values stay as counted)."""
        stored = {s.code: s for s in reports.standards(self.ctx.db)}
        return replace(
            report,
            indicators=tuple(replace(v, standard=stored[v.code]) for v in report.indicators),
        )

    @user_action
    def set_internet_information(self) -> None:
        """Indicator 3.3 is not counted: an administrator states it (stored with date and who)."""
        current = reports.internet_information(self.ctx.db).percent
        value, ok = QInputDialog.getDouble(
            self,
            self.tr("Indicator 3.3"),
            self.tr("Share of service information available over the internet, %:"),
            float(current) if current is not None else 100.0,
            0.0,
            100.0,
            1,
        )
        if not ok:
            return
        percent = Decimal(str(round(value, 1)))
        reports.save_internet_information(self.ctx.db, percent, self.ctx.actor(), self.ctx.now())
        if self.report is not None:
            self.compute()

    # ---- documents ---------------------------------------------------------------------------

    def _language(self) -> str:
        return self.ctx.names_language

    @user_action
    def print_report(self) -> None:
        if self.report is None:
            return
        self.ctx.show_document(
            self, reports.document(self.ctx.db, self.report, self._language(), self._preparer())
        )

    def _preparer(self) -> str:
        return self.ctx.actor().name

    @user_action
    def save_workbook(self) -> None:
        if self.report is None:
            return
        period = self.report.period
        suggested = f"indicators-{period.first.isoformat()}-{period.last.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save spreadsheet"), str(Path.home() / suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.save_to(path)

    def save_to(self, path: str) -> None:
        assert self.report is not None
        data = reports.workbook(self.ctx.db, self.report, self._language(), self._preparer())
        Path(path).write_bytes(data)
