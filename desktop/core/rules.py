"""The state-service standards as data with effective dates.

All code asks `RuleBook.on(date)` for the rule set in force; nothing else knows a deadline,
an opening hour or a required document. `rule_book()` is the program's rule book, read once
from resources/rules/services.json (services and printing share it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any

from desktop.paths import resource_path


def _time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class WorkingHours:
    weekdays: frozenset[int]  # Monday = 0
    open: time
    close: time
    breaks: tuple[tuple[time, time], ...]


@dataclass(frozen=True)
class ServiceRules:
    number: int
    name_kk: str
    name_ru: str
    documents_by_applicant: dict[str, tuple[str, ...]]

    @property
    def applicant_kinds(self) -> tuple[str, ...]:
        return tuple(self.documents_by_applicant)

    def required_documents(self, applicant_kind: str) -> tuple[str, ...]:
        if applicant_kind not in self.documents_by_applicant:
            raise ValueError(f"service {self.number} is not provided to {applicant_kind!r}")
        return self.documents_by_applicant[applicant_kind]


@dataclass(frozen=True)
class ComplaintTerms:
    review_days: int
    extended_review_days: int
    day_kind: str  # "calendar" or "working"
    law_kk: str
    law_ru: str


@dataclass(frozen=True)
class RuleSet:
    id: str
    effective_from: date
    basis_kk: str
    basis_ru: str
    result_hours: int
    fee: int
    hand_in_wait_limit_minutes: int
    collect_wait_limit_minutes: int
    indicator_wait_minutes: int
    working_hours: WorkingHours
    document_names: dict[str, dict[str, str]]
    services: dict[int, ServiceRules]
    complaint: ComplaintTerms

    def service(self, number: int) -> ServiceRules:
        return self.services[number]

    def document_name(self, code: str, language: str) -> str:
        return self.document_names[code][language]


def _rule_set(raw: dict[str, Any]) -> RuleSet:
    hours = raw["working_hours"]
    return RuleSet(
        id=raw["id"],
        effective_from=date.fromisoformat(raw["effective_from"]),
        basis_kk=raw["basis_kk"],
        basis_ru=raw["basis_ru"],
        result_hours=raw["result_hours"],
        fee=raw["fee"],
        hand_in_wait_limit_minutes=raw["queue_wait_limit_minutes"]["hand_in"],
        collect_wait_limit_minutes=raw["queue_wait_limit_minutes"]["collect"],
        indicator_wait_minutes=raw["indicator_wait_minutes"],
        working_hours=WorkingHours(
            weekdays=frozenset(hours["weekdays"]),
            open=_time(hours["open"]),
            close=_time(hours["close"]),
            breaks=tuple((_time(a), _time(b)) for a, b in hours["breaks"]),
        ),
        document_names=raw["documents"],
        services={
            int(number): ServiceRules(
                number=int(number),
                name_kk=service["name_kk"],
                name_ru=service["name_ru"],
                documents_by_applicant={k: tuple(v) for k, v in service["applicants"].items()},
            )
            for number, service in raw["services"].items()
        },
        complaint=ComplaintTerms(**raw["complaint"]),
    )


class RuleBook:
    """Every rule set ever in force; `on(day)` picks the one that applies on that day."""

    def __init__(self, rule_sets: list[RuleSet]) -> None:
        if not rule_sets:
            raise ValueError("a rule book needs at least one rule set")
        self._sets = sorted(rule_sets, key=lambda r: r.effective_from)

    @classmethod
    def from_file(cls, path: Path) -> RuleBook:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls([_rule_set(item) for item in raw["rule_sets"]])

    def on(self, day: date) -> RuleSet:
        applicable = [r for r in self._sets if r.effective_from <= day]
        if not applicable:
            first = self._sets[0].effective_from
            raise LookupError(f"no service standard in force on {day} (the first is from {first})")
        return applicable[-1]

    @property
    def rule_sets(self) -> tuple[RuleSet, ...]:
        return tuple(self._sets)


@cache
def rule_book() -> RuleBook:
    """The program's rule book (resources/rules/services.json), read once."""
    return RuleBook.from_file(resource_path("rules", "services.json"))


def rules_on(day: date) -> RuleSet:
    """The rule set of the program's rule book in force on `day`."""
    return rule_book().on(day)
