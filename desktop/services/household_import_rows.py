"""Reading a file's rows into the import's plan: the layout (fill-down of the account,
members sheet, skipped totals rows, account padding, duplicates), each cell's value, the
livestock groups' totals, and the households handed to the book's checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from db.engine import Database
from desktop.core.iin import normalize_number
from desktop.core.spreadsheet import SheetRow, Table, fix_lookalikes
from desktop.core.textsearch import fold
from desktop.services import household_matching
from desktop.services import households as book
from desktop.services import import_planner as layout
from desktop.services.household_import_plan import (
    Figures,
    Group,
    ImportPlan,
    Mapping,
    Problem,
    RowKey,
)
from desktop.services.household_import_words import (
    DATE_FIELDS,
    HOUSEHOLD_FIELDS,
    TEXT_FIXED_FIELDS,
    parse_date,
    parse_relation,
    parse_sex,
)
from desktop.services.household_matching import ImportedHousehold, ImportedMember
from desktop.services.household_values import (
    BookError,
    HouseholdData,
    MemberData,
    PlotData,
    parse_area,
)
from desktop.services.import_planner import GROUP_KINDS, TOTAL_PREFIX

# ---- preview -----------------------------------------------------------------------------------


@dataclass
class _Row:
    key: RowKey
    values: dict[str, Any]

    @property
    def number(self) -> int:
        return self.key[1]

    @property
    def is_person(self) -> bool:
        return any(name in self.values for name in ("surname", "name", "iin"))


class _Reader:
    """Turns mapped cells into typed values, collecting problems."""

    def __init__(self, table: Table, mapping: Mapping, terms: book.Terms, sheet: str = "") -> None:
        self.sheet = sheet
        self.mapping = {f: table.column(h) for f, h in mapping.items() if h in table.headers}
        self.headers = {f: h for f, h in mapping.items() if h in table.headers}
        self.relations = terms.relation
        self.livestock = [t.code for t in terms.livestock if t.code in self.mapping]
        self.land_names = {
            t.code: (fold(t.name_kk), fold(t.name_ru), t.code) for t in terms.land_purpose
        }
        self.groups = [
            (code, TOTAL_PREFIX + code)
            for code in GROUP_KINDS
            if TOTAL_PREFIX + code in self.mapping
        ]
        self.counted = [*self.livestock, *(total for _, total in self.groups)]
        self.problems: list[Problem] = []
        self.livestock_refused: set[RowKey] = set()

    def problem(
        self, row: int, field_name: str, code: str, severity: str = "error", **params: Any
    ) -> None:
        column = self.headers.get(field_name, "")
        self.problems.append(Problem(row, column, code, params, severity, field_name, self.sheet))

    def read(self, sheet_row: SheetRow) -> tuple[_Row, bool]:
        n = sheet_row.number
        raw = {f: sheet_row.cells[c].strip() for f, c in self.mapping.items()}
        values: dict[str, Any] = {}
        ok = True
        counts_ok = True
        for name, text in raw.items():
            if not text:
                continue
            if name in TEXT_FIXED_FIELDS:
                fixed = fix_lookalikes(text)
                if fixed != text:
                    latin = ", ".join(
                        sorted({a for a, b in zip(text, fixed, strict=True) if a != b})
                    )
                    self.problem(n, name, "lookalikes_fixed", "warning", letters=latin, fixed=fixed)
                text = fixed
            if name in DATE_FIELDS:
                parsed = parse_date(text)
                if parsed is None:
                    self.problem(n, name, "invalid_date", value=text)
                    ok = False
                    continue
                values[name] = parsed
            elif name == "iin":
                number = normalize_number(text)
                if (
                    number != text.replace(" ", "")
                    and len(number) == 12
                    and number.endswith(text.replace(" ", ""))
                ):
                    self.problem(n, name, "iin_zero_restored", "warning", original=text, iin=number)
                values[name] = number
            elif name == "sex":
                sex = parse_sex(text)
                if sex is None:
                    self.problem(n, name, "unknown_sex", value=text)
                    ok = False
                    continue
                values[name] = sex
            elif name == "relation":
                relation = parse_relation(text, self.relations)
                if relation is None:
                    self.problem(n, name, "unknown_relation", value=text)
                    ok = False
                    continue
                values[name] = relation
            elif name in self.counted:
                code = _count_problem(text)
                if code:
                    self.problem(n, name, code, value=text)
                    counts_ok = False
                    continue
                values[name] = int(Decimal(text.replace(" ", "").replace(",", ".")))
            elif name == "land_area":
                area: Decimal | None
                try:
                    area = parse_area(text)
                except BookError:
                    area = None
                if area is None or area <= 0:
                    code = "not_a_number" if area is None else "not_positive"
                    self.problem(n, name, code, value=text)
                    ok = False
                    continue
                values[name] = area
            elif name == "land_kind":
                kind = layout.parse_land_kind(text, self.land_names)
                if not kind:
                    self.problem(n, name, "unknown_land_kind", value=text)
                    ok = False
                    continue
                values[name] = kind
            elif name == "full_name":
                parts = text.split()
                for part_name, part in zip(("surname", "name"), parts, strict=False):
                    values.setdefault(part_name, part)
                if len(parts) > 2:
                    values.setdefault("patronymic", " ".join(parts[2:]))
            elif name == "address":
                street, house, flat = layout.split_address(text)
                for part_name, part in (("street", street), ("house", house), ("apartment", flat)):
                    if part:
                        values.setdefault(part_name, part)
            else:
                values[name] = " ".join(text.split())
        values.pop("full_name", None)
        if counts_ok:
            counts_ok = self._check_groups(n, values)
        if not counts_ok:  # a row's head counts are taken whole or not at all
            for name in self.counted:
                values.pop(name, None)
            for code, _ in self.groups:
                values.pop(GROUP_KINDS[code][-1], None)
            self.livestock_refused.add((self.sheet, n))
        return _Row((self.sheet, n), values), ok

    def _check_groups(self, n: int, values: dict[str, Any]) -> bool:
        """A group's total against its parts: what it holds beyond them is the group's
        unspecified kind (a warning); a part above its total is a problem."""
        ok = True
        for code, total_field in self.groups:
            total = values.pop(total_field, None)
            if total is None:
                continue
            parts = [k for k in GROUP_KINDS[code] if k in values]
            given = sum(values[k] for k in parts)
            if given > total:
                over = [k for k in parts if values[k] > total]
                name = over[0] if over else total_field
                self.problem(n, name, "part_exceeds_total", total=total, parts=given)
                ok = False
            elif given < total:
                other = GROUP_KINDS[code][-1]
                values[other] = values.get(other, 0) + total - given
                self.problem(
                    n, total_field, "total_exceeds_parts", "warning", unspecified=total - given
                )
        return ok


def _count_problem(text: str) -> str:
    """Why a cell is no head count ("" when it is one)."""
    compact = text.replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        number = Decimal(compact)
    except InvalidOperation:
        return "not_a_number"
    if not number.is_finite():
        return "not_a_number"
    if number < 0:
        return "negative_count"
    if number != number.to_integral_value():
        return "fractional_count"
    return ""


def _column(error: BookError, mapping: Mapping) -> str:
    """The file's column a BookError is about ("" when no column holds that field)."""
    name = {"as_of": "livestock_as_of"}.get(error.field, error.field)
    if name in ("surname", "name", "patronymic") and name not in mapping:
        name = "full_name"
    return mapping.get(name, "")


