"""Finding the header of a sheet as people lay it out, and reading its structure.

Books have title rows above the table ("Ботақара селосы бойынша шаруашылық кітабы", merged
across the page), headers of two or three rows where a group spans its sub-columns ("КРС"
over "всего / в т.ч. коровы / тёлки / бычки", merged or just written once with blanks to its
right as in CSV), columns whose name stands in the top row only (merged down, or blank
below), and sometimes a row of column numbers (1, 2, 3 ...) under the header.

The header's main row is the one with the most text cells (cells that are not numbers or
dates; a merged area counts once) among the first HEAD_ROWS non-blank rows; rows above and
below join it when they are part of the same header (see _joins_above / _joins_below). Each
column gets its parts from top to bottom and one flattened name: ("КРС", "в т.ч. коровы")
-> "КРС в т.ч. коровы".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.spreadsheet.errors import SpreadsheetError
from desktop.core.spreadsheet.limits import column_letters
from desktop.core.textsearch import fold

HEAD_ROWS = 30  # non-blank rows searched for the header
MAX_HEADER_ROWS = 4
TOTAL_WORDS = frozenset({"всего", "итого", "барлығы", "барлыгы", "жалпы", "total"})
PART_MARKERS = ("в том числе", "в т.ч.", "в т. ч.", "из них", "оның ішінде", "соның ішінде")
_NUMBER = re.compile(r"[-+]?\d[\d\s.,/:-]*")


@dataclass(frozen=True)
class Merge:
    """A merged area: rows numbered as in the file (from 1), columns from 0 (A)."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int

    def covers(self, row: int, column: int) -> bool:
        return (
            self.first_row <= row <= self.last_row
            and self.first_column <= column <= self.last_column
        )


@dataclass(frozen=True)
class ColumnHeader:
    index: int  # the column, from 0 (A)
    name: str  # flattened and unique in the sheet: "КРС в т.ч. коровы"; "#3" when unnamed
    parts: tuple[str, ...]  # the header's texts top to bottom: ("КРС", "в т.ч. коровы")

    @property
    def group(self) -> str:
        """The part just above the last one ("КРС"), "" for a one-part header."""
        return self.parts[-2] if len(self.parts) > 1 else ""

    @property
    def label(self) -> str:
        """The last part without "в т.ч." / "оның ішінде": "коровы"."""
        if not self.parts:
            return ""
        text = self.parts[-1]
        folded = fold(text)
        for marker in PART_MARKERS:
            if folded.startswith(marker):
                return text[len(marker) :].strip(" :,-")
        return text

    @property
    def letter(self) -> str:
        """The column's letters as the spreadsheet shows them: "A", "AB"."""
        return column_letters(self.index + 1)

    @property
    def is_total(self) -> bool:
        """The last part says "всего" / "барлығы" / "итого": the total of its group."""
        return bool(self.parts) and any(
            word in TOTAL_WORDS for word in re.findall(r"\w+", fold(self.parts[-1]))
        )


@dataclass(frozen=True)
class Header:
    rows: tuple[int, ...]  # the header's row numbers, top to bottom
    columns: tuple[ColumnHeader, ...]
    titles: tuple[str, ...]  # the text of each non-blank row above the header
    last_row: int  # the header's last row, or the row of column numbers under it

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def is_number(text: str) -> bool:
    """A number, a date or an IIN as a cell's text: "12", "0,15", "2001-03-04"."""
    return bool(_NUMBER.fullmatch(text))


def unique_names(names: Sequence[str]) -> tuple[str, ...]:
    """Every name unique and non-empty: "#3" for an unnamed third column, "A (2)" for a
    repeated "A"."""
    unique: list[str] = []
    for index, text in enumerate(names, start=1):
        name = text or f"#{index}"
        base, n = name, 2
        while name in unique:
            name = f"{base} ({n})"
            n += 1
        unique.append(name)
    return tuple(unique)


