"""The backups of a folder, newest first, and what the chosen one holds (read from the file).

A backup is read (and its integrity checked, about a second for 50 MB) only when it is
selected: ten large backups do not slow the dialog's opening."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.services import backups
from desktop.services.backups import BackupError, BackupInfo
from desktop.ui import backup_texts
from desktop.ui.i18n import Retranslating, current_language


class BackupList(Retranslating, QWidget):
    """A table of the folder's backups beside a preview of the selected one.

    `chosen` is the selected backup's description when it can be restored (sound, an Auyl
    Desk database this program knows), else None; `changed` is emitted when it changes.
    """

    changed = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.chosen: BackupInfo | None = None
        self.problem = ""  # why the selected file cannot be restored
        self._infos: dict[Path, BackupInfo | BackupError] = {}
        self.paths: list[Path] = []
        self.table = QTableWidget(0, 2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.captions: list[QLabel] = []
        self.values: list[QLabel] = []
        self.preview = QFormLayout()
        for _ in backup_texts.preview_captions():
            caption, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions.append(caption)
            self.values.append(value)
            self.preview.addRow(caption, value)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.preview.addRow(self.problem_label)
        left = QWidget()
        left_layout = QFormLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addRow(self.table)
        left_layout.addRow(self.empty_label)
        right = QWidget()
        right.setLayout(self.preview)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left, 3)
        layout.addWidget(right, 4)
        self.retranslate()
        self.reload()

    def reload(self, folder: Path | None = None, select: Path | None = None) -> None:
        """Read the folder again (after a backup, or another folder chosen)."""
        if folder is not None:
            self.folder = folder
        found = backups.backups_in(self.folder)
        self._infos = {p: info for p, info in self._infos.items() if p in found}
        self.paths = found
        self.empty_label.setVisible(not found)
        self._fill_rows()
        if found:
            index = found.index(select) if select in found else 0
            self.table.selectRow(index)
        self._show_selected()

    def add_file(self, path: Path) -> None:
        """Show a backup from elsewhere (a stick) at the top and select it."""
        self.paths.insert(0, path)
        self.empty_label.setVisible(False)
        self._fill_rows()
        self.table.selectRow(0)
        self._show_selected()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size")])
        self.empty_label.setText(self.tr("There are no backups in this folder yet."))
        for label, caption in zip(self.captions, backup_texts.preview_captions(), strict=True):
            label.setText(caption)
        self._fill_rows()
        self._show_selected()

    def _info(self, path: Path) -> BackupInfo | BackupError:
        if path not in self._infos:
            try:
                self._infos[path] = backups.verify_backup(path)
            except BackupError as error:
                self._infos[path] = error
        return self._infos[path]

    def _fill_rows(self) -> None:
        language = current_language()
        selected = self.table.currentRow()
        self.table.setRowCount(len(self.paths))
        for row, path in enumerate(self.paths):
            taken = backups.taken_at(path)
            when = QTableWidgetItem(backup_texts.when_text(taken, language) if taken else path.name)
            when.setToolTip(str(path))
            if isinstance(self._infos.get(path), BackupError):  # found when it was selected
                when.setForeground(Qt.GlobalColor.darkRed)
            size = path.stat().st_size if path.exists() else 0
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(backup_texts.size_text(size)))
        if 0 <= selected < len(self.paths):
            self.table.selectRow(selected)

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.paths else []
        info = self._info(self.paths[rows[0].row()]) if rows else None
        if rows and isinstance(info, BackupError):
            item = self.table.item(rows[0].row(), 0)
            if item is not None:
                item.setForeground(Qt.GlobalColor.darkRed)
        self.chosen = info if isinstance(info, BackupInfo) else None
        self.problem = backup_texts.message(info) if isinstance(info, BackupError) else ""
        lines = backup_texts.preview(self.chosen, current_language()) if self.chosen else []
        for index, value in enumerate(self.values):
            value.setText(lines[index][1] if lines else "")
        self.problem_label.setText(self.problem)
        self.problem_label.setVisible(bool(self.problem))
        self.changed.emit()
