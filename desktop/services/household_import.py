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
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.demo_people import locality_names
from desktop.core.iin import normalize_number
from desktop.core.spreadsheet import (
    ColumnHeader,
    SheetRow,
    SpreadsheetError,
    Table,
    fix_lookalikes,
    open_book,
)
from desktop.core.textsearch import fold, words
from desktop.services import household_matching
from desktop.services import households as book
from desktop.services import import_planner as layout
from desktop.services.household_matching import ImportedHousehold, ImportedMember
from desktop.services.household_values import (
    BookError,
    HouseholdData,
    MemberData,
    PlotData,
    parse_area,
)
from desktop.services.households import Term
from desktop.services.import_planner import GROUP_KINDS, TOTAL_PREFIX
from desktop.services.office import workplace
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
    "address",  # "ул. Абая, д. 12" in one column: street and house
    "opened_on",
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
LAND_FIELDS = ("land_area", "land_kind")
FIELDS: tuple[str, ...] = (*HOUSEHOLD_FIELDS, *MEMBER_FIELDS, *LAND_FIELDS, "livestock_as_of")
# The total column of a livestock group ("КРС всего"): checked against the group's parts.
TOTAL_FIELDS = tuple(TOTAL_PREFIX + code for code in GROUP_KINDS)
DATE_FIELDS = frozenset({"birth_date", "registered_from", "livestock_as_of", "opened_on"})
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
    "address": ("адрес*", "мекенжай*", "мекен-жай*", "мекен жайы", "address"),
    "opened_on": ("дата открытия", "ашылған күні", "opened on"),
    "land_area": (
        "площадь*",
        "жер учаске*",
        "земельн* участ*",
        "учаске ауданы",
        "жер ауданы",
        "land area",
        "area",
    ),
    "land_kind": ("вид угодий", "вид участка", "назначение", "жер түрі", "алқап түрі", "land kind"),
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
        "басшысы",
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
        "туыстығы",
        "басшысына туыст*",
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
    "cattle_bulls": ("бұқа*", "быки", "бык*", "бычк*", "bulls"),
    "cattle_young": ("төл*", "молодняк*", "young cattle"),
    "cattle_other": ("крс", "ірі қара мал", "крупный рогатый скот"),
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


# ---- the plan ----------------------------------------------------------------------------------

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
class _Group:
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
    groups: list[_Group]
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
    folded = layout.plain(" ".join(words(fix_lookalikes(text).replace(".", " "))))
    for sex, options in SEX_WORDS.items():
        if folded in {layout.plain(o) for o in options}:
            return sex
    return None


def parse_relation(text: str, relations: Sequence[Term]) -> str | None:
    folded = layout.plain(" ".join(words(fix_lookalikes(text))))
    for term in relations:
        names = (term.name_kk, term.name_ru)
        if folded == term.code or folded in (layout.plain(" ".join(words(n))) for n in names):
            return term.code
    for code, options in RELATION_WORDS.items():
        plain_options = {layout.plain(o) for o in options}
        if folded in plain_options or any(w in plain_options for w in folded.split()):
            return code
    for term in relations:  # "сын" in "сын (младший)", "қызы" in "қызы, 2-ші"
        names = {layout.plain(fold(term.name_kk)), layout.plain(fold(term.name_ru))}
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


def _book_problem(row: RowKey, error: BookError, mapping: Mapping) -> Problem:
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

    groups: list[_Group] = []
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
            problems.append(_book_problem(row, error, headers(row)))
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
    group: _Group,
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
        problems.append(_book_problem(first, error, headers(first)))
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
) -> _Group | None:
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
                frozenset(given),
                row.number if not row.key[0] else 0,
            )
        )
        member_rows.append(row.key)
    group = _Group(block.account, member_rows, keys)
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
    given_fields = frozenset(n for n in HOUSEHOLD_FIELDS if n in household_values)
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


# ---- where every cell went --------------------------------------------------------------------


def cell_fates(plan: ImportPlan) -> dict[tuple[str, int, int], str]:
    """(sheet, row, column index) -> "book" for every non-empty cell the import takes in, else
    the code of the report line that says why not: the row's (or the cell's) problem,
    "totals" / "note" / "signature" for a skipped row, "column_not_imported"."""
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
                    fate = on_cell or (on_row[0].code if on_row else "household_invalid")
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
    return bool(field_name) and (
        field_name.startswith(TOTAL_PREFIX) or field_name not in (*FIELDS,)
    )


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
    since the preview so that it no longer fits is skipped and reported.
    """
    groups = [g for g in plan.groups if g.household is not None]
    outcomes = household_matching.import_households(
        db,
        [g.household for g in groups if g.household],
        actor,
        plan.today,
        plan.source_name,
        progress,
    )
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    added = updated = 0
    late: list[Problem] = []
    for group, outcome in zip(groups, outcomes, strict=True):
        for index, error in outcome.member_errors:
            row = group.rows[index]
            if row not in plan.invalid:
                late.append(_book_problem(row, error, _plan_headers(plan, row)))
        if outcome.error is not None:
            late.extend(
                _book_problem(row, outcome.error, _plan_headers(plan, row)) for row in group.rows
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
    Cells are written as text, so an IIN keeps its leading zeros.
    """
    from openpyxl import Workbook

    problems = [p for p in (*plan.problems, *also) if p.severity == "error" and not p.sheet]
    bad_rows = plan.invalid_rows | {p.row for p in also if not p.sheet}
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
