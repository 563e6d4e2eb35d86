"""What a file may cost to open, checked before it is opened.

A workbook is a zip of XML parts. Its central directory declares each part's unpacked size:
a 4 MB "workbook" that unpacks to gigabytes (a zip bomb) is refused from those numbers
alone, before anything is unpacked. The reader (calamine) then builds each sheet as a full
grid of rows x columns, so one stray value in the last row or column of a small file would
make it ask for hundreds of gigabytes and end the program: every XML part is therefore
unpacked once here, in 1 MB pieces with a running total (which also proves the declared
sizes true: Python's zipfile stops at the declared size and checks the CRC), and each
worksheet's last row and widest column are found on the way. That pass costs about a tenth
of the read itself (benchmarks/books.py).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from io import BytesIO

from desktop.core.spreadsheet.errors import SpreadsheetError

MB = 2**20
CHUNK = MB
RATIO_FLOOR = MB  # parts smaller than this unpacked are not judged by their ratio


@dataclass(frozen=True)
class Limits:
    """The largest file read. The defaults hold a district's book of 300,000 people with room
    to spare; the reader's peak memory stays near 32 bytes x `cells` plus the file."""

    file_bytes: int = 100 * MB
    unpacked_bytes: int = 1024 * MB  # all XML parts of a workbook together
    ratio: int = 200  # unpacked : packed, for a part of at least 1 MB unpacked
    rows: int = 300_000  # the last row number of a sheet
    cells: int = 12_000_000  # rows x columns of a sheet


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Extent:
    rows: int  # the last row number with a cell (1 = the first row)
    columns: int  # the widest column number (1 = column A)


def check_extent(sheet: str, extent: Extent, limits: Limits) -> None:
    """Raises too_many_rows or too_many_cells when a sheet is past the limits."""
    if extent.rows > limits.rows:
        raise SpreadsheetError(
            "too_many_rows",
            f"Sheet {sheet!r} reaches row {extent.rows:,}; the limit is {limits.rows:,}.",
            sheet=sheet,
            rows=extent.rows,
            limit=limits.rows,
        )
    cells = extent.rows * extent.columns
    if cells > limits.cells:
        raise SpreadsheetError(
            "too_many_cells",
            f"Sheet {sheet!r} spans {extent.rows:,} rows x {extent.columns:,} columns; "
            f"the limit is {limits.cells:,} cells.",
            sheet=sheet,
            rows=extent.rows,
            columns=extent.columns,
            cells=cells,
            limit=limits.cells,
        )


# ---- column letters ----------------------------------------------------------------------------


def column_number(letters: str) -> int:
    """Column letters to a number: "A" -> 1, "Z" -> 26, "AA" -> 27."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    """A column number to letters: 1 -> "A", 27 -> "AA"."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_VALUED = rb'\d+"[^>]*(?<!/)>'  # the rest of a cell's start tag, unless it closes at once


def _beyond(column: int) -> re.Pattern[bytes]:
    """A cell with a value whose column is past `column` (r="XX1" in a start tag that is not
    self-closing: a cell that only carries a style has no value and is not read). Found at C
    speed because the pattern starts with a literal."""
    name = column_letters(column) if column else ""
    options = [f"[A-Z]{{{len(name) + 1},3}}"] if len(name) < 3 else []
    for i, letter in enumerate(name):
        if letter != "Z":
            rest = len(name) - i - 1
            options.append(f"{name[:i]}[{chr(ord(letter) + 1)}-Z][A-Z]{{{rest}}}")
    return re.compile(f'r="(?:{"|".join(options) or "(?!)"})'.encode() + _VALUED)


_CELL_COLUMN = re.compile(rb'r="([A-Z]{1,3})' + _VALUED)
_ROW_NUMBER = re.compile(rb'[^>]*?\sr="(\d+)"')


