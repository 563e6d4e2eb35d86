"""Importing the household book from a spreadsheet (.xlsx, .xls or .csv).

The clerk maps the file's columns to the book's fields (the mapping is remembered for files
with the same headers), sees every problem before anything is written (`preview`), then
imports the households in one transaction (`run`), a batch at a time through the book's one
writer. The layouts offices keep (one row a person with the household's facts on the head's
row, a members sheet, livestock by group with totals, land plots, totals and signature rows)
are recognised by import_planner; every non-empty cell ends in the book or in the report
(`cell_fates`). Importing the same file again changes nothing. Problems are codes with
parameters; the UI words them in the user's language.

Modules: household_import_words (fields, header words, reading values), household_import_plan
(the plan and its report lines), household_import_rows (reading rows into the plan),
household_matching (the plan against the book).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.demo_people import locality_names
from desktop.core.spreadsheet import (
    ColumnHeader,
    SheetRow,
    SpreadsheetError,
    Table,
    fix_lookalikes,
    open_book,
)
from desktop.core.textsearch import fold
from desktop.services import household_matching
from desktop.services import households as book
from desktop.services import import_planner as layout
from desktop.services.access import require
from desktop.services.household_import_plan import (
    LIVESTOCK_PROBLEMS,
    Figures,
    ImportPlan,
    ImportResult,
    Mapping,
    Problem,
    RowKey,
)
from desktop.services.household_import_rows import book_problem, preview
from desktop.services.household_import_words import (
    FIELDS,
    HEADER_WORDS,
    LIVESTOCK_WORDS,
    TOTAL_FIELDS,
    parse_date,
    parse_relation,
    parse_sex,
)
from desktop.services.households import Term
from desktop.services.import_planner import TOTAL_PREFIX
from desktop.services.office import workplace
from desktop.services.settings import get_setting, set_setting

__all__ = [
    "FIELDS",
    "Figures",
    "ImportPlan",
    "ImportResult",
    "Mapping",
    "Problem",
    "SheetRow",
    "Table",
    "cell_fates",
    "guess_mapping",
    "household_matching",
    "import_fields",
    "layout",
    "mapping_for",
    "parse_date",
    "parse_relation",
    "parse_sex",
    "preview",
    "read_book",
    "run",
    "save_invalid_rows",
]

SETTING_PREFIX = "import_mapping:"


# ---- fields and mapping ------------------------------------------------------------------------


def import_fields(db: Database) -> list[str]:
    """All fields a column can be mapped to: FIELDS, one per livestock kind, group totals."""
    return [*FIELDS, *(t.code for t in book.terms(db).livestock), *TOTAL_FIELDS]


def _phrases(field_name: str, livestock: Sequence[Term]) -> tuple[str, ...]:
    if field_name in HEADER_WORDS:
        return HEADER_WORDS[field_name]
    extra = LIVESTOCK_WORDS.get(field_name, ())
    term = next((t for t in livestock if t.code == field_name), None)
    names = (term.name_kk, term.name_ru) if term else ()
    return (*extra, *(fold(n) for n in names), field_name.replace("_", " "))


def _header_words(header: str) -> list[str]:
    return layout.plain(fold(fix_lookalikes(header)).replace("ё", "е")).split()


def _phrase_matches(phrase: str, header: list[str]) -> bool:
    wanted = layout.plain(phrase).split()
    if len(wanted) > len(header):
        return False
    for start in range(len(header) - len(wanted) + 1):
        if all(
            h.startswith(w[:-1])
            if w.endswith("*")
            else h.strip(".,:;()") == w.strip(".,:;()") or h == w
            for w, h in zip(wanted, header[start:], strict=False)
        ):
            return True
    return False


def guess_mapping(
    headers: Sequence[str],
    livestock: Sequence[Term] = (),
    columns: Sequence[ColumnHeader] = (),
) -> Mapping:
    """Fields guessed from Kazakh, Russian or English header words; each column used once.

    With the header's structure (`columns`), a column under a group heading ("КРС" over "в т.ч.
    коровы") is matched by its own words only, and a group's "всего" column becomes the
    group's total ("total:cattle"), checked against its parts on every row.
    """
    fields = [*FIELDS, *(t.code for t in livestock)]
    structure = {c.name: c for c in columns}
    scored: list[tuple[int, int, int, int, str, str]] = []
    for column, header in enumerate(headers):
        shape = structure.get(header)
        if shape is not None and shape.is_total and len(shape.parts) > 1:
            continue  # a group's total: see below
        grouped = shape is not None and len(shape.parts) > 1
        header_words = _header_words(shape.label if grouped and shape else header)
        if not header_words:
            continue
        for order, name in enumerate(fields):
            best = max(
                (
                    len(p.split())
                    for p in _phrases(name, livestock)
                    if _phrase_matches(p, header_words)
                ),
                default=0,
            )
            if best:
                exact = int(len(header_words) == best)
                scored.append((-best, -exact, order, column, header, name))
    scored.sort()
    mapping: Mapping = {}
    used: set[str] = set()
    for *_rank, header, name in scored:
        if name not in mapping and header not in used:
            mapping[name] = header
            used.add(header)
    if "full_name" in mapping and {"surname", "name"} <= mapping.keys():
        del mapping["full_name"]
    kinds = {header: name for name, header in mapping.items()}
    for group in layout.livestock_groups(columns, kinds):
        mapping.setdefault(TOTAL_PREFIX + group.code, group.total_column)
    return mapping


def mapping_signature(headers: Iterable[str]) -> str:
    """The same for any file with these column names, in any order and letter case."""
    joined = "\x1f".join(sorted(fold(h) for h in headers if not h.startswith("#")))
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def remember_mapping(db: Database, signature: str, mapping: Mapping, actor: Actor) -> None:
    require(actor, "household.import")
    with db.write(actor) as work:
        set_setting(work, SETTING_PREFIX + signature, dict(mapping))


def remembered_mapping(db: Database, signature: str) -> Mapping | None:
    with db.read() as session:
        value = get_setting(session, SETTING_PREFIX + signature)
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else None


def mapping_for(db: Database, table: Table) -> Mapping:
    """The remembered mapping for these headers, else a guessed one."""
    remembered = remembered_mapping(db, mapping_signature(table.headers))
    if remembered is not None:
        return {f: h for f, h in remembered.items() if h in table.headers}
    return guess_mapping(table.headers, book.terms(db).livestock, table.columns)


# ---- the file ---------------------------------------------------------------------------------


def read_book(source: str | Path, sheet: str | None = None) -> tuple[Table, Table | None]:
    """The households' sheet (the named one, else the first) and, when the workbook has one,
    the members' sheet: another sheet keyed by personal account whose rows are people.
    Raises SpreadsheetError."""
    with open_book(source) as workbook:
        main = workbook.sheet(sheet).table()
        for name in workbook.sheet_names:
            if name == main.sheet:
                continue
            try:
                other = workbook.sheet(name).table()
            except SpreadsheetError:
                continue  # an empty or a notes sheet
            guessed = guess_mapping(other.headers, (), other.columns)
            people = "full_name" in guessed or {"surname", "name"} <= guessed.keys()
            if "account_number" in guessed and people:
                return main, other
    return main, None


def default_as_of(table: Table, today: date) -> date:
    """The date the file's data is as of: a date its title gives, else today."""
    return layout.date_from_titles(table.titles, parse_date) or today


