"""Python dates into Qt's date edits and back.

PySide6 converts a `datetime.date` to a QDate and back (`QDate.toPython()`) by itself, but its
type stubs know neither way; these two say it once, typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


FULL_DATE = "dd.MM.yyyy"  # date fields: a four-digit year in every language (Russian's own is 2)


def date_edit(day: date | QDate | None = None) -> QDateEdit:
    """A date field as every form of the program has it: dd.MM.yyyy and a calendar to pick from."""
    edit = QDateEdit()
    if day is not None:
        edit.setDate(day if isinstance(day, QDate) else qdate(day))
    edit.setDisplayFormat(FULL_DATE)
    edit.setCalendarPopup(True)
    return edit