class _ExtentScan:
    """The last row and the widest column holding a value in a worksheet's XML, fed piece by
    piece: what calamine's grid will span. Rows and cells that only carry a style (a row
    height, borders drawn far down) hold no value, are not read and do not count.

    Rows are taken in the order written (every spreadsheet program writes them ascending);
    rows written without attributes (so without their number) are counted instead. Rows with
    attributes but no number are not written by any program we know of and are not counted.
    """

    def __init__(self) -> None:
        self.rows = 0
        self.columns = 0
        self.counted = 0  # <row> tags without attributes
        self.open_row = 0  # the last row started, still open at the end of a piece
        self.row_tag = b"<row"
        self.values = (b"<v>", b"<v ", b"<is>")
        self.beyond = _beyond(0)

    def _number(self, body: bytes, start: int) -> int:
        found = _ROW_NUMBER.match(body, start + len(self.row_tag))
        return int(found.group(1)) if found else 0

    def feed(self, body: bytes, first: bool) -> None:
        if first:  # a namespace prefix (<x:worksheet>) is used on every element
            prefix = re.search(rb"<(\w+:)?worksheet\b", body[:4096])
            if prefix and prefix.group(1):
                tag = b"<" + prefix.group(1)
                self.row_tag = tag + b"row"
                self.values = (tag + b"v>", tag + b"v ", tag + b"is>")
        self.counted += body.count(self.row_tag + b">")
        last_value = max(body.rfind(marker) for marker in self.values)
        if last_value >= 0:
            start = body.rfind(self.row_tag + b" ", 0, last_value)
            row = self._number(body, start) if start >= 0 else self.open_row
            self.rows = max(self.rows, row)
        start = body.rfind(self.row_tag + b" ")
        if start >= 0:
            self.open_row = self._number(body, start)
        if self.beyond.search(body):
            widest = max(column_number(c.decode()) for c in _CELL_COLUMN.findall(body))
            self.columns = max(self.columns, widest)
            self.beyond = _beyond(self.columns)

    def extent(self) -> Extent:
        return Extent(max(self.rows, self.counted), self.columns)


# ---- the zip -----------------------------------------------------------------------------------


def _too_large(size: int, ratio: float, limits: Limits) -> SpreadsheetError:
    return SpreadsheetError(
        "too_large_unpacked",
        f"The workbook would unpack to {size:,} bytes (packed {ratio:.0f} to 1); "
        f"the limits are {limits.unpacked_bytes:,} bytes and {limits.ratio} to 1.",
        size=size,
        limit=limits.unpacked_bytes,
        ratio=round(ratio),
        ratio_limit=limits.ratio,
    )


def _parsed(info: zipfile.ZipInfo) -> bool:
    return info.filename.endswith((".xml", ".rels"))


def check_zip(archive: zipfile.ZipFile, limits: Limits) -> dict[str, Extent]:
    """Refuses a zip bomb and returns each worksheet part's extent (part name -> Extent).

    First the declared sizes (free); then every XML part is unpacked once, counted.
    """
    parts = [info for info in archive.infolist() if _parsed(info)]
    declared = sum(info.file_size for info in parts)
    worst = max(
        (i.file_size / max(i.compress_size, 1) for i in parts if i.file_size >= RATIO_FLOOR),
        default=0.0,
    )
    if declared > limits.unpacked_bytes or worst > limits.ratio:
        raise _too_large(declared, worst, limits)
    extents: dict[str, Extent] = {}
    unpacked = 0
    for info in parts:
        scan = _ExtentScan() if info.filename.startswith("xl/worksheets/") else None
        try:
            with archive.open(info) as part:
                tail = b""
                first = True
                while chunk := part.read(CHUNK):
                    unpacked += len(chunk)
                    if unpacked > limits.unpacked_bytes:
                        raise _too_large(unpacked, worst, limits)
                    if scan is None:
                        continue
                    data = tail + chunk
                    cut = data.rfind(b"<")  # whole tags only: the rest waits for the next piece
                    cut = len(data) if cut <= 0 else cut
                    scan.feed(data[:cut], first)
                    tail, first = data[cut:], False
                if scan is not None and tail:
                    scan.feed(tail, first)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            NotImplementedError,
            RuntimeError,
        ) as error:
            # RuntimeError: a part encrypted the old zip way, which no spreadsheet program writes
            raise SpreadsheetError(
                "unreadable", f"{info.filename}: {error}", detail=str(error)
            ) from error
        if scan is not None:
            extents[info.filename] = scan.extent()
    return extents


def open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise SpreadsheetError(
            "unreadable", f"Not a valid zip: {error}", detail=str(error)
        ) from error
