"""How an office's book is laid out, read off its table before any value is checked.

Offices keep the book in a few shapes (see tests/books): one row per person with the household's
facts on the head's row only, one row per household with the members in a second sheet, the
locality in a title above the header, livestock by group and sub-group with a total per group,
land with or without its kind, totals and signature lines under the table. This module holds
the rules that recognise those shapes; household_import applies them row by row:

- `skip_reason`: a totals row ("Итого", "Барлығы"), a note ("Ескерту: ...") or a signature line
  ("Специалист ______ Ахметова") is left out with a note, never read as a broken household;
- `locality_from_titles`: "Ботақара селосы бойынша ..." / "... села Ботақара" -> "Ботақара";
- `usual_width` / `pad_account`: "5" among "0001", "0002" is account "0005";
- `livestock_groups`: the "всего" column of a group ("КРС", "Қой-ешкі") and the book's kinds
  it totals; what the total holds beyond its parts is counted as the group's unspecified kind;
- `sex_from_name`, `parse_land_kind`, `split_address`: values that files write
  their own way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.core.spreadsheet import ColumnHeader, fix_lookalikes
from desktop.core.textsearch import fold, words

TOTAL_PREFIX = "total:"  # a mapping field "total:cattle" is the cattle group's total column
# The book's kinds of each livestock group that a file may total; the last is "unspecified".
GROUP_KINDS: dict[str, tuple[str, ...]] = {
    "cattle": ("cattle_cows", "cattle_heifers", "cattle_bulls", "cattle_young", "cattle_other"),
    "sheep_goats": ("sheep", "goats", "sheep_goats_other"),
}
# A group's heading when no part tells the group ("КРС" alone): folded word prefixes.
GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "cattle": ("крс", "ірі қара", "крупн рогат"),
    "sheep_goats": ("овцы и козы", "мрс", "қой-ешкі", "қой ешкі", "уақ мал", "мелк рогат"),
}
DEFAULT_LAND_KIND = "house_plot"
LAND_WORDS: dict[str, tuple[str, ...]] = {
    "house_plot": ("приусад", "усадеб", "үй маң", "ұжм"),
    "garden": ("огород", "бақша", "бау"),
    "arable": ("пашн", "егіс", "пахот"),
    "hayfield": ("сенокос", "шабынд", "шөп"),
    "pasture": ("пастбищ", "жайылым", "выпас"),
}

_TOTAL_WORDS = frozenset({"итого", "всего", "барлығы", "барлыгы", "жиыны", "жиыны:", "total"})
_NOTE_WORDS = ("ескерту", "примечание", "прим.", "ескерту:")
_SIGNATURE = re.compile(r"_{3,}|\bм\.\s?п\.|мөр орны")
_TITLE_LOCALITY = (
    re.compile(r"(\w[\w-]*)\s+(?:селосы|ауылы|кенті|поселкесі)", re.IGNORECASE),
    re.compile(r"(?:села|посёлка|поселка|аула|с\.|п\.)\s*(\w[\w-]*)", re.IGNORECASE),
)
_MALE_PATRONYMIC = ("ұлы", "улы", "ович", "евич", "ьич", "оглы", "уулу")
_FEMALE_PATRONYMIC = ("қызы", "кызы", "овна", "евна", "ична", "инична")
_FEMALE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")
_MALE_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")
_ADDRESS = re.compile(
    r"^(?:ул\.?|улица|көш\.?|көшесі)?\s*(?P<street>[^,]+?)\s*,\s*"
    r"(?:д\.?|дом|үй)\s*(?P<house>[^,\s]+)(?:\s*,\s*(?:кв\.?|пәтер)\s*(?P<flat>\S+))?$",
    re.IGNORECASE,
)


# Windows-1251 has no Kazakh letters: a book saved in it carries the Russian letters typed
# instead (қ -> к, ә -> а ...). Words are compared with both sides so reduced.
_PLAIN = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһ", "АаГгКкНнОоУуУуХх")


def plain(text: str) -> str:
    """Kazakh letters as the Russian ones a Windows-1251 file has instead."""
    return text.translate(_PLAIN)


def skip_reason(cells: Sequence[str]) -> str:
    """ "totals", "note" or "signature" for a row that is no household; "" for any other."""
    texts = [c.strip() for c in cells if c.strip()]
    if not texts:
        return ""
    first = fold(texts[0])
    first_word = first.split()[0].strip(".,:;()") if first.split() else ""
    if first_word in _TOTAL_WORDS:
        return "totals"
    if first.startswith(_NOTE_WORDS):
        return "note"
    if any(_SIGNATURE.search(fold(t)) for t in texts):
        return "signature"
    return ""


def is_grand_total(cells: Sequence[str]) -> bool:
    """A totals row of the whole sheet ("Итого"), not of a part ("Барлығы (1-6)")."""
    texts = [c.strip() for c in cells if c.strip()]
    return bool(texts) and fold(texts[0]).strip(" .:") in _TOTAL_WORDS


def locality_from_titles(titles: Iterable[str]) -> str:
    """The village a title names: "Ботақара селосы бойынша ..." -> "Ботақара"; "" when none."""
    for title in titles:
        text = fix_lookalikes(" ".join(title.split()))
        for pattern in _TITLE_LOCALITY:
            if found := pattern.search(text):
                name = found.group(1).strip("-")
                if name[:1].isupper():
                    return name
    return ""


_TITLE_DATE = re.compile(r"\b(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\b")


def date_from_titles(titles: Iterable[str], parse: Callable[[str], date | None]) -> date | None:
    """A date a title states ("... на 01.01.2026", "01.01.2026 жағдай бойынша")."""
    for title in titles:
        for found in _TITLE_DATE.finditer(title):
            if (day := parse(found.group(1))) is not None:
                return day
    return None


def usual_width(accounts: Iterable[str]) -> int:
    """The width of the file's zero-padded account numbers ("0001": 4); 0 when none is."""
    widths = Counter(len(a) for a in accounts if a.isdigit() and a.startswith("0"))
    return widths.most_common(1)[0][0] if widths else 0


