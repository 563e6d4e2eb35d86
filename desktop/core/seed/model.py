"""The records the extractor produces; their fields are the keys of the reference JSON files."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Flag:
    """A value kept as printed in the seed that a person should check.

    `value` is the stored value exactly; `suggestion` is a proposed correction or None.
    """

    field: str
    value: Any
    reason: str
    detail: str
    suggestion: Any = None


@dataclass(frozen=True)
class District:
    code: str
    kind: str  # "city" or "district"
    order: int
    name_kk: str
    name_ru: str  # derived (names_ru.py) and flagged
    flags: list[Flag] = field(default_factory=list)


@dataclass
class Department:
    """Appendix 1: a city/district agriculture department."""

    order: int
    district: str
    name: str
    postal_code: str
    address: str
    phones: list[str]
    fax: list[str]
    web: list[str]
    email: list[str]
    source: str
    flags: list[Flag] = field(default_factory=list)


@dataclass
class Office:
    """Appendix 2: the akim office of a settlement, village or rural okrug."""

    number: int
    name: str
    full_name: str
    name_ru: str  # this and the next two are derived (names_ru.py) and flagged
    full_name_ru: str
    akim_position_ru: str
    kind: str  # "settlement", "village" or "rural_okrug"
    locality: str
    postal_code: str
    address: str
    district: str
    district_source: str  # "address", "postal_code", "phone_code" or "grouping"
    phones: list[str]
    fax: list[str]
    source: str
    flags: list[Flag] = field(default_factory=list)


@dataclass(frozen=True)
class Indicator:
    """Appendix 3: a quality and accessibility indicator with its normative value."""

    code: str
    group: int
    group_kk: str
    group_ru: str
    text_kk: str
    text_ru: str
    norm: int | float
    norm_source: str


@dataclass(frozen=True)
class ReceptionSlot:
    """One recurring time when the akim or a deputy receives citizens."""

    who: str  # "akim" or "deputy"
    deputy_no: int | None
    plural: bool
    recurrence: str  # "weekly", "monthly_nth" or "monthly_once"
    weekday: int | None  # Monday = 0
    nth: list[int]  # weeks of the month for monthly_nth; -1 is the last one
    time_from: str | None
    time_to: str | None  # None: open end ("from 17:00")
    source: str


@dataclass
class DistrictAkimat:
    """Appendix 4: a city/district akim office, the addressee of complaints."""

    district: str
    name: str
    name_ru: str  # derived (names_ru.py) and flagged
    postal_code: str
    address: str
    phones: list[str]
    fax: list[str]
    web: list[str]
    email: list[str]
    reception: list[ReceptionSlot]
    source: str
    flags: list[Flag] = field(default_factory=list)


@dataclass(frozen=True)
class CopyDifference:
    """A field whose value differs between the two printed copies of an appendix.

    `kind` is "whitespace" when the values differ only in spaces, otherwise "value".
    """

    appendix: int
    record: str
    field: str
    first: Any
    second: Any
    kind: str


@dataclass(frozen=True)
class AppendixRecords:
    """Everything extracted from one printed copy of the four appendices."""

    departments: list[Department]
    offices: list[Office]
    indicators: list[Indicator]
    district_akimats: list[DistrictAkimat]


@dataclass(frozen=True)
class Extraction:
    """The reference data (from the first copy) and how the second copy differs from it."""

    districts: list[District]
    departments: list[Department]
    offices: list[Office]
    indicators: list[Indicator]
    district_akimats: list[DistrictAkimat]
    copy_differences: list[CopyDifference]
