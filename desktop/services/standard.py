"""The service standard's rule book and the office's working calendar.

The rule book and the bundled calendar are read from resources by desktop.core (printing uses
them too, without a database); this module adds what only the database knows: the office's own
list of decreed transfers.
"""

from __future__ import annotations

from db.engine import Database
from desktop.core.calendar import WorkingCalendar, bundled_transfers, office_calendar
from desktop.core.rules import rule_book, rules_on
from desktop.services.calendar_transfers import office_transfers

__all__ = ["bundled_transfers", "rule_book", "rules_on", "working_calendar"]


def working_calendar(db: Database | None = None) -> WorkingCalendar:
    """The office's working calendar: the rule book's hours, public holidays, the bundled decreed
    transfers and, given a database, the office's own (which win on the same date).

    The office's list is read on every call, so a change shows at once; the calendar itself is
    built once per content of the two lists.
    """
    return office_calendar(tuple(office_transfers(db)) if db is not None else ())
