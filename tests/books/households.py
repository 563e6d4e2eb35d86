"""Household layouts: one row per person, one row per household with a members sheet, land,
and big books for benchmarks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from desktop.core.demo_people import DemoFamily, DemoPeople
from desktop.core.spreadsheet import column_letters
from tests.books.plan import (
    LOCALITY,
    TODAY,
    BookFile,
    Problem,
    SheetPlan,
    Totals,
    Value,
    as_text,
    book_path,
    column_sums,
    demo_families,
    herd_of,
    land_of,
    relation_names,
    write,
)

# ---- one row per person ------------------------------------------------------------------------

PERSON_HEADERS = (
    "Дербес шот №",
    "Көше",
    "Үй",
    "Тегі",
    "Аты",
    "Әкесінің аты",
    "ЖСН",
    "Туған күні",
    "Отбасы басшысына туыстығы",
    "Жер учаскесі, га",
    "Сиырлар",
    "Қойлар",
    "Ешкілер",
    "Жылқылар",
    "Құстар",
)
PERSON_KINDS = ("cattle_cows", "sheep", "goats", "horses", "poultry")
PERSON_TITLE = f"{LOCALITY} селосы бойынша шаруашылық кітабы"


def _person_rows(
    families: Sequence[DemoFamily], relations: dict[str, str], accounts: Sequence[Value]
) -> Iterator[list[Value]]:
    for family, account in zip(families, accounts, strict=True):
        counts = herd_of(family)
        for person in family.people:
            row: list[Value] = [
                account if person is family.head else None,
                family.street if person is family.head else None,
                family.house if person is family.head else None,
                person.surname,
                person.name,
                person.patronymic,
                person.iin,
                person.birth_date,
                relations[person.relation],
            ]
            if person is family.head:
                row.append(float(land_of(family)) if family.plots else None)
                row.extend(counts.get(kind) for kind in PERSON_KINDS)
            yield row


def person_rows(
    folder: Path, format: str = "xlsx", households: int = 12, seed: int = 1
) -> BookFile:
    """One row per person; the account, address, land and livestock on the head's row only.

    Row 1 is the title (merged across the table in a workbook), row 2 blank, row 3 the
    header. Household 5's account is the number 5 (the others "0001" ...); household 9
    repeats household 3's account. A subtotal row ("Барлығы") follows household 6, a note
    row the subtotal; the total and a signature line end the sheet.
    """
    families = demo_families(households, seed)
    accounts: list[Value] = [f"{i:04d}" for i in range(1, households + 1)]
    accounts[4] = 5
    accounts[8] = accounts[2]
    sheet = SheetPlan("Кітап", header_rows=(3,), headers=PERSON_HEADERS, titles=(PERSON_TITLE,))
    sheet.put([PERSON_TITLE])
    sheet.put()
    sheet.put(PERSON_HEADERS)
    sheet.merges.append(f"A1:{column_letters(len(PERSON_HEADERS))}1")
    relations = relation_names("kk")
    problems = []
    rows = _person_rows(families, relations, accounts)
    for index, family in enumerate(families):
        for person in family.people:
            number = sheet.add(next(rows))
            if person is family.head and index == 4:
                problems.append(Problem(number, PERSON_HEADERS[0], "unpadded_account"))
            if person is family.head and index == 8:
                problems.append(Problem(number, PERSON_HEADERS[0], "duplicate_account"))
        if index == 5:
            sheet.skip(["Барлығы (1-6)", *column_sums(sheet, 9)[1:]])
            sheet.skip(["Ескерту: 7-шаруашылық 2025 жылы көшіп келді"])
    sheet.skip(["Барлығы", *column_sums(sheet, 9)[1:]])
    sheet.put()
    sheet.skip(["Әкім аппаратының бас маманы ____________ Ахметова Г.С."])
    if format != "xlsx":
        sheet.merges.clear()
    heads: Counter[str] = Counter()
    for family in families:
        heads.update({k: n for k, n in herd_of(family).items() if k in PERSON_KINDS})
    land = sum((land_of(f) for f in families), Decimal(0))
    path = book_path(folder, f"person-rows-{format}", format)
    write(path, format, [sheet])
    return BookFile(
        path,
        format,
        (sheet,),
        as_text(LOCALITY, format),
        tuple(as_text(a, format) for a in accounts),
        tuple(problems),
        Totals(len(families), sum(len(f.people) for f in families), dict(heads), land, {"": land}),
    )


# ---- one row per household, members in a second sheet -----------------------------------------

HOUSEHOLD_HEADERS = (
    "№ л/с",
    "Адрес",
    "ФИО главы хозяйства",
    "ИИН",
    "Дата рождения",
    "Площадь участка, га",
    "КРС",
    "Овцы",
    "Лошади",
    "Птица",
)
HOUSEHOLD_KINDS = ("cattle_cows", "sheep", "horses", "poultry")
MEMBER_HEADERS = ("№ л/с", "ФИО", "ИИН", "Дата рождения", "Родство")


def _comma(area: Decimal) -> str:
    return f"{area}".replace(".", ",")


def household_rows(folder: Path, households: int = 10, seed: int = 2) -> BookFile:
    """Sheet "Хозяйства": one row per household (its head), accounts as numbers 1, 2 ...,
    dates and comma decimals typed as text, no locality anywhere; "Итого" and a signature
    end it. Sheet "Члены семьи": the other members, keyed by account."""
    families = demo_families(households, seed)
    relations = relation_names("ru")
    main = SheetPlan("Хозяйства", header_rows=(1,), headers=HOUSEHOLD_HEADERS)
    members = SheetPlan("Члены семьи", header_rows=(1,), headers=MEMBER_HEADERS)
    main.put(HOUSEHOLD_HEADERS)
    members.put(MEMBER_HEADERS)
    for account, family in enumerate(families, start=1):
        head = family.head
        counts = herd_of(family)
        main.add(
            [
                account,
                f"ул. {family.street}, д. {family.house}",
                head.full_name,
                head.iin,
                head.birth_date.strftime("%d.%m.%Y"),
                _comma(land_of(family)) if family.plots else None,
                *(counts.get(kind) for kind in HOUSEHOLD_KINDS),
            ]
        )
        for person in family.people[1:]:
            members.add(
                [
                    account,
                    person.full_name,
                    person.iin,
                    person.birth_date.strftime("%d.%m.%Y"),
                    relations[person.relation],
                ]
            )
    main.skip(["Итого", None, None, None, None, None, *column_sums(main, 6)[6:]])
    main.skip([None, "Специалист ____________ Ахметова Г.С."])
    path = book_path(folder, "household-rows", "xlsx")
    write(path, "xlsx", [main, members])
    heads: Counter[str] = Counter()
    for family in families:
        heads.update({k: n for k, n in herd_of(family).items() if k in HOUSEHOLD_KINDS})
    land = sum((land_of(f) for f in families), Decimal(0))
    return BookFile(
        path,
        "xlsx",
        (main, members),
        "",
        tuple(str(a) for a in range(1, households + 1)),
        (),
        Totals(len(families), sum(len(f.people) for f in families), dict(heads), land, {"": land}),
    )


# ---- land --------------------------------------------------------------------------------------

LAND_KINDS = {
    "house_plot": "приусадебный участок",
    "garden": "огород",
    "arable": "пашня",
    "hayfield": "сенокос",
    "pasture": "пастбище",
}


def land_plots(
    folder: Path, kind_column: bool = True, decimal: str = ",", households: int = 10, seed: int = 1
) -> BookFile:
    """Land in hectares, with `decimal` as the decimal mark ("," typed as text, "." as
    numbers). With a kind column: one row per plot, the account and the head's name on the
    household's first plot only. Without: one row per household with its whole area."""
    families = [f for f in demo_families(households * 2, seed) if f.plots][:households]
    headers: tuple[str, ...] = ("№ л/с", "ФИО главы хозяйства", "Вид угодий", "Площадь, га")
    if not kind_column:
        headers = ("№ л/с", "ФИО главы хозяйства", "Площадь участка, га")
    sheet = SheetPlan("Земля", header_rows=(1,), headers=headers)
    sheet.put(headers)

    def area(value: Decimal) -> Value:
        return str(value).replace(".", ",") if decimal == "," else float(value)

    by_kind: dict[str, Decimal] = {}
    for account, family in enumerate(families, start=1):
        first: list[Value] = [f"{account:03d}", family.head.full_name]
        if not kind_column:
            sheet.add([*first, area(land_of(family))])
            continue
        for plot in family.plots:
            sheet.add([*first, LAND_KINDS[plot.purpose], area(plot.area_ha)])
            by_kind[plot.purpose] = by_kind.get(plot.purpose, Decimal(0)) + plot.area_ha
            first = [None, None]
    land = sum((land_of(f) for f in families), Decimal(0))
    sheet.skip(["Итого", None, None, area(land)] if kind_column else ["Итого", None, area(land)])
    mark = "comma" if decimal == "," else "point"
    path = book_path(folder, f"land-{'kinds' if kind_column else 'areas'}-{mark}", "xlsx")
    write(path, "xlsx", [sheet])
    return BookFile(
        path,
        "xlsx",
        (sheet,),
        "",
        tuple(f"{i:03d}" for i in range(1, len(families) + 1)),
        (),
        Totals(
            len(families),
            len(families),
            {},
            land,
            by_kind if kind_column else {"": land},
        ),
    )


# ---- big books for benchmarks ------------------------------------------------------------------


def large_book(path: Path, rows: int, seed: int = 1) -> int:
    """person_rows' layout with `rows` people (no planted problems), written row by row so
    that 200,000 rows need little memory; returns the number of households."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Кітап")
    sheet.append([PERSON_TITLE])
    sheet.append([])
    sheet.append(list(PERSON_HEADERS))
    relations = relation_names("kk")
    people = DemoPeople(seed, TODAY)
    written = households = 0
    while written < rows:
        family = people.family()
        households += 1
        for row in _person_rows([family], relations, [f"{households:05d}"]):
            if written == rows:
                break
            sheet.append(row)
            written += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return households
