"""Importing the household book from a spreadsheet (.xlsx or .csv).

The clerk maps the file's columns to the book's fields (the mapping is remembered for files
with the same headers), sees every problem before anything is written (`preview`), then
imports the valid rows in one transaction (`run`). A row is one member; rows sharing a
personal account number form one household, whose head is the row marked head (or the first
row). Importing the same file again changes nothing. Problems are codes with parameters; the
UI words them in the user's language.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.iin import normalize_number
from desktop.core.spreadsheet import SheetRow, Table, fix_lookalikes
from desktop.core.textsearch import fold, words
from desktop.services import household_matching
from desktop.services import households as book
from desktop.services.household_matching import ImportedHousehold, ImportedMember
from desktop.services.household_values import BookError, HouseholdData, MemberData
from desktop.services.households import Term
from desktop.services.settings import get_setting, set_setting

HOUSEHOLD_FIELDS = (
    "account_number",
    "book_number",
    "book_page",
    "locality",
    "street",
    "house",
    "apartment",
    "phone",
)
MEMBER_FIELDS = (
    "iin",
    "surname",
    "name",
    "patronymic",
    "full_name",  # "surname name patronymic" in one column (ФИО / Т.А.Ә.)
    "birth_date",
    "sex",
    "relation",
    "registered_from",
)
FIELDS: tuple[str, ...] = (*HOUSEHOLD_FIELDS, *MEMBER_FIELDS, "livestock_as_of")
DATE_FIELDS = frozenset({"birth_date", "registered_from", "livestock_as_of"})
NAME_FIELDS = frozenset({"surname", "name", "patronymic", "full_name"})
TEXT_FIXED_FIELDS = NAME_FIELDS | {"locality", "street"}

Mapping = dict[str, str]  # field -> the file's column header
SETTING_PREFIX = "import_mapping:"

# Header words, folded. A word ending in "*" matches as a prefix; the longest phrase wins.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "account_number": (
        "лицевой счет",
        "лицевого счета",
        "л/с",
        "лс",
        "№ л/с",
        "дербес шот*",
        "шот",
        "account*",
        "personal account",
    ),
    "book_number": ("номер книги", "книга", "кітап*", "кітап нөмірі", "book", "book number"),
    "book_page": ("страница", "стр", "стр.", "бет", "беті", "page"),
    "locality": (
        "населенный пункт",
        "нас. пункт",
        "село",
        "ауыл",
        "елді мекен",
        "locality",
        "village",
    ),
    "street": ("улица", "ул.", "көше*", "street"),
    "house": ("дом", "№ дома", "үй", "үй нөмірі", "house"),
    "apartment": ("квартира", "кв.", "кв", "пәтер", "apartment", "flat"),
    "phone": ("телефон*", "тел.", "тел", "phone"),
    "iin": ("иин", "жсн", "iin", "иин/жсн"),
    "surname": ("фамилия", "тегі", "surname", "last name"),
    "name": ("имя", "аты", "name", "first name"),
    "patronymic": ("отчество", "әкесінің аты", "patronymic"),
    "full_name": (
        "фамилия имя отчество",
        "тегі аты әкесінің аты",
        "фио",
        "ф.и.о.",
        "т.а.ә.",
        "таә",
        "аты-жөні",
        "аты жөні",
        "full name",
    ),
    "birth_date": (
        "дата рождения",
        "дата рожд*",
        "туған күні",
        "туған",
        "birth*",
        "date of birth",
        "д.р.",
    ),
    "sex": ("пол", "жынысы", "sex", "gender"),
    "relation": (
        "отношение к главе",
        "отношение*",
        "родство",
        "кем приходится",
        "туыстық*",
        "relation*",
    ),
    "registered_from": (
        "дата регистрации",
        "зарегистрирован*",
        "прописан*",
        "тіркелген*",
        "тіркелген күні",
        "registered*",
    ),
    "livestock_as_of": ("на дату", "дата учета", "санақ күні", "есеп күні", "as of"),
}
LIVESTOCK_WORDS: dict[str, tuple[str, ...]] = {
    "cattle_cows": ("сиыр*", "коров*", "cows"),
    "cattle_heifers": ("құнажын*", "телк*", "телоч*", "heifers"),
    "cattle_bulls": ("бұқа*", "быки", "бык*", "bulls"),
    "cattle_young": ("төл*", "молодняк*", "young cattle"),
    "sheep": ("қой*", "овц*", "овец", "sheep"),
    "goats": ("ешкі*", "козы", "коз", "goats"),
    "horses": ("жылқы*", "лошад*", "horse*"),
    "camels": ("түйе*", "верблюд*", "camel*"),
    "pigs": ("шошқа*", "свин*", "pigs"),
    "poultry": ("құс*", "птиц*", "домашн* птиц*", "poultry"),
    "rabbits": ("үй қоян*", "қоян*", "кролик*", "rabbits"),
    "bee_colonies": ("ара ұя*", "пчел*", "пчелосем*", "bee*"),
}

RELATION_WORDS: dict[str, tuple[str, ...]] = {
    "head": ("глава", "басшы", "басшысы", "head", "гх", "глава семьи", "отбасы басшысы"),
    "spouse": ("жена", "муж", "супруг", "супруга", "жұбайы", "әйелі", "күйеуі", "wife", "husband"),
}
SEX_WORDS = {
    "male": ("м", "муж", "мужской", "мужчина", "ер", "еркек", "ер адам", "male", "m", "man"),
    "female": ("ж", "жен", "женский", "женщина", "әйел", "әйел адам", "female", "f", "woman"),
}
EXCEL_EPOCH = date(1899, 12, 30)
_DATE_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s.*)?$")
_DATE_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[\sT].*)?$")


# ---- fields and mapping ------------------------------------------------------------------------


def import_fields(db: Database) -> list[str]:
    """All fields a column can be mapped to: FIELDS and one per livestock group code."""
    return [*FIELDS, *(t.code for t in book.terms(db).livestock)]


def _phrases(field_name: str, livestock: Sequence[Term]) -> tuple[str, ...]:
    if field_name in HEADER_WORDS:
        return HEADER_WORDS[field_name]
    extra = LIVESTOCK_WORDS.get(field_name, ())
    term = next((t for t in livestock if t.code == field_name), None)
    names = (term.name_kk, term.name_ru) if term else ()
    return (*extra, *(fold(n) for n in names), field_name.replace("_", " "))


def _header_words(header: str) -> list[str]:
    return fold(fix_lookalikes(header)).replace("ё", "е").split()


def _phrase_matches(phrase: str, header: list[str]) -> bool:
    wanted = phrase.split()
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


def guess_mapping(headers: Sequence[str], livestock: Sequence[Term] = ()) -> Mapping:
    """Fields guessed from Kazakh, Russian or English header words; each column used once."""
    fields = [*FIELDS, *(t.code for t in livestock)]
    scored: list[tuple[int, int, int, int, str, str]] = []
    for column, header in enumerate(headers):
        header_words = _header_words(header)
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
    return mapping


def mapping_signature(headers: Iterable[str]) -> str:
    """The same for any file with these column names, in any order and letter case."""
    joined = "\x1f".join(sorted(fold(h) for h in headers if not h.startswith("#")))
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def remember_mapping(db: Database, signature: str, mapping: Mapping, actor: Actor) -> None:
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
    return guess_mapping(table.headers, book.terms(db).livestock)


# ---- the plan ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    row: int  # the row number in the file
    column: str  # the file's column header ("" when about the row as a whole)
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: str = "error"  # "error": the row is not imported; "warning": imported, check it
    field_name: str = ""  # the book's field (machine name) the problem is about, if any


@dataclass
class _Group:
    """The rows of one personal account, as they will be handed to the book."""

    account: str
    rows: list[int]  # file row numbers, parallel to members
    all_rows: list[int]  # every row of the account, those with problems too
    household: ImportedHousehold | None = None


@dataclass
class ImportPlan:
    table: Table
    mapping: Mapping
    today: date
    problems: list[Problem]
    groups: list[_Group]
    invalid_rows: set[int]
    outcomes: dict[str, str]  # account -> expected "created" / "updated" / "unchanged"

    @property
    def source_name(self) -> str:
        return self.table.source_name

    @property
    def row_count(self) -> int:
        return len(self.table.rows)

    @property
    def valid_row_count(self) -> int:
        return self.row_count - len(self.invalid_rows)

    def count(self, status: str) -> int:
        return sum(1 for s in self.outcomes.values() if s == status)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


@dataclass(frozen=True)
class ImportResult:
    households_created: int
    households_updated: int
    households_unchanged: int
    members_added: int
    members_updated: int
    invalid_rows: int
    problems: tuple[Problem, ...]  # problems found only while importing (the book changed)


# ---- reading values ----------------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    """dd.mm.yyyy, yyyy-mm-dd or an Excel serial day number; None when it is none of these."""
    text = text.strip()
    try:
        if m := _DATE_DMY.match(text):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _DATE_YMD.match(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if text.isdigit() and 1 <= int(text) <= 2958465:
            return EXCEL_EPOCH + timedelta(days=int(text))
    except ValueError:
        return None
    return None


def parse_sex(text: str) -> str | None:
    folded = " ".join(words(fix_lookalikes(text).replace(".", " ")))
    for sex, options in SEX_WORDS.items():
        if folded in options:
            return sex
    return None


def parse_relation(text: str, relations: Sequence[Term]) -> str | None:
    folded = " ".join(words(fix_lookalikes(text)))
    for term in relations:
        if folded in (term.code, fold(term.name_kk), fold(term.name_ru)):
            return term.code
    for code, options in RELATION_WORDS.items():
        if folded in options or any(w in options for w in folded.split()):
            return code
    for term in relations:  # "сын" in "сын (младший)", "қызы" in "қызы, 2-ші"
        names = {fold(term.name_kk), fold(term.name_ru)}
        if any(w in names for w in folded.split()):
            return term.code
    return None


def parse_count(text: str) -> int | None:
    compact = text.replace(" ", "").replace("\u00a0", "")
    if compact.endswith(".0"):
        compact = compact[:-2]
    return int(compact) if re.fullmatch(r"-?\d+", compact) else None


# ---- preview -----------------------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    values: dict[str, Any]
    given: set[str]


class _Reader:
    """Turns mapped cells into typed values, collecting problems."""

    def __init__(self, table: Table, mapping: Mapping, terms: book.Terms) -> None:
        self.mapping = {f: table.column(h) for f, h in mapping.items() if h in table.headers}
        self.headers = {f: h for f, h in mapping.items() if h in table.headers}
        self.relations = terms.relation
        self.livestock = [t.code for t in terms.livestock if t.code in self.mapping]
        self.problems: list[Problem] = []

    def problem(
        self, row: int, field_name: str, code: str, severity: str = "error", **params: Any
    ) -> None:
        column = self.headers.get(field_name, "")
        self.problems.append(Problem(row, column, code, params, severity, field_name))

    def read(self, sheet_row: SheetRow) -> tuple[_Row, bool]:
        n = sheet_row.number
        raw = {f: sheet_row.cells[c].strip() for f, c in self.mapping.items()}
        values: dict[str, Any] = {}
        ok = True
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
            elif name in self.livestock:
                count = parse_count(text)
                if count is None:
                    self.problem(n, name, "not_a_number", value=text)
                    ok = False
                    continue
                values[name] = count
            elif name == "full_name":
                parts = text.split()
                for part_name, part in zip(("surname", "name"), parts, strict=False):
                    values.setdefault(part_name, part)
                if len(parts) > 2:
                    values.setdefault("patronymic", " ".join(parts[2:]))
            else:
                values[name] = " ".join(text.split())
        values.pop("full_name", None)
        return _Row(n, values, set(values)), ok


def _column(error: BookError, mapping: Mapping) -> str:
    """The file's column a BookError is about ("" when no column holds that field)."""
    name = {"as_of": "livestock_as_of"}.get(error.field, error.field)
    if name in ("surname", "name", "patronymic") and name not in mapping:
        name = "full_name"
    return mapping.get(name, "")


