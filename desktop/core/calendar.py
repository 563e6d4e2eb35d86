"""The office's working calendar: which days are working days and when the office is open.

A day is a working day when

1. a government-decreed transfer names it (resources/calendar/transfers.json): "working_day"
   makes it one (a working Saturday), "day_off" makes it none (a weekday given off); the
   transfer list wins over everything else, so it can also correct a holiday date;
2. otherwise, when its weekday is a working weekday of the rule set in force on that day and
   it is not a public holiday.

Public holidays come from the `holidays` package (`kazakhstan_holidays()`), which knows the
fixed and moveable holidays, the Labour Code's moves of a holiday falling on a weekend to the
next working day, and the day-off side of past government transfers; the working-day side of a
transfer (the Saturday or Sunday worked instead) is only in transfers.json.

Opening hours are asked of `hours_for(day)` for every day, so a new service standard changes the
hours from its effective date. All datetimes are naive local time (Kazakhstan has no daylight
saving time).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from importlib.machinery import PathFinder
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from desktop.core import rule_versions
from desktop.core.rules import RuleBook, WorkingHours, rule_book
from desktop.paths import resource_path

if TYPE_CHECKING:
    from holidays import HolidayBase

TransferKind = Literal["working_day", "day_off"]
TRANSFER_KINDS: tuple[TransferKind, ...] = ("working_day", "day_off")
DayOffKind = Literal["decreed_day_off", "public_holiday", "weekend"]

# A search for the next working day gives up after this many days (a broken calendar, such as
# working hours with no weekdays, must fail loudly rather than loop for ever).
SEARCH_LIMIT_DAYS = 3660

Interval = tuple[datetime, datetime]


@dataclass(frozen=True)
class Transfer:
    day: date
    kind: TransferKind
    basis: str  # the decree, in Kazakh (or as the office typed it)
    note: str = ""
    basis_ru: str = ""  # the same in Russian, where the list gives it (the bundled list does)
    note_ru: str = ""

    def basis_in(self, language: str) -> str:
        return self.basis_ru if language == "ru" and self.basis_ru else self.basis

    def note_in(self, language: str) -> str:
        return self.note_ru if language == "ru" and self.note_ru else self.note


@dataclass(frozen=True)
class Transfers:
    """Government-decreed transfers of working days and days off, at most one per date."""

    entries: tuple[Transfer, ...] = ()
    _by_day: dict[date, Transfer] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_day: dict[date, Transfer] = {}
        for entry in self.entries:
            if entry.kind not in TRANSFER_KINDS:
                raise ValueError(f"transfer on {entry.day}: unknown kind {entry.kind!r}")
            if entry.day in by_day:
                raise ValueError(f"two transfers on {entry.day}")
            by_day[entry.day] = entry
        object.__setattr__(self, "_by_day", by_day)

    def on(self, day: date) -> Transfer | None:
        return self._by_day.get(day)


@dataclass(frozen=True)
class DayOff:
    """Why `day` is not a working day: `name` is the holiday's name or the decree ("" if none)."""

    day: date
    kind: DayOffKind
    name: str = ""


def transfers_from_json(raw: dict[str, Any]) -> Transfers:
    """Entries {"date", "kind", "basis", "note"}: basis and note in Kazakh, with "basis_ru" and
    "note_ru" beside them in Russian (optional: an office's own entry is as it was typed)."""
    entries = []
    for item in raw.get("transfers", []):
        if item["kind"] not in TRANSFER_KINDS:
            raise ValueError(f"transfer on {item['date']}: kind must be one of {TRANSFER_KINDS}")
        if not str(item.get("basis", "")).strip():
            raise ValueError(f"transfer on {item['date']}: the decree ('basis') must be named")
        entries.append(
            Transfer(
                day=date.fromisoformat(item["date"]),
                kind=cast(TransferKind, item["kind"]),
                basis=item["basis"],
                note=item.get("note", ""),
                basis_ru=item.get("basis_ru", ""),
                note_ru=item.get("note_ru", ""),
            )
        )
    return Transfers(tuple(sorted(entries, key=lambda t: t.day)))


def load_transfers(path: Path) -> Transfers:
    """The transfer list of a JSON file: {"transfers": [{"date", "kind", "basis", "note",
    "basis_ru", "note_ru"}]}."""
    return transfers_from_json(json.loads(path.read_text(encoding="utf-8")))


