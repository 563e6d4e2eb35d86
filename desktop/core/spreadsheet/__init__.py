"""Reading a household book from the spreadsheets offices keep: .xlsx, .xls and CSV.

A header (found below title rows, over two or three rows when groups span sub-columns),
then data rows of plain strings, each with its row number as the file shows it, so a report
can say "row 17". Blank rows are skipped. Numbers a spreadsheet stored as floats come back
without ".0" (an IIN 40101500123.0 becomes "40101500123"; restoring a lost leading zero is
desktop.core.iin.normalize_number's job). Files past the limits (size, rows, cells, a zip
bomb), encrypted, locked or broken raise SpreadsheetError with a code the UI words.

Modules: book (open_book, read_table), header (finding and reading the header), source
(the bytes, the kind of file), limits, excel (.xlsx/.xls), csv_text, cells, table, errors.
"""

from desktop.core.spreadsheet.book import Book, Sheet, build_table, open_book, read_table
from desktop.core.spreadsheet.cells import cell_text, fix_lookalikes
from desktop.core.spreadsheet.errors import SpreadsheetError
from desktop.core.spreadsheet.header import ColumnHeader, Header, Merge
from desktop.core.spreadsheet.limits import DEFAULT_LIMITS, Limits, column_letters
from desktop.core.spreadsheet.table import SheetRow, Table

__all__ = [
    "DEFAULT_LIMITS",
    "Book",
    "ColumnHeader",
    "Header",
    "Limits",
    "Merge",
    "Sheet",
    "SheetRow",
    "SpreadsheetError",
    "Table",
    "build_table",
    "cell_text",
    "column_letters",
    "fix_lookalikes",
    "open_book",
    "read_table",
]
