"""The service standard's rule book and the working calendar, each built once from resources."""

from __future__ import annotations

from datetime import date
from functools import cache

from desktop.core.calendar import (
    WorkingCalendar,
    hours_from_rule_book,
    kazakhstan_holidays,
    load_transfers,
)
from desktop.core.rules import RuleBook, RuleSet
from desktop.paths import resource_path


@cache
def rule_book() -> RuleBook:
    return RuleBook.from_file(resource_path("rules", "services.json"))


def rules_on(day: date) -> RuleSet:
    return rule_book().on(day)


@cache
def working_calendar() -> WorkingCalendar:
    """The office's working calendar: the rule book's hours, public holidays, decreed transfers."""
    return WorkingCalendar(
        hours_from_rule_book(rule_book()),
        kazakhstan_holidays(),
        load_transfers(resource_path("calendar", "transfers.json")),
    )
