"""Russian names of the akim offices, cities/districts and akimats, derived by rule and flagged.

The seed names everything in Kazakh only. A Russian name is made of two parts:

- the kind words, translated and put in Russian order and case: "Гүлшат кенті әкімінің
  аппараты" -> "Аппарат акима посёлка Гулшат", "Жартас селолық округі әкімінің аппараты" ->
  "Аппарат акима сельского округа Жартас", "Абай ауданы әкімінің аппараты" -> "Аппарат акима
  Абайского района". The proper name stays in the nominative after the kind word, a form
  official lists use ("Сельский округ Тасарал", https://atau.kz/kz/search?page=53&type=24):
  a rule cannot make the adjectives other okrugs are named with ("Жартасский") reliably;
- the proper name, made in one of three ways (the METHODS), in this order:
  "known form" - its established Russian form from place_names_ru (the source is cited);
  "as printed" - the seed prints it with no letter peculiar to Kazakh ("Новодолинский"), so it
  is kept; "transliterated" - letter by letter with TRANSLITERATION ("Гүлшат" -> "Гулшат").

Every derived value carries a flag with reason DERIVED_REASON whose detail begins with the method,
for an administrator to check: a transliteration misses soft signs and established spellings
(the seed's "Ақадыр" is "Агадырь" in Russian, not "Акадыр").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.seed.model import Flag
from desktop.core.seed.place_names_ru import DISTRICT_ADJECTIVES, NAMES, KnownForm
from desktop.core.seed.text import squash

DERIVED_REASON = "derived_ru"
KNOWN, AS_PRINTED, TRANSLITERATED = "known form", "as printed", "transliterated"
METHODS = (KNOWN, AS_PRINTED, TRANSLITERATED)

# the Kazakh letters Russian has not, and the Russian letter each is written with
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
TRANSLITERATION = str.maketrans(KAZAKH_LETTERS, "агкноуухиАГКНОУУХИ")

# office kind -> the kind word in the nominative and the genitive
OFFICE_KINDS = {
    "settlement": ("посёлок", "посёлка"),
    "village": ("село", "села"),
    "rural_okrug": ("сельский округ", "сельского округа"),
}
OFFICE = "Аппарат акима"
AKIM = "Аким"
INSTITUTION = "Государственное учреждение"

# fields of the records that hold derived Russian values
OFFICE_FIELDS = ("name_ru", "full_name_ru", "akim_position_ru")
NAME_FIELD = "name_ru"
DERIVED_FIELDS = frozenset((*OFFICE_FIELDS, NAME_FIELD))

_INITIAL = re.compile(r"(?<!\w)(\w)\.(?=\w)")
_HYPHEN = re.compile(r"\s*-\s*")


@dataclass(frozen=True)
class ProperName:
    """A proper name in Russian and how it was made (`method` is one of METHODS)."""

    russian: str
    method: str
    detail: str


@dataclass(frozen=True)
class OfficeNames:
    """The Russian names of an akim office, each with its flag."""

    name_ru: str
    full_name_ru: str
    akim_position_ru: str
    flags: list[Flag]


@dataclass(frozen=True)
class DistrictNames:
    """The Russian names of a city/district and of its akimat, each with its flag."""

    name_ru: str
    akimat_name_ru: str
    proper: ProperName

    @property
    def district_flags(self) -> list[Flag]:
        return [_flag(NAME_FIELD, self.name_ru, self.proper)]

    @property
    def akimat_flags(self) -> list[Flag]:
        return [_flag(NAME_FIELD, self.akimat_name_ru, self.proper)]


def normalize(name: str) -> str:
    """Spaces as in Russian print: "С.Сейфуллин" -> "С. Сейфуллин", "Ақсу -Аюлы" -> "Ақсу-Аюлы"."""
    return _INITIAL.sub(r"\1. ", _HYPHEN.sub("-", squash(name)))


def transliterate(text: str) -> str:
    """Kazakh Cyrillic to Russian Cyrillic: ә->а, ғ->г, қ->к, ң->н, ө->о, ұ->у, ү->у, һ->х, і->и."""
    return text.translate(TRANSLITERATION)


def proper_name_ru(kazakh: str, known: dict[str, KnownForm] = NAMES) -> ProperName:
    """The Russian form of a proper name printed in the seed, and how it was made."""
    name = normalize(kazakh)
    form = known.get(name)
    if form is not None:
        detail = f"{KNOWN}: '{form.russian}' for '{name}' ({form.source})"
        return ProperName(form.russian, KNOWN, detail)
    russian = transliterate(name)
    if russian == name:
        detail = f"{AS_PRINTED}: '{name}' has no letter peculiar to Kazakh; kept"
        return ProperName(name, AS_PRINTED, detail)
    detail = f"{TRANSLITERATED}: '{name}' -> '{russian}'; check the established spelling"
    return ProperName(russian, TRANSLITERATED, detail)


def office_names_ru(kind: str, locality: str) -> OfficeNames:
    """Names for the office of a settlement, village or rural okrug ("settlement", "Гүлшат")."""
    if kind not in OFFICE_KINDS:
        raise ValueError(f"no Russian kind words for office kind {kind!r}")
    proper = proper_name_ru(locality)
    place = f"{OFFICE_KINDS[kind][1]} {proper.russian}"
    name = f"{OFFICE} {place}"
    values = (name, f'{INSTITUTION} "{name}"', f"{AKIM} {place}")
    flags = [
        _flag(field, value, proper) for field, value in zip(OFFICE_FIELDS, values, strict=True)
    ]
    return OfficeNames(*values, flags)


def district_names_ru(kind: str, proper_kk: str) -> DistrictNames:
    """Names for a city ("city", "Балқаш") or district ("district", "Абай") and its akimat."""
    if kind == "city":
        proper = proper_name_ru(proper_kk)
        return DistrictNames(f"город {proper.russian}", f"{OFFICE} города {proper.russian}", proper)
    if kind != "district":
        raise ValueError(f"no Russian kind words for district kind {kind!r}")
    proper = proper_name_ru(proper_kk, DISTRICT_ADJECTIVES)
    if proper.method == KNOWN:
        adjective = proper.russian
        return DistrictNames(
            f"{adjective} район", f"{OFFICE} {_genitive(adjective)} района", proper
        )
    return DistrictNames(f"район {proper.russian}", f"{OFFICE} района {proper.russian}", proper)


def method_of(detail: str) -> str:
    """How the proper name of a derived value was made, read from its flag's detail."""
    return next(method for method in METHODS if detail.startswith(f"{method}:"))


def _genitive(adjective: str) -> str:
    """The genitive: "Абайский" -> "Абайского" (the table holds adjectives in -ский only)."""
    if not adjective.endswith("ский"):
        raise ValueError(f"cannot decline the district adjective {adjective!r}")
    return adjective[: -len("ий")] + "ого"


def _flag(field: str, value: str, proper: ProperName) -> Flag:
    return Flag(field, value, DERIVED_REASON, proper.detail)
