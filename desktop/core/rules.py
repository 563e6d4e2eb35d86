"""The state-service standards and the complaint law as data with effective dates.

All code asks `RuleBook.on(date)` for the rule set in force; nothing else knows a deadline,
an opening hour or a required document. Two versioned lists live in resources/rules/services.json:
the service standards ("rule_sets") and the terms for reviewing complaints ("complaint_terms"),
which change with the law, not with the standard. `on(day)` pairs the standard in force on `day`
with the complaint terms in force on `day` (`RuleSet.complaint`).

Each complaint rule carries its legal source and whether the number was read in the act itself;
`RuleBook.with_complaint_overrides` gives a book where an administrator's values replace the
defaults (desktop/core/deadlines.py computes the dates). `rule_book()` is the program's rule
book, read once from resources/rules/services.json (services and printing share it).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any, Generic, Literal, Protocol, TypeVar, get_args

from desktop.core import rule_versions


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
    # A document this service's standard names in its own words (service 2: "ID card
    # (passport) of a citizen of RK" where service 1 says "ID card"), by code and language.
    document_names: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def applicant_kinds(self) -> tuple[str, ...]:
        return tuple(self.documents_by_applicant)

    def required_documents(self, applicant_kind: str) -> tuple[str, ...]:
        if applicant_kind not in self.documents_by_applicant:
            raise ValueError(f"service {self.number} is not provided to {applicant_kind!r}")
        return self.documents_by_applicant[applicant_kind]


TermUnit = Literal["calendar_days", "working_days", "months"]
RegistrationRule = Literal["day_of_receipt", "next_working_day"]  # for a non-working day
LastDayRule = Literal["stays", "next_working_day"]  # for a last day that is not a working day
ClockAfterForwarding = Literal["stops", "continues"]
T = TypeVar("T")

# The terms an administrator may set (the act's value stays the default).
OVERRIDABLE_TERMS = ("review", "extension_limit", "extension_notice", "forwarding")


@dataclass(frozen=True)
class Source:
    """Where a rule comes from (act, article, item) and whether it was read in the act itself."""

    citation: str
    confirmed: bool
    note: str = ""


@dataclass(frozen=True)
class Term:
    """A period: `count` units counted from a day that itself is not counted."""

    count: int
    unit: TermUnit
    source: Source


@dataclass(frozen=True)
class Provision(Generic[T]):
    """A rule that is not a period (a choice or a number of times), with its source."""

    value: T
    source: Source


@dataclass(frozen=True)
class ComplaintTerms:
    """The law on reviewing complaints in force from `effective_from`."""

    id: str
    effective_from: date
    law_kk: str
    law_ru: str
    registration: Provision[RegistrationRule]
    last_day_non_working: Provision[LastDayRule]
    review: Term
    extension_limit: Term  # the latest due date an extension may set, counted from registration
    extension_notice: Term | None  # None: the act sets no term for telling the complainant
    extensions_allowed: Provision[int]
    forwarding: Term  # to forward (and tell the complainant), counted from registration
    clock_after_forwarding: Provision[ClockAfterForwarding]

    def overridden(self, name: str, count: int) -> ComplaintTerms:
        """These terms with the term `name` set to `count` of its unit by an administrator."""
        if name not in OVERRIDABLE_TERMS:
            raise ValueError(f"{name!r} is not a term an administrator can set")
        term: Term | None = getattr(self, name)
        if term is None:
            raise ValueError(f"{self.id}: the act sets no {name} term to change")
        if count < 1:
            raise ValueError(f"{self.id}: {name} must be at least 1 {term.unit}")
        source = Source(
            f"Administrator's setting (the act: {term.source.citation})",
            confirmed=False,
            note=f"Default {term.count} {term.unit}. {term.source.note}".strip(),
        )
        changes: dict[str, Any] = {name: Term(count, term.unit, source)}
        return replace(self, **changes)


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
    complaint: ComplaintTerms  # the complaint terms in force (RuleBook.on pairs them by date)

    def service(self, number: int) -> ServiceRules:
        return self.services[number]

    def document_name(self, code: str, language: str, service: int | None = None) -> str:
        """The document's name, as `service`'s standard words it when a service is given."""
        own = self.services[service].document_names if service in self.services else {}
        return (own.get(code) or self.document_names[code])[language]


def _rule_set(raw: dict[str, Any], complaint: ComplaintTerms) -> RuleSet:
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
                document_names=service.get("document_names", {}),
            )
            for number, service in raw["services"].items()
        },
        complaint=complaint,
    )


def rule_source(where: str, raw: dict[str, Any]) -> Source:
    citation = str(raw.get("source", "")).strip()
    if not citation:
        raise ValueError(f"{where}: every rule must name its source")
    if not isinstance(raw.get("confirmed"), bool):
        raise ValueError(f"{where}: 'confirmed' must be true or false")
    return Source(citation, raw["confirmed"], raw.get("note", ""))


def _term(where: str, raw: dict[str, Any]) -> Term | None:
    source = rule_source(where, raw)
    if raw["count"] is None:
        return None
    if raw["unit"] not in get_args(TermUnit):
        raise ValueError(f"{where}: unit must be one of {get_args(TermUnit)}")
    if not isinstance(raw["count"], int) or raw["count"] < 1:
        raise ValueError(f"{where}: count must be a whole number of at least 1")
    return Term(raw["count"], raw["unit"], source)


def _required_term(where: str, raw: dict[str, Any]) -> Term:
    term = _term(where, raw)
    if term is None:
        raise ValueError(f"{where}: a count is required")
    return term


def _choice(where: str, raw: dict[str, Any], choices: Any) -> Provision[Any]:
    """A provision whose value is one of the Literal type `choices`."""
    if raw["value"] not in get_args(choices):
        raise ValueError(f"{where}: value must be one of {get_args(choices)}")
    return Provision(raw["value"], rule_source(where, raw))


def _times(where: str, raw: dict[str, Any]) -> Provision[int]:
    if not isinstance(raw["value"], int) or raw["value"] < 0:
        raise ValueError(f"{where}: value must be a whole number")
    return Provision(raw["value"], rule_source(where, raw))


def _complaint_terms(raw: dict[str, Any]) -> ComplaintTerms:
    name = raw["id"]
    return ComplaintTerms(
        id=name,
        effective_from=date.fromisoformat(raw["effective_from"]),
        law_kk=raw["law_kk"],
        law_ru=raw["law_ru"],
        registration=_choice(f"{name}.registration", raw["registration"], RegistrationRule),
        last_day_non_working=_choice(
            f"{name}.last_day_non_working", raw["last_day_non_working"], LastDayRule
        ),
        review=_required_term(f"{name}.review", raw["review"]),
        extension_limit=_required_term(f"{name}.extension_limit", raw["extension_limit"]),
        extension_notice=_term(f"{name}.extension_notice", raw["extension_notice"]),
        extensions_allowed=_times(f"{name}.extensions_allowed", raw["extensions_allowed"]),
        forwarding=_required_term(f"{name}.forwarding", raw["forwarding"]),
        clock_after_forwarding=_choice(
            f"{name}.clock_after_forwarding", raw["clock_after_forwarding"], ClockAfterForwarding
        ),
    )


class _Dated(Protocol):
    @property
    def effective_from(self) -> date: ...


D = TypeVar("D", bound=_Dated)


def in_force(items: list[D], starts: list[date], day: date, what: str) -> D:
    """The newest of `items` (sorted, with their `starts`) in force on `day`."""
    index = bisect.bisect_right(starts, day)
    if index == 0:
        raise LookupError(f"no {what} in force on {day} (the first is from {starts[0]})")
    return items[index - 1]


class RuleBook:
    """Every rule set ever in force; `on(day)` picks the one that applies on that day."""

    def __init__(self, rule_sets: list[RuleSet], complaint_terms: list[ComplaintTerms]) -> None:
        if not rule_sets:
            raise ValueError("a rule book needs at least one rule set")
        if not complaint_terms:
            raise ValueError("a rule book needs the complaint terms")
        self._sets = sorted(rule_sets, key=lambda r: r.effective_from)
        self._starts = [r.effective_from for r in self._sets]
        self._complaint = sorted(complaint_terms, key=lambda c: c.effective_from)
        self._complaint_starts = [c.effective_from for c in self._complaint]
        if self._complaint_starts[0] > self._starts[0]:
            raise ValueError("the complaint terms must start no later than the first standard")
        self._paired: dict[tuple[str, str], RuleSet] = {}

    @classmethod
    def from_file(cls, path: Path) -> RuleBook:
        return cls.from_raw(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> RuleBook:
        """The book of a rule file's content (resources/rules/services.json)."""
        terms = sorted(
            (_complaint_terms(item) for item in raw["complaint_terms"]),
            key=lambda c: c.effective_from,
        )
        starts = [c.effective_from for c in terms]
        sets = []
        for item in raw["rule_sets"]:
            day = date.fromisoformat(item["effective_from"])
            sets.append(_rule_set(item, in_force(terms, starts, day, "complaint terms")))
        return cls(sets, terms)

    def on(self, day: date) -> RuleSet:
        """The service standard in force on `day`, with the complaint terms in force on `day`."""
        standard = in_force(self._sets, self._starts, day, "service standard")
        terms = in_force(self._complaint, self._complaint_starts, day, "complaint terms")
        if standard.complaint is terms:
            return standard
        key = (standard.id, terms.id)
        if key not in self._paired:
            self._paired[key] = replace(standard, complaint=terms)
        return self._paired[key]

    @property
    def rule_sets(self) -> tuple[RuleSet, ...]:
        return tuple(self._sets)

    @property
    def complaint_terms(self) -> tuple[ComplaintTerms, ...]:
        return tuple(self._complaint)

    def with_complaint_overrides(self, overrides: Mapping[str, Mapping[str, int]]) -> RuleBook:
        """This book with an administrator's values: {terms id: {term name: count}}.

        The unit stays the act's (months stay months). An unknown id or term name is an error,
        so a setting left over from a renamed rule set is not silently ignored.
        """
        known = {terms.id for terms in self._complaint}
        unknown = set(overrides) - known
        if unknown:
            raise ValueError(f"no complaint terms with the id {sorted(unknown)}")
        changed = []
        for terms in self._complaint:
            for name, count in overrides.get(terms.id, {}).items():
                terms = terms.overridden(name, count)
            changed.append(terms)
        return RuleBook(self._sets, changed)


def rule_book() -> RuleBook:
    """The program's rule book: resources/rules/services.json with the versions received from
    the district (desktop/core/rule_versions.py), built once for each set of them."""
    return _rule_book(rule_versions.generation())


@cache
def _rule_book(_generation: int) -> RuleBook:
    return RuleBook.from_raw(rule_versions.merged("services"))


def rules_on(day: date) -> RuleSet:
    """The rule set of the program's rule book in force on `day`."""
    return rule_book().on(day)
