"""Queue and workload statistics of a period, from plain ticket rows.

Definitions (the report prints their gist under its tables):

- A **visitor** is a ticket issued in the period (by its issue time on the office's clock;
  desktop.core.periods). Rows outside the period are ignored, so a service may pass more.
- A **wait** runs from the ticket's issue to the first call for the purpose the person was
  finally served for (TicketRecord.called_at). A **redirect** keeps the ticket's issue time and
  place in line: the person waits on, and the wait ends at the first call after the last
  redirect, counted under the new purpose. A **recall** does not move the end of the wait: the
  office called the person, who was away. A ticket never called has no wait; it is counted as
  "never called" (the person left or the day ended).
- **Within the limit** means a wait of no more than the limit: the purpose's waiting limit of the
  rule set in force on the day of issue (30 minutes to hand in documents, 15 to collect;
  desktop.core.queue_rules.Purpose.limit_minutes). Indicator 1.2 counts the visitors for a
  state service (purposes with a limit) who were called within the rule set's
  `indicator_wait_minutes` (40).
- **Median** and **90th percentile** are nearest-rank: the wait that at least half (90 %) of the
  visitors did not exceed; both are waits somebody really had.
- A **no-show** is a ticket that ended called-but-absent (status no_show or dropped); a recalled
  ticket that was then served is served, not a no-show. **Served** is status done.
- **Service time** runs from the start of serving (or from the call, where the clerk did not
  mark the start) to the finish; done tickets only. The **clerk** is who called the ticket.
- **Idle time** of a clerk: on each day the clerk served somebody, the office's open time that
  day (working calendar, breaks excluded) less the time spent serving within it (overlapping
  services counted once); summed. A service counts on the day its ticket was issued.
- **Visitors by hour** count tickets by the hour of issue; the per-day figure divides by the days
  on which anybody took a ticket. The **busiest hours** are the three with the most visitors.

Durations are measured as elapsed time (POSIX seconds), each moment converted once: a district's
year is hundreds of thousands of tickets (benchmarks/reports.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from math import ceil
from typing import NamedTuple, TypeVar

from desktop.core.calendar import WorkingCalendar
from desktop.core.indicators import Count
from desktop.core.localtime import aware
from desktop.core.periods import Period, timestamp
from desktop.core.queue_rules import DONE, DROPPED, NO_SHOW, Purpose
from desktop.core.rules import RuleBook, RuleSet

W = TypeVar("W", int, float, timedelta)

BIN_MINUTES = 5  # the wait histogram's bins: [0, 5], (5, 10], ... (a wait of 5:00 is in the first)
TOP_MINUTES = 60  # waits over this share the last bin
BUSIEST = 3
ZERO = timedelta(0)


@dataclass(frozen=True)
class TicketRecord:
    """One queue ticket as a report needs it. Datetimes aware (or naive office wall-clock).

    `called_at`: the first call after the ticket's last redirect (the first "call" or
    "call_out_of_order" event after it), not the ticket's called_at column, which a recall moves.
    """

    purpose: str  # the final purpose code (resources/queue/purposes.json)
    status: str  # desktop.core.queue_rules statuses
    issued_at: datetime
    called_at: datetime | None
    serving_started_at: datetime | None
    finished_at: datetime | None
    clerk: str  # who called it ("" when nobody did)


@dataclass(frozen=True)
class WaitSummary:
    """The waits of one purpose (or of all, `purpose` ""), in whole seconds."""

    purpose: str
    visitors: int  # tickets issued
    waits: int  # tickets called (with a wait)
    median: timedelta | None
    p90: timedelta | None
    limit_minutes: int | None  # the limit in force on the period's last day; None: no limit
    within_limit: Count | None  # None when the purpose has no limit


@dataclass(frozen=True)
class ClerkLoad:
    clerk: str
    served: int
    days: int  # days on which the clerk served somebody
    median_service: timedelta | None
    busy: timedelta  # serving, within open hours
    open_time: timedelta  # the office's open time on those days

    @property
    def idle(self) -> timedelta:
        return max(self.open_time - self.busy, ZERO)


@dataclass(frozen=True)
class HistogramBin:
    """Waits in (low, high] minutes (the first bin includes 0; `high` None: over `low`),
    by the kind of limit their purpose has: "hand_in", "collect" or "" for none."""

    low: int
    high: int | None
    by_limit: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_limit.values())


@dataclass(frozen=True)
class QueueSummary:
    period: Period
    visitors: int
    served: int
    no_shows: int
    never_called: int
    days_with_visitors: int
    by_day: tuple[tuple[date, int], ...]  # days with at least one visitor
    by_hour: tuple[int, ...]  # 24 counts, index = hour of issue
    busiest_hours: tuple[int, ...]
    waits: tuple[WaitSummary, ...]  # per purpose, in the purposes' order
    all_waits: WaitSummary
    indicator_wait: Count  # 1.2
    indicator_minutes: int
    limits: tuple[int, ...]  # the distinct waiting limits in force (minutes), for the chart
    histogram: tuple[HistogramBin, ...]
    clerks: tuple[ClerkLoad, ...]  # most served first

    def per_day(self, hour: int) -> float:
        """Average visitors in `hour` per day with visitors (0 when there were none)."""
        return self.by_hour[hour] / self.days_with_visitors if self.days_with_visitors else 0.0


def nearest_rank(values: Sequence[W], percent: int) -> W | None:
    """The smallest value that at least `percent` % of `values` do not exceed; None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(ceil(percent * len(ordered) / 100), 1)
    return ordered[rank - 1]


