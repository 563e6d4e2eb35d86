"""The akim signs off the indicator report of a period (issue 14, "the akim signs off reports").

A sign-off fixes the 12 indicators of a report as counted (desktop.core.report_signoff: the
snapshot and its SHA-256) under the akim's name and the moment of signing. It is the office's
own report that is signed, never the district's report of an office or of the district.
Signing the same period again is refused while its figures are those already signed; once
they changed (a late record, a correction, a target), a new sign-off supersedes the one in
force and both are kept (db/models/signoff.py: the table only grows). Each sign-off is noted
for the audit trail ("report.sign_off").

`signoff_status` compares the sign-off in force with the figures counted now; `printed` gives
the printed report and its workbook what they show: the signed figures and the sign-off mark,
or the draft mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import ReportSignOff
from desktop.core.actor import Actor
from desktop.core.indicators import IndicatorValue
from desktop.core.periods import Period, PeriodKind
from desktop.core.report_signoff import (
    Figures,
    SignOffMark,
    SignOffState,
    differing,
    digest,
    figures,
    signed_values,
)
from desktop.services import sync_keys
from desktop.services.access import require

if TYPE_CHECKING:
    from desktop.services.reports import PeriodReport

Refusal = Literal["unchanged", "not_own"]


class SignOffError(ValueError):
    """A sign-off refused: "unchanged" (the period's figures are signed off as they are),
    "not_own" (a report of the district, or of another office)."""

    def __init__(self, reason: Refusal) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SignOff:
    """One sign-off: the `number`-th of its period, the figures as counted at `counted_at`."""

    number: int
    period: Period
    counted_at: datetime
    signed_at: datetime
    signed_by: str
    figures: Figures
    figures_sha256: str


@dataclass(frozen=True)
class SignOffStatus:
    """Where a period stands: "unsigned", "signed" (the figures counted now are the signed
    ones) or "changed" (they differ in the indicators `differing`); `current` is the
    sign-off in force."""

    state: SignOffState
    current: SignOff | None = None
    differing: tuple[str, ...] = ()

    def mark(self) -> SignOffMark:
        if self.current is None:
            return SignOffMark("unsigned")
        return SignOffMark(
            self.state, self.current.signed_by, self.current.signed_at, self.differing
        )


def _of(period: Period) -> Any:
    return and_(ReportSignOff.first_day == period.first, ReportSignOff.last_day == period.last)


def _sign_off(row: ReportSignOff) -> SignOff:
    kind: PeriodKind = row.period_kind  # type: ignore[assignment]
    return SignOff(
        row.number,
        Period(row.first_day, row.last_day, kind),
        row.counted_at,
        row.signed_at,
        row.signed_by,
        row.figures,
        row.figures_sha256,
    )


def _in_force(session: Session, period: Period) -> ReportSignOff | None:
    query = select(ReportSignOff).where(_of(period)).order_by(ReportSignOff.number.desc())
    return session.scalars(query.limit(1)).first()


def history(db: Database, period: Period) -> list[SignOff]:
    """Every sign-off of `period`, the first first (the last one is in force)."""
    with db.read() as session:
        query = select(ReportSignOff).where(_of(period)).order_by(ReportSignOff.number)
        return [_sign_off(row) for row in session.scalars(query)]


def applies(db: Database, report: PeriodReport) -> bool:
    """Whether `report` is one the akim signs off: the office's own, not one of the district's."""
    return report.office is None and not sync_keys.is_district(db)


def sign_off(db: Database, report: PeriodReport, actor: Actor, now: datetime) -> SignOff:
    """Sign off `report` (desktop.services.reports.build_report, as the akim saw it) at `now`.

    SignOffError("unchanged") when the sign-off in force of its period holds the same figures;
    SignOffError("not_own") for a report of the district's.
    """
    require(actor, "report.sign_off")
    if not applies(db, report):
        raise SignOffError("not_own")
    period, snapshot = report.period, figures(report.indicators)
    sha256 = digest(snapshot)
    with db.write(actor) as work:
        before = _in_force(work, period)
        if before is not None and before.figures_sha256 == sha256:
            raise SignOffError("unchanged")
        row = ReportSignOff(
            first_day=period.first,
            last_day=period.last,
            period_kind=period.kind,
            number=1 if before is None else before.number + 1,
            counted_at=report.made_at,
            signed_at=now,
            signed_by=actor.name,
            signed_by_id=actor.staff_id,
            figures=snapshot,
            figures_sha256=sha256,
        )
        work.add(row)
        work.flush()
        work.note(
            "report.sign_off",
            f"{period.first.isoformat()} – {period.last.isoformat()}",
            number=row.number,
            figures_sha256=sha256,
            supersedes=None if before is None else before.number,
            differing=[] if before is None else list(differing(before.figures, report.indicators)),
        )
        return _sign_off(row)


def signoff_status(db: Database, period: Period, live: Sequence[IndicatorValue]) -> SignOffStatus:
    """Whether `period` is signed off, and whether `live` (its indicators counted now) are
    still the signed figures."""
    with db.read() as session:
        row = _in_force(session, period)
        if row is None:
            return SignOffStatus("unsigned")
        current = _sign_off(row)
    changed = differing(current.figures, live)
    return SignOffStatus("changed" if changed else "signed", current, changed)


def printed(
    db: Database, report: PeriodReport
) -> tuple[SignOffMark | None, tuple[IndicatorValue, ...]]:
    """What the printed report shows: its sign-off mark (None for the district's reports,
    which no akim here signs) and the indicators, the signed figures once signed off."""
    if not applies(db, report):
        return None, tuple(report.indicators)
    status = signoff_status(db, report.period, report.indicators)
    if status.current is None:
        return status.mark(), tuple(report.indicators)
    return status.mark(), signed_values(status.current.figures, report.indicators)
