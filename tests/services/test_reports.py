"""The indicator report from the records: every value of a constructed quarter, written here
by hand from how the records were made (not computed by the code under test)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from db.engine import Database
from db.models import Application, QueueEvent, QueueTicket
from desktop.core.actor import SYSTEM, Actor
from desktop.core.iin import make_iin
from desktop.core.localtime import aware
from desktop.core.periods import Period
from desktop.services import complaints, reports
from tests.services.test_complaints import _complaint

QUARTER = Period.quarter(2026, 3)  # 1 July to 30 September
NOW = aware(datetime(2026, 10, 5, 12, 0))


def _app(n: int, handed: datetime, status: str, **values: Any) -> Application:
    fields: dict[str, Any] = {
        "origin_office": 100,
        "service": values.pop("service", 1),
        "applicant_kind": "individual",
        "national_number": make_iin(date(1980, 1, n), "female", n),
        "surname": "Серікова",
        "name": f"Әсел{n}",
        "language": "kk",
        "rule_set": "test",
        "documents_presented": [],
        "missing_documents": [],
        "status": status,
        "handed_in_at": aware(handed),
        "received_by": "Ахметова Г. С.",
        "received_by_id": SYSTEM.staff_id,
        "registration_number": None if status == "refused" else f"100-2026-{n:04d}",
    }
    fields.update({k: aware(v) if isinstance(v, datetime) else v for k, v in values.items()})
    return Application(**fields)


def _ticket(
    letter: str, n: int, purpose: str, issued: datetime, status: str = "done"
) -> QueueTicket:
    return QueueTicket(
        origin_office=100, day=issued.date(), letter=letter, number=n, purpose=purpose,
        status=status, issued_at=aware(issued), called_by="Ахметова Г. С.",
    )  # fmt: skip


def _event(ticket: QueueTicket, action: str, at: datetime) -> QueueEvent:
    """An event as the queue records it: a call or a recall also moves the ticket's called_at."""
    if action in ("call", "call_out_of_order", "recall"):
        ticket.called_at = aware(at)
    return QueueEvent(
        origin_office=100, ticket_id=ticket.id, action=action, at=aware(at),
        acted_by_id=SYSTEM.staff_id,
    )  # fmt: skip