def _seconds(values: Sequence[int], percent: int) -> timedelta | None:
    found = nearest_rank(values, percent)
    return None if found is None else timedelta(seconds=found)


class _Visit(NamedTuple):
    """A ticket of the period, each of its times converted once: the issue to the office's
    zone (for its day and hour), the rest to POSIX seconds (for durations). A named tuple:
    a year of a district's tickets makes hundreds of thousands of them."""

    purpose: str
    issued: datetime  # in the office's zone
    wait: int | None  # whole seconds from issue to first call; None: never called
    limit: int | None  # the purpose's waiting limit on the day of issue (minutes)
    limit_kind: str  # "hand_in", "collect" or "" (no limit)
    span: tuple[float, float] | None  # service (start, finish) of a done ticket, POSIX seconds
    clerk: str
    status: str


def _visit(
    ticket: TicketRecord,
    issued_at: float,
    limit_of: Callable[[str, date], int | None],
    kind_of: Callable[[str], str],
) -> _Visit:
    issued = aware(ticket.issued_at)
    wait = None
    if ticket.called_at is not None:
        wait = max(int(timestamp(ticket.called_at) - issued_at), 0)
    span = None
    start = ticket.serving_started_at or ticket.called_at
    if ticket.status == DONE and ticket.finished_at is not None and start is not None:
        begun = timestamp(start)
        span = (begun, max(timestamp(ticket.finished_at), begun))
    limit = limit_of(ticket.purpose, issued.date())
    return _Visit(
        ticket.purpose, issued, wait, limit, kind_of(ticket.purpose), span, ticket.clerk,
        ticket.status,
    )  # fmt: skip