def _book_problem(row: int, error: BookError, mapping: Mapping) -> Problem:
    """A BookError as a report line (its column "" when no column holds the field)."""
    name = {"as_of": "livestock_as_of"}.get(error.field, error.field)
    return Problem(row, _column(error, mapping), error.code, dict(error.params), "error", name)


def preview(db: Database, table: Table, mapping: Mapping, today: date) -> ImportPlan:
    """Every row checked against the file's rules and the book, nothing written.

    `today` is the office's date: IINs and birth dates are checked against it, and a row with
    no date of registration is registered from it.
    """
    day = today
    terms = book.terms(db)
    reader = _Reader(table, mapping, terms)
    invalid: set[int] = set()
    by_account: dict[str, list[_Row]] = {}
    if "account_number" not in reader.mapping:
        for sheet_row in table.rows:
            reader.problem(sheet_row.number, "account_number", "not_mapped")
            invalid.add(sheet_row.number)
    else:
        for sheet_row in table.rows:
            row, ok = reader.read(sheet_row)
            account = row.values.get("account_number", "")
            if not account:
                reader.problem(row.number, "account_number", "required")
                ok = False
            if not ok:
                invalid.add(row.number)
            by_account.setdefault(account, []).append(row)
        by_account.pop("", None)

    groups: list[_Group] = []
    seen_iin: dict[str, int] = {}
    for account, rows in by_account.items():
        group = _group(reader, account, rows, invalid, seen_iin, day)
        if group is not None:
            groups.append(group)

    outcomes: dict[str, str] = {}
    checked = household_matching.check_import(db, [g.household for g in groups if g.household], day)
    for group, outcome in zip([g for g in groups if g.household], checked, strict=True):
        outcomes[group.account] = outcome.status
        for index, error in outcome.member_errors:
            number = group.rows[index]
            reader.problems.append(_book_problem(number, error, reader.headers))
            invalid.add(number)
        if outcome.error is not None:
            _fail_group(reader, group, outcome.error, invalid)
    problems = sorted(reader.problems, key=lambda p: (p.row, p.severity != "error"))
    return ImportPlan(table, dict(mapping), day, problems, groups, invalid, outcomes)


