"""The service standard's rule book and the office's working calendar.

The rule book and the bundled calendar are read from resources by desktop.core (printing uses
them too, without a database); this module adds what only the database knows: the office's own
list of decreed transfers, and the rule versions the district's answer brought
(desktop/core/rule_versions.py merges them into every rule book by effective date).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from db.engine import Database
from desktop.core import rule_versions
from desktop.core.book_limits import LimitBook
from desktop.core.calendar import WorkingCalendar, bundled_transfers, office_calendar
from desktop.core.personal_data import PersonalDataBook
from desktop.core.rule_versions import Version, VersionKey
from desktop.core.rules import RuleBook, rule_book, rules_on
from desktop.services.calendar_transfers import office_transfers
from desktop.services.settings import get_setting, set_setting

__all__ = ["bundled_transfers", "rule_book", "rules_on", "working_calendar"]

RECEIVED_RULES = "rules.received"  # [{"file", "list", "rule"}]: versions the district sent

# how each rule file's content becomes its book (a version that does not build is refused)
_BOOKS: dict[str, Callable[[dict[str, Any]], object]] = {
    "services": RuleBook.from_raw,
    "personal_data": PersonalDataBook.from_raw,
    "book_limits": LimitBook.from_raw,
}


def working_calendar(db: Database | None = None) -> WorkingCalendar:
    """The office's working calendar: the rule book's hours, public holidays, the bundled decreed
    transfers and, given a database, the office's own (which win on the same date).

    The office's list is read on every call, so a change shows at once; the calendar itself is
    built once per content of the two lists.
    """
    return office_calendar(tuple(office_transfers(db)) if db is not None else ())


def _received(session: Session) -> list[Version]:
    return [
        rule_versions.version_from_json(item)
        for item in get_setting(session, RECEIVED_RULES, []) or []
    ]


def rule_versions_held(session: Session) -> list[dict[str, Any]]:
    """Every rule version this installation holds (its files' and those received), as the
    district's answer carries them."""
    versions = [v for file in rule_versions.FILES for v in rule_versions.bundled(file)]
    known = {v.key for v in versions}
    versions += [v for v in _received(session) if v.key not in known]
    return [v.as_json() for v in versions]


def take_rule_versions(session: Session, items: Any) -> list[VersionKey]:
    """Keep the versions of `items` this installation lacks (inside the caller's transaction);
    their keys. ValueError when an item is not a rule version, or its rule book would not
    build with it (a version is checked as the program reads its own files)."""
    if not isinstance(items, list):
        raise ValueError("the rule versions are a list")
    held = _received(session)
    known = {v.key for file in rule_versions.FILES for v in rule_versions.bundled(file)}
    known |= {v.key for v in held}
    new: list[Version] = []
    for item in items:
        version = rule_versions.version_from_json(item)
        if version.key not in known:
            known.add(version.key)
            new.append(version)
    if not new:
        return []
    for file in {v.file for v in new}:
        try:
            _BOOKS[file](rule_versions.combined(file, [*held, *new]))
        except (KeyError, TypeError, LookupError) as error:
            raise ValueError(f"a rule version of {file} does not build: {error}") from None
    set_setting(session, RECEIVED_RULES, [v.as_json() for v in [*held, *new]])
    return sorted(v.key for v in new)


def use_received_rules(db: Database) -> None:
    """Make the rule versions this database received part of the program's rule books (at
    start, and after an answer is taken in)."""
    with db.read() as session:
        rule_versions.receive(_received(session))
