"""Checks that flag extraction noise in stored values; the values themselves are never changed.

Reason codes:
- cyrillic_in_latin: Cyrillic look-alike letters inside a web or e-mail address
- digit_for_letter: "mai1.ru" for "mail.ru"
- space_in_email: "selhoz-temirtau @ mail.ru"
- trailing_punctuation: "www.nurinsk.kz."
- malformed_web: "www:shahtinsk.kz"
- split_number: a phone number or postal code broken over a line break (see contacts.py)
- broken_quotes: an official name whose closing quote is missing
- unassigned_value: a value printed between two records, attached to the likelier one
- missing_value: a record without a value it should have
- unparsed_schedule: reception-schedule text that could not be turned into slots
- spelling_variant: a word misprinted in the extract ("әкімнің" for "әкімінің")
- derived_ru: a Russian name the seed does not print, derived by rule (see names_ru.py)
"""

from __future__ import annotations

import re

from desktop.core.seed.model import Flag

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Cyrillic letters that look like Latin ones in the PDF font
_LOOK_ALIKES = str.maketrans("аеорсухкіј", "aeopcyxkij")
_DIGIT_IN_WORD = re.compile(r"(?<=[a-z])[01](?=[a-z])", re.IGNORECASE)
_DIGIT_LETTER = str.maketrans("01", "ol")
_MAIL_PROVIDERS = frozenset({"mail", "yandex", "rambler", "topmail"})
_TRAILING = ".,;:"
_WELL_FORMED_WEB = re.compile(r"www\.[^\s:/]+\.[^\s:/]+")

SPELLING_VARIANTS = {"әкімнің": "әкімінің", "ауылық": "ауылдық"}


def address_flags(field: str, value: str) -> list[Flag]:
    """Flags for one web site (field "web") or e-mail address (field "email") as printed."""
    checks = [
        ("cyrillic_in_latin", _has_cyrillic, "Cyrillic letters inside a Latin address"),
        ("digit_for_letter", _has_digit_for_letter, "digit printed where a letter belongs"),
        ("trailing_punctuation", _has_trailing_punctuation, "punctuation after the address"),
    ]
    if field == "email":
        checks.insert(2, ("space_in_email", _has_space, "spaces inside the e-mail address"))
    else:
        checks.append(("malformed_web", _is_malformed_web, "not of the form www.name.domain"))
    suggestion = suggest_address(value)
    return [
        Flag(field, value, reason, detail, suggestion)
        for reason, check, detail in checks
        if check(value)
    ]


def suggest_address(value: str) -> str | None:
    """The address with every known kind of noise repaired; None if it cannot be repaired."""
    repaired = re.sub(r"\s+", "", value).rstrip(_TRAILING)
    repaired = re.sub(r"^www:", "www.", repaired, flags=re.IGNORECASE)
    repaired = _repair_digits(repaired).translate(_LOOK_ALIKES)
    return None if _CYRILLIC.search(repaired) else repaired


def _repair_digits(value: str) -> str:
    """Read digits as letters: "1" and "0" between letters, and in a mail provider's name."""
    value = _DIGIT_IN_WORD.sub(lambda match: match.group().translate(_DIGIT_LETTER), value)
    return "".join(_provider_name(label) for label in re.split(r"([@.])", value))


def _provider_name(label: str) -> str:
    as_letters = label.translate(_DIGIT_LETTER)
    return as_letters if as_letters in _MAIL_PROVIDERS else label


def _has_cyrillic(value: str) -> bool:
    return bool(_CYRILLIC.search(value))


def _has_digit_for_letter(value: str) -> bool:
    return _repair_digits(value) != value


def _has_space(value: str) -> bool:
    return bool(re.search(r"\s", value))


def _has_trailing_punctuation(value: str) -> bool:
    return value.endswith(tuple(_TRAILING))


def _is_malformed_web(value: str) -> bool:
    return not _WELL_FORMED_WEB.fullmatch(value.rstrip(_TRAILING))


def spelling_flags(field: str, value: str) -> list[Flag]:
    """Flags for misprinted words in a name, with the name spelt right as the suggestion."""
    flags = []
    for wrong, right in SPELLING_VARIANTS.items():
        if re.search(rf"(?<!\w){wrong}(?!\w)", value):
            suggestion = re.sub(rf"(?<!\w){wrong}(?!\w)", right, value)
            detail = f"'{wrong}' is a misprint of '{right}'"
            flags.append(Flag(field, value, "spelling_variant", detail, suggestion))
    return flags


def missing_flags(record: object, fields: tuple[str, ...]) -> list[Flag]:
    """Flags for the listed fields that are empty in the record."""
    return [
        Flag(name, getattr(record, name), "missing_value", f"no {name} printed for this record")
        for name in fields
        if not getattr(record, name)
    ]


def contact_flags(web: list[str], email: list[str]) -> list[Flag]:
    return [flag for value in web for flag in address_flags("web", value)] + [
        flag for value in email for flag in address_flags("email", value)
    ]
