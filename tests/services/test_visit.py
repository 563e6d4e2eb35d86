"""One visit end to end in the services: the ticket ends with the application's outcome."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from db.engine import Database
from desktop.core import queue_rules
from desktop.core.actor import SYSTEM, Actor
from desktop.core.iin import make_iin
from desktop.core.localtime import aware
from desktop.services import applications, office
from desktop.services import queue as q
from desktop.services.applications import ApplicationError, ApplicationInput
from desktop.services.queue import QueueError

WEDNESDAY = datetime(2026, 11, 25, 9, 30)
PERSON = ApplicationInput(
    service=2,
    applicant_kind="individual",
    national_number=make_iin(date(1980, 5, 17), "male", 42),
    surname="Серіков",
    name="Асқар",
    language="kk",
    documents_presented=("id_card", "application", "veterinary_passport"),
)


def by(db: Database) -> Actor:
    return office.current_actor(db) or SYSTEM


def at(minutes: float) -> datetime:
    return WEDNESDAY + timedelta(minutes=minutes)


def called(db: Database, purpose: str, minutes: float) -> q.TicketRow:
    q.issue_ticket(db, purpose, "kk", aware(at(minutes)), by(db))
    ticket = q.call_next(db, by(db), aware(at(minutes + 1)))
    assert ticket is not None
    return ticket


def test_accepting_for_a_called_ticket_ends_it_accepted(configured_db: Database) -> None:
    db = configured_db
    ticket = called(db, "hand_in_2", 0)
    assert q.at_desk(db, by(db), aware(at(2))) == q.today(db, aware(at(2)))[0]
    applications.submit(db, PERSON, at(5), by(db), ticket_id=ticket.id)
    [row] = q.today(db, aware(at(6)))
    assert (row.status, row.outcome) == ("done", "accepted")
    assert row.serving_started_at == aware(at(1)) and row.finished_at == aware(at(5))
    assert q.at_desk(db, by(db), aware(at(6))) is None
    assert [e.action for e in q.events(db, ticket.id)] == ["issue", "call", "close"]


def test_a_refusal_at_hand_in_ends_the_ticket_refused(configured_db: Database) -> None:
    db = configured_db
    ticket = called(db, "hand_in_2", 0)
    missing = replace(PERSON, documents_presented=("id_card",))
    applications.submit(db, missing, at(5), by(db), ticket_id=ticket.id)
    assert q.today(db, aware(at(6)))[0].outcome == "refused"


def test_refused_after_acceptance_with_a_reason_and_a_notice(configured_db: Database) -> None:
    db = configured_db
    accepted = applications.submit(db, PERSON, at(0), by(db))
    with pytest.raises(ApplicationError) as caught:
        applications.refuse(db, accepted.id, "   ", by(db), at(10))
    assert (caught.value.field, caught.value.code) == ("reason", "required")
    ticket = called(db, "collect", 20)
    applications.refuse(db, accepted.id, "No household in the book", by(db), at(30), ticket.id)
    row = applications.application(db, accepted.id)
    assert row.status == "refused"
    assert q.today(db, aware(at(31)))[0].outcome == "refused"
    notice = applications.refusal_data(db, accepted.id)
    assert notice.reason == "No household in the book"
    assert notice.registration_number == accepted.registration_number
    assert notice.refused_at == at(30) and not notice.missing_documents
    assert applications.refusal_document(db, accepted.id).pdf().startswith(b"%PDF")
    with pytest.raises(ApplicationError) as again:
        applications.refuse(db, accepted.id, "twice", by(db), at(40))
    assert again.value.code == "cannot_refuse"


def test_issuing_for_a_collect_ticket_ends_it_issued(configured_db: Database) -> None:
    db = configured_db
    accepted = applications.submit(db, PERSON, at(0), by(db))
    applications.mark_ready(db, accepted.id, by(db), at(10))
    ticket = called(db, "collect", 20)
    applications.mark_issued(db, accepted.id, by(db), at(25), ticket.id)
    assert q.today(db, aware(at(26)))[0].outcome == "issued"


def test_a_clerk_has_one_visitor_at_the_desk(configured_db: Database) -> None:
    db = configured_db
    first = called(db, "consultation", 0)
    q.issue_ticket(db, "hand_in_1", "kk", aware(at(2)), by(db))
    with pytest.raises(QueueError) as caught:
        q.call_next(db, by(db), aware(at(3)))
    assert (caught.value.code, caught.value.params) == ("busy", {"label": "E-001"})
    back = q.requeue(db, first.id, by(db), aware(at(4)))
    assert (back.status, back.called_by) == ("waiting", "")
    again = q.call_next(db, by(db), aware(at(5)))
    assert again is not None and again.id == first.id  # it kept its place
    q.close(db, first.id, "consultation", by(db), aware(at(6)))
    nxt = q.call_next(db, by(db), aware(at(7)))
    assert nxt is not None and nxt.label == "A-001"


def test_closing_a_visit_that_already_ended_is_refused(configured_db: Database) -> None:
    db = configured_db
    ticket = called(db, "consultation", 0)
    q.close(db, ticket.id, "consultation", by(db), aware(at(2)))
    with pytest.raises(QueueError) as caught:
        q.close(db, ticket.id, "issued", by(db), aware(at(3)))
    assert caught.value.code == "not_allowed"
    with pytest.raises(ValueError):
        q.close(db, ticket.id, "bribed", by(db), aware(at(3)))


@pytest.mark.parametrize(
    "moment",
    [datetime(2026, 11, 28, 11, 0), datetime(2026, 11, 25, 20, 30), datetime(2026, 12, 16, 10)],
    ids=["saturday", "evening", "independence-day"],
)
def test_a_hand_in_outside_hours_needs_a_reason(configured_db: Database, moment: datetime) -> None:
    db = configured_db
    with pytest.raises(ApplicationError) as caught:
        applications.submit(db, PERSON, moment, by(db))
    assert (caught.value.field, caught.value.code) == ("handed_in_at", "closed")
    opens = caught.value.params["opens_at"]
    result = applications.submit(db, PERSON, moment, by(db), outside_hours_reason="ауыл жиыны")
    # the 24 hours count from the next opening: ready the next working day at opening time
    assert result.ready_due_at is not None and result.ready_due_at > opens
    assert result.ready_due_at.time() == opens.time()


def test_the_estimate_never_says_zero_with_someone_ahead() -> None:
    quick = [timedelta(seconds=10)]
    assert queue_rules.estimate_wait_minutes(["collect"], quick, {}) == 1
    assert queue_rules.estimate_wait_minutes(["collect", "collect"], quick, {}) == 2
    assert queue_rules.estimate_wait_minutes([], quick, {}) == 0
