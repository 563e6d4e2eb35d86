"""Reading a table from an .xlsx or .csv file as people really make them.

A header row (found below title rows and merged cells), then data rows of plain strings, each
with its row number as the file shows it, so a report can say "row 17". Blank rows are skipped.
Numbers a spreadsheet stored as floats come back without ".0" (an IIN 40101500123.0 becomes
"40101500123"; restoring a lost leading zero is desktop.core.iin.normalize_number's job).
Errors carry a machine code (SpreadsheetError.code) the UI words in the user's language.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

HEADER_SEARCH_ROWS = 10
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
CSV_ENCODINGS = ("utf-8-sig", "cp1251")


class SpreadsheetError(ValueError):
    """A file that cannot be read as a table.

    `code`: "not_found", "unsupported_format" (e.g. an old .xls), "unreadable" (damaged, or
    not what its name says), "empty" (no rows with values).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number in the file (1 = the file's first row)
    cells: tuple[str, ...]  # one string per header, "" when empty


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]  # unique, never empty: "#3" stands for an unnamed third column
    header_row: int
    rows: tuple[SheetRow, ...]
    source_name: str = ""

    def column(self, header: str) -> int:
        return self.headers.index(header)


# ---- cell values -------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell's value as the text a person would type: 1234.0 -> "1234", dates as yyyy-mm-dd."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


# ---- Latin look-alikes in Cyrillic words -------------------------------------------------------

_LOOKALIKES = str.maketrans(
    {
        "A": "А",
        "a": "а",
        "B": "В",
        "C": "С",
        "c": "с",
        "E": "Е",
        "e": "е",
        "H": "Н",
        "K": "К",
        "M": "М",
        "O": "О",
        "o": "о",
        "P": "Р",
        "p": "р",
        "T": "Т",
        "X": "Х",
        "x": "х",
        "y": "у",
    }
)
_LATIN_LOOKALIKES = frozenset("ABCEHKMOPTXacepoxy")
_WORD = re.compile(r"[^\W\d_]+")


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff" or "\u0500" <= char <= "\u052f"


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    cyrillic = sum(_is_cyrillic(c) for c in word)
    latin = [c for c in word if c.isascii()]
    if not cyrillic or not latin:
        return word
    all_lookalikes = all(c in _LATIN_LOOKALIKES for c in latin)
    if all_lookalikes or cyrillic > len(latin):
        return word.translate(_LOOKALIKES)
    return word


def fix_lookalikes(text: str) -> str:
    """Latin letters that look Cyrillic (A, a, B, C, c, E, e, H, K, M, O, o, P, p, T, X, x, y)
    inside a Cyrillic word become the Cyrillic letters: "Ивaнoв" -> "Иванов".

    A word is changed only when it has Cyrillic letters and its Latin letters are all
    look-alikes or fewer than its Cyrillic ones; Latin words ("Almaty") are left alone.
    """
    return _WORD.sub(_fix_word, text)


# ---- finding the table -------------------------------------------------------------------------


def _filled(cells: Sequence[str]) -> int:
    return sum(1 for c in cells if c)


def _used_width(cells: Sequence[str]) -> int:
    """Cells up to the last non-empty one (read_only sheets often pad rows with Nones)."""
    return max((i + 1 for i, c in enumerate(cells) if c), default=0)


def _unique_headers(cells: Sequence[str]) -> tuple[str, ...]:
    headers: list[str] = []
    for index, text in enumerate(cells, start=1):
        name = text or f"#{index}"
        base, n = name, 2
        while name in headers:
            name = f"{base} ({n})"
            n += 1
        headers.append(name)
    return tuple(headers)


def build_table(rows: Iterable[tuple[int, Sequence[str]]], source_name: str = "") -> Table:
    """The table in (row number, cells) pairs: the header is the first row with the most
    non-empty cells among the first ten non-blank ones; blank rows are dropped."""
    non_blank = ((n, list(cells)) for n, cells in rows if _filled(cells))
    head: list[tuple[int, list[str]]] = []
    for item in non_blank:
        head.append(item)
        if len(head) == HEADER_SEARCH_ROWS:
            break
    if not head:
        raise SpreadsheetError("empty", "The file has no rows with values.")
    best = max(_filled(cells) for _, cells in head)
    at = next(i for i, (_, cells) in enumerate(head) if _filled(cells) == best)
    header_number, header_cells = head[at]
    data = head[at + 1 :]
    data.extend(non_blank)
    width = max(_used_width(cells) for _, cells in [*data, (header_number, header_cells)])
    headers = _unique_headers((header_cells + [""] * width)[:width])
    table_rows = tuple(
        SheetRow(n, tuple((cells + [""] * width)[:width]))
        for n, cells in data
        if _filled(cells[:width])
    )
    return Table(headers, header_number, table_rows, source_name)


# ---- the two formats ---------------------------------------------------------------------------


def _xlsx_rows(path: Path) -> Iterable[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise SpreadsheetError("unreadable", f"Cannot open {path.name}: {error}") from error
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise SpreadsheetError("unreadable", f"Cannot open {path.name}: {error}") from error
    try:
        sheet = workbook.active or workbook.worksheets[0]
        rows = [
            (number, [cell_text(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    except Exception as error:
        raise SpreadsheetError("unreadable", f"Cannot read {path.name}: {error}") from error
    finally:
        workbook.close()
    return rows


def _decode(data: bytes) -> str:
    for encoding in CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError("unreadable", "The text is neither UTF-8 nor Windows-1251.")


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:  # title rows above the table confuse the sniffer: count per line
        lines = [line for line in sample.splitlines() if line.strip()]
        return max(";,\t", key=lambda d: (sum(d in line for line in lines), sample.count(d)))


def _csv_rows(path: Path) -> list[tuple[int, list[str]]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SpreadsheetError("unreadable", f"Cannot read {path.name}: {error}") from error
    if b"\x00" in data[:4096]:
        raise SpreadsheetError("unreadable", f"{path.name} is not a text file.")
    text = _decode(data)
    reader = csv.reader(text.splitlines(), delimiter=_delimiter(text))
    try:
        return [(number, [cell_text(c) for c in row]) for number, row in enumerate(reader, 1)]
    except csv.Error as error:
        raise SpreadsheetError("unreadable", f"Cannot read {path.name}: {error}") from error


def read_table(path: str | Path) -> Table:
    """The table in an .xlsx (first/active sheet) or .csv file; raises SpreadsheetError."""
    path = Path(path)
    if not path.is_file():
        raise SpreadsheetError("not_found", f"{path} does not exist.")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        rows: Iterable[tuple[int, list[str]]] = _xlsx_rows(path)
    elif suffix in CSV_SUFFIXES:
        rows = _csv_rows(path)
    else:
        raise SpreadsheetError("unsupported_format", f"{path.suffix} files are not supported.")
    return build_table(rows, path.name)