def localities(db: Database) -> list[str]:
    """The office's villages, as defaults for a file that names none: those of the book,
    then those the office's name and address give."""
    names = book.localities(db)
    place = workplace(db)
    if place is not None:
        names += [
            n for n in locality_names(place.office.name, place.office.address) if n not in names
        ]
    return names


# ---- where every cell went --------------------------------------------------------------------


def cell_fates(plan: ImportPlan) -> dict[tuple[str, int, int], str]:
    """(sheet, row, column index) -> "book" for every non-empty cell the import takes in, else
    the code of the report line that says why not: the row's (or the cell's) problem,
    "totals" / "note" / "signature" for a skipped row, "column_not_imported". "" would be a
    refused row without a report line: the tests make sure there is none."""
    errors: dict[RowKey, list[Problem]] = {}
    for problem in plan.problems:
        if problem.severity == "error":
            errors.setdefault(problem.key, []).append(problem)
    sheets = [("", plan.table, plan.mapping)]
    if plan.members is not None:
        sheets.append((plan.members.sheet, plan.members, plan.members_mapping))
    fates: dict[tuple[str, int, int], str] = {}
    for sheet, table, mapping in sheets:
        used = {h: f for f, h in mapping.items() if h in table.headers}
        for row in table.rows:
            key = (sheet, row.number)
            on_row = errors.get(key, [])
            for index, text in enumerate(row.cells):
                if not text.strip():
                    continue
                header = table.headers[index]
                on_cell = next((p.code for p in on_row if p.column == header), "")
                if key in plan.skipped:
                    fate = plan.skipped[key]
                elif key in plan.invalid:
                    fate = on_cell or (on_row[0].code if on_row else "")  # "": a bug
                elif on_cell:
                    fate = on_cell
                elif key in plan.livestock_refused and _counted(used.get(header, "")):
                    fate = next(p.code for p in on_row if p.code in LIVESTOCK_PROBLEMS)
                elif header in used:
                    fate = "book"
                else:
                    fate = "column_not_imported"
                fates[(sheet, row.number, index)] = fate
    return fates


