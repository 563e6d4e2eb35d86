"""The shapes of a test book: its sheets as written, its known figures, and the writers."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop.core.demo_people import DemoFamily, DemoPeople
from desktop.core.spreadsheet import cell_text
from desktop.paths import resource_path

TODAY = date(2026, 1, 1)
LOCALITY = "Ботақара"
Value = str | int | float | date | None

# format -> (suffix, encoding, separator); "xlsx" is a workbook
FORMATS: dict[str, tuple[str, str, str]] = {
    "xlsx": (".xlsx", "", ""),
    "csv": (".csv", "utf-8", ","),  # UTF-8 without a mark, commas
    "csv-bom": (".csv", "utf-8-sig", ";"),  # what Excel saves as "CSV UTF-8"
    "csv-1251": (".csv", "cp1251", ";"),  # what Russian Excel saves as "CSV"
    "unicode-text": (".txt", "utf-16", "\t"),  # Excel's "Unicode text"
}


@dataclass(frozen=True)
class Problem:
    row: int
    column: str  # the flattened header name
    code: str  # duplicate_account, part_exceeds_total, negative_count, fractional_count;
    # warnings: unpadded_account, total_exceeds_parts


@dataclass(frozen=True)
class Totals:
    """The book's figures as written, known by construction: every household and person in
    the file (a duplicated account's household too) and all their land. Head counts leave
    out the rows with a livestock problem (part_exceeds_total, negative_count,
    fractional_count) entirely; `unspecified` is, per livestock group, what its total column
    holds beyond its parts on the other rows (the total_exceeds_parts warnings)."""

    households: int
    people: int
    heads: dict[str, int]  # livestock kind code (the book's) -> head count
    land_ha: Decimal
    land_by_kind: dict[str, Decimal] = field(default_factory=dict)  # purpose code -> ha
    unspecified: dict[str, int] = field(default_factory=dict)  # "cattle", "sheep_goats"


@dataclass
class SheetPlan:
    """One sheet as written: `rows[0]` is row 1."""

    name: str
    rows: list[list[Value]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)  # "A1:M1"
    header_rows: tuple[int, ...] = ()
    headers: tuple[str, ...] = ()  # the flattened column names the reader must find
    titles: tuple[str, ...] = ()
    data_rows: list[int] = field(default_factory=list)  # households and people
    skipped_rows: list[int] = field(default_factory=list)  # totals, notes, signatures

    def put(self, values: Sequence[Value] = ()) -> int:
        """A row that is neither data nor skipped: a title, the header, a blank row."""
        self.rows.append(list(values))
        return len(self.rows)

    def add(self, values: Sequence[Value]) -> int:
        """A household's or a person's row."""
        self.data_rows.append(self.put(values))
        return self.data_rows[-1]

    def skip(self, values: Sequence[Value]) -> int:
        """A totals, notes or signature row."""
        self.skipped_rows.append(self.put(values))
        return self.skipped_rows[-1]


@dataclass(frozen=True)
class BookFile:
    path: Path
    format: str
    sheets: tuple[SheetPlan, ...]  # the households' sheet first
    locality: str  # as the title gives it; "" when the file names none
    accounts: tuple[str, ...]  # one per household, as the file shows it
    problems: tuple[Problem, ...]
    totals: Totals

    def text(self, value: Value) -> str:
        """A written value as the reader gives it back for this format."""
        return as_text(value, self.format)

    def headers(self, sheet: SheetPlan) -> tuple[str, ...]:
        return tuple(self.text(h) for h in sheet.headers)

    def titles(self, sheet: SheetPlan) -> tuple[str, ...]:
        return tuple(self.text(t) for t in sheet.titles)

    def expected_rows(self, sheet: SheetPlan) -> dict[int, tuple[str, ...]]:
        """Row number -> cells as text, for every non-blank row after the header."""
        width = len(sheet.headers)
        rows = {}
        for number in sorted([*sheet.data_rows, *sheet.skipped_rows]):
            cells = [self.text(v) for v in sheet.rows[number - 1]]
            rows[number] = tuple((cells + [""] * width)[:width])
        return rows


# Windows-1251 has no Kazakh letters: such files carry the Russian letters typed instead.
_TO_1251 = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһ", "АаГгКкНнОоУуУуХх")


def as_text(value: Value, format: str) -> str:
    """How a cell comes back: workbooks keep numbers and dates; text files hold what Excel
    saves, dates as dd.mm.yyyy and decimal commas where the separator is not a comma."""
    if format == "csv-1251" and isinstance(value, str):
        return cell_text(value.translate(_TO_1251))
    if format == "xlsx" or value is None or isinstance(value, str):
        return cell_text(value)
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    text = cell_text(value)
    return text if FORMATS[format][2] == "," else text.replace(".", ",")


def relation_names(language: str) -> dict[str, str]:
    book = json.loads(resource_path("reference", "household_book.json").read_text("utf-8"))
    return {term["code"]: term[f"name_{language}"] for term in book["relation"]}


def demo_families(count: int, seed: int) -> list[DemoFamily]:
    return list(DemoPeople(seed, TODAY).families(count))


def herd_of(family: DemoFamily) -> dict[str, int]:
    return dict(family.livestock[-1].counts) if family.livestock else {}


def land_of(family: DemoFamily) -> Decimal:
    return sum((plot.area_ha for plot in family.plots), Decimal(0))


def column_sums(sheet: SheetPlan, first_column: int) -> list[Value]:
    """A totals row: the sum of every numeric column from `first_column` over the data rows."""
    width = max(len(r) for r in sheet.rows)
    sums: list[Value] = [None] * width
    for column in range(first_column, width):
        values = [
            value
            for n in sheet.data_rows
            for value in sheet.rows[n - 1][column : column + 1]
            if isinstance(value, (int, float))
        ]
        if values:
            total = sum(values)
            sums[column] = round(total, 4) if isinstance(total, float) else total
    return sums


# ---- writing -----------------------------------------------------------------------------------


def write(path: Path, format: str, sheets: Sequence[SheetPlan]) -> None:
    if format == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        workbook.remove(workbook.active)
        for plan in sheets:
            sheet = workbook.create_sheet(plan.name)
            for row in plan.rows:
                sheet.append(row)
            for area in plan.merges:
                sheet.merge_cells(area)
        workbook.save(path)
        return
    if len(sheets) != 1:
        raise ValueError("a text file holds one sheet")
    _, encoding, separator = FORMATS[format]
    with path.open("w", encoding=encoding, newline="") as stream:
        writer = csv.writer(stream, delimiter=separator, lineterminator="\r\n")
        for row in sheets[0].rows:
            writer.writerow([as_text(v, format) for v in row])


def book_path(folder: Path, stem: str, format: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / (stem + FORMATS[format][0])
