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

The sign-offs travel to the district in the office's packages (the manifest's "sign_offs":
every one, they are few and never change), and a new one makes a package of its own
(settings.count_manifest_change). The district keeps them per office (OfficeReportSignOff, by
the office's id of each: the same sign-off twice, or packages in any order, leave one row), so
its report of an office shows what the office's shows: the signed figures and who signed them
when, or the draft mark. Its consolidated report of several offices is signed by nobody; it
lists each office's sign-off of the period (`offices_status`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import OfficeReportSignOff, ReportSignOff, SyncSource
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
from desktop.services import settings, sync_keys
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


def _sign_off(row: ReportSignOff | OfficeReportSignOff) -> SignOff:
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
        settings.count_manifest_change(work)  # the district gets it with the next export
        work.note(
            "report.sign_off",
            f"{period.first.isoformat()} – {period.last.isoformat()}",
            number=row.number,
            figures_sha256=sha256,
            supersedes=None if before is None else before.number,
            differing=[] if before is None else list(differing(before.figures, report.indicators)),
        )
        return _sign_off(row)


def _status(
    row: ReportSignOff | OfficeReportSignOff | None, live: Sequence[IndicatorValue]
) -> SignOffStatus:
    if row is None:
        return SignOffStatus("unsigned")
    current = _sign_off(row)
    changed = differing(current.figures, live)
    return SignOffStatus("changed" if changed else "signed", current, changed)


def signoff_status(
    db: Database, period: Period, live: Sequence[IndicatorValue], office: int | None = None
) -> SignOffStatus:
    """Whether `period` is signed off, and whether `live` (its indicators counted now) are
    still the signed figures; with `office`, at the district, of that office's report as its
    packages brought the sign-offs."""
    with db.read() as session:
        if office is None:
            return _status(_in_force(session, period), live)
        return _status(_office_in_force(session, office, period), live)


def printed(
    db: Database, report: PeriodReport
) -> tuple[SignOffMark | None, tuple[IndicatorValue, ...]]:
    """What the printed report shows: its sign-off mark (None for the district's consolidated
    report, which no akim signs) and the indicators, the signed figures once signed off. The
    district's report of one office shows the office's sign-off."""
    if not applies(db, report) and report.office is None:
        return None, tuple(report.indicators)
    status = signoff_status(db, report.period, report.indicators, report.office)
    if status.current is None:
        return status.mark(), tuple(report.indicators)
    return status.mark(), signed_values(status.current.figures, report.indicators)


# ---- at the district: the offices' sign-offs, as their packages bring them ----------------------

_DAYS = ("first_day", "last_day")
_FIGURE_KEYS = frozenset(
    ("code", "norm", "target", "value", "status", "part", "whole", "records", "setting")
)
_MOMENTS = ("counted_at", "signed_at")


def travelling(session: Session) -> list[dict[str, Any]]:
    """Every sign-off of this office, as its package's manifest carries them (JSON values)."""
    rows = session.scalars(select(ReportSignOff).order_by(ReportSignOff.signed_at))
    return [
        {
            "id": str(row.id),
            **{name: getattr(row, name).isoformat() for name in (*_DAYS, *_MOMENTS)},
            "period_kind": row.period_kind,
            "number": row.number,
            "signed_by": row.signed_by,
            "figures": row.figures,
            "figures_sha256": row.figures_sha256,
        }
        for row in rows
    ]


def _check_share(value: Any) -> None:
    """ValueError unless `value` is None or a share's decimal text."""
    try:
        if value is not None:
            Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a share: {value!r}") from None


def _received(item: Any) -> dict[str, Any]:
    """One sign-off of a manifest as OfficeReportSignOff's values; ValueError (or KeyError,
    TypeError) when it is not one, or its figures are not those signed."""
    if not isinstance(item, dict) or not isinstance(item["figures"], list):
        raise ValueError("a sign-off is a mapping with its figures")
    for entry in item["figures"]:
        if not isinstance(entry, dict) or set(entry) != _FIGURE_KEYS:
            raise ValueError("not the figures of an indicator")
        for name in ("norm", "target", "value"):
            _check_share(entry[name])
    number, signed_by, sha256 = item["number"], item["signed_by"], item["figures_sha256"]
    if type(number) is not int or number < 1 or not isinstance(signed_by, str):
        raise ValueError("a sign-off's number and signer")
    if digest(item["figures"]) != sha256:
        raise ValueError("a sign-off's figures are not those signed")
    values: dict[str, Any] = {
        **{name: date.fromisoformat(item[name]) for name in _DAYS},
        **{name: datetime.fromisoformat(item[name]) for name in _MOMENTS},
    }
    if any(values[name].utcoffset() is None for name in _MOMENTS):
        raise ValueError("a sign-off's moments are aware")
    Period(values["first_day"], values["last_day"], item["period_kind"])  # checks both
    return {
        "id": uuid.UUID(item["id"]),
        **values,
        "period_kind": item["period_kind"],
        "number": number,
        "signed_by": signed_by,
        "figures": item["figures"],
        "figures_sha256": sha256,
    }


def check_travelling(items: Any) -> None:
    """ValueError (or KeyError, TypeError) unless `items` are what `travelling` gives."""
    if not isinstance(items, list):
        raise ValueError("an office's sign-offs are a list")
    for item in items:
        _received(item)


def take_office_sign_offs(
    session: Session, office: int, items: Any, generation: int, now: datetime
) -> int:
    """At the district, inside the import's transaction: keep the sign-offs of `office` that
    its package carries (`travelling`) and that are not held yet, as brought by a database of
    that office's `generation`; how many were new. ValueError when they are not sign-offs."""
    received = [_received(item) for item in items]
    held = set(
        session.scalars(
            select(OfficeReportSignOff.id).where(
                OfficeReportSignOff.id.in_([item["id"] for item in received])
            )
        )
    )
    new = [item for item in received if item["id"] not in held]
    session.add_all(
        OfficeReportSignOff(office=office, generation=generation, received_at=now, **item)
        for item in new
    )
    session.flush()
    return len(new)


def _office_in_force(session: Session, office: int, period: Period) -> OfficeReportSignOff | None:
    query = (
        select(OfficeReportSignOff)
        .where(
            OfficeReportSignOff.office == office,
            OfficeReportSignOff.first_day == period.first,
            OfficeReportSignOff.last_day == period.last,
        )
        .order_by(
            OfficeReportSignOff.generation.desc(),
            OfficeReportSignOff.number.desc(),
            OfficeReportSignOff.signed_at.desc(),
        )
    )
    return session.scalars(query.limit(1)).first()


def offices_status(db: Database, period: Period) -> dict[int, SignOff | None]:
    """At the district: the sign-off in force of `period` of every office it takes packages
    from (None: not signed off), by office number. Whether an office's figures counted here
    still are those signed, its own report tells (`printed`)."""
    with db.read() as session:
        offices = sorted(set(session.scalars(select(SyncSource.office))))
        found: dict[int, SignOff | None] = {}
        for office in offices:
            row = _office_in_force(session, office, period)
            found[office] = None if row is None else _sign_off(row)
        return found
