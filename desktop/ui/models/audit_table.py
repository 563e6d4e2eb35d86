"""The audit log's entries as a lazy table model: one page on `load`, more as the view scrolls
(canFetchMore / fetchMore, each page the entries below the last one shown), so opening the
log costs the same with a hundred entries or a hundred thousand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from db.engine import Database
from desktop.services import audit
from desktop.services.audit import AuditFilter, AuditRow
from desktop.ui.models.paged_table import ROOT, AnyIndex, PagedTableModel


class AuditTableModel(PagedTableModel):
    """Entries matching a filter, newest first; `cells` words an entry for the view."""

    def __init__(
        self,
        db: Database,
        cells: Callable[[AuditRow], list[str]],
        columns: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(cells, columns, parent)
        self._db = db
        self._where = AuditFilter()
        self._more = False
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
        self._append(rows)
