"""Appendix 2: the numbered akim offices of settlements, villages and rural okrugs."""

from __future__ import annotations

import re

from desktop.core.seed.contacts import parse_address_block
from desktop.core.seed.derivation import derive_districts, evidence_for
from desktop.core.seed.flags import missing_flags, spelling_flags
from desktop.core.seed.model import Department, Office
from desktop.core.seed.names import parse_official_name
from desktop.core.seed.names_ru import office_names_ru
from desktop.core.seed.text import Line, raw_block, texts

REQUIRED = ("postal_code", "address", "phones")

# "1. "Гүлшат ...", "19." alone on its line, "103 "Н. Нұрмақов ..." (the dot lost)
_NUMBER_LINE = re.compile(r'(?P<number>\d{1,3})(?:\.\s*|\s+(?="))(?P<rest>(?:".*)?)')
_POSTAL_LINE = re.compile(r"\d{6}\b")
# the word naming the kind of unit, after the locality's name
_KIND_WORDS = [
    (r"(?:селолық|ауылдық|ауылық)(?:\s+округі)?", "rural_okrug"),
    (r"кенті|кент", "settlement"),
    (r"селосы|ауылы", "village"),
]
_KIND = re.compile(
    r"(?P<locality>.+?)\s+(?:"
    + "|".join(f"(?P<{kind}>{words})" for words, kind in _KIND_WORDS)
    + r")(?!\w)"
)


def parse_offices(lines: list[Line], departments: list[Department]) -> list[Office]:
    """The offices in printed order, each with its district (named or derived)."""
    rows = numbered_rows(lines)
    offices = [_office(number, row) for number, row in enumerate(rows, start=1)]
    evidence = [evidence_for(office, departments) for office in offices]
    for office, (district, source) in zip(offices, derive_districts(evidence), strict=True):
        office.district, office.district_source = district, source
    return offices


def numbered_rows(lines: list[Line]) -> list[list[Line]]:
    """The lines of rows 1, 2, 3, ...: a row starts where the next number is printed."""
    rows: list[list[Line]] = []
    for line in lines:
        match = _NUMBER_LINE.fullmatch(line.text)
        if match and int(match["number"]) == len(rows) + 1:
            rows.append([line])
        elif rows:
            rows[-1].append(line)
    return rows


def _row_texts(row: list[Line]) -> list[str]:
    """The row's non-blank lines, its number left out."""
    number_line = _NUMBER_LINE.fullmatch(row[0].text)
    first = number_line["rest"] if number_line else row[0].text
    return [text for text in [first, *texts(row[1:])] if text]


def _office(number: int, row: list[Line]) -> Office:
    """The office as printed; its district is filled in later, from all rows together."""
    lines = _row_texts(row)
    start = next(i for i, text in enumerate(lines) if _POSTAL_LINE.match(text))
    official = parse_official_name("\n".join(lines[:start]), "full_name")
    kind, locality = office_kind(official.name)
    russian = office_names_ru(kind, locality)
    address = parse_address_block("\n".join(lines[start:]))
    office = Office(
        number=number,
        name=official.name,
        full_name=official.full_name,
        name_ru=russian.name_ru,
        full_name_ru=russian.full_name_ru,
        akim_position_ru=russian.akim_position_ru,
        kind=kind,
        locality=locality,
        postal_code=address.postal_code,
        address=address.address,
        district="",
        district_source="",
        phones=address.phones,
        fax=address.fax,
        source=raw_block(row),
        flags=official.flags + spelling_flags("name", official.name) + address.flags,
    )
    office.flags += missing_flags(office, REQUIRED) + russian.flags
    return office


def office_kind(name: str) -> tuple[str, str]:
    """("rural_okrug", "Жартас") for "Жартас селолық округі әкімінің аппараты"."""
    match = _KIND.match(name)
    if match is None:
        raise ValueError(f"no settlement, village or rural okrug in office name {name!r}")
    kind = next(kind for _, kind in _KIND_WORDS if match[kind])
    return kind, match["locality"]
