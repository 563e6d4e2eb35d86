"""What the program's lazy tables share: rows fetched a page at a time (the subclass's `load` and
`fetchMore`), each worded for the view once, in the UI language, and worded again when the
language changes (`reword`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible parent of every row of a table


class PagedTableModel(QAbstractTableModel):
    """`rows` as loaded so far; `cells` words a row for the view (one text per column)."""

    def __init__(
        self, cells: Callable[[Any], list[str]], columns: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._cells = cells
        self._columns = columns
        self._headers: list[str] = [""] * columns
        self._worded: dict[int, list[str]] = {}
        self.rows: list[Any] = []

    def _append(self, rows: Sequence[Any]) -> None:
        """A further page below the rows shown."""
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def _text(self, index: AnyIndex) -> str:
        worded = self._worded.get(index.row())
        if worded is None:
            worded = self._worded[index.row()] = self._cells(self.rows[index.row()])
        return worded[index.column()]

    def reword(self) -> None:
        """The rows' texts again (the language changed)."""
        self._worded.clear()
        if self.rows:
            last = self.index(len(self.rows) - 1, self._columns - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_headers(self, labels: list[str]) -> None:
        self._headers = labels
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)

    # ---- Qt's model API ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._columns

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