class _Head:
    """The first rows of a sheet with their merged areas, and questions about them."""

    def __init__(self, rows: Sequence[tuple[int, list[str]]], merges: Sequence[Merge]) -> None:
        self.numbers = [n for n, _ in rows]
        self.cells = {n: cells for n, cells in rows}
        first, last = self.numbers[0], self.numbers[-1]
        self.merges = [m for m in merges if m.last_row >= first and m.first_row <= last]

    def raw(self, row: int, column: int) -> str:
        cells = self.cells.get(row, ())
        return cells[column] if column < len(cells) else ""

    def merge_at(self, row: int, column: int) -> Merge | None:
        return next((m for m in self.merges if m.covers(row, column)), None)

    def text(self, row: int, column: int) -> str:
        """The cell's text, or the text of the merged area it lies in."""
        text = self.raw(row, column)
        if not text and (merge := self.merge_at(row, column)):
            text = self.raw(merge.first_row, merge.first_column)
        return text

    def texts(self, row: int) -> list[int]:
        return [c for c, t in enumerate(self.cells[row]) if t and not is_number(t)]

    def numeric(self, row: int) -> int:
        return sum(1 for t in self.cells[row] if t and is_number(t))

    def groups(self, row: int) -> set[int]:
        """Columns under a group of this row: a merged area two or more columns wide, or a
        text followed by blank cells (a group written once, as in CSV)."""
        columns: set[int] = set()
        for merge in self.merges:
            if merge.covers(row, merge.first_column) and merge.last_column > merge.first_column:
                columns.update(range(merge.first_column, merge.last_column + 1))
        cells = self.cells[row]
        start = None  # the column of a text while blank cells follow it
        for column in range(len(cells) + 1):
            text = cells[column] if column < len(cells) else None
            if text == "" and self.merge_at(row, column) is None:
                continue
            if start is not None and column - start > 1:
                columns.update(range(start, column))
            start = column if text else None
        return columns

    def blank_below(self, row: int, column: int) -> bool:
        """A cell left empty because its column's name stands above it."""
        if self.raw(row, column):
            return False
        merge = self.merge_at(row, column)
        return merge is None or merge.first_row < row


def _joins_above(head: _Head, above: int, top: int) -> bool:
    """Row `above` belongs to the header whose top row is `top`: it is all text, has two or
    more texts (a title has one), and names a column that `top` leaves empty."""
    if above != top - 1 or above not in head.cells or head.numeric(above):
        return False
    if len({head.raw(above, c) for c in head.texts(above)}) < 2:
        return False
    return any(
        head.blank_below(top, c) and head.text(above, c) for c in range(len(head.cells[top]))
    )


def _joins_below(head: _Head, below: int, bottom: int) -> bool:
    """Row `below` belongs to the header whose bottom row is `bottom`: it is all text and
    every text stands under a group of `bottom` ("всего / в т.ч. коровы" under "КРС")."""
    if below != bottom + 1 or below not in head.cells or head.numeric(below):
        return False
    texts = head.texts(below)
    return bool(texts) and set(texts) <= head.groups(bottom)


def _numbering(head: _Head, row: int) -> bool:
    """A row of column numbers under the header: 1, 2, 3 ... in order."""
    values = [t for t in head.cells.get(row, ()) if t]
    return len(values) >= 3 and values == [str(n) for n in range(1, len(values) + 1)]


def _parts(head: _Head, rows: Sequence[int], column: int) -> tuple[str, ...]:
    parts: list[str] = []
    for i, row in enumerate(rows):
        text = head.text(row, column)
        lower = rows[i + 1 :]
        if (
            not text
            and head.merge_at(row, column) is None
            and any(head.text(r, column) for r in lower)
        ):  # under a group written once with blanks to its right: take it from the left
            for left in range(column - 1, -1, -1):
                if head.raw(row, left) or head.merge_at(row, left):
                    text = head.raw(row, left)
                    break
        if text and (not parts or parts[-1] != text):
            parts.append(text)
    return tuple(parts)


def find_header(
    rows: Sequence[tuple[int, list[str]]], merges: Sequence[Merge], sheet: str
) -> Header:
    """The header in the first non-blank rows (row number, cells from column A); raises
    SpreadsheetError "empty" or "no_header"."""
    if not rows:
        raise SpreadsheetError("empty", f"Sheet {sheet!r} has no cell with a value.", sheet=sheet)
    head = _Head(rows[:HEAD_ROWS], merges)
    scores = [len(head.texts(n)) - 2 * head.numeric(n) for n in head.numbers]
    best = max(scores)
    if best <= 0:
        raise SpreadsheetError("no_header", f"No column names in {sheet!r}.", sheet=sheet)
    main = head.numbers[scores.index(best)]
    header = [main]
    while len(header) < MAX_HEADER_ROWS and _joins_above(head, header[0] - 1, header[0]):
        header.insert(0, header[0] - 1)
    while len(header) < MAX_HEADER_ROWS and _joins_below(head, header[-1] + 1, header[-1]):
        header.append(header[-1] + 1)
    width = max(len(cells) for cells in head.cells.values())
    names = unique_names([" ".join(_parts(head, header, c)) for c in range(width)])
    columns = tuple(ColumnHeader(c, names[c], _parts(head, header, c)) for c in range(width))
    titles = tuple(
        " ".join(dict.fromkeys(t for t in head.cells[n] if t))
        for n in head.numbers
        if n < header[0]
    )
    last = header[-1] + 1 if _numbering(head, header[-1] + 1) else header[-1]
    return Header(tuple(header), columns, titles, last)