def _fail_group(reader: _Reader, group: _Group, error: BookError, invalid: set[int]) -> None:
    """A household-level problem: no row of the account is imported.

    A new household whose head row has problems of its own fails for want of a head: the
    other rows then point at the head's row instead of repeating "head required".
    """
    bad = [r for r in group.all_rows if r in invalid]
    if error.code == "head_required" and bad:
        first = bad[0]
    else:
        first = next((r for r in group.all_rows if r not in invalid), group.all_rows[0])
        reader.problems.append(_book_problem(first, error, reader.headers))
    for row in group.all_rows:
        if row != first and row not in invalid:
            reader.problems.append(Problem(row, "", "household_invalid", {"row": first}))
        invalid.add(row)
    invalid.add(first)
    group.household = None


def _group(
    reader: _Reader,
    account: str,
    rows: list[_Row],
    invalid: set[int],
    seen_iin: dict[str, int],
    today: date,
) -> _Group | None:
    """One household from the rows of an account: household values agreeing, a head, members."""
    household_values: dict[str, Any] = {}
    origin: dict[str, int] = {}
    for row in rows:
        if row.number in invalid:
            continue  # a row with problems gives nothing, not even its address
        for name in (*HOUSEHOLD_FIELDS, "livestock_as_of", *reader.livestock):
            if name not in row.values:
                continue
            value = row.values[name]
            if name in household_values and household_values[name] != value:
                reader.problem(row.number, name, "conflicting_value", row_first=origin[name])
                invalid.add(row.number)
            else:
                household_values.setdefault(name, value)
                origin.setdefault(name, row.number)
    explicit_head = [r for r in rows if r.values.get("relation") == "head"]
    head_row = explicit_head[0] if explicit_head else rows[0]
    members: list[ImportedMember] = []
    member_rows: list[int] = []
    for row in rows:
        if row.number in invalid:
            continue
        values = dict(row.values)
        iin = values.get("iin", "")
        if iin:
            if iin in seen_iin:
                reader.problem(row.number, "iin", "duplicate_iin", row_first=seen_iin[iin])
                invalid.add(row.number)
                continue
            seen_iin[iin] = row.number
        given = {k for k in values if k in MemberData.__dataclass_fields__}
        relation = values.get("relation") or ("head" if row is head_row else "")
        if not relation:
            relation = "other"
            if "relation" in reader.headers:
                reader.problem(row.number, "relation", "relation_assumed", "warning")
        members.append(
            ImportedMember(
                MemberData(
                    surname=values.get("surname", ""),
                    name=values.get("name", ""),
                    relation=relation,
                    registered_from=values.get("registered_from", today),
                    iin=iin,
                    patronymic=values.get("patronymic", ""),
                    birth_date=values.get("birth_date"),
                    sex=values.get("sex", ""),
                ),
                frozenset(given),
            )
        )
        member_rows.append(row.number)
    group = _Group(account, member_rows, [r.number for r in rows])
    if not members:
        for row in rows:  # every row already has its own problem
            invalid.add(row.number)
        return None
    livestock = {
        code: household_values[code] for code in reader.livestock if code in household_values
    }
    as_of = household_values.get("livestock_as_of") or date(today.year, 1, 1)
    starts = [m.data.registered_from for m in members] + ([as_of] if livestock else [])
    data = HouseholdData(
        account_number=account,
        locality=household_values.get("locality", ""),
        opened_on=min(starts),
        **{
            name: household_values.get(name, "")
            for name in HOUSEHOLD_FIELDS
            if name not in ("account_number", "locality")
        },
    )
    household_given = frozenset(n for n in HOUSEHOLD_FIELDS if n in household_values)
    group.household = ImportedHousehold(data, household_given, tuple(members), as_of, livestock)
    return group


