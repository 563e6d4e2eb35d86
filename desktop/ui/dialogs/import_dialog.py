"""Importing the household book from a spreadsheet: file -> columns -> check -> import -> result.

The work (reading, checking, importing) runs off the GUI thread behind a progress dialog
(AppContext.run_task); the wizard only shows what desktop.services.household_import decided.
A damaged file or a busy database gives a message in the user's language and imports nothing.
Reading and checking can be cancelled; the import itself is one transaction, all or nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.formatting import format_area, format_date
from desktop.core.spreadsheet import SpreadsheetError, Table
from desktop.services import household_import as importer
from desktop.services import households
from desktop.services.household_import import ImportPlan, ImportResult, Mapping, Problem
from desktop.services.household_values import BookError
from desktop.ui import import_texts
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.errors import describe, user_action
from desktop.ui.i18n import Retranslating
from desktop.ui.tasks import Task, TaskCancelled

log = logging.getLogger(__name__)
PREVIEW_ROWS = 500
INVALID = QColor("#f8d7da")
WARNING = QColor("#fff3cd")


class ImportDialog(Retranslating, QWizard):
    """The household-book import wizard; `import_result` holds the ImportResult when it ran."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.terms = households.terms(ctx.db)
        self.table: Table | None = None
        self.members: Table | None = None  # a members sheet keyed by account, when found
        self.mapping: Mapping = {}
        self.members_mapping: Mapping = {}
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(980, 680)
        self.retranslate()

    @classmethod
    def import_file(cls, parent: QWidget | None, ctx: AppContext) -> ImportResult | None:
        """Ask for a file and import it; the result, or None when nothing was imported."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.import_result

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the household book"))
        # QWizard does not relabel its own buttons when the language changes.
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.FinishButton: self.tr("&Finish"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
        }
        for button, text in buttons.items():
            self.setButtonText(button, text)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            page.retranslate()

    # ---- words ---------------------------------------------------------------------------------

    def field_label(self, name: str) -> str:
        return import_texts.field_label(name, self.terms, self.ctx.language)

    def describe(self, problem: Problem) -> str:
        """A report line's problem in the user's language."""
        fields = importer.import_fields(self.db)
        return import_texts.describe(problem, self.terms, self.ctx.language, fields)

    def show_error(self, error: BaseException) -> None:
        """Tell the user what went wrong, in their language; never a traceback."""
        if isinstance(error, SpreadsheetError):
            text = import_texts.file_error(error)
        else:
            if not isinstance(error, BookError):
                log.error("import failed", exc_info=error)
            text = describe(error)
        QMessageBox.warning(self, self.windowTitle(), text)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a file"))
        self.hint.setText(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file with one row per person. Rows with the "
                "same personal account number make one household. Nothing is written until "
                "you have checked the rows and pressed Import."
            )
        )
        self.browse.setText(self.tr("&Browse…"))

    @user_action
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file"),
            self.path.text(),
            self.tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())

        def read(task: Task) -> tuple[Table, Table | None]:
            tables = importer.read_book(path)
            task.check()  # read only: after Cancel the tables are simply not used
            return tables

        db = self.dialog.db
        try:
            table, members = self.dialog.ctx.run_task(self, self.tr("Reading the file…"), read)
            mapping = importer.mapping_for(db, table)
            members_mapping = importer.mapping_for(db, members) if members is not None else {}
        except TaskCancelled:
            return False
        except Exception as error:
            self.dialog.show_error(error)
            return False
        self.dialog.table, self.dialog.members = table, members
        self.dialog.mapping, self.dialog.members_mapping = mapping, members_mapping
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.as_of = date_edit()
        self.locality = QComboBox()
        self.locality.setEditable(True)
        self.as_of_label, self.locality_label, self.members_label = QLabel(), QLabel(), QLabel()
        self.as_of_label.setBuddy(self.as_of)
        self.locality_label.setBuddy(self.locality)
        whole = QFormLayout()
        whole.addRow(self.as_of_label, self.as_of)
        whole.addRow(self.locality_label, self.locality)
        whole.addRow(self.members_label)
        self.form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.sample = QTableWidget()
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.message = QLabel()
        self.message.setStyleSheet("color: #a61b1b")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.sample)
        splitter.setSizes([420, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(whole)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        for name in importer.import_fields(wizard.db):
            combo = QComboBox()
            self.combos[name] = combo
            self.labels[name] = QLabel()
            self.form.addRow(self.labels[name], combo)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Choose which column of the file holds each field. The choice is remembered "
                "for files with the same column names."
            )
        )
        self.as_of_label.setText(self.tr("Data &as of:"))
        self.locality_label.setText(self.tr("&Locality for rows that name none:"))
        members = self.dialog.members
        self.members_label.setText(
            self.tr("Members are read from sheet “%1” by personal account.").replace(
                "%1", members.sheet
            )
            if members is not None
            else ""
        )
        for name, label in self.labels.items():
            label.setText(self.dialog.field_label(name) + ":")
        for combo in self.combos.values():
            if combo.count():
                combo.setItemText(0, self.tr("— not imported —"))

    def initializePage(self) -> None:
        table = self.dialog.table
        assert table is not None
        today = self.dialog.ctx.today()
        self.as_of.setDate(qdate(importer.default_as_of(table, today)))
        self.as_of.setMaximumDate(qdate(today))
        titled = importer.layout.locality_from_titles(table.titles)
        names = [titled] if titled else []
        names += [n for n in importer.localities(self.dialog.db) if n not in names]
        self.locality.clear()
        self.locality.addItems(names)
        self.retranslate()
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("— not imported —"), "")
            for header in table.headers:
                combo.addItem(header, header)
            chosen = self.dialog.mapping.get(name, "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.message.clear()
        self.sample.setColumnCount(len(table.headers))
        self.sample.setHorizontalHeaderLabels(list(table.headers))
        rows = table.rows[:5]
        self.sample.setRowCount(len(rows))
        self.sample.setVerticalHeaderLabels([str(r.number) for r in rows])
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells):
                self.sample.setItem(r, c, QTableWidgetItem(text))

    def chosen(self) -> Mapping:
        return {
            name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()
        }

    def validatePage(self) -> bool:
        mapping = self.chosen()
        missing = [name for name in ("account_number",) if name not in mapping]
        if "full_name" not in mapping:
            missing += [name for name in ("surname", "name") if name not in mapping]
        if missing:
            names = ", ".join(self.dialog.field_label(n) for n in missing)
            self.message.setText(self.tr("Choose a column for: %1.").replace("%1", names))
            return False
        locality = self.locality.currentText().strip()
        if "locality" not in mapping and not locality:
            self.message.setText(self.tr("Choose the locality of the households."))
            return False
        table, members = self.dialog.table, self.dialog.members
        assert table is not None
        db, today = self.dialog.db, self.dialog.ctx.today()
        as_of = pydate(self.as_of.date())
        members_mapping = self.dialog.members_mapping

        def check(task: Task) -> ImportPlan:
            plan = importer.preview(
                db,
                table,
                mapping,
                today,
                as_of=as_of,
                locality=locality,
                members=members,
                members_mapping=members_mapping,
                progress=task.progress,
            )
            task.check()  # nothing is written while checking: after Cancel the plan is dropped
            return plan

        try:
            signature = importer.mapping_signature(table.headers)
            importer.remember_mapping(db, signature, mapping, self.dialog.ctx.actor())
            plan = self.dialog.ctx.run_task(
                self, self.tr("Checking %n row(s)…", "", len(table.rows)), check
            )
        except TaskCancelled:
            return False
        except Exception as error:
            self.dialog.show_error(error)
            return False
        self.dialog.mapping = mapping
        self.dialog.plan = plan
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QTableWidget()
        self.report = QTableWidget(0, 3)
        for table in (self.rows, self.report):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.verticalHeader().setVisible(False)
        self.report_label = QLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.rows)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.report_label)
        bottom_layout.addWidget(self.report)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.setCommitPage(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check before importing"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.report_label.setText(self.tr("Problems, things to check and notes:"))
        self.report.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        if self.dialog.plan is not None:
            self.initializePage()

    def initializePage(self) -> None:
        plan = self.dialog.plan
        assert plan is not None
        self.summary.setText(
            self.tr(
                "Rows: %1. Ready to import: %2; with errors (not imported): %3. Households: "
                "%4 new, %5 to update, %6 unchanged."
            )
            .replace("%1", str(plan.row_count))
            .replace("%2", str(plan.valid_row_count))
            .replace("%3", str(len(plan.invalid_rows)))
            .replace("%4", str(plan.count("created")))
            .replace("%5", str(plan.count("updated")))
            .replace("%6", str(plan.count("unchanged")))
            + "\n"
            + self.figures_text(plan)
        )
        fields = list(plan.mapping)
        self.rows.setColumnCount(len(fields))
        self.rows.setHorizontalHeaderLabels([self.dialog.field_label(f) for f in fields])
        shown = plan.table.rows[:PREVIEW_ROWS]
        self.rows.setRowCount(len(shown))
        self.rows.setVerticalHeaderLabels([str(r.number) for r in shown])
        columns = [plan.table.column(plan.mapping[f]) for f in fields]
        warned = {p.row for p in plan.problems if p.severity == "warning"}
        for r, row in enumerate(shown):
            color = INVALID if row.number in plan.invalid_rows else None
            color = color or (WARNING if row.number in warned else None)
            for c, column in enumerate(columns):
                item = QTableWidgetItem(row.cells[column])
                if color is not None:
                    item.setBackground(color)
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        self.report.setRowCount(len(plan.problems))
        colors = {"error": INVALID, "warning": WARNING}
        for r, problem in enumerate(plan.problems):
            where = f"{problem.sheet}: " if problem.sheet else ""
            where += str(problem.row) if problem.row else ""
            cells = [where, problem.column, self.dialog.describe(problem)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if problem.severity in colors:
                    item.setBackground(colors[problem.severity])
                item.setToolTip(text)
                self.report.setItem(r, c, item)
        self.report.resizeColumnToContents(0)
        self.report.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.report.setColumnWidth(1, 160)

    def figures_text(self, plan: ImportPlan) -> str:
        """What will be imported, against the file's own totals row when it has one."""
        figures = plan.figures()
        text = (
            self.tr("To import, data as of %1: %2 households, %3 people, land %4 ha; head: %5.")
            .replace("%1", format_date(plan.as_of, self.dialog.ctx.language))
            .replace("%2", str(figures.households))
            .replace("%3", str(figures.people))
            .replace("%4", format_area(figures.land_ha, self.dialog.ctx.language))
            .replace("%5", self.heads_text(figures.heads))
        )
        totals = plan.file_totals
        if totals is not None:
            text += "\n" + (
                self.tr("The file's totals row: land %1 ha; head: %2.")
                .replace("%1", format_area(totals.land_ha, self.dialog.ctx.language))
                .replace("%2", self.heads_text(totals.heads))
            )
        return text

    def heads_text(self, heads: dict[str, int]) -> str:
        parts = [f"{self.dialog.field_label(k).lower()} {n}" for k, n in heads.items() if n]
        return ", ".join(parts) or "—"

    def isComplete(self) -> bool:
        plan = self.dialog.plan
        return plan is not None and plan.valid_row_count > 0

    def validatePage(self) -> bool:
        plan = self.dialog.plan
        assert plan is not None
        db = self.dialog.db
        try:
            actor = self.dialog.ctx.actor()
            # One transaction, all or nothing: Cancel rolls it back, the book stays as it was.
            self.dialog.import_result = self.dialog.ctx.run_task(
                self,
                self.tr("Importing…"),
                lambda task: importer.run(db, plan, actor, task.progress),
            )
        except TaskCancelled:
            return False
        except Exception as error:
            self.dialog.show_error(error)
            return False
        return True


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__()
        self.dialog = wizard
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_invalid_rows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import finished"))
        self.save_button.setText(self.tr("&Save invalid rows…"))
        if self.dialog.import_result is not None:
            self.initializePage()

    def initializePage(self) -> None:
        result = self.dialog.import_result
        assert result is not None
        self.summary.setText(
            self.tr(
                "Households created: %1, updated: %2, unchanged: %3.\nMembers added: %4, "
                "updated: %5.\nRows not imported: %6."
            )
            .replace("%1", str(result.households_created))
            .replace("%2", str(result.households_updated))
            .replace("%3", str(result.households_unchanged))
            .replace("%4", str(result.members_added))
            .replace("%5", str(result.members_updated))
            .replace("%6", str(result.invalid_rows))
        )
        self.save_button.setVisible(result.invalid_rows > 0)

    def ask_path(self) -> str:
        plan = self.dialog.plan
        assert plan is not None
        suggested = Path(plan.source_name).stem + "_" + self.tr("to_fix") + ".xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save invalid rows"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        return path

    @user_action
    def save_invalid_rows(self) -> None:
        plan, result = self.dialog.plan, self.dialog.import_result
        assert plan is not None and result is not None
        path = self.ask_path()
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            count = importer.save_invalid_rows(
                plan, path, self.dialog.describe, self.tr("Problem"), result.problems
            )
        except OSError as error:
            log.warning("cannot save %s: %s", path, error)
            QMessageBox.warning(
                self, self.title(), self.tr("The file cannot be saved: %1").replace("%1", path)
            )
            return
        QMessageBox.information(
            self,
            self.title(),
            self.tr("%n row(s) saved to %1. Correct them and import that file.", "", count).replace(
                "%1", path
            ),
        )
