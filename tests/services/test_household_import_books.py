"""The layouts offices keep their book in (tests/books), imported whole: every cell of every
non-empty row ends in the book or in the report, and what the book holds afterwards is the
file's own households, people, head counts by kind and land area."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from db.engine import Database
from db.models import ChangeRecord, Household, LandPlot, LivestockSnapshot, Member
from desktop.core.actor import Actor
from desktop.core.spreadsheet import read_table
from desktop.services import household_import as imp
from desktop.services.import_planner import GROUP_KINDS
from tests.books import (
    TODAY,
    BookFile,
    household_rows,
    land_plots,
    livestock_groups,
    person_rows,
)
from tests.books.households import PERSON_KINDS

OFFICE_LOCALITY = "Ботақара"


def plan_of(db: Database, book: BookFile, locality: str = "") -> imp.ImportPlan:
    table = read_table(book.path, book.sheets[0].name if book.format == "xlsx" else None)
    mapping = imp.mapping_for(db, table)
    members = members_mapping = None
    if len(book.sheets) > 1:
        members = read_table(book.path, book.sheets[1].name)
        members_mapping = imp.mapping_for(db, members)
    return imp.preview(
        db,
        table,
        mapping,
        TODAY,
        locality=locality,
        members=members,
        members_mapping=members_mapping,
    )


def in_book(db: Database) -> tuple[int, int, Counter[str], Decimal]:
    """Households, registered people, head counts by kind and land area in the book."""
    with db.read() as session:
        households = session.scalar(select(func.count()).select_from(Household)) or 0
        people = session.scalar(select(func.count()).select_from(Member)) or 0
        heads: Counter[str] = Counter()
        for counts in session.scalars(select(LivestockSnapshot.counts)):
            heads.update(counts)
        land = session.scalar(select(func.sum(LandPlot.area_ha))) or Decimal(0)
    return households, people, heads, Decimal(land)


def refused_rows(plan: imp.ImportPlan) -> set[tuple[str, int]]:
    return set(plan.invalid)


def assert_every_cell_accounted_for(plan: imp.ImportPlan, book: BookFile) -> None:
    """Each non-empty cell of the file: in the book, or a report line says what became of it
    (an error on its row or cell, a skipped row, a column left out)."""
    fates = imp.cell_fates(plan)
    sheets = [("", book.sheets[0])]
    if len(book.sheets) > 1:
        assert plan.members is not None
        sheets.append((plan.members.sheet, book.sheets[1]))
    lines = {(p.sheet, p.row) for p in plan.problems}
    columns = {(p.sheet, p.column) for p in plan.problems if p.code == "column_not_imported"}
    headers = {"": plan.table.headers}
    if plan.members is not None:
        headers[plan.members.sheet] = plan.members.headers
    count = 0
    for sheet, sheet_plan in sheets:
        for number, cells in book.expected_rows(sheet_plan).items():
            for index, text in enumerate(cells):
                if not text:
                    continue
                count += 1
                fate = fates[(sheet, number, index)]
                assert fate, (sheet, number, index)
                if fate == "book":
                    assert (sheet, number) not in plan.invalid
                elif fate == "column_not_imported":
                    assert (sheet, headers[sheet][index]) in columns
                else:
                    assert (sheet, number) in lines, (sheet, number, fate)
    assert count == len(fates)


def test_one_row_per_person_with_the_household_on_the_heads_row(
    configured_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    book = person_rows(tmp_path)
    plan = plan_of(configured_db, book)
    assert plan.locality == OFFICE_LOCALITY and plan.locality_from_title
    assert plan.mapping["relation"] == "Отбасы басшысына туыстығы"
    found = {(p.row, p.column, p.code) for p in plan.problems if p.severity != "note"}
    assert {(p.row, p.column, p.code) for p in book.problems} <= found
    assert {p.code for p in plan.errors} == {"duplicate_account", "household_invalid"}
    # the rule shown: the rows under a head's row belong to its account
    first, _last, account = plan.filled_down[0]
    assert account == "0001" and first == 5
    skipped = {n for (_, n) in plan.skipped}
    assert skipped == set(book.sheets[0].skipped_rows)
    assert_every_cell_accounted_for(plan, book)

    duplicate = next(p for p in book.problems if p.code == "duplicate_account")
    refused = {n for _, n in refused_rows(plan)}
    assert duplicate.row in refused
    result = imp.run(configured_db, plan, clerk)
    totals = book.totals
    households, people, heads, land = in_book(configured_db)
    # the duplicated account's household is refused whole: its rows are in the report
    rows = {n: [*book.sheets[0].rows[n - 1], *[None] * 15] for n in refused}
    refused_people = len(refused)
    refused_land = sum((Decimal(str(r[9])) for r in rows.values() if r[9]), Decimal(0))
    assert households == totals.households - 1 == result.households_created
    assert people == totals.people - refused_people
    assert land == totals.land_ha - refused_land
    refused_heads: Counter[str] = Counter()
    for row in rows.values():
        for kind, value in zip(PERSON_KINDS, row[10:15], strict=True):
            refused_heads[kind] += int(value or 0)
    assert heads + refused_heads == Counter(totals.heads)

    again = plan_of(configured_db, book)
    assert again.count("unchanged") == totals.households - 1
    before = in_book(configured_db)
    imp.run(configured_db, again, clerk)
    assert in_book(configured_db) == before


@pytest.mark.parametrize("format", ["csv", "csv-bom", "csv-1251", "unicode-text"])
def test_one_row_per_person_as_text_files(
    configured_db: Database, clerk: Actor, tmp_path: Path, format: str
) -> None:
    book = person_rows(tmp_path, format)
    plan = plan_of(configured_db, book)
    assert_every_cell_accounted_for(plan, book)
    assert plan.figures().households == book.totals.households - 1
    assert {p.code for p in plan.errors} == {"duplicate_account", "household_invalid"}


def test_one_row_per_household_with_a_members_sheet(
    configured_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    book = household_rows(tmp_path)
    plan = plan_of(configured_db, book, locality=OFFICE_LOCALITY)
    assert not plan.locality_from_title
    assert plan.errors == []
    assert_every_cell_accounted_for(plan, book)
    figures = plan.figures()
    totals = book.totals
    assert (figures.households, figures.people, figures.land_ha) == (
        totals.households,
        totals.people,
        totals.land_ha,
    )
    assert plan.file_totals is not None
    imp.run(configured_db, plan, clerk)
    households, people, heads, land = in_book(configured_db)
    assert (households, people, land) == (totals.households, totals.people, totals.land_ha)
    # "КРС" with no sub-columns: the cattle are recorded, of no stated kind
    cattle = sum(heads[k] for k in GROUP_KINDS["cattle"])
    assert cattle == totals.heads.get("cattle_cows", 0)
    others = {k: n for k, n in heads.items() if k not in GROUP_KINDS["cattle"]}
    assert others == {k: n for k, n in totals.heads.items() if k != "cattle_cows"}
    with configured_db.read() as session:
        street = session.scalar(select(Household.street).where(Household.account_number == "1"))
    assert street and not street.startswith("ул.")


def test_without_a_locality_the_household_waits_for_one(
    configured_db: Database, tmp_path: Path
) -> None:
    book = household_rows(tmp_path)
    plan = plan_of(configured_db, book)
    assert plan.locality == "" and plan.figures().households == 0
    assert {p.code for p in plan.errors} == {"required", "household_invalid"}


@pytest.mark.parametrize(("language", "format"), [("ru", "xlsx"), ("kk", "xlsx"), ("kk", "csv")])
def test_livestock_by_group_and_sub_group(
    configured_db: Database, clerk: Actor, tmp_path: Path, language: str, format: str
) -> None:
    book = livestock_groups(tmp_path, language, format)
    plan = plan_of(configured_db, book)
    assert plan.mapping["total:cattle"].endswith(("всего", "барлығы"))
    found = {(p.row, p.column, p.code) for p in plan.problems if p.severity != "note"}
    assert {(p.row, p.column, p.code) for p in book.problems} <= found
    # a livestock problem refuses the row's head counts, not its household
    assert plan.invalid == set()
    assert_every_cell_accounted_for(plan, book)
    imp.run(configured_db, plan, clerk)
    households, people, heads, land = in_book(configured_db)
    totals = book.totals
    assert (households, people, land) == (totals.households, totals.people, 0)
    expected = Counter(totals.heads)
    for group, count in totals.unspecified.items():
        expected[GROUP_KINDS[group][-1]] += count
    assert heads == expected


@pytest.mark.parametrize(("kind_column", "decimal"), [(True, ","), (True, "."), (False, ",")])
def test_land_with_or_without_its_kind(
    configured_db: Database, clerk: Actor, tmp_path: Path, kind_column: bool, decimal: str
) -> None:
    book = land_plots(tmp_path, kind_column, decimal)
    plan = plan_of(configured_db, book, locality=OFFICE_LOCALITY)
    assert plan.errors == []
    assert_every_cell_accounted_for(plan, book)
    assert plan.figures().land_ha == book.totals.land_ha
    assert plan.file_totals is not None and plan.file_totals.land_ha == book.totals.land_ha
    imp.run(configured_db, plan, clerk)
    with configured_db.read() as session:
        by_kind = dict(
            session.execute(
                select(LandPlot.purpose, func.sum(LandPlot.area_ha)).group_by(LandPlot.purpose)
            ).all()
        )
        held = set(session.execute(select(LandPlot.held_from, LandPlot.held_to)).all())
    assert held == {(TODAY, None)}  # held from the date the file's data is as of
    expected = book.totals.land_by_kind
    if not kind_column:
        expected = {"house_plot": expected[""]}
    assert {k: Decimal(v) for k, v in by_kind.items()} == expected
    assert plan_of(configured_db, book, locality=OFFICE_LOCALITY).count("unchanged") == len(
        book.accounts
    )


def history(db: Database) -> list[tuple[str, str, object, object, str]]:
    with db.read() as session:
        rows = session.execute(
            select(
                ChangeRecord.entity,
                ChangeRecord.field,
                ChangeRecord.old_value,
                ChangeRecord.new_value,
                ChangeRecord.reason,
            ).order_by(ChangeRecord.change_seq)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_corrected_file_changes_exactly_the_corrected_cells(
    configured_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    book = person_rows(tmp_path)
    imp.run(configured_db, plan_of(configured_db, book), clerk)
    before = len(history(configured_db))
    workbook = load_workbook(book.path)
    sheet = workbook.active
    assert sheet is not None
    head_row, member_row = book.sheets[0].data_rows[:2]  # household 0001: head, a member
    old_name = sheet.cell(member_row, 5).value
    old_area = sheet.cell(head_row, 10).value
    sheet.cell(member_row, 5).value = "Әлия"  # a member's name
    sheet.cell(head_row, 10).value = 0.75  # the household's land
    workbook.save(book.path)

    plan = plan_of(configured_db, book)
    assert plan.count("updated") == 1 and plan.count("unchanged") == book.totals.households - 2
    imp.run(configured_db, plan, clerk)
    name = book.path.name
    assert history(configured_db)[before:] == [
        ("member", "name", old_name, "Әлия", f"import:{name}#{member_row}"),
        ("plot", "area_ha", f"{Decimal(str(old_area)):.4f}", "0.7500", f"import:{name}#{head_row}"),
    ]
    assert plan_of(configured_db, book).count("updated") == 0


def test_cancel_leaves_the_book_as_it_was(
    configured_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    book = person_rows(tmp_path)
    plan = plan_of(configured_db, book)
    seen: list[int] = []

    def cancel_midway(done: int, total: int) -> None:
        seen.append(done)
        if done > 0:
            raise KeyboardInterrupt  # what a Cancel raises inside the work

    small = imp.household_matching
    original = small.BATCH
    small.BATCH = 3
    try:
        with pytest.raises(KeyboardInterrupt):
            imp.run(configured_db, plan, clerk, cancel_midway)
    finally:
        small.BATCH = original
    assert seen == [0, 3]
    assert in_book(configured_db) == (0, 0, Counter(), Decimal(0))
    assert history(configured_db) == []
