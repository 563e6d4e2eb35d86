"""The audit log's entries as a lazy table model: one page on `load`, more as the view scrolls
(canFetchMore / fetchMore, each page the entries below the last one shown), so opening the
log costs the same with a hundred entries or a hundred thousand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from db.engine import Database
from desktop.services import audit
from desktop.services.audit import AuditFilter, AuditRow

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class AuditTableModel(QAbstractTableModel):
    """Entries matching a filter, newest first; `cells` words an entry for the view."""

    def __init__(
        self,
        db: Database,
        cells: Callable[[AuditRow], list[str]],
        columns: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._cells = cells
        self._columns = columns
        self._headers = [""] * columns
        self._where = AuditFilter()
        self._more = False
        self._worded: dict[int, list[str]] = {}
        self.rows: list[AuditRow] = []

    def load(self, where: AuditFilter) -> None:
        rows = audit.list_entries(self._db, where)
        self.beginResetModel()
        self._where, self.rows = where, rows
        self._more = len(rows) == audit.PAGE
        self._worded.clear()
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        rows = audit.list_entries(self._db, self._where, before_id=self.rows[-1].id)
        self._more = len(rows) == audit.PAGE
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def reword(self) -> None:
        """The entries' texts again (the language changed)."""
        self._worded.clear()
        if self.rows:
            last = self.index(len(self.rows) - 1, self._columns - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_headers(self, labels: list[str]) -> None:
        self._headers = labels
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._columns

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        worded = self._worded.get(index.row())
        if worded is None:
            worded = self._worded[index.row()] = self._cells(self.rows[index.row()])
        return worded[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
