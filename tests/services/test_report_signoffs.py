"""The akim signs off the indicator report of a period: who, when, the 12 indicators fixed with
their SHA-256; again only once the figures changed (both kept); the status names what changed
since; the printed report gets the signed figures and the mark (on SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.models import AuditEntry, ReportSignOff
from desktop.core.actor import Actor
from desktop.core.localtime import aware
from desktop.core.periods import Period
from desktop.core.report_signoff import SignOffMark, digest, figures
from desktop.services import report_signoffs, reports
from desktop.services.access import AccessDenied
from desktop.services.report_signoffs import SignOffError
from tests.services import test_reports
from tests.services.test_reports import NOW, QUARTER

quarter = test_reports.quarter  # the fixture: the constructed quarter's records

SIGNED_AT = aware(datetime(2026, 10, 6, 15, 30))


def _sign(db: Database, akim: Actor, at: datetime = SIGNED_AT) -> report_signoffs.SignOff:
    return report_signoffs.sign_off(db, reports.build_report(db, QUARTER, NOW), akim, at)


def _count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(ReportSignOff)) or 0


def test_the_akim_signs_off_the_figures_as_counted(
    configured_db: Database, quarter: dict[str, uuid.UUID], akim: Actor
) -> None:
    report = reports.build_report(configured_db, QUARTER, NOW)
    signed = report_signoffs.sign_off(configured_db, report, akim, SIGNED_AT)
    assert signed.number == 1 and signed.period == QUARTER
    assert (signed.signed_by, signed.signed_at, signed.counted_at) == (akim.name, SIGNED_AT, NOW)
    assert signed.figures == figures(report.indicators)
    assert signed.figures_sha256 == digest(figures(report.indicators))
    assert [s.figures_sha256 for s in report_signoffs.history(configured_db, QUARTER)] == [
        signed.figures_sha256
    ]
    with configured_db.read() as session:
        row = session.scalars(select(ReportSignOff)).one()
        noted = session.scalars(select(AuditEntry).where(AuditEntry.kind == "report.sign_off"))
        [entry] = noted.all()
    assert row.signed_by_id == akim.staff_id and row.period_kind == "quarter"
    assert entry.actor_id == akim.staff_id and entry.subject == "2026-07-01 – 2026-09-30"
    assert entry.after["figures_sha256"] == signed.figures_sha256
    status = report_signoffs.signoff_status(configured_db, QUARTER, report.indicators)
    assert (status.state, status.current, status.differing) == ("signed", signed, ())


def test_a_clerk_may_not_sign_off(
    configured_db: Database, quarter: dict[str, uuid.UUID], clerk: Actor
) -> None:
    with pytest.raises(AccessDenied):
        _sign(configured_db, clerk)
    assert _count(configured_db) == 0


def test_signing_off_unchanged_figures_again_is_refused(
    configured_db: Database, quarter: dict[str, uuid.UUID], akim: Actor
) -> None:
    _sign(configured_db, akim)
    with pytest.raises(SignOffError) as refused:
        _sign(configured_db, akim, SIGNED_AT + timedelta(days=1))
    assert refused.value.reason == "unchanged"
    assert _count(configured_db) == 1


def test_changed_figures_are_named_and_a_new_sign_off_supersedes_the_old(
    configured_db: Database, quarter: dict[str, uuid.UUID], akim: Actor
) -> None:
    first = _sign(configured_db, akim)
    # a clerk's error found after the sign-off: 2.2 drops from 3 of 4 to 2 of 4
    reports.record_correction(
        configured_db, quarter["in_time"], "correction", "clerk_error", "ЖСН қате", akim, NOW
    )
    live = reports.build_report(configured_db, QUARTER, NOW)
    status = report_signoffs.signoff_status(configured_db, QUARTER, live.indicators)
    assert (status.state, status.differing, status.current) == ("changed", ("2.2",), first)
    later = SIGNED_AT + timedelta(days=2)
    second = report_signoffs.sign_off(configured_db, live, akim, later)
    assert second.number == 2 and second.signed_at == later
    assert second.figures_sha256 != first.figures_sha256
    assert report_signoffs.history(configured_db, QUARTER) == [first, second]  # both kept
    status = report_signoffs.signoff_status(configured_db, QUARTER, live.indicators)
    assert (status.state, status.current) == ("signed", second)
    with configured_db.read() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.kind == "report.sign_off")
            .order_by(AuditEntry.id.desc())
        ).first()
    assert entry is not None and entry.after["supersedes"] == 1
    assert entry.after["differing"] == ["2.2"]


def test_another_period_is_not_signed_off(
    configured_db: Database, quarter: dict[str, uuid.UUID], akim: Actor
) -> None:
    _sign(configured_db, akim)
    september = Period.month(2026, 9)
    live = reports.build_report(configured_db, september, NOW)
    status = report_signoffs.signoff_status(configured_db, september, live.indicators)
    assert (status.state, status.current) == ("unsigned", None)
    assert report_signoffs.history(configured_db, september) == []
    # the same days chosen as dates from-to are the same period
    as_range = Period.between(QUARTER.first, QUARTER.last)
    assert len(report_signoffs.history(configured_db, as_range)) == 1


def test_the_districts_report_of_an_office_is_not_signed_off_here(
    configured_db: Database, quarter: dict[str, uuid.UUID], akim: Actor
) -> None:
    report = replace(reports.build_report(configured_db, QUARTER, NOW), office=100)
    with pytest.raises(SignOffError) as refused:
        report_signoffs.sign_off(configured_db, report, akim, SIGNED_AT)
    assert refused.value.reason == "not_own"
    # printed with the office's own sign-off as its packages brought it: none yet, a draft
    # (tests/services/test_sync_signoffs.py has them arrive)
    unsigned = SignOffMark("unsigned")
    assert report_signoffs.printed(configured_db, report) == (unsigned, tuple(report.indicators))


def test_the_printed_report_shows_the_signed_figures_and_the_mark(
    configured_db: Database, quarter: dict[str, uuid.UUID], akim: Actor
) -> None:
    report = reports.build_report(configured_db, QUARTER, NOW)
    mark, shown = report_signoffs.printed(configured_db, report)
    assert mark is not None and mark.state == "unsigned" and shown == tuple(report.indicators)
    _sign(configured_db, akim)
    reports.record_correction(
        configured_db, quarter["in_time"], "correction", "clerk_error", "", akim, NOW
    )
    live = reports.build_report(configured_db, QUARTER, NOW)
    mark, shown = report_signoffs.printed(configured_db, live)
    assert mark is not None
    assert (mark.state, mark.akim, mark.signed_at, mark.differing) == (
        "changed", akim.name, SIGNED_AT, ("2.2",)
    )  # fmt: skip
    assert figures(shown) == figures(report.indicators)  # as signed, not as counted now
    data = reports.report_data(configured_db, live, "ru")
    assert data.sign_off == mark and data.indicators == shown


def test_the_database_keeps_every_sign_off(
    configured_db: Database, quarter: dict[str, uuid.UUID], akim: Actor
) -> None:
    _sign(configured_db, akim)
    for statement in (
        "UPDATE report_sign_offs SET signed_by = 'x'",
        "DELETE FROM report_sign_offs",
    ):
        with (
            pytest.raises(DBAPIError, match="keeps every sign-off"),
            configured_db.engine.begin() as connection,
        ):
            connection.execute(text(statement))
    assert _count(configured_db) == 1
