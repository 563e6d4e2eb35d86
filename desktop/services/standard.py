"""The service standard's rule book, loaded once from resources/rules."""

from __future__ import annotations

from datetime import date
from functools import cache

from desktop.core.rules import RuleBook, RuleSet
from desktop.paths import resource_path


@cache
def rule_book() -> RuleBook:
    return RuleBook.from_file(resource_path("rules", "services.json"))


def rules_on(day: date) -> RuleSet:
    return rule_book().on(day)
