"""The service standard's rule book and the working calendar, each built once from resources
(the calendar once per content of the office's own list of decreed transfers)."""

from __future__ import annotations

from datetime import date
from functools import cache

from db.engine import Database
from desktop.core.calendar import (
    Transfer,
    Transfers,
    WorkingCalendar,
    hours_from_rule_book,
    kazakhstan_holidays,
    load_transfers,
)
from desktop.core.rules import RuleBook, RuleSet
from desktop.paths import resource_path
from desktop.services.calendar_transfers import office_transfers


@cache
def rule_book() -> RuleBook:
    return RuleBook.from_file(resource_path("rules", "services.json"))


def rules_on(day: date) -> RuleSet:
    return rule_book().on(day)


@cache
def bundled_transfers() -> Transfers:
    """The decreed transfers shipped with the program (resources/calendar/transfers.json)."""
    return load_transfers(resource_path("calendar", "transfers.json"))


def working_calendar(db: Database | None = None) -> WorkingCalendar:
    """The office's working calendar: the rule book's hours, public holidays, the bundled decreed
    transfers and, given a database, the office's own (which win on the same date).

    The office's list is read on every call, so a change shows at once; the calendar itself is
    built once per content of the two lists.
    """
    office = tuple(office_transfers(db)) if db is not None else ()
    return _calendar(bundled_transfers(), office)


@cache
def _calendar(bundled: Transfers, office: tuple[Transfer, ...]) -> WorkingCalendar:
    merged = {t.day: t for t in bundled.entries}
    merged.update({t.day: t for t in office})
    return WorkingCalendar(
        hours_from_rule_book(rule_book()),
        kazakhstan_holidays(),
        Transfers(tuple(sorted(merged.values(), key=lambda t: t.day))),
    )
