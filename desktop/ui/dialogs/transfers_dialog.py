"""Settings > Working calendar: decreed transfers. The transfers bundled with the program (read
only, grey) and the office's own, which an administrator adds and removes as decrees come out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.engine import Database
from desktop.core.calendar import TRANSFER_KINDS, Transfer, bundled_transfers
from desktop.core.formatting import format_date
from desktop.services import calendar_transfers
from desktop.services.calendar_transfers import TransferError
from desktop.ui.context import AppContext
from desktop.ui.dates import date_edit, pydate, qdate
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.errors import user_action

BUNDLED = QColor("#6b6b6b")
BUNDLED_BACKGROUND = QColor("#f0f0f0")


@dataclass(frozen=True)
class TransferRow:
    transfer: Transfer
    source: str  # "office", "bundled", "replaced" (bundled, overridden by the office's entry)


def transfer_rows(db: Database) -> list[TransferRow]:
    """Both lists by date; on a date with both, the bundled entry comes first, marked replaced."""
    office = calendar_transfers.office_transfers(db)
    office_days = {t.day for t in office}
    rows = [
        TransferRow(t, "replaced" if t.day in office_days else "bundled")
        for t in bundled_transfers().entries
    ]
    rows += [TransferRow(t, "office") for t in office]
    order = {"bundled": 0, "replaced": 0, "office": 1}
    return sorted(rows, key=lambda r: (r.transfer.day, order[r.source]))


class TransferForm(FormDialog):
    """Adds a decreed transfer to the office's list (one already on the date is replaced)."""

    input_errors = (TransferError,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: Transfer | None = None
        self.day_edit = date_edit(qdate(ctx.today()))
        self.day_edit.setCalendarPopup(True)
        self.kind_combo = QComboBox()
        for kind in TRANSFER_KINDS:
            self.kind_combo.addItem("", kind)
        self.basis_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        widgets = (self.day_edit, self.kind_combo, self.basis_edit, self.note_edit)
        for label, widget in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> Transfer | None:
        """The transfer saved, or None when cancelled."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.saved

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a decreed transfer"))
        self.hint.setText(
            self.tr(
                "Enter each date the decree moves: the Saturday or Sunday worked (working day) "
                "and the weekday given off (day off)."
            )
        )
        texts = (self.tr("&Date:"), self.tr("&Kind:"), self.tr("&Basis (decree):"))
        for label, text in zip(self.labels, (*texts, self.tr("&Note:")), strict=True):
            label.setText(text)
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_label(self.kind_combo.itemData(index)))
        self.basis_edit.setPlaceholderText(
            self.tr("e.g. Government of the RK resolution No 123 of 10.10.2026")
        )

    def write(self) -> None:
        self.saved = calendar_transfers.save_transfer(
            self.ctx.db,
            pydate(self.day_edit.date()),
            self.kind_combo.currentData(),
            self.basis_edit.text(),
            self.ctx.actor(),
            self.note_edit.text(),
        )

    def error_field(self, error: Exception) -> str:
        return "basis" if getattr(error, "code", "") == "basis_required" else "day"

    def field_widget(self, field: str) -> QWidget | None:
        return self.basis_edit if field == "basis" else self.day_edit

    def message(self, error: Exception) -> str:
        messages = {
            "basis_required": self.tr("Name the decree that makes the transfer."),
            "not_a_day_off": self.tr(
                "A working day can only be decreed on a Saturday, a Sunday or a public holiday."
            ),
            "not_a_weekday": self.tr("A day off can only be decreed on a working weekday."),
        }
        return messages.get(getattr(error, "code", ""), self.tr("The transfer cannot be saved."))


def kind_label(kind: str) -> str:
    if kind == "working_day":
        return QCoreApplication.translate("TransfersDialog", "Working day")
    return QCoreApplication.translate("TransfersDialog", "Day off")


class TransfersDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[TransferRow] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 480)
        self.retranslate()

    @classmethod
    def show_for(cls, parent: QWidget | None, ctx: AppContext) -> None:
        cls(ctx, parent).exec()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Working calendar: decreed transfers"))
        self.intro.setText(
            self.tr(
                "Days moved by a Government decree. The grey entries come with the program and "
                "cannot be changed here; the office's own entries are added from each new decree "
                "and win over a grey entry on the same date."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Basis (decree)"),
                self.tr("Note"),
                self.tr("Source"),
            ]
        )
        self.add_button.setText(self.tr("&Add…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.refresh()

    def _source(self, source: str) -> str:
        if source == "office":
            return self.tr("The office")
        if source == "replaced":
            return self.tr("The program (replaced by the office)")
        return self.tr("The program")

    def refresh(self) -> None:
        self._rows = transfer_rows(self.ctx.db)
        self.table.setRowCount(len(self._rows))
        for row, item in enumerate(self._rows):
            transfer = item.transfer
            cells = [
                format_date(transfer.day, self.ctx.language or "kk", "full"),
                kind_label(transfer.kind),
                transfer.basis_in(self.ctx.names_language),
                transfer.note_in(self.ctx.names_language),
                self._source(item.source),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if item.source != "office":
                    cell.setForeground(BUNDLED)
                    cell.setBackground(BUNDLED_BACKGROUND)
                    if item.source == "replaced":
                        font = cell.font()
                        font.setStrikeOut(True)
                        cell.setFont(font)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        for column in (2, 3):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 300))

    def row_of(self, day: date, source: str = "office") -> int:
        return next(
            i for i, r in enumerate(self._rows) if r.transfer.day == day and r.source == source
        )

    @user_action
    def add(self) -> None:
        saved = TransferForm.ask(self, self.ctx)
        if saved is None:
            return
        self.refresh()
        self.table.selectRow(self.row_of(saved.day))

    @user_action
    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a row first."))
            return
        item = self._rows[row]
        if item.source != "office":
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "This entry comes with the program and cannot be removed. To correct it, add "
                    "the office's own entry on the same date."
                ),
            )
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Remove the transfer of %1 (%2)?")
            .replace("%1", format_date(item.transfer.day, self.ctx.language or "kk", "full"))
            .replace("%2", item.transfer.basis_in(self.ctx.names_language)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        calendar_transfers.remove_transfer(self.ctx.db, item.transfer.day, self.ctx.actor())
        self.refresh()
