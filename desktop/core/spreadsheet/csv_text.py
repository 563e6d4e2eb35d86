"""CSV and Excel's "Unicode text": the encoding and the separator found, rows streamed.

Encodings: UTF-8 with or without a byte order mark, UTF-16 (Excel's "Unicode text", with a
mark, or without one when its zero bytes show the byte order), else Windows-1251. Separators:
comma, semicolon or tab, whichever splits the first lines most consistently (quotes
respected: "0,15" in a semicolon file is one cell). A first pass counts the rows and finds the
widest one, so limits are checked before any row is handed out; each later pass decodes and
splits the bytes again, piece by piece, and never holds the whole text.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator

from desktop.core.spreadsheet.errors import SpreadsheetError
from desktop.core.spreadsheet.limits import MB, Extent, Limits, check_extent
from desktop.core.spreadsheet.source import Loaded, utf16_order
from desktop.core.spreadsheet.table import RawSheet, RowPairs

SEPARATORS = (";", ",", "\t")
SAMPLE_LINES = 50


def encoding_of(data: bytes) -> str:
    """The codec that reads these bytes: utf-8-sig, utf-16 (or -le/-be without a mark), cp1251."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    order = utf16_order(data[:4096])
    if order:
        return order
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), MB):
            decoder.decode(data[start : start + MB], final=start + MB >= len(data))
    except UnicodeDecodeError:
        return "cp1251"
    return "utf-8"


def _text(data: bytes, encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="", errors="strict")


def separator_of(lines: list[str]) -> str:
    """The separator that gives the most lines the same number (2 or more) of cells."""

    def score(separator: str) -> tuple[int, int]:
        counts = Counter(len(row) for row in csv.reader(lines, delimiter=separator))
        common = [(n, cells) for cells, n in counts.items() if cells > 1]
        return max(common, default=(0, 0))

    return max(SEPARATORS, key=score)


def _records(data: bytes, encoding: str, separator: str) -> Iterator[list[str]]:
    return csv.reader(_text(data, encoding), delimiter=separator)


def text_sheet(loaded: Loaded, limits: Limits) -> RawSheet:
    """The file as one sheet named after the file (without its extension)."""
    data = loaded.data
    encoding = encoding_of(data)
    name = loaded.name.rsplit(".", 1)[0] if "." in loaded.name else loaded.name
    try:
        with _text(data, encoding) as text:
            lines = [line for _, line in zip(range(SAMPLE_LINES), text, strict=False)]
        separator = separator_of([line for line in lines if line.strip()])
        height = width = 0
        for height, record in enumerate(_records(data, encoding, separator), start=1):
            used = len(record)
            while used and not record[used - 1].strip():
                used -= 1
            width = max(width, used)
            if height > limits.rows:
                break
    except (UnicodeDecodeError, csv.Error) as error:
        raise SpreadsheetError(
            "unreadable", f"{loaded.name}: {error}", detail=str(error)
        ) from error
    check_extent(name, Extent(height, width), limits)

    def rows() -> RowPairs:
        try:
            for number, record in enumerate(_records(data, encoding, separator), start=1):
                cells = [" ".join(c.split()) for c in record[:width]]  # cell_text of text
                yield number, cells + [""] * (width - len(cells))
        except (UnicodeDecodeError, csv.Error) as error:
            raise SpreadsheetError(
                "unreadable", f"{loaded.name}: {error}", detail=str(error)
            ) from error

    return RawSheet(name, width, height, (), rows)
