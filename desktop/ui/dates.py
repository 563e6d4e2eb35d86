"""Python dates into Qt's date edits and back.

PySide6 converts a `datetime.date` to a QDate and back (`QDate.toPython()`) by itself, but its
type stubs know neither way; these two say it once, typed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