@pytest.fixture
def quarter(db: Database) -> dict[str, uuid.UUID]:
    apps = {
        # ready before the promised time: in time
        "in_time": _app(1, datetime(2026, 7, 1, 9), "issued", ready_due_at=datetime(2026, 7, 2, 9),
                        ready_at=datetime(2026, 7, 2, 8), issued_at=datetime(2026, 7, 3, 10)),
        # ready three hours late
        "late": _app(2, datetime(2026, 7, 10, 9), "ready", service=2,
                     ready_due_at=datetime(2026, 7, 11, 9), ready_at=datetime(2026, 7, 11, 12)),
        # handed in at 23:59 on the last day; promised 1 October, still not ready on 5 October
        "overdue": _app(3, datetime(2026, 9, 30, 23, 59), "accepted",
                        ready_due_at=datetime(2026, 10, 1, 18)),
        "refused": _app(4, datetime(2026, 8, 1, 11), "refused", service=2,
                        missing_documents=["veterinary_passport", "id_card"]),
        # not yet due: counted as handed in and accepted, not for 1.1
        "not_due": _app(5, datetime(2026, 9, 30, 10), "accepted",
                        ready_due_at=datetime(2026, 10, 7, 18)),
        # outside the quarter by a minute on either side
        "after": _app(6, datetime(2026, 10, 1, 0, 0), "issued", ready_due_at=datetime(2026, 10, 2),
                      ready_at=datetime(2026, 10, 1, 12), issued_at=datetime(2026, 10, 2, 9)),
        "before": _app(7, datetime(2026, 6, 30, 23, 59), "refused"),
    }  # fmt: skip
    t1 = _ticket("A", 1, "hand_in_1", datetime(2026, 7, 1, 9, 0))  # called after 41 min
    t2 = _ticket("B", 1, "hand_in_2", datetime(2026, 7, 1, 9, 5))  # after exactly 40 min
    t3 = _ticket("C", 1, "collect", datetime(2026, 9, 30, 23, 59))  # last minute, 6 min
    t4 = _ticket("E", 1, "consultation", datetime(2026, 7, 2, 10))  # no limit: not in 1.2
    t5 = _ticket("A", 1, "hand_in_2", datetime(2026, 7, 3, 10))  # called, redirected, called
    t6 = _ticket("A", 1, "hand_in_1", datetime(2026, 10, 1, 0, 0))  # next quarter
    t7 = _ticket("A", 2, "hand_in_1", datetime(2026, 7, 3, 10, 1), "waiting")  # never called
    t8 = _ticket("A", 3, "hand_in_1", datetime(2026, 7, 6, 9))  # called after 20 min, recalled
    tickets = [t1, t2, t3, t4, t5, t6, t7, t8]
    with db.write(SYSTEM) as work:
        work.add_all(apps.values())
        work.add_all(tickets)
        work.flush()
        work.add_all([
            _event(t1, "call", datetime(2026, 7, 1, 9, 41)),
            _event(t2, "call", datetime(2026, 7, 1, 9, 45)),
            _event(t3, "call", datetime(2026, 10, 1, 0, 5)),
            _event(t4, "call", datetime(2026, 7, 2, 11, 30)),
            _event(t5, "call", datetime(2026, 7, 3, 10, 10)),
            _event(t5, "redirect", datetime(2026, 7, 3, 10, 12)),
            _event(t5, "call_out_of_order", datetime(2026, 7, 3, 10, 55)),
            _event(t6, "call", datetime(2026, 10, 1, 0, 1)),
            _event(t8, "call", datetime(2026, 7, 6, 9, 20)),
            _event(t8, "no_show", datetime(2026, 7, 6, 9, 25)),
            _event(t8, "recall", datetime(2026, 7, 6, 10, 30)),  # the wait still ends at 9:20
        ])  # fmt: skip
    ids = {key: app.id for key, app in apps.items()}
    reports.record_correction(db, ids["late"], "correction", "clerk_error", "ИИН", SYSTEM, NOW)
    reports.record_correction(db, ids["in_time"], "reissue", "applicant", "", SYSTEM, NOW)
    reports.record_correction(db, ids["after"], "cancel", "clerk_error", "", SYSTEM, NOW)
    at = {"in": aware(datetime(2026, 9, 30, 23, 59)), "out": aware(datetime(2026, 10, 1))}
    survey: list[tuple[dict[str, bool | None], datetime]] = [
        ({"process": True, "information": True, "politeness": True}, at["in"]),
        ({"process": False, "information": None, "politeness": True}, at["in"]),
        ({"process": True, "complaint_terms": False}, at["out"]),
    ]
    for answers, moment in survey:
        assert reports.record_survey(db, ids["in_time"], answers, "kk", SYSTEM, moment)
    assert not reports.record_survey(db, ids["late"], {"process": None}, "ru", SYSTEM, NOW)
    return ids


def _values(report: reports.PeriodReport) -> dict[str, tuple[Decimal | None, str, int]]:
    return {v.code: (v.value, v.status, v.records) for v in report.indicators}


def test_every_indicator_of_a_constructed_quarter(
    db: Database, quarter: dict[str, uuid.UUID]
) -> None:
    report = reports.build_report(db, QUARTER, NOW)
    assert _values(report) == {
        "1.1": (Decimal("33.3"), "worse", 3),  # in time of in time, late, overdue
        "1.2": (Decimal("60.0"), "worse", 5),  # t2 (40:00), t3 (6 min), t8 of t1-t3, t5, t8
        "2.1": (Decimal("50.0"), "worse", 2),
        "2.2": (Decimal("75.0"), "worse", 4),  # the late one was corrected for a clerk's error
        "3.1": (Decimal("100.0"), "meets", 1),
        "3.2": (Decimal("80.0"), "worse", 5),  # one refusal of five handed in
        "3.3": (None, "no_data", 0),  # never set
        "4.1": (Decimal("0.0"), "meets", 5),  # no justified complaint of the five served
        "4.2": (None, "no_data", 0),  # no justified complaint answered
        "4.3": (None, "no_data", 0),  # nobody answered
        "4.4": (None, "no_data", 0),  # the one answer was given after the quarter
        "5.1": (Decimal("100.0"), "meets", 2),
    }
    assert report.surveys == 2
    total = report.applications.total
    assert (total.handed_in, total.accepted, total.refused, total.issued) == (5, 4, 1, 1)
    assert total.overdue_now == 1
    assert dict(report.applications.refusals_by_document) == {
        "veterinary_passport": 1, "id_card": 1,
    }  # fmt: skip
    assert [(c.service, c.handed_in) for c in report.applications.by_service] == [(1, 3), (2, 2)]
    queue = report.queue
    assert (queue.visitors, queue.never_called) == (7, 1)  # t6 is in October
    assert [len(t.points) for t in report.trends] == [3, 3, 3]  # July, August, September
    by_month = {t.standard.code: [p.value.part for p in t.points] for t in report.trends}
    assert by_month["3.2"] == [2, 0, 2]  # July: 2 accepted; August: the refusal; September: 2


