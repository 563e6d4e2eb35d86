"""The import's plan: what a preview found (report lines, households to hand to the book,
rows refused or skipped) and what an import did. Built by household_import_rows.preview."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop.core.spreadsheet import Table
from desktop.services.household_matching import ImportedHousehold

Mapping = dict[str, str]  # field -> the file's column header

RowKey = tuple[str, int]  # (sheet, row number in the file); sheet "" is the households' sheet


@dataclass(frozen=True)
class Problem:
    row: int  # the row number in the file (0: about a column as a whole)
    column: str  # the file's column header ("" when about the row as a whole)
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    # "error": the row is not imported (a livestock code: the row's head counts are not);
    # "warning": imported, check it; "note": what the import did (rows skipped, accounts
    # filled down, columns left out), nothing refused
    severity: str = "error"
    field_name: str = ""  # the book's field (machine name) the problem is about, if any
    sheet: str = ""  # "" for the households' sheet, else the members sheet's name

    @property
    def key(self) -> RowKey:
        return (self.sheet, self.row)


LIVESTOCK_PROBLEMS = frozenset(
    {"part_exceeds_total", "negative_count", "fractional_count", "not_a_number"}
)


@dataclass
class Group:
    """The rows of one personal account, as they will be handed to the book."""

    account: str
    rows: list[RowKey]  # the member rows, parallel to the household's members
    all_rows: list[RowKey]  # every row of the account, those with problems too
    household: ImportedHousehold | None = None


@dataclass(frozen=True)
class Figures:
    """Households, people, head counts by kind and land area: what the import brings in, or
    what the file's own totals row says."""

    households: int = 0
    people: int = 0
    heads: dict[str, int] = field(default_factory=dict)
    land_ha: Decimal = Decimal(0)


@dataclass
class ImportPlan:
    table: Table
    mapping: Mapping
    today: date
    problems: list[Problem]
    groups: list[Group]
    invalid: set[RowKey]
    outcomes: dict[str, str]  # account -> expected "created" / "updated" / "unchanged"
    as_of: date
    locality: str = ""  # the default for households whose rows name none
    locality_from_title: bool = False
    members: Table | None = None
    members_mapping: Mapping = field(default_factory=dict)
    skipped: dict[RowKey, str] = field(default_factory=dict)  # -> totals / note / signature
    livestock_refused: set[RowKey] = field(default_factory=set)
    file_totals: Figures | None = None  # the file's own totals row, when it has one
    filled_down: list[tuple[int, int, str]] = field(default_factory=list)  # first, last, account

    @property
    def source_name(self) -> str:
        return self.table.source_name

    def data_rows(self) -> list[RowKey]:
        """Every row that is not a totals, note or signature row, in both sheets."""
        keys = [("", r.number) for r in self.table.rows]
        if self.members is not None:
            keys += [(self.members.sheet, r.number) for r in self.members.rows]
        return [k for k in keys if k not in self.skipped]

    @property
    def row_count(self) -> int:
        return len(self.data_rows())

    @property
    def valid_row_count(self) -> int:
        return self.row_count - len(self.invalid)

    @property
    def invalid_rows(self) -> set[int]:
        """The households' sheet's rows that are not imported."""
        return {n for sheet, n in self.invalid if not sheet}

    def count(self, status: str) -> int:
        return sum(1 for s in self.outcomes.values() if s == status)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def figures(self) -> Figures:
        """What the import will bring into the book (households that will not fail)."""
        heads: Counter[str] = Counter()
        land = Decimal(0)
        households = people = 0
        for group in self.groups:
            item = group.household
            if item is None or self.outcomes.get(group.account) == "failed":
                continue
            households += 1
            people += len(item.members)
            heads.update(item.livestock)
            land += sum((p.area_ha for p in item.plots), Decimal(0))
        return Figures(households, people, dict(heads), land)


@dataclass(frozen=True)
class ImportResult:
    households_created: int
    households_updated: int
    households_unchanged: int
    members_added: int
    members_updated: int
    invalid_rows: int
    problems: tuple[Problem, ...]  # problems found only while importing (the book changed)