def _histogram(visits: Iterable[_Visit]) -> tuple[HistogramBin, ...]:
    width, last = BIN_MINUTES * 60, TOP_MINUTES // BIN_MINUTES
    counts: list[Counter[str]] = [Counter() for _ in range(last + 1)]
    for visit in visits:
        if visit.wait is not None:  # (low, high] bins, so a wait of 5:00 is in the first
            counts[min(max((visit.wait - 1) // width, 0), last)][visit.limit_kind] += 1
    return tuple(
        HistogramBin(
            index * BIN_MINUTES,
            None if index == last else (index + 1) * BIN_MINUTES,
            dict(counter),
        )
        for index, counter in enumerate(counts)
    )


def _waits(
    purpose: str, visits: Sequence[_Visit], found: Purpose | None, rules_at_end: RuleSet
) -> WaitSummary:
    """The waits of `visits` (one purpose's, or all of them for `purpose` "")."""
    waits = [v.wait for v in visits if v.wait is not None]
    limited = [(v.wait, v.limit) for v in visits if v.wait is not None and v.limit is not None]
    has_limit = purpose == "" or (found is not None and found.wait_limit is not None)
    return WaitSummary(
        purpose=purpose,
        visitors=len(visits),
        waits=len(waits),
        median=_seconds(waits, 50),
        p90=_seconds(waits, 90),
        limit_minutes=found.limit_minutes(rules_at_end) if found else None,
        within_limit=(
            Count(sum(w <= lim * 60 for w, lim in limited), len(limited)) if has_limit else None
        ),
    )


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The spans with overlaps joined (a service left unfinished must not count twice)."""
    merged: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _clerks(visits: Sequence[_Visit], calendar: WorkingCalendar) -> tuple[ClerkLoad, ...]:
    """Each clerk's load; a service counts on the day of its ticket."""
    spans: dict[str, dict[date, list[tuple[float, float]]]] = defaultdict(lambda: defaultdict(list))
    for visit in visits:
        if visit.span is not None and visit.clerk:
            spans[visit.clerk][visit.issued.date()].append(visit.span)

    @cache
    def open_hours(day: date) -> list[tuple[float, float]]:
        return [
            (aware(a).timestamp(), aware(b).timestamp()) for a, b in calendar.working_intervals(day)
        ]

    loads = []
    for clerk, by_day in spans.items():
        open_time = busy = 0.0
        for day, day_spans in by_day.items():
            hours = open_hours(day)
            open_time += sum(b - a for a, b in hours)
            for start, end in _merged(day_spans):
                for a, b in hours:
                    busy += max(min(end, b) - max(start, a), 0.0)
        every = [end - start for day_spans in by_day.values() for start, end in day_spans]
        median = nearest_rank(every, 50)
        loads.append(
            ClerkLoad(
                clerk=clerk,
                served=len(every),
                days=len(by_day),
                median_service=None if median is None else timedelta(seconds=median),
                busy=timedelta(seconds=busy),
                open_time=timedelta(seconds=open_time),
            )
        )
    return tuple(sorted(loads, key=lambda load: (-load.served, load.clerk)))


def summarize_queue(
    rows: Iterable[TicketRecord],
    period: Period,
    purposes: Mapping[str, Purpose],
    book: RuleBook,
    calendar: WorkingCalendar,
) -> QueueSummary:
    """The queue statistics of `period` from `rows` (see the module docstring for definitions).

    `purposes`: every purpose, in the order the report lists them (desktop.core.queue_rules
    .load_purposes); `book` gives the waiting limits in force on each ticket's day; `calendar`
    the open hours for idle time.
    """

    @cache
    def limit_of(code: str, day: date) -> int | None:
        purpose = purposes.get(code)
        return purpose.limit_minutes(book.on(day)) if purpose else None

    @cache
    def kind_of(code: str) -> str:
        purpose = purposes.get(code)
        return (purpose.wait_limit if purpose else None) or ""

    start, end = (bound.timestamp() for bound in period.bounds())
    visits = [
        _visit(ticket, issued, limit_of, kind_of)
        for ticket in rows
        if start <= (issued := timestamp(ticket.issued_at)) < end
    ]
    at_end = book.on(period.last)
    by_purpose: dict[str, list[_Visit]] = {code: [] for code in purposes}
    for visit in visits:
        by_purpose.setdefault(visit.purpose, []).append(visit)
    days = Counter(visit.issued.date() for visit in visits)
    hours = Counter(visit.issued.hour for visit in visits)
    by_hour = tuple(hours.get(hour, 0) for hour in range(24))
    busiest = sorted((h for h in range(24) if by_hour[h]), key=lambda h: (-by_hour[h], h))
    limit = at_end.indicator_wait_minutes * 60
    for_service = [v.wait for v in visits if v.limit is not None and v.wait is not None]
    return QueueSummary(
        period=period,
        visitors=len(visits),
        served=sum(v.status == DONE for v in visits),
        no_shows=sum(v.status in (NO_SHOW, DROPPED) for v in visits),
        never_called=sum(v.wait is None for v in visits),
        days_with_visitors=len(days),
        by_day=tuple(sorted(days.items())),
        by_hour=by_hour,
        busiest_hours=tuple(busiest[:BUSIEST]),
        waits=tuple(
            _waits(code, group, purposes.get(code), at_end) for code, group in by_purpose.items()
        ),
        all_waits=_waits("", visits, None, at_end),
        indicator_wait=Count(sum(w <= limit for w in for_service), len(for_service)),
        indicator_minutes=at_end.indicator_wait_minutes,
        limits=tuple(sorted({lim for p in purposes.values() if (lim := p.limit_minutes(at_end))})),
        histogram=_histogram(visits),
        clerks=_clerks(visits, calendar),
    )


def indicator_wait(
    rows: Iterable[TicketRecord],
    period: Period,
    purposes: Mapping[str, Purpose],
    book: RuleBook,
) -> Count:
    """Indicator 1.2 of `period` alone, counted exactly as summarize_queue counts
    QueueSummary.indicator_wait, without the rest: a trend needs it month by month."""

    @cache
    def has_limit(code: str, day: date) -> bool:
        purpose = purposes.get(code)
        return purpose is not None and purpose.limit_minutes(book.on(day)) is not None

    start, end = (bound.timestamp() for bound in period.bounds())
    limit = book.on(period.last).indicator_wait_minutes * 60
    part = whole = 0
    for ticket in rows:
        if ticket.called_at is None:
            continue
        issued = timestamp(ticket.issued_at)
        if not start <= issued < end or not has_limit(
            ticket.purpose, aware(ticket.issued_at).date()
        ):
            continue
        whole += 1
        part += max(int(timestamp(ticket.called_at) - issued), 0) <= limit
    return Count(part, whole)