def book_problem(row: RowKey, error: BookError, mapping: Mapping) -> Problem:
    """A BookError as a report line (its column "" when no column holds the field)."""
    name = {"as_of": "livestock_as_of"}.get(error.field, error.field)
    column = _column(error, mapping)
    return Problem(row[1], column, error.code, dict(error.params), "error", name, row[0])


@dataclass
class _Block:
    """Consecutive rows of one personal account (the rows below it with no account of their
    own belong to it: the account is written once, on the head's row)."""

    account: str
    rows: list[SheetRow]
    filled: list[int] = field(default_factory=list)
    duplicate_of: int = 0  # the row where the same account was first seen
    extra: list[tuple[_Reader, SheetRow]] = field(default_factory=list)  # the members sheet


# The sets of fields a file gives are few; a 200,000-row book repeats them for every person.
_FIELD_SETS: dict[frozenset[str], frozenset[str]] = {}


def _shared(fields: frozenset[str]) -> frozenset[str]:
    return _FIELD_SETS.setdefault(fields, fields)


def _account_cell(row: SheetRow, column: int) -> str:
    return " ".join(row.cells[column].split())


def preview(
    db: Database,
    table: Table,
    mapping: Mapping,
    today: date,
    *,
    as_of: date | None = None,
    locality: str = "",
    members: Table | None = None,
    members_mapping: Mapping | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """Every row checked against the file's rules and the book, nothing written.

    `today` is the office's date (IINs and birth dates are checked against it). `as_of` is
    the date the book's data is as of (default today): head counts and land are recorded as
    of it, and people are members from their birth or the household's opening, the earlier
    of that date and the dates of registration the file gives. `locality` is the default for
    households whose rows name none; by default the locality a title names. `members` is a
    second sheet of members keyed by account (mapped by `members_mapping`).
    """
    as_of = as_of or today
    terms = book.terms(db)
    reader = _Reader(table, mapping, terms)
    title_locality = layout.locality_from_titles(table.titles)
    default_locality = locality or title_locality
    invalid: set[RowKey] = set()
    skipped: dict[RowKey, str] = {}
    notes: list[Problem] = []
    file_totals: Figures | None = None
    blocks: list[_Block] = []
    if "account_number" not in reader.mapping:
        for sheet_row in table.rows:
            reason = layout.skip_reason(sheet_row.cells)
            if reason:
                skipped[("", sheet_row.number)] = reason
                continue
            reader.problem(sheet_row.number, "account_number", "not_mapped")
            invalid.add(("", sheet_row.number))
    else:
        column = reader.mapping["account_number"]
        width = layout.usual_width(_account_cell(r, column) for r in table.rows)
        seen: dict[str, int] = {}
        current: _Block | None = None
        for sheet_row in table.rows:
            reason = layout.skip_reason(sheet_row.cells)
            if reason:
                skipped[("", sheet_row.number)] = reason
                if layout.is_grand_total(sheet_row.cells):
                    file_totals = _totals_row(reader, sheet_row)
                continue
            raw = _account_cell(sheet_row, column)
            if not raw:
                if current is None:
                    reader.problem(sheet_row.number, "account_number", "required")
                    invalid.add(("", sheet_row.number))
                else:
                    current.rows.append(sheet_row)
                    current.filled.append(sheet_row.number)
                continue
            account = layout.pad_account(raw, width)
            if account != raw:
                reader.problem(
                    sheet_row.number,
                    "account_number",
                    "unpadded_account",
                    "warning",
                    value=raw,
                    account=account,
                )
            if current is not None and account == current.account:
                current.rows.append(sheet_row)
                continue
            current = _Block(account, [sheet_row], duplicate_of=seen.get(account, 0))
            seen.setdefault(account, sheet_row.number)
            blocks.append(current)
    members_reader: _Reader | None = None
    if members is not None:
        members_reader = _Reader(members, members_mapping or {}, terms, members.sheet)
        _attach_members(members_reader, members, blocks, skipped, invalid)

    groups: list[Group] = []
    seen_iin: dict[str, RowKey] = {}
    total = len(blocks)
    for index, block in enumerate(blocks):
        if progress is not None and index % 500 == 0:
            progress(index, 2 * total)  # reading is the first half, checking the second
        if block.filled:
            for first, last in layout.rule_ranges(block.filled):
                notes.append(
                    Problem(
                        first,
                        "",
                        "filled_down",
                        {"last": last, "account": block.account},
                        "note",
                        "account_number",
                    )
                )
        group = _block_group(reader, block, invalid, seen_iin, default_locality, as_of, today)
        if group is not None:
            groups.append(group)
    problems = [*reader.problems, *(members_reader.problems if members_reader else [])]
    refused = reader.livestock_refused | (
        members_reader.livestock_refused if members_reader else set()
    )
    outcomes: dict[str, str] = {}
    ready = [g for g in groups if g.household]
    checked = household_matching.check_import(
        db,
        [g.household for g in ready if g.household],
        today,
        None if progress is None else lambda done, _: progress(total + done, 2 * total),
    )
    for group, outcome in zip(ready, checked, strict=True):
        outcomes[group.account] = outcome.status
        headers = _headers_for(reader, members_reader)
        for index, error in outcome.member_errors:
            row = group.rows[index]
            problems.append(book_problem(row, error, headers(row)))
            invalid.add(row)
        if outcome.error is not None:
            _fail_group(problems, group, outcome.error, invalid, headers)
    notes.extend(Problem(n, "", reason, {}, "note", "", s) for (s, n), reason in skipped.items())
    notes.extend(_unmapped_columns(table, mapping, ""))
    if members is not None:
        notes.extend(_unmapped_columns(members, members_mapping or {}, members.sheet))
    order = {"error": 0, "warning": 1, "note": 2}
    problems = sorted([*problems, *notes], key=lambda p: (p.sheet, p.row, order[p.severity]))
    filled = [
        (p.row, p.params["last"], p.params["account"]) for p in notes if p.code == "filled_down"
    ]
    return ImportPlan(
        table,
        dict(mapping),
        today,
        problems,
        groups,
        invalid,
        outcomes,
        as_of,
        default_locality,
        bool(title_locality) and not locality,
        members,
        dict(members_mapping or {}),
        skipped,
        refused,
        file_totals,
        filled,
    )


def _headers_for(reader: _Reader, members_reader: _Reader | None) -> Callable[[RowKey], Mapping]:
    def headers(row: RowKey) -> Mapping:
        if row[0] and members_reader is not None:
            return members_reader.headers
        return reader.headers

    return headers


def _unmapped_columns(table: Table, mapping: Mapping, sheet: str) -> list[Problem]:
    """A note per column left out of the import that holds values (with how many)."""
    used = set(mapping.values())
    notes = []
    for index, header in enumerate(table.headers):
        if header in used:
            continue
        filled = sum(1 for r in table.rows if r.cells[index].strip())
        if filled:
            notes.append(
                Problem(0, header, "column_not_imported", {"cells": filled}, "note", "", sheet)
            )
    return notes


def _totals_row(reader: _Reader, row: SheetRow) -> Figures:
    """The file's own totals: head counts by kind (a group's total column for its group's
    unspecified kind when the parts are given too) and land."""
    heads: dict[str, int] = {}
    land = Decimal(0)
    for name, column in reader.mapping.items():
        try:
            value = parse_area(row.cells[column])
        except BookError:
            continue
        if name == "land_area":
            land = value
        elif name in reader.livestock or name.startswith(TOTAL_PREFIX):
            heads[name] = int(value)
    return Figures(0, 0, heads, land)


def _attach_members(
    reader: _Reader,
    members: Table,
    blocks: list[_Block],
    skipped: dict[RowKey, str],
    invalid: set[RowKey],
) -> None:
    """The members sheet's rows join the household of their account."""
    by_account = {b.account: b for b in reversed(blocks) if not b.duplicate_of}
    column = reader.mapping.get("account_number")
    width = layout.usual_width(b.account for b in blocks)
    for sheet_row in members.rows:
        key = (members.sheet, sheet_row.number)
        reason = layout.skip_reason(sheet_row.cells)
        if reason:
            skipped[key] = reason
            continue
        raw = _account_cell(sheet_row, column) if column is not None else ""
        block = by_account.get(layout.pad_account(raw, width)) if raw else None
        if block is None:
            code = "required" if not raw else "unknown_account"
            reader.problem(sheet_row.number, "account_number", code, value=raw)
            invalid.add(key)
            continue
        block.extra.append((reader, sheet_row))


def _fail_group(
    problems: list[Problem],
    group: Group,
    error: BookError,
    invalid: set[RowKey],
    headers: Callable[[RowKey], Mapping],
) -> None:
    """A household-level problem: no row of the account is imported.

    A new household whose head row has problems of its own fails for want of a head: the
    other rows then point at the head's row instead of repeating "head required".
    """
    bad = [r for r in group.all_rows if r in invalid]
    if error.code == "head_required" and bad:
        first = bad[0]
    else:
        first = next((r for r in group.all_rows if r not in invalid), group.all_rows[0])
        problems.append(book_problem(first, error, headers(first)))
    for row in group.all_rows:
        if row != first and row not in invalid:
            problems.append(
                Problem(row[1], "", "household_invalid", {"row": first[1]}, sheet=row[0])
            )
        invalid.add(row)
    invalid.add(first)
    group.household = None


def _block_group(
    reader: _Reader,
    block: _Block,
    invalid: set[RowKey],
    seen_iin: dict[str, RowKey],
    default_locality: str,
    as_of: date,
    today: date,
) -> Group | None:
    """One household from the rows of an account: household values agreeing, a head, members,
    land plots and head counts."""
    rows: list[_Row] = []
    for sheet_row in block.rows:
        row, ok = reader.read(sheet_row)
        if not ok:
            invalid.add(row.key)
        rows.append(row)
    for extra_reader, sheet_row in block.extra:
        row, ok = extra_reader.read(sheet_row)
        if not ok:
            invalid.add(row.key)
        rows.append(row)
    keys = [r.key for r in rows]
    if block.duplicate_of:
        first = keys[0]
        reader.problem(
            first[1], "account_number", "duplicate_account", row_first=block.duplicate_of
        )
        for key in keys[1:]:
            reader.problems.append(
                Problem(key[1], "", "household_invalid", {"row": first[1]}, sheet=key[0])
            )
        invalid.update(keys)
        return None
    household_values: dict[str, Any] = {}
    origin: dict[str, int] = {}
    livestock_kinds = [*reader.livestock, *(GROUP_KINDS[c][-1] for c, _ in reader.groups)]
    plots: list[PlotData] = []
    for row in rows:
        if row.key in invalid:
            continue  # a row with problems gives nothing, not even its address
        for name in (*HOUSEHOLD_FIELDS, "livestock_as_of", *livestock_kinds):
            if name not in row.values:
                continue
            value = row.values[name]
            if name in household_values and household_values[name] != value:
                reader.problem(row.number, name, "conflicting_value", row_first=origin[name])
                invalid.add(row.key)
            else:
                household_values.setdefault(name, value)
                origin.setdefault(name, row.number)
        if row.key not in invalid and "land_area" in row.values:
            kind = row.values.get("land_kind", layout.DEFAULT_LAND_KIND)
            plots.append(PlotData(kind, row.values["land_area"], held_from=as_of))
    people = [r for r in rows if r.is_person]
    explicit_head = [r for r in people if r.values.get("relation") == "head"]
    head_row = explicit_head[0] if explicit_head else (people[0] if people else None)
    registered = [
        r.values["registered_from"]
        for r in people
        if r.key not in invalid and "registered_from" in r.values
    ]
    opened_on = household_values.get("opened_on") or min([*registered, as_of])
    members: list[ImportedMember] = []
    member_rows: list[RowKey] = []
    for row in people:
        if row.key in invalid:
            continue
        values = dict(row.values)
        iin = values.get("iin", "")
        if iin:
            if iin in seen_iin:
                reader.problem(row.number, "iin", "duplicate_iin", row_first=seen_iin[iin][1])
                invalid.add(row.key)
                continue
            seen_iin[iin] = row.key
        given = {k for k in values if k in MemberData.__dataclass_fields__}
        relation = values.get("relation") or ("head" if row is head_row else "")
        if not relation:
            relation = "other"
            if "relation" in reader.headers:
                reader.problem(row.number, "relation", "relation_assumed", "warning")
        sex = values.get("sex", "")
        if not sex and not iin:
            sex = layout.sex_from_name(values.get("surname", ""), values.get("patronymic", ""))
            if sex:
                reader.problem(row.number, "sex", "sex_from_name", "warning", sex=sex)
        birth = values.get("birth_date")
        since = values.get("registered_from") or (
            max(birth, opened_on) if isinstance(birth, date) else opened_on
        )
        members.append(
            ImportedMember(
                MemberData(
                    surname=values.get("surname", ""),
                    name=values.get("name", ""),
                    relation=relation,
                    registered_from=since,
                    iin=iin,
                    patronymic=values.get("patronymic", ""),
                    birth_date=birth,
                    sex=sex,
                ),
                _shared(frozenset(given)),
                row.number if not row.key[0] else 0,
            )
        )
        member_rows.append(row.key)
    group = Group(block.account, member_rows, keys)
    if not members:
        if any(k not in invalid for k in keys):
            first = next(k for k in keys if k not in invalid)
            reader.problem(first[1], "surname", "no_people", account=block.account)
        invalid.update(keys)
        return None
    livestock = {
        code: household_values[code] for code in livestock_kinds if code in household_values
    }
    counted_on = household_values.get("livestock_as_of") or as_of
    data = HouseholdData(
        account_number=block.account,
        locality=household_values.get("locality", default_locality),
        opened_on=opened_on
        if "opened_on" in household_values or not livestock
        else min(opened_on, counted_on),
        **{
            name: household_values.get(name, "")
            for name in HOUSEHOLD_FIELDS
            if name not in ("account_number", "locality", "address", "opened_on")
        },
    )
    given_fields = _shared(frozenset(n for n in HOUSEHOLD_FIELDS if n in household_values))
    group.household = ImportedHousehold(
        data,
        given_fields,
        tuple(members),
        counted_on,
        livestock,
        tuple(plots),
        "land_area" in reader.mapping,
        keys[0][1],
    )
    return group
