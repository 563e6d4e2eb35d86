"""Why a file cannot be read: a machine code with parameters, worded by the UI.

Codes and their parameters (sizes in bytes):
- not_found (path): the file is not there.
- locked (path): another program holds it (Excel has it open: a sharing violation).
- interrupted (path, detail): reading stopped half way (the USB stick was pulled).
- too_large (size, limit): the file is bigger than Limits.file_bytes.
- too_large_unpacked (size, limit, ratio, ratio_limit): the workbook would unpack to more
  than Limits.unpacked_bytes, or a part of it is packed more tightly than Limits.ratio to 1
  (a zip bomb); refused before anything is unpacked.
- too_many_rows (sheet, rows, limit): a sheet reaches past row Limits.rows (a text file is
  counted up to one row past the limit).
- too_many_cells (sheet, rows, columns, cells, limit): a sheet's rows x columns exceed
  Limits.cells (often one stray value far to the right or far below the table).
- password_protected (): an encrypted workbook.
- unsupported_format (kind): a spreadsheet of a kind not read here: "ods", "xlsb", "html"
  (a web page saved with an .xls name), "xml2003" (Excel 2003 XML).
- not_a_spreadsheet (kind): something else: "pdf", "image", "document", "binary".
- unreadable (detail): damaged: a broken zip, bad XML, a stream that ends early.
- sheet_not_found (sheet, sheets): no sheet of that name; `sheets` lists the names, joined
  with ", ".
- empty (sheet): no cell with a value.
- no_header (sheet): no row reads as column names.
"""

from __future__ import annotations


class SpreadsheetError(ValueError):
    """A file that cannot be read as a table: `code` and `params` as listed above; the message
    is English, for logs."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, object] = params
