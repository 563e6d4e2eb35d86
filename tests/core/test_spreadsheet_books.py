"""Every test book reads back as written (header rows and names, titles, every row's cells),
and its known figures agree with what the file holds, summed again from what was read."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.spreadsheet import Sheet, SheetRow, open_book
from tests.books import (
    FORMATS,
    BookFile,
    household_rows,
    land_plots,
    large_book,
    livestock_groups,
    person_rows,
)
from tests.books.households import LAND_KINDS, PERSON_HEADERS, PERSON_KINDS
from tests.books.livestock import GROUP_PARTS, LIVESTOCK_COLUMNS, LIVESTOCK_LEADING


def number(text: str) -> Decimal:
    return Decimal(text.replace(",", ".")) if text else Decimal(0)


def read_back(book: BookFile) -> dict[str, list[SheetRow]]:
    """Each sheet's rows after the header, once the header, titles and rows are checked."""
    read = {}
    with open_book(book.path) as opened:
        for plan in book.sheets:
            sheet: Sheet = opened.sheet(plan.name if book.format == "xlsx" else None)
            assert sheet.header.rows == plan.header_rows
            assert sheet.header.names == book.headers(plan)
            assert sheet.header.titles == book.titles(plan)
            rows = list(sheet.rows())
            assert {r.number: r.cells for r in rows} == book.expected_rows(plan)
            read[plan.name] = [r for r in rows if r.number in plan.data_rows]
    return read


@pytest.mark.parametrize("format", FORMATS)
def test_person_rows(tmp_path: Path, format: str) -> None:
    book = person_rows(tmp_path, format)
    rows = read_back(book)["Кітап"]
    totals = book.totals
    accounts = [r.cells[0] for r in rows if r.cells[0]]
    assert tuple(accounts) == book.accounts
    assert accounts[4] == "5" and accounts[8] == accounts[2] == "0003"
    assert (totals.households, totals.people) == (len(accounts), len(rows))
    for index, kind in enumerate(PERSON_KINDS, start=10):
        assert totals.heads.get(kind, 0) == sum(number(r.cells[index]) for r in rows)
    assert totals.land_ha == sum(number(r.cells[9]) for r in rows)
    assert book.locality in book.titles(book.sheets[0])[0]
    assert {(p.row, p.code) for p in book.problems} == {
        (next(r.number for r in rows if r.cells[0] == "5"), "unpadded_account"),
        ([r.number for r in rows if r.cells[0] == "0003"][1], "duplicate_account"),
    }
    skipped = book.sheets[0].skipped_rows
    assert len(skipped) == 4  # a subtotal, a note, the total and the signature
    assert book.expected_rows(book.sheets[0])[skipped[2]][0] == book.text("Барлығы")


def test_household_rows_with_members_in_a_second_sheet(tmp_path: Path) -> None:
    book = household_rows(tmp_path)
    read = read_back(book)
    households, members = read["Хозяйства"], read["Члены семьи"]
    totals = book.totals
    assert totals.households == len(households)
    assert totals.people == len(households) + len(members)
    assert {r.cells[0] for r in members} <= {r.cells[0] for r in households}
    assert tuple(r.cells[0] for r in households) == book.accounts
    assert totals.land_ha == sum(number(r.cells[5]) for r in households)
    assert totals.heads.get("sheep", 0) == sum(number(r.cells[7]) for r in households)
    assert book.locality == "" and book.sheets[0].titles == ()


@pytest.mark.parametrize(
    ("language", "format"),
    [("ru", "xlsx"), ("ru", "csv-1251"), ("ru", "csv-bom"), ("kk", "xlsx"), ("kk", "csv")],
)
def test_livestock_by_group_and_sub_group(tmp_path: Path, language: str, format: str) -> None:
    book = livestock_groups(tmp_path, language, format)
    rows = read_back(book)[book.sheets[0].name]
    leading = len(LIVESTOCK_LEADING[language])
    kinds = [kind for _, _, kind in LIVESTOCK_COLUMNS[language]]
    problems = {p.row: p for p in book.problems}
    heads: Counter[str] = Counter()
    unspecified: Counter[str] = Counter()
    for row in rows:
        values = {kinds[i]: number(c) for i, c in enumerate(row.cells[leading:]) if kinds[i]}
        totals = [number(c) for i, c in enumerate(row.cells[leading:]) if not kinds[i]]
        problem = problems.get(row.number)
        if problem and problem.code != "total_exceeds_parts":
            bad = values[kinds[book.sheets[0].headers.index(problem.column) - leading]]
            assert {
                "part_exceeds_total": bad > max(totals),
                "negative_count": bad < 0,
                "fractional_count": bad != int(bad),
            }[problem.code]
            continue
        for (group, parts), total in zip(GROUP_PARTS.items(), totals, strict=True):
            unspecified[group] += int(total - sum(values.get(p, 0) for p in parts))
        heads.update({k: int(n) for k, n in values.items() if n})
    assert book.totals.heads == dict(heads)
    assert book.totals.unspecified == {k: n for k, n in unspecified.items() if n} == {"cattle": 2}
    assert [p.code for p in book.problems] == [
        "total_exceeds_parts",
        "part_exceeds_total",
        "negative_count",
        "fractional_count",
    ]
    assert book.totals.households == len(rows) == len(book.accounts)


@pytest.mark.parametrize("kind_column", [True, False])
@pytest.mark.parametrize("decimal", [",", "."])
def test_land_with_and_without_a_kind_column(
    tmp_path: Path, kind_column: bool, decimal: str
) -> None:
    book = land_plots(tmp_path, kind_column, decimal)
    rows = read_back(book)["Земля"]
    areas = [r.cells[-1] for r in rows]
    assert all(("," in a) == (decimal == ",") for a in areas if "," in a or "." in a)
    assert book.totals.land_ha == sum(number(a) for a in areas)
    if kind_column:
        codes = {name: code for code, name in LAND_KINDS.items()}
        by_kind: Counter[str] = Counter()
        for row in rows:
            by_kind[codes[row.cells[2]]] += number(row.cells[3])  # type: ignore[assignment]
        assert book.totals.land_by_kind == dict(by_kind)
        assert {"house_plot", "arable", "hayfield", "pasture"} <= set(by_kind)
    assert book.totals.households == len([r for r in rows if r.cells[0]])


def test_a_large_book_has_the_person_rows_layout(tmp_path: Path) -> None:
    path = tmp_path / "large.xlsx"
    households = large_book(path, 60)
    with open_book(path) as opened:
        sheet = opened.sheet()
        assert sheet.header.names == PERSON_HEADERS
        rows = list(sheet.rows())
    assert len(rows) == 60
    assert len([r for r in rows if r.cells[0]]) == households