def test_targets_and_the_internet_setting_are_stored(db: Database, quarter: object) -> None:
    reports.save_targets(db, {"1.1": Decimal("99.5"), "5.1": None}, SYSTEM)
    reports.save_internet_information(db, Decimal(100), SYSTEM, NOW)
    report = reports.build_report(db, QUARTER, NOW)
    assert report.value("1.1").standard.target == Decimal("99.5")
    assert report.value("5.1").standard.target is None
    value = report.value("3.3")
    assert (value.value, value.status) == (Decimal("100.0"), "meets")
    assert value.setting is not None and value.setting.set_on == date(2026, 10, 5)
    with pytest.raises(ValueError):
        reports.save_targets(db, {"1.1": Decimal(101)}, SYSTEM)


def test_an_empty_period_has_no_data_and_no_division(db: Database) -> None:
    report = reports.build_report(db, Period.month(2025, 2), NOW)
    assert {v.status for v in report.indicators} == {"no_data"}
    assert report.queue.visitors == 0 and report.applications.total.handed_in == 0


def test_the_records_behind_a_value(db: Database, quarter: dict[str, uuid.UUID]) -> None:
    ready = reports.records_behind(db, "1.1", QUARTER, NOW)
    assert [(r.reference, r.counted) for r in ready] == [
        ("100-2026-0001", True), ("100-2026-0002", False), ("100-2026-0003", False),
    ]  # fmt: skip
    waits = reports.records_behind(db, "1.2", QUARTER, NOW)
    assert [(r.reference, r.counted) for r in waits] == [
        ("A-001", False), ("B-001", True), ("A-001", False), ("A-003", True), ("C-001", True),
    ]  # fmt: skip
    correct = reports.records_behind(db, "2.2", QUARTER, NOW)
    assert [r.counted for r in correct] == [True, False, True, True]
    assert [r.counted for r in reports.records_behind(db, "2.1", QUARTER, NOW)] == [True, False]
    assert reports.records_behind(db, "3.3", QUARTER, NOW) == []


def test_the_queries_read_indexes(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("the plan is read with SQLite's EXPLAIN QUERY PLAN")
    plans = reports.query_plans(db, QUARTER, NOW)
    for name, plan in plans.items():
        scans = [step for step in plan if step.startswith("SCAN") and "USING" not in step]
        assert not scans, (name, plan)
    assert any("ix_queue_events_ticket_action" in step for step in plans["tickets"])


def test_4_1_and_4_2_from_the_complaints_register(
    configured_db: Database, clerk: Actor, quarter: dict[str, uuid.UUID]
) -> None:
    db = configured_db

    def complaint(received: datetime, justified: bool, answered: date) -> None:
        row = complaints.register(db, _complaint(), aware(received), clerk)
        complaints.answer(db, row.id, justified, answered, "Жауап берілді.", NOW, clerk)

    complaint(datetime(2026, 7, 8, 10), True, date(2026, 7, 10))  # answered in time
    complaint(datetime(2026, 9, 29, 10), True, date(2026, 10, 1))  # answered after the quarter
    complaint(datetime(2026, 8, 5, 10), False, date(2026, 8, 6))  # not justified
    report = reports.build_report(db, QUARTER, NOW)
    justified, in_time = report.value("4.1"), report.value("4.2")
    assert (justified.value, justified.status, justified.part, justified.whole) == (
        Decimal("40.0"), "worse", 2, 5,
    )  # fmt: skip
    assert (in_time.value, in_time.status, in_time.part, in_time.whole) == (
        Decimal("100.0"), "meets", 1, 1,
    )  # fmt: skip
