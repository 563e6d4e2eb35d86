"""The front door: open a file, pick a sheet, get its header and stream its rows.

    with open_book(path) as book:            # any of .xlsx .xlsm .xls .csv .tsv .txt
        sheet = book.sheet()                 # the first visible sheet, or book.sheet("Члены")
        sheet.header.columns, sheet.header.titles
        for row in sheet.rows():             # a new pass each call; blank rows left out
            ...

`read_table` reads a sheet into memory at once (a Table) for callers that want it whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from types import TracebackType

from desktop.core.spreadsheet.csv_text import text_sheet
from desktop.core.spreadsheet.errors import SpreadsheetError
from desktop.core.spreadsheet.excel import ExcelBook
from desktop.core.spreadsheet.header import HEAD_ROWS, Header, Merge, find_header
from desktop.core.spreadsheet.limits import DEFAULT_LIMITS, Limits
from desktop.core.spreadsheet.source import Source, load
from desktop.core.spreadsheet.table import RawSheet, RowPairs, SheetRow, Table


def _non_blank(pairs: Iterable[tuple[int, list[str]]]) -> RowPairs:
    return ((n, cells) for n, cells in pairs if any(cells))


class Sheet:
    """One sheet: its header (found on opening) and its data rows, streamed."""

    def __init__(self, raw: RawSheet, source_name: str) -> None:
        self.raw = raw
        self.name = raw.name
        self.source_name = source_name
        self.width = raw.width
        self.height = raw.height
        head = list(islice(_non_blank(raw.rows()), HEAD_ROWS))
        self.header: Header = find_header(head, raw.merges, raw.name)

    @property
    def merges(self) -> tuple[Merge, ...]:
        """The sheet's merged areas, the header's and the data's (an account merged down over
        a household's rows: its value is in the first row only)."""
        return self.raw.merges

    def rows(self) -> Iterator[SheetRow]:
        """The non-blank rows after the header, cells as text, one per column."""
        last = self.header.last_row
        for number, cells in _non_blank(self.raw.rows()):
            if number > last:
                yield SheetRow(number, tuple(cells))

    def table(self) -> Table:
        header = self.header
        return Table(
            headers=header.names,
            header_row=header.rows[-1],
            rows=tuple(self.rows()),
            source_name=self.source_name,
            sheet=self.name,
            titles=header.titles,
            columns=header.columns,
            header_rows=header.rows,
        )


class Book:
    """An opened file: its sheet names and sheets. A CSV is one sheet named after the file."""

    def __init__(self, source: Source, name: str = "", limits: Limits = DEFAULT_LIMITS) -> None:
        loaded = load(source, limits, name)
        self.name = loaded.name
        self.kind = loaded.kind
        self._excel: ExcelBook | None = None
        self._text: RawSheet | None = None
        if loaded.kind == "text":
            self._text = text_sheet(loaded, limits)
            self.sheet_names: tuple[str, ...] = (self._text.name,)
            self.first_sheet = self._text.name
        else:
            self._excel = ExcelBook(loaded, limits)
            self.sheet_names = self._excel.sheet_names
            self.first_sheet = self._excel.first_sheet

    def sheet(self, name: str | None = None) -> Sheet:
        """The sheet of that name, or the first visible one; raises SpreadsheetError."""
        name = self.first_sheet if name is None else name
        if name not in self.sheet_names:
            raise SpreadsheetError(
                "sheet_not_found",
                f"No sheet {name!r} in {self.name}.",
                sheet=name,
                sheets=", ".join(self.sheet_names),
            )
        raw = self._text if self._excel is None else self._excel.sheet(name)
        assert raw is not None
        return Sheet(raw, self.name)

    def close(self) -> None:
        if self._excel is not None:
            self._excel.close()

    def __enter__(self) -> Book:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def open_book(source: Source, *, name: str = "", limits: Limits = DEFAULT_LIMITS) -> Book:
    """Opens a path or a binary file object (`name` names it in messages); raises
    SpreadsheetError (see errors.py for the codes)."""
    return Book(source, name, limits)


def read_table(
    source: Source,
    sheet: str | None = None,
    *,
    name: str = "",
    limits: Limits = DEFAULT_LIMITS,
) -> Table:
    """One sheet (the first visible one unless named) read whole into a Table."""
    with open_book(source, name=name, limits=limits) as book:
        return book.sheet(sheet).table()


def build_table(
    rows: Iterable[tuple[int, Sequence[str]]],
    source_name: str = "",
    merges: Sequence[Merge] = (),
    sheet: str = "",
) -> Table:
    """A Table from (row number, cells) pairs already in memory, found as a file's would be."""
    pairs = [(n, list(cells)) for n, cells in rows]
    width = max((i + 1 for _, cells in pairs for i, text in enumerate(cells) if text), default=0)
    padded = [(n, (cells + [""] * width)[:width]) for n, cells in pairs]
    height = max((n for n, _ in pairs), default=0)
    raw = RawSheet(sheet, width, height, tuple(merges), padded.__iter__)
    return Sheet(raw, source_name).table()
