"""The shapes a sheet is read into: rows of text with their row numbers, merged areas, and
the whole table (header and data rows) for callers that want it in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from desktop.core.spreadsheet.header import ColumnHeader, Merge


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number in the file (1 = the file's first row)
    cells: tuple[str, ...]  # one string per column from column A, "" when empty


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]  # unique, never empty: "#3" stands for an unnamed third column
    header_row: int  # the header's last row (data rows come after it)
    rows: tuple[SheetRow, ...]
    source_name: str = ""
    sheet: str = ""
    titles: tuple[str, ...] = ()  # the texts of the rows above the header, top to bottom
    columns: tuple[ColumnHeader, ...] = ()  # the structure of each header (same order)
    header_rows: tuple[int, ...] = ()  # every row of the header, top to bottom

    def column(self, header: str) -> int:
        return self.headers.index(header)


RowPairs = Iterator[tuple[int, list[str]]]


@dataclass(frozen=True)
class RawSheet:
    """One sheet as a reader gives it: `rows()` starts a new pass over (row number, cells)
    pairs, cells as text from column A, `width` long; blank rows may be left out."""

    name: str
    width: int
    height: int  # the last row number
    merges: tuple[Merge, ...]
    rows: Callable[[], RowPairs]
