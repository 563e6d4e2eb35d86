"""The Applications list's rows as a lazy table model: one page on `load`, more as the view
scrolls (canFetchMore / fetchMore), so a refresh costs the same with 100 or 100,000
applications in the database."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from db.engine import Database
from desktop.services import application_list
from desktop.services.application_list import (
    COUNT_LIMIT,
    PAGE_SIZE,
    ApplicationRow,
    ListFilter,
    PageKey,
)
from desktop.ui.models.paged_table import ROOT, AnyIndex, PagedTableModel

OVERDUE = QColor("#b00020")


class ApplicationTableModel(PagedTableModel):
    """Rows of `ListFilter` windows, newest first. `cells` words a row for the view (in the
    UI language); `total` is the window's size, counted only when a page comes back full and
    only up to COUNT_LIMIT + 1 (`more` then says the window holds more than COUNT_LIMIT)."""

    def __init__(
        self,
        db: Database,
        cells: Callable[[ApplicationRow], list[str]],
        columns: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(cells, columns, parent)
        self._db = db
        self._where = ListFilter()
        self._now = datetime.min  # the moment of the last load(), which sets it first
        self._next: PageKey | None = None
        self.rows: list[ApplicationRow] = []
        self.total = 0
        self.more = False

    # ---- loading -------------------------------------------------------------------------------

    def load(self, where: ListFilter, now: datetime, at_least: int = PAGE_SIZE) -> None:
        """Replace the rows with the window's first `at_least` (one page at the least)."""
        page = application_list.page(self._db, where, now, limit=max(at_least, PAGE_SIZE))
        # A page that is not full holds the whole window: no need to count it.
        full = page.next is not None
        total = application_list.count(self._db, where, COUNT_LIMIT) if full else len(page.rows)
        self.beginResetModel()
        self._where, self._now, self._next = where, now, page.next
        self.rows = page.rows
        self.total = min(total, COUNT_LIMIT)
        self.more = total > COUNT_LIMIT
        self._worded.clear()
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and self._next is not None

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        page = application_list.page(self._db, self._where, self._now, after=self._next)
        self._next = page.next
        self._append(page.rows)

    def row_of(self, application_id: uuid.UUID) -> int | None:
        """The row showing the application, fetching further pages when it lies beyond the
        loaded ones; None when the window does not hold it."""
        found = next((i for i, row in enumerate(self.rows) if row.id == application_id), None)
        if found is not None:
            return found
        wanted = application_list.position(self._db, self._where, application_id)
        if wanted is None:
            return None
        while len(self.rows) <= wanted and self.canFetchMore():
            self.fetchMore()
        return wanted if wanted < len(self.rows) else None

    # ---- Qt's model API ------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index)
        if role == Qt.ItemDataRole.ForegroundRole and self.rows[index.row()].overdue:
            return QBrush(OVERDUE)
        return None