# ---- import ------------------------------------------------------------------------------------


def run(db: Database, plan: ImportPlan, actor: Actor) -> ImportResult:
    """Import the plan's valid households in ONE transaction; nothing is written on error.

    The book is checked again inside the transaction: a household that someone changed
    since the preview so that it no longer fits is skipped and reported.
    """
    groups = [g for g in plan.groups if g.household is not None]
    outcomes = household_matching.import_households(
        db, [g.household for g in groups if g.household], actor, plan.today, plan.source_name
    )
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    added = updated = 0
    late: list[Problem] = []
    for group, outcome in zip(groups, outcomes, strict=True):
        for index, error in outcome.member_errors:
            row = group.rows[index]
            if row not in plan.invalid_rows:
                late.append(_book_problem(row, error, plan.mapping))
        if outcome.error is not None:
            late.extend(_book_problem(row, outcome.error, plan.mapping) for row in group.rows)
            continue
        counts[outcome.status] += 1
        added += outcome.members_added
        updated += outcome.members_updated
    late_rows = {p.row for p in late}
    return ImportResult(
        counts["created"],
        counts["updated"],
        counts["unchanged"],
        added,
        updated,
        len(plan.invalid_rows | late_rows),
        tuple(late),
    )


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
    Cells are written as text, so an IIN keeps its leading zeros.
    """
    from openpyxl import Workbook

    problems = [p for p in (*plan.problems, *also) if p.severity == "error"]
    bad_rows = plan.invalid_rows | {p.row for p in also}
    texts: dict[int, list[str]] = {}
    for p in problems:
        text = describe(p) if describe else p.code
        texts.setdefault(p.row, []).append(f"{p.column}: {text}" if p.column else text)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append([*plan.table.headers, problem_header])
    count = 0
    for row in plan.table.rows:
        if row.number in bad_rows:
            sheet.append([*row.cells, "; ".join(texts.get(row.number, []))])
            count += 1
    workbook.save(str(path))
    return count
