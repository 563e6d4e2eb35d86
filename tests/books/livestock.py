"""Livestock by group and sub-group under two- and three-row headers."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

from desktop.core.spreadsheet import column_letters
from tests.books.plan import (
    LOCALITY,
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
    write,
)

# ---- livestock by group and sub-group ----------------------------------------------------------

# Columns as (group, heading, kind): a group's total has kind "" and the group's code in
# GROUP_PARTS; a column outside any group has group "".
LIVESTOCK_COLUMNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "ru": (
        ("КРС", "всего", ""),
        ("КРС", "в т.ч. коровы", "cattle_cows"),
        ("КРС", "тёлки", "cattle_heifers"),
        ("КРС", "бычки", "cattle_bulls"),
        ("Овцы и козы", "всего", ""),
        ("Овцы и козы", "в т.ч. овцы", "sheep"),
        ("Овцы и козы", "козы", "goats"),
        ("", "Лошади", "horses"),
        ("", "Верблюды", "camels"),
        ("", "Свиньи", "pigs"),
        ("", "Птица", "poultry"),
    ),
    "kk": (
        ("Ірі қара мал", "барлығы", ""),
        ("Ірі қара мал", "оның ішінде сиырлар", "cattle_cows"),
        ("Ірі қара мал", "құнажындар", "cattle_heifers"),
        ("Ірі қара мал", "бұқалар", "cattle_bulls"),
        ("Қой-ешкі", "барлығы", ""),
        ("Қой-ешкі", "оның ішінде қойлар", "sheep"),
        ("Қой-ешкі", "ешкілер", "goats"),
        ("", "Жылқылар", "horses"),
        ("", "Түйелер", "camels"),
        ("", "Шошқалар", "pigs"),
        ("", "Құстар", "poultry"),
    ),
}
GROUP_PARTS = {
    "cattle": ("cattle_cows", "cattle_heifers", "cattle_bulls"),
    "sheep_goats": ("sheep", "goats"),
}
LIVESTOCK_TITLES = {
    "ru": f"Сведения о поголовье скота в личных подсобных хозяйствах села {LOCALITY}",
    "kk": f"{LOCALITY} селосы бойынша жеке қосалқы шаруашылықтардағы мал басы",
}
LIVESTOCK_LEADING = {"ru": ("№ л/с", "ФИО главы хозяйства"), "kk": ("Дербес шот", "Басшысы")}
LIVESTOCK_TOP = "Мал басы, бас"  # the Kazakh header's first row, over every livestock column

# Planted by household index: counts that replace the family's, the problem (or warning)
# and the kind of the column it is reported on. "cattle" / "sheep_goats" set a total.
PLANTED: dict[int, tuple[dict[str, float], str, str]] = {
    2: ({"cattle_cows": 3, "cattle_heifers": 1, "cattle_bulls": 0, "cattle": 6},
        "total_exceeds_parts", "cattle"),
    4: ({"sheep": 12, "goats": 3, "sheep_goats": 10}, "part_exceeds_total", "sheep"),
    6: ({"horses": -2}, "negative_count", "horses"),
    7: ({"poultry": 12.5}, "fractional_count", "poultry"),
}  # fmt: skip


def _area(first_row: int, first: int, last_row: int, last: int) -> str:
    return f"{column_letters(first)}{first_row}:{column_letters(last)}{last_row}"


def _livestock_header(language: str, first_row: int) -> tuple[list[list[Value]], list[str]]:
    """The header's rows (two, or three with the Kazakh top row) and its merged areas."""
    leading = LIVESTOCK_LEADING[language]
    columns = LIVESTOCK_COLUMNS[language]
    top = 1 if language == "kk" else 0
    levels = top + 2
    last_row = first_row + levels - 1
    rows: list[list[Value]] = [[None] * (len(leading) + len(columns)) for _ in range(levels)]
    merges = []
    for column, text in enumerate(leading, start=1):
        rows[0][column - 1] = text
        merges.append(_area(first_row, column, last_row, column))
    if top:
        rows[0][len(leading)] = LIVESTOCK_TOP
        merges.append(_area(first_row, len(leading) + 1, first_row, len(rows[0])))
    group_row = first_row + top
    for index, (group, heading, _) in enumerate(columns):
        column = len(leading) + index + 1
        if not group:
            rows[top][column - 1] = heading
            merges.append(_area(group_row, column, last_row, column))
            continue
        rows[top + 1][column - 1] = heading
        if index == 0 or columns[index - 1][0] != group:
            rows[top][column - 1] = group
            width = sum(1 for g, _, _ in columns if g == group)
            merges.append(_area(group_row, column, group_row, column + width - 1))
    return rows, merges


