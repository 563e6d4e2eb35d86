"""The 18 cities and districts of Appendix 1, and finding them named in seed text.

The Kazakh names are as printed in the seed; the Russian names are the official ones (the seed
has no Russian text).
"""

from __future__ import annotations

import re

from desktop.core.seed.model import District

DISTRICTS: list[District] = [
    District(code, kind, order, name_kk, name_ru)
    for order, (code, kind, name_kk, name_ru) in enumerate(
        [
            ("balkhash", "city", "Балқаш қаласы", "город Балхаш"),
            ("zhezkazgan", "city", "Жезқазған қаласы", "город Жезказган"),
            ("karaganda", "city", "Қарағанды қаласы", "город Караганда"),
            ("karazhal", "city", "Қаражал қаласы", "город Каражал"),
            ("priozersk", "city", "Приозерск қаласы", "город Приозерск"),
            ("saran", "city", "Саран қаласы", "город Сарань"),
            ("satbayev", "city", "Сәтбаев қаласы", "город Сатпаев"),
            ("temirtau", "city", "Теміртау қаласы", "город Темиртау"),
            ("shakhtinsk", "city", "Шахтинск қаласы", "город Шахтинск"),
            ("abai", "district", "Абай ауданы", "Абайский район"),
            ("aktogay", "district", "Ақтоғай ауданы", "Актогайский район"),
            ("bukhar_zhyrau", "district", "Бұқар жырау ауданы", "Бухар-Жырауский район"),
            ("zhanaarka", "district", "Жаңаарқа ауданы", "Жанааркинский район"),
            ("karkaraly", "district", "Қарқаралы ауданы", "Каркаралинский район"),
            ("nura", "district", "Нұра ауданы", "Нуринский район"),
            ("osakarovka", "district", "Осакаров ауданы", "Осакаровский район"),
            ("ulytau", "district", "Ұлытау ауданы", "Улытауский район"),
            ("shet", "district", "Шет ауданы", "Шетский район"),
        ],
        start=1,
    )
]

DISTRICT_CODES: list[str] = [district.code for district in DISTRICTS]

# the word after the proper name: "Балқаш қаласының", "Ұлытау аудандық", "Жезқазған қ."
_KIND_WORD = {"city": r"қала\w*|қ\.", "district": r"аудан\w*"}


def _proper_name(district: District) -> str:
    return district.name_kk.rsplit(" ", 1)[0]


def _pattern(district: District) -> re.Pattern[str]:
    words = r"\s+".join(map(re.escape, _proper_name(district).split()))
    return re.compile(rf"(?<!\w){words}\s+(?:{_KIND_WORD[district.kind]})", re.IGNORECASE)


_PATTERNS = [(district.code, _pattern(district)) for district in DISTRICTS]


def district_named_at_start(name: str) -> str | None:
    """The district a department or akimat name begins with ("Балқаш қаласының ауыл ...")."""
    return next((code for code, pattern in _PATTERNS if pattern.match(name)), None)


def district_named_in(address: str) -> str | None:
    """The city/district an address names, the first one if several ("Абай ауданы, ...")."""
    found = [(m.start(), code) for code, pattern in _PATTERNS if (m := pattern.search(address))]
    return min(found)[1] if found else None
