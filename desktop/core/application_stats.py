"""Application statistics of a period, from plain application rows.

Definitions (all moments on the office's wall clock; desktop.core.periods):

- **Handed in**: applications handed in during the period, accepted or refused.
- **Accepted**: handed in during the period and not refused (status accepted, ready or issued).
- **Refused**: handed in during the period and refused; **by missing document** counts each
  document a refusal named, so one refusal for two documents counts under both.
- **Issued**: results handed over during the period, whenever the application was handed in.
- **Ready in time** (indicator 1.1): of the accepted applications whose result is ready or whose
  promised time (the talon's ready date) has passed by `now`, those ready no later than promised.
  An application neither ready nor yet due is not counted either way.
- **Late**: of the same, those not ready in time: ready after the promised time, or still not
  ready when it has passed ("overdue"). Late = counted - ready in time.
- **First time** (indicator 3.2): accepted of handed in.

Rows outside the period are ignored, so a service may pass every application handed in or issued
during the period in one list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.core.indicators import Count
from desktop.core.periods import Period, timestamp

REFUSED = "refused"
APPLICATION_STATUSES = ("accepted", "ready", "issued", REFUSED)


@dataclass(frozen=True)
class ApplicationRecord:
    """One application as a report needs it. Datetimes aware (or naive office wall-clock)."""

    service: int  # 1 or 2 (resources/rules/services.json)
    status: str  # accepted / ready / issued / refused
    handed_in_at: datetime
    ready_due_at: datetime | None  # promised on the talon; None for a refusal
    ready_at: datetime | None
    issued_at: datetime | None
    missing_documents: tuple[str, ...] = ()  # document codes a refusal named

    def __post_init__(self) -> None:
        if self.status not in APPLICATION_STATUSES:
            raise ValueError(f"unknown application status {self.status!r}")


@dataclass(frozen=True)
class ServiceCounts:
    """The counts of one service (`service` None: all services together)."""

    service: int | None
    handed_in: int
    accepted: int
    refused: int
    issued: int
    ready_in_time: Count  # part: ready in time; whole: ready or due
    overdue_now: int  # not ready although the promised time has passed

    @property
    def late(self) -> int:
        return self.ready_in_time.whole - self.ready_in_time.part

    @property
    def first_time(self) -> Count:
        return Count(self.accepted, self.handed_in)


@dataclass(frozen=True)
class ApplicationSummary:
    period: Period
    by_service: tuple[ServiceCounts, ...]  # services in number order
    total: ServiceCounts
    refusals_by_document: tuple[tuple[str, int], ...]  # (document code, refusals), most first


@dataclass(frozen=True, slots=True)
class _Timed:
    """An application with its moments as POSIX seconds, each converted once."""

    service: int
    refused: bool
    handed_in: float
    issued: float | None
    in_time: bool | None  # True ready in time, False late, None not ready and not yet due
    overdue_now: bool  # not ready, and the promised time has passed
    missing_documents: tuple[str, ...]


def _timed(row: ApplicationRecord, now: float) -> _Timed:
    in_time, overdue = None, False
    if row.status != REFUSED and row.ready_due_at is not None:
        due = timestamp(row.ready_due_at)
        if row.ready_at is not None:
            in_time = timestamp(row.ready_at) <= due
        elif now > due:
            in_time, overdue = False, True
    return _Timed(
        service=row.service,
        refused=row.status == REFUSED,
        handed_in=timestamp(row.handed_in_at),
        issued=timestamp(row.issued_at) if row.issued_at is not None else None,
        in_time=in_time,
        overdue_now=overdue,
        missing_documents=row.missing_documents,
    )


def _counts(service: int | None, rows: Sequence[_Timed], start: float, end: float) -> ServiceCounts:
    handed_in = [r for r in rows if start <= r.handed_in < end]
    accepted = [r for r in handed_in if not r.refused]
    decided = [r.in_time for r in accepted if r.in_time is not None]
    return ServiceCounts(
        service=service,
        handed_in=len(handed_in),
        accepted=len(accepted),
        refused=len(handed_in) - len(accepted),
        issued=sum(r.issued is not None and start <= r.issued < end for r in rows),
        ready_in_time=Count(sum(decided), len(decided)),
        overdue_now=sum(r.overdue_now for r in accepted),
    )


def summarize_applications(
    rows: Iterable[ApplicationRecord], period: Period, now: datetime, services: Sequence[int] = ()
) -> ApplicationSummary:
    """The application statistics of `period` as of `now` (see the module docstring).

    `services`: the services to list even when nobody applied for them (the rule set's).
    """
    start, end = (bound.timestamp() for bound in period.bounds())
    every = [_timed(row, timestamp(now)) for row in rows]
    numbers = sorted(set(services) | {r.service for r in every})
    refusals: Counter[str] = Counter()
    for row in every:
        if row.refused and start <= row.handed_in < end:
            refusals.update(set(row.missing_documents))
    return ApplicationSummary(
        period=period,
        by_service=tuple(
            _counts(n, [r for r in every if r.service == n], start, end) for n in numbers
        ),
        total=_counts(None, every, start, end),
        refusals_by_document=tuple(sorted(refusals.items(), key=lambda item: (-item[1], item[0]))),
    )
