"""Personal data of the household book (Law of the RK of 21 May 2013 No. 94-V) as data.

resources/rules/personal_data.json holds versioned rule sets, each with its effective date and
sources: the legal bases a person's data may be kept on (the household book itself, a state
service, the person's dated consent) and the retention period: how many years after a person's
registration in the book ended (they left the household, or it closed) their data are kept.
After that an administrator purges them (desktop/services/personal_data.py), which leaves a
tombstone without personal data. `rules_on(day)` gives the set in force on `day`;
`with_retention(years)` the same set with an administrator's period.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core import rule_versions
from desktop.core.rules import Source, in_force, rule_source

DEFAULT_BASIS = "household_book"


@dataclass(frozen=True)
class Basis:
    code: str
    needs_consent_date: bool  # the date the person gave consent is recorded with it
    source: Source


@dataclass(frozen=True)
class PersonalDataRules:
    id: str
    effective_from: date
    law_kk: str
    law_ru: str
    bases: dict[str, Basis]
    retention_years: int
    retention_source: Source

    def keep_until(self, ended_on: date) -> date:
        """The last day the data of a person whose registration ended on `ended_on` are kept."""
        year = ended_on.year + self.retention_years
        try:
            return ended_on.replace(year=year)
        except ValueError:  # 29 February into a year without one
            return date(year, 3, 1)

    def with_retention(self, years: int) -> PersonalDataRules:
        """These rules with an administrator's retention period (the act's stays the default)."""
        if years < 1:
            raise ValueError("the retention period is at least one year")
        source = Source(
            f"Administrator's setting (the default: {self.retention_source.citation})",
            confirmed=False,
            note=f"Default {self.retention_years} years.",
        )
        return replace(self, retention_years=years, retention_source=source)


def _rules(raw: dict[str, Any]) -> PersonalDataRules:
    name = raw["id"]
    bases = {
        code: Basis(code, bool(item["consent_date"]), rule_source(f"{name}.{code}", item))
        for code, item in raw["bases"].items()
    }
    if DEFAULT_BASIS not in bases:
        raise ValueError(f"{name}: the basis {DEFAULT_BASIS!r} is required")
    retention = raw["retention"]
    years = retention["years"]
    if not isinstance(years, int) or years < 1:
        raise ValueError(f"{name}: retention years must be a whole number of at least 1")
    return PersonalDataRules(
        id=name,
        effective_from=date.fromisoformat(raw["effective_from"]),
        law_kk=raw["law_kk"],
        law_ru=raw["law_ru"],
        bases=bases,
        retention_years=years,
        retention_source=rule_source(f"{name}.retention", retention),
    )


class PersonalDataBook:
    def __init__(self, sets: list[PersonalDataRules]) -> None:
        self._sets = sorted(sets, key=lambda s: s.effective_from)
        self._starts = [s.effective_from for s in self._sets]

    @classmethod
    def from_file(cls, path: Path) -> PersonalDataBook:
        return cls.from_raw(json.loads(path.read_text("utf-8")))

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> PersonalDataBook:
        return cls([_rules(item) for item in raw["rule_sets"]])

    def on(self, day: date) -> PersonalDataRules:
        """The set in force on `day`; the first set for a day before the law (an old record)."""
        return in_force(self._sets, self._starts, max(day, self._starts[0]), "personal data rules")


def personal_data_book() -> PersonalDataBook:
    """resources/rules/personal_data.json with the versions received from the district."""
    return _personal_data_book(rule_versions.generation())


@cache
def _personal_data_book(_generation: int) -> PersonalDataBook:
    return PersonalDataBook.from_raw(rule_versions.merged("personal_data"))


def rules_on(day: date) -> PersonalDataRules:
    return personal_data_book().on(day)
