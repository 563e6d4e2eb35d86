"""Reference data: the values flagged by the seed extractor, and an administrator's corrections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_datetime
from desktop.services import reference
from desktop.services.reference import FlaggedValue
from desktop.ui.context import AppContext
from desktop.ui.dialogs.base_dialog import BaseDialog
from desktop.ui.errors import user_action
from desktop.ui.labels import FIELDS, FLAG_REASONS, label

FLAGGED = QColor("#fff3cd")
CORRECTED = QColor("#e6f4ea")


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


class CorrectionsDialog(BaseDialog):
    """Corrections are recorded with the clerk (the context's actor) and the time."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[FlaggedValue] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.correct_selected)
        self.correct_button = QPushButton()
        self.correct_button.clicked.connect(self.correct_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)
        self.retranslate()

    @classmethod
    def show_for(cls, parent: QWidget | None, ctx: AppContext) -> None:
        cls(ctx, parent).exec()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reference data: values to check"))
        self.intro.setText(
            self.tr(
                "These values were copied from the standard exactly as printed and look wrong "
                "(yellow). Check them against the original and correct them; each correction is "
                "recorded with your name and the time (green). After them come the Russian names "
                "of places, made by rule from the Kazakh ones: check them too."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("As in the standard"),
                self.tr("Problem"),
                self.tr("Suggestion"),
                self.tr("Value now"),
                self.tr("Corrected by"),
            ]
        )
        self.correct_button.setText(self.tr("&Correct…"))
        self.refresh()

    def refresh(self) -> None:
        self._rows = reference.flagged_values(self.ctx.db)
        self.table.setRowCount(len(self._rows))
        for row, item in enumerate(self._rows):
            corrected = ""
            if item.corrected_by and item.corrected_at:
                when = format_datetime(self.ctx.local(item.corrected_at), self.ctx.language)
                corrected = f"{item.corrected_by}, {when}"
            cells = [
                item.record_label,
                label(FIELDS, item.field),
                _show(item.source_value),
                label(FLAG_REASONS, item.reason),
                _show(item.suggestion),
                _show(item.current_value),
                corrected,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setBackground(CORRECTED if item.is_corrected else FLAGGED)
                cell.setToolTip(_show(item.source_value) if column == 3 else text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        for column in (0, 2, 5):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))

    @user_action
    def correct_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a row first."))
            return
        item = self._rows[row]
        if not item.is_correctable:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "This schedule is kept exactly as printed in the standard and cannot be "
                    "edited here."
                ),
            )
            return
        is_list = isinstance(item.current_value, list)
        start = _show(
            item.suggestion if item.suggestion and not item.is_corrected else item.current_value
        )
        hint = self.tr("Separate several values with ';'.") if is_list else ""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Correct a value"),
            self.tr("%1 — %2:")
            .replace("%1", item.record_label)
            .replace("%2", label(FIELDS, item.field))
            + ("\n" + hint if hint else ""),
            QLineEdit.EchoMode.Normal,
            start,
        )
        if not ok:
            return
        value: Any = [v.strip() for v in text.split(";") if v.strip()] if is_list else text.strip()
        if value == item.current_value:
            return
        reference.correct_value(
            self.ctx.db,
            item.entity,
            item.record_key,
            item.field,
            value,
            self.ctx.actor(),
            reason=item.reason,
        )
        self.refresh()
        self.table.selectRow(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
