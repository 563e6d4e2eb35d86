"""The import's words: the fields a column can be mapped to, the header words (Kazakh,
Russian, English) that find them, and the readers of values as files write them (dates, sex,
relations). Used by household_import (mapping) and household_import_rows (reading rows)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from desktop.core.spreadsheet import fix_lookalikes
from desktop.core.textsearch import fold, words
from desktop.services import import_planner as layout
from desktop.services.households import Term
from desktop.services.import_planner import GROUP_KINDS, TOTAL_PREFIX

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
        folded_names = {layout.plain(fold(term.name_kk)), layout.plain(fold(term.name_ru))}
        if any(w in folded_names for w in folded.split()):
            return term.code
    return None


def parse_count(text: str) -> int | None:
    compact = text.replace(" ", "").replace("\u00a0", "")
    if compact.endswith(".0"):
        compact = compact[:-2]
    return int(compact) if re.fullmatch(r"-?\d+", compact) else None