def pad_account(account: str, width: int) -> str:
    return account.zfill(width) if account.isdigit() and len(account) < width else account


@dataclass(frozen=True)
class LivestockGroup:
    code: str  # "cattle", "sheep_goats"
    total_column: str  # the header of its "всего" column
    parts: tuple[str, ...]  # the book's kinds the file gives for it (mapped columns)

    @property
    def other(self) -> str:
        return GROUP_KINDS[self.code][-1]


def group_of_heading(text: str) -> str:
    folded = " ".join(words(text)) or fold(text)
    for code, options in GROUP_WORDS.items():
        if any(folded.startswith(o) or f" {o}" in f" {folded}" for o in options):
            return code
    return ""


def livestock_groups(
    columns: Sequence[ColumnHeader], kind_of: dict[str, str]
) -> list[LivestockGroup]:
    """The total columns of livestock groups: a column whose last header part says "всего" /
    "барлығы", grouped under a heading whose other columns are the group's kinds.
    `kind_of`: column header -> the book's livestock kind it was mapped to."""
    groups = []
    for column in columns:
        if not column.is_total or len(column.parts) < 2:
            continue
        siblings = [
            c.name
            for c in columns
            if c.parts[:-1] == column.parts[:-1] and not c.is_total and c.name in kind_of
        ]
        kinds = {kind_of[name] for name in siblings}
        code = next(
            (g for g, members in GROUP_KINDS.items() if kinds and kinds <= set(members)), ""
        )
        code = code or group_of_heading(column.group)
        if code:
            parts = tuple(kind_of[name] for name in siblings if kind_of[name] in GROUP_KINDS[code])
            groups.append(LivestockGroup(code, column.name, parts))
    return groups


def sex_from_name(surname: str, patronymic: str) -> str:
    """ "male" / "female" as Kazakh and Russian patronymics and surnames show it; "" if not."""
    patronymic = fold(patronymic).strip(" .")
    if patronymic.endswith(_MALE_PATRONYMIC):
        return "male"
    if patronymic.endswith(_FEMALE_PATRONYMIC):
        return "female"
    surname = fold(surname).strip(" .")
    if surname.endswith(_FEMALE_SURNAME):
        return "female"
    if surname.endswith(_MALE_SURNAME):
        return "male"
    return ""


def parse_land_kind(text: str, names: Mapping[str, tuple[str, ...]]) -> str:
    """The book's land purpose code for a file's words ("пашня", "шабындық"); "" if unknown.
    `names`: code -> the book's own folded names of it (kk, ru)."""
    folded = plain(" ".join(words(fix_lookalikes(text))))
    for code, own in names.items():
        if folded in {plain(" ".join(words(n))) for n in own}:
            return code
    for code, stems in LAND_WORDS.items():
        if any(folded.startswith(plain(s)) or f" {plain(s)}" in f" {folded}" for s in stems):
            return code
    return ""


def split_address(text: str) -> tuple[str, str, str]:
    """ "ул. Абая, д. 12, кв. 3" -> ("Абая", "12", "3"); otherwise the whole text as the street."""
    text = " ".join(text.split())
    if found := _ADDRESS.match(text):
        return found.group("street"), found.group("house"), found.group("flat") or ""
    return text, "", ""


def rule_ranges(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of row numbers: [6, 7, 8, 11] -> [(6, 8), (11, 11)]."""
    runs: list[tuple[int, int]] = []
    for number in rows:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs
