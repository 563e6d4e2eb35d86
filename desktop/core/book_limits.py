"""How far a value of the household book may go before it is a slip, not a fact.

Read from resources/rules/book_limits.json (versioned sets with an effective date and a source,
like the standards): the dates a record may carry, the smallest and largest plot, and how far
above a livestock group's plausible maximum (reference data) a count may go even when the clerk
confirms an unusual count. `limits_on(day)` gives the set in force on `day`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core import rule_versions
from desktop.core.rules import Source, in_force, rule_source


@dataclass(frozen=True)
class BookLimits:
    id: str
    effective_from: date
    source: Source
    earliest_date: date
    latest_date: date
    smallest_plot_ha: Decimal
    largest_plot_ha: Decimal
    livestock_ceiling_factor: int  # a count above plausible_max x this is refused, confirmed or not

    def date_problem(self, day: date) -> str | None:
        """'too_early' / 'too_late' when `day` is outside the dates a record may carry."""
        if day < self.earliest_date:
            return "too_early"
        if day > self.latest_date:
            return "too_late"
        return None

    def livestock_ceiling(self, plausible_max: int) -> int:
        return plausible_max * self.livestock_ceiling_factor


class LimitBook:
    def __init__(self, sets: list[BookLimits]) -> None:
        self._sets = sorted(sets, key=lambda s: s.effective_from)
        self._starts = [s.effective_from for s in self._sets]

    @classmethod
    def from_file(cls, path: Path) -> LimitBook:
        return cls.from_raw(json.loads(path.read_text("utf-8")))

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> LimitBook:
        return cls([_limits(item) for item in raw["rule_sets"]])

    def on(self, day: date) -> BookLimits:
        """The set in force on `day`; the first set for a day before it (an old record)."""
        return in_force(self._sets, self._starts, max(day, self._starts[0]), "book limits")


def _limits(raw: dict[str, object]) -> BookLimits:
    name = str(raw["id"])
    factor = raw["livestock_ceiling_factor"]
    if not isinstance(factor, int) or factor < 1:
        raise ValueError(f"{name}: livestock_ceiling_factor must be a whole number of at least 1")
    limits = BookLimits(
        id=name,
        effective_from=date.fromisoformat(str(raw["effective_from"])),
        source=rule_source(name, dict(raw)),
        earliest_date=date.fromisoformat(str(raw["earliest_date"])),
        latest_date=date.fromisoformat(str(raw["latest_date"])),
        smallest_plot_ha=Decimal(str(raw["smallest_plot_ha"])),
        largest_plot_ha=Decimal(str(raw["largest_plot_ha"])),
        livestock_ceiling_factor=factor,
    )
    if not 0 < limits.smallest_plot_ha < limits.largest_plot_ha:
        raise ValueError(f"{name}: plot bounds must be 0 < smallest < largest")
    if limits.earliest_date >= limits.latest_date:
        raise ValueError(f"{name}: earliest_date must come before latest_date")
    return limits


def limit_book() -> LimitBook:
    """resources/rules/book_limits.json with the versions received from the district."""
    return _limit_book(rule_versions.generation())


@cache
def _limit_book(_generation: int) -> LimitBook:
    return LimitBook.from_raw(rule_versions.merged("book_limits"))


def limits_on(day: date) -> BookLimits:
    """The household book's limits in force on `day`."""
    return limit_book().on(day)