def _counted(field_name: str) -> bool:
    """A head count's field: a livestock kind or a group's total."""
    return bool(field_name) and (field_name.startswith(TOTAL_PREFIX) or field_name not in FIELDS)


# ---- import ------------------------------------------------------------------------------------


def run(
    db: Database,
    plan: ImportPlan,
    actor: Actor,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Import the plan's valid households in ONE transaction; nothing is written on error,
    nor when `progress` raises (Cancel): the book stays exactly as it was.

    The book is checked again inside the transaction: a household that someone changed
    since the preview so that it no longer fits is skipped and reported. Households the
    preview found unchanged are not gone through again: the write lock is held for the
    households that change (a clerk's edit made meanwhile is newer than the file).
    """
    require(actor, "household.import")
    ready = [g for g in plan.groups if g.household is not None]
    groups = [g for g in ready if plan.outcomes.get(g.account) != "unchanged"]
    outcomes = household_matching.import_households(
        db,
        [g.household for g in groups if g.household],
        actor,
        plan.today,
        plan.source_name,
        progress,
    )
    counts = {"created": 0, "updated": 0, "unchanged": len(ready) - len(groups)}
    added = updated = 0
    late: list[Problem] = []
    for group, outcome in zip(groups, outcomes, strict=True):
        for index, error in outcome.member_errors:
            row = group.rows[index]
            if row not in plan.invalid:
                late.append(book_problem(row, error, _plan_headers(plan, row)))
        if outcome.error is not None:
            late.extend(
                book_problem(row, outcome.error, _plan_headers(plan, row)) for row in group.rows
            )
            continue
        counts[outcome.status] += 1
        added += outcome.members_added
        updated += outcome.members_updated
    late_rows = {p.key for p in late}
    return ImportResult(
        counts["created"],
        counts["updated"],
        counts["unchanged"],
        added,
        updated,
        len(plan.invalid | late_rows),
        tuple(late),
    )


def _plan_headers(plan: ImportPlan, row: RowKey) -> Mapping:
    return plan.members_mapping if row[0] else plan.mapping


# ---- the rows to fix ---------------------------------------------------------------------------


def save_invalid_rows(
    plan: ImportPlan,
    path: str | Path,
    describe: Callable[[Problem], str] | None = None,
    problem_header: str = "problem",
    also: Sequence[Problem] = (),
) -> int:
    """Write the invalid rows (as in the file, plus a problem column) to an .xlsx; the count.

    `describe` words a problem in the user's language (the UI gives it); by default the code.
    Cells are written as text, so an IIN keeps its leading zeros and a cell that reads like a
    formula (`=HYPERLINK(...)`) stays text; characters a workbook cannot hold are left out.
    """
    from openpyxl import Workbook

    from desktop.core.spreadsheet.writing import text_row

    problems = [p for p in (*plan.problems, *also) if p.severity == "error" and not p.sheet]
    bad_rows = plan.invalid_rows | {p.row for p in also if not p.sheet}
    texts: dict[int, list[str]] = {}
    for p in problems:
        text = describe(p) if describe else p.code
        texts.setdefault(p.row, []).append(f"{p.column}: {text}" if p.column else text)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(text_row(sheet, [*plan.table.headers, problem_header]))
    count = 0
    for row in plan.table.rows:
        if row.number in bad_rows:
            sheet.append(text_row(sheet, [*row.cells, "; ".join(texts.get(row.number, []))]))
            count += 1
    workbook.save(str(path))
    return count
