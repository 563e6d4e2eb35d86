"""The 18 cities and districts of Appendix 1, and finding them named in seed text.

The Kazakh names are as printed in the seed; the Russian names are derived from their established
forms (names_ru.py, place_names_ru.py) and flagged like every derived name.
"""

from __future__ import annotations

import re

from desktop.core.seed.model import District
from desktop.core.seed.names_ru import district_names_ru

# code, kind, name as printed
_PRINTED = [
    ("balkhash", "city", "Балқаш қаласы"),
    ("zhezkazgan", "city", "Жезқазған қаласы"),
    ("karaganda", "city", "Қарағанды қаласы"),
    ("karazhal", "city", "Қаражал қаласы"),
    ("priozersk", "city", "Приозерск қаласы"),
    ("saran", "city", "Саран қаласы"),
    ("satbayev", "city", "Сәтбаев қаласы"),
    ("temirtau", "city", "Теміртау қаласы"),
    ("shakhtinsk", "city", "Шахтинск қаласы"),
    ("abai", "district", "Абай ауданы"),
    ("aktogay", "district", "Ақтоғай ауданы"),
    ("bukhar_zhyrau", "district", "Бұқар жырау ауданы"),
    ("zhanaarka", "district", "Жаңаарқа ауданы"),
    ("karkaraly", "district", "Қарқаралы ауданы"),
    ("nura", "district", "Нұра ауданы"),
    ("osakarovka", "district", "Осакаров ауданы"),
    ("ulytau", "district", "Ұлытау ауданы"),
    ("shet", "district", "Шет ауданы"),
]


def proper_name(name_kk: str) -> str:
    """The name without its kind word: "Бұқар жырау ауданы" -> "Бұқар жырау"."""
    return name_kk.rsplit(" ", 1)[0]


def _district(order: int, code: str, kind: str, name_kk: str) -> District:
    russian = district_names_ru(kind, proper_name(name_kk))
    return District(code, kind, order, name_kk, russian.name_ru, russian.district_flags)


DISTRICTS: list[District] = [
    _district(order, *printed) for order, printed in enumerate(_PRINTED, start=1)
]

DISTRICT_CODES: list[str] = [district.code for district in DISTRICTS]

# the word after the proper name: "Балқаш қаласының", "Ұлытау аудандық", "Жезқазған қ."
_KIND_WORD = {"city": r"қала\w*|қ\.", "district": r"аудан\w*"}


def _pattern(district: District) -> re.Pattern[str]:
    words = r"\s+".join(map(re.escape, proper_name(district.name_kk).split()))
    return re.compile(rf"(?<!\w){words}\s+(?:{_KIND_WORD[district.kind]})", re.IGNORECASE)


_PATTERNS = [(district.code, _pattern(district)) for district in DISTRICTS]


def district_named_at_start(name: str) -> str | None:
    """The district a department or akimat name begins with ("Балқаш қаласының ауыл ...")."""
    return next((code for code, pattern in _PATTERNS if pattern.match(name)), None)


def district_named_in(address: str) -> str | None:
    """The city/district an address names, the first one if several ("Абай ауданы, ...")."""
    found = [(m.start(), code) for code, pattern in _PATTERNS if (m := pattern.search(address))]
    return min(found)[1] if found else None