def _livestock_names(language: str) -> tuple[str, ...]:
    top = f"{LIVESTOCK_TOP} " if language == "kk" else ""
    columns = LIVESTOCK_COLUMNS[language]
    return (
        *LIVESTOCK_LEADING[language],
        *(
            f"{top}{group} {heading}" if group else f"{top}{heading}"
            for group, heading, _ in columns
        ),
    )


def _livestock_cells(counts: dict[str, float], language: str) -> list[Value]:
    cells: list[Value] = []
    for group, _, kind in LIVESTOCK_COLUMNS[language]:
        if kind:
            cells.append(counts.get(kind) or None)
            continue
        code = _group_code(language, group)
        total = counts.get(code, sum(counts.get(k, 0) for k in GROUP_PARTS[code]))
        cells.append(total or None)
    return cells


def _group_code(language: str, group: str) -> str:
    """The code ("cattle", "sheep_goats") of a group heading."""
    parts = {kind for g, _, kind in LIVESTOCK_COLUMNS[language] if g == group and kind}
    return next(code for code, kinds in GROUP_PARTS.items() if parts == set(kinds))


def livestock_groups(
    folder: Path, language: str = "ru", format: str = "xlsx", households: int = 10, seed: int = 3
) -> BookFile:
    """One row per household with livestock by group and sub-group.

    Russian: a two-row header ("КРС" over "всего / в т.ч. коровы / тёлки / бычки", "Овцы и
    козы" over "всего / в т.ч. овцы / козы"; the single columns merged down). Kazakh: three
    rows, "Мал басы, бас" over all the livestock. The title in row 1, the header from row 3,
    a row of column numbers under it. Planted (PLANTED): household 3's cattle total is 2
    above its parts (a warning: 2 unspecified), household 5's sheep exceed their group's
    total, household 7 has -2 horses, household 8 12.5 poultry. A total ("Итого" /
    "Барлығы") and a signature end the sheet. In a text file the groups are written once
    with blank cells to their right, as Excel saves merged cells.
    """
    families = demo_families(households, seed)
    title = LIVESTOCK_TITLES[language]
    header, merges = _livestock_header(language, 3)
    names = _livestock_names(language)
    sheet = SheetPlan("Мал басы" if language == "kk" else "Поголовье", titles=(title,))
    sheet.put([title])
    sheet.put()
    sheet.header_rows = tuple(sheet.put(row) for row in header)
    sheet.headers = names
    sheet.put(list(range(1, len(names) + 1)))
    if format == "xlsx":
        sheet.merges = [_area(1, 1, 1, len(names)), *merges]
    leading = len(LIVESTOCK_LEADING[language])
    kinds = [kind or _group_code(language, group) for group, _, kind in LIVESTOCK_COLUMNS[language]]
    heads: Counter[str] = Counter()
    unspecified: Counter[str] = Counter()
    problems = []
    for index, family in enumerate(families):
        counts: dict[str, float] = dict(herd_of(family))
        planted, code, kind = PLANTED.get(index, ({}, "", ""))
        counts.update(planted)
        row = [f"{index + 1:03d}", family.head.full_name, *_livestock_cells(counts, language)]
        number = sheet.add(row)
        if code:
            problems.append(Problem(number, names[leading + kinds.index(kind)], code))
        if code and code != "total_exceeds_parts":
            continue
        for group, parts in GROUP_PARTS.items():
            total = counts.get(group)
            if total is not None:
                unspecified[group] += int(total) - sum(int(counts.get(p, 0)) for p in parts)
        heads.update(
            {k: int(n) for k, n in counts.items() if k in kinds and k not in GROUP_PARTS and n}
        )
    sheet.skip(
        ["Итого" if language == "ru" else "Барлығы", None, *column_sums(sheet, leading)[leading:]]
    )
    sheet.skip(["Специалист ____________ Ахметова Г.С."])
    path = book_path(folder, f"livestock-{language}-{format}", format)
    write(path, format, [sheet])
    return BookFile(
        path,
        format,
        (sheet,),
        as_text(LOCALITY, format),
        tuple(f"{i:03d}" for i in range(1, households + 1)),
        tuple(problems),
        Totals(
            len(families),
            len(families),  # the heads only: this layout lists no members
            dict(heads),
            Decimal(0),
            unspecified=dict(unspecified),
        ),
    )