def add_months(day: date, months: int) -> date:
    """The same day number `months` later; the month's last day where it has no such day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


_HOLIDAYS_LOADING = threading.Lock()


def kazakhstan_holidays() -> HolidayBase:
    """Kazakhstan's public holidays, every year on demand, weekend moves ("observed") included.

    The same as `holidays.country_holidays("KZ")`, without its cost: importing any one country
    of the package imports `holidays.countries`, which imports all of them (about 280 modules,
    0.1-0.2 s at start). The Kazakhstan module alone is found in that folder and loaded under
    its own name, so a later ordinary import of it gets the same module. The module is in
    sys.modules before it has run: a lock keeps a second thread from taking it half-loaded.
    """
    import holidays

    name = "holidays.countries.kazakhstan"
    with _HOLIDAYS_LOADING:
        module = sys.modules.get(name)
        if module is None:
            folder = str(Path(holidays.__file__).parent / "countries")
            spec = PathFinder.find_spec(name, [folder])
            if spec is None or spec.loader is None:  # a packaging we do not know: the slow way
                return holidays.country_holidays("KZ")
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module
            try:
                spec.loader.exec_module(module)
            except BaseException:
                del sys.modules[name]
                raise
    holidays_class: type[HolidayBase] = module.Kazakhstan
    return holidays_class()


def hours_from_rule_book(book: RuleBook) -> Callable[[date], WorkingHours]:
    """`hours_for` for WorkingCalendar: the working hours of the rule set in force on each day."""

    def hours_for(day: date) -> WorkingHours:
        return book.on(day).working_hours

    return hours_for


def _require_naive(moment: datetime) -> None:
    if moment.tzinfo is not None:
        raise ValueError("the working calendar uses naive local datetimes")


class WorkingCalendar:
    """Working days and open hours of one office (see the module docstring for the rules)."""

    def __init__(
        self,
        hours_for: Callable[[date], WorkingHours],
        holidays: Container[date],
        transfers: Transfers | None = None,
    ) -> None:
        self._hours_for = hours_for
        self._holidays = holidays
        self._transfers = transfers if transfers is not None else Transfers()

    def is_working_day(self, day: date) -> bool:
        return self.day_off(day) is None

    def day_off(self, day: date) -> DayOff | None:
        """Why `day` is not a working day, or None when it is one (rules: module docstring)."""
        transfer = self._transfers.on(day)
        if transfer is not None:
            if transfer.kind == "working_day":
                return None
            return DayOff(day, "decreed_day_off", transfer.basis)
        if day.weekday() not in self._hours_for(day).weekdays:
            return DayOff(day, "weekend")
        if day in self._holidays:
            names = self._holidays if isinstance(self._holidays, Mapping) else {}
            return DayOff(day, "public_holiday", str(names.get(day, "")))
        return None

    def working_intervals(self, day: date) -> list[Interval]:
        """The open periods of `day`, [start, end): opening to a break, break end to closing."""
        if not self.is_working_day(day):
            return []
        hours = self._hours_for(day)
        intervals: list[tuple[time, time]] = []
        start = hours.open
        for break_start, break_end in sorted(hours.breaks):
            if break_start > start:
                intervals.append((start, min(break_start, hours.close)))
            start = max(start, break_end)
        if start < hours.close:
            intervals.append((start, hours.close))
        return [(datetime.combine(day, a), datetime.combine(day, b)) for a, b in intervals if a < b]

    def is_open(self, moment: datetime) -> bool:
        _require_naive(moment)
        return any(a <= moment < b for a, b in self.working_intervals(moment.date()))

    def _days_from(self, day: date) -> Iterator[date]:
        for offset in range(SEARCH_LIMIT_DAYS):
            yield day + timedelta(days=offset)
        raise LookupError(f"no working time within {SEARCH_LIMIT_DAYS} days of {day}")

    def next_open_moment(self, moment: datetime) -> datetime:
        """The first moment at or after `moment` when the office is open."""
        _require_naive(moment)
        for day in self._days_from(moment.date()):
            for a, b in self.working_intervals(day):
                if moment < b:
                    return max(a, moment)
        raise AssertionError("unreachable")  # pragma: no cover

    def add_working_time(self, start: datetime, delta: timedelta) -> datetime:
        """The moment when `delta` of open time has passed, counting from `start`.

        Only open time counts (breaks, evenings, days off are skipped). Work that ends exactly at
        closing time ends at the closing moment; a zero delta gives next_open_moment(start).
        """
        _require_naive(start)
        if delta < timedelta(0):
            raise ValueError("delta must not be negative")
        remaining = delta
        for day in self._days_from(start.date()):
            for a, b in self.working_intervals(day):
                if b <= start:
                    continue
                begin = max(a, start)
                if remaining <= b - begin:
                    return begin + remaining
                remaining -= b - begin
        raise AssertionError("unreachable")  # pragma: no cover

    def working_days_after(self, day: date, n: int) -> date:
        """The n-th working day after `day` (`day` itself not counted); n=0 gives `day`."""
        if n < 0:
            raise ValueError("n must not be negative")
        if n == 0:
            return day
        found = 0
        for candidate in self._days_from(day + timedelta(days=1)):
            if self.is_working_day(candidate):
                found += 1
                if found == n:
                    return candidate
        raise AssertionError("unreachable")  # pragma: no cover


@cache
def bundled_transfers() -> Transfers:
    """The decreed transfers shipped with the program (resources/calendar/transfers.json)."""
    return load_transfers(resource_path("calendar", "transfers.json"))


def office_calendar(office_transfers: tuple[Transfer, ...] = ()) -> WorkingCalendar:
    """The working calendar: the rule book's hours, public holidays, the bundled transfers and
    the office's own (which win on the same date). Built once per content of the office's list
    (and of the rule versions received: desktop/core/rule_versions.py).
    """
    return _office_calendar(office_transfers, rule_versions.generation())


@cache
def _office_calendar(office_transfers: tuple[Transfer, ...], _generation: int) -> WorkingCalendar:
    merged = {t.day: t for t in bundled_transfers().entries}
    merged.update({t.day: t for t in office_transfers})
    return WorkingCalendar(
        hours_from_rule_book(rule_book()),
        kazakhstan_holidays(),
        Transfers(tuple(sorted(merged.values(), key=lambda t: t.day))),
    )
