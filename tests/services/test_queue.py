"""The queue service: numbering, first-come order, the clerk's actions, hours, waiting colours."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from db.engine import Database
from desktop.core.actor import SYSTEM, Actor
from desktop.core.clock import SystemClock
from desktop.core.localtime import aware
from desktop.services import office
from desktop.services import queue as q
from desktop.services.queue import QueueError
from tests.helpers import CLERK

WEDNESDAY = aware(datetime(2026, 11, 25, 9, 30))
CLERK_NAME = "Ахметова Г. С."


def by(db: Database) -> Actor:
    return office.current_actor(db) or SYSTEM


def at(minutes: float, start: datetime = WEDNESDAY) -> datetime:
    return start + timedelta(minutes=minutes)


def labels(db: Database, now: datetime = WEDNESDAY) -> list[tuple[str, str]]:
    return [(row.label, row.status) for row in q.today(db, now)]


def test_numbers_restart_every_day_per_letter(configured_db: Database) -> None:
    db = configured_db
    issued = [
        q.issue_ticket(db, "hand_in_1", "kk", at(0), by(db)).ticket.label,
        q.issue_ticket(db, "hand_in_1", "ru", at(1), by(db)).ticket.label,
        q.issue_ticket(db, "collect", "kk", at(2), by(db)).ticket.label,
        q.issue_ticket(db, "hand_in_2", "kk", at(3), by(db)).ticket.label,
        q.issue_ticket(db, "hand_in_1", "kk", at(4), by(db)).ticket.label,
    ]
    assert issued == ["A-001", "A-002", "C-001", "B-001", "A-003"]
    thursday = WEDNESDAY + timedelta(days=1)
    assert q.issue_ticket(db, "hand_in_1", "kk", thursday, by(db)).ticket.label == "A-001"
    assert [row.label for row in q.today(db, thursday)] == ["A-001"]
    assert len(q.today(db, WEDNESDAY)) == 5


def test_two_writers_get_distinct_gap_free_numbers(
    configured_db: Database, db_location: str | Path
) -> None:
    errors: list[BaseException] = []

    def issue_many() -> None:
        database = Database(db_location)
        try:
            for i in range(50):
                q.issue_ticket(database, "hand_in_1", "kk", at(i / 10), by(database))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            database.dispose()

    threads = [threading.Thread(target=issue_many) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(row.number for row in q.today(configured_db, at(10)))
    assert numbers == list(range(1, 101))


def test_call_next_is_first_come_whatever_the_purpose(configured_db: Database) -> None:
    db = configured_db
    c1 = q.issue_ticket(db, "collect", "kk", at(0), by(db)).ticket
    a1 = q.issue_ticket(db, "hand_in_1", "kk", at(1), by(db)).ticket
    called = q.call_next(db, by(db), at(2))
    assert called is not None and called.id == c1.id
    assert called.status == "called" and called.called_by == CLERK_NAME
    q.close(db, c1.id, "issued", by(db), at(2.5))
    second = q.call_next(db, by(db), at(3))
    assert second is not None and second.id == a1.id
    q.close(db, a1.id, "accepted", by(db), at(3.5))
    assert q.call_next(db, by(db), at(4)) is None


def test_serving_and_the_estimate_from_real_times(configured_db: Database) -> None:
    db = configured_db
    first = q.issue_ticket(db, "hand_in_1", "kk", at(0), by(db))
    assert (first.people_ahead, first.wait_minutes) == (0, 0)
    q.issue_ticket(db, "hand_in_2", "kk", at(1), by(db))
    third = q.issue_ticket(db, "collect", "kk", at(2), by(db))
    assert third.people_ahead == 2
    assert third.wait_minutes == 10 + 15  # the purposes' defaults: nobody served yet
    ticket = q.call_next(db, by(db), at(3))
    assert ticket is not None
    q.start_serving(db, ticket.id, by(db), at(4))
    done = q.finish(db, ticket.id, by(db), at(12))
    assert done.status == "done" and done.finished_at == at(12)
    fourth = q.issue_ticket(db, "consultation", "ru", at(13), by(db))
    assert (fourth.people_ahead, fourth.wait_minutes) == (2, 16)  # 8 minutes a person
    actions = [e.action for e in q.events(db, ticket.id)]
    assert actions == ["issue", "call", "start", "finish"]
    assert [e.at for e in q.events(db, ticket.id)] == [at(0), at(3), at(4), at(12)]


def test_out_of_order_needs_a_reason_which_is_recorded(configured_db: Database) -> None:
    db = configured_db
    q.issue_ticket(db, "hand_in_1", "kk", at(0), by(db))
    late = q.issue_ticket(db, "collect", "kk", at(1), by(db)).ticket
    with pytest.raises(QueueError) as caught:
        q.call_out_of_order(db, late.id, "  ", by(db), at(2))
    assert caught.value.code == "reason_required"
    assert labels(db) == [("A-001", "waiting"), ("C-001", "waiting")]
    called = q.call_out_of_order(db, late.id, "ардагер, мүгедектігі бар", by(db), at(2))
    assert called.status == "called"
    event = q.events(db, late.id)[-1]
    assert event.action == "call_out_of_order"
    assert event.reason == "ардагер, мүгедектігі бар"
    assert event.by == CLERK_NAME and event.at == at(2)
    assert event.details == {"out_of_order": True, "skipped": ["A-001"]}
    with pytest.raises(QueueError) as again:
        q.call_out_of_order(db, late.id, "again", by(db), at(3))
    assert again.value.code == "not_waiting"


def test_no_show_recall_and_drop(configured_db: Database) -> None:
    db = configured_db
    a = q.issue_ticket(db, "hand_in_1", "kk", at(0), by(db)).ticket
    b = q.issue_ticket(db, "hand_in_2", "kk", at(1), by(db)).ticket
    q.call_next(db, by(db), at(2))
    assert q.no_show(db, a.id, by(db), at(4)).status == "no_show"
    recalled = q.recall(db, a.id, by(db), at(6))
    assert recalled.status == "called" and recalled.called_at == at(6)
    assert q.start_serving(db, a.id, by(db), at(7)).status == "serving"
    q.finish(db, a.id, by(db), at(7.5))
    q.call_next(db, by(db), at(8))
    q.no_show(db, b.id, by(db), at(10))
    assert q.drop(db, b.id, by(db), at(12)).status == "dropped"
    with pytest.raises(QueueError) as caught:
        q.recall(db, b.id, by(db), at(13))
    assert caught.value.code == "not_allowed"
    assert caught.value.params == {"action": "recall", "status": "dropped"}
    assert [e.action for e in q.events(db, b.id)] == ["issue", "call", "no_show", "drop"]


def test_redirect_keeps_the_place_in_line(configured_db: Database) -> None:
    db = configured_db
    first = q.issue_ticket(db, "consultation", "kk", at(0), by(db)).ticket
    second = q.issue_ticket(db, "hand_in_1", "kk", at(1), by(db)).ticket
    called = q.call_next(db, by(db), at(2))
    assert called is not None and called.id == first.id
    moved = q.redirect(db, first.id, "hand_in_2", by(db), at(3))
    assert (moved.status, moved.purpose, moved.label) == ("waiting", "hand_in_2", "E-001")
    assert moved.issued_at == first.issued_at
    again = q.call_next(db, by(db), at(4))
    assert again is not None and again.id == first.id  # still ahead of A-001
    q.close(db, first.id, "consultation", by(db), at(4.5))
    assert q.call_next(db, by(db), at(5)).id == second.id  # type: ignore[union-attr]
    event = q.events(db, first.id)[2]
    assert (event.action, event.details) == (
        "redirect",
        {"from": "consultation", "to": "hand_in_2"},
    )


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 25, 8, 59),  # before opening
        datetime(2026, 11, 25, 13, 30),  # lunch
        datetime(2026, 11, 25, 18, 0),  # closing time
        datetime(2026, 11, 28, 10, 0),  # Saturday
        datetime(2026, 3, 23, 10, 0),  # Nauryz, a public holiday (Monday)
    ],
)
def test_closed_outside_hours_unless_overridden(configured_db: Database, moment: datetime) -> None:
    now = aware(moment)
    assert not q.is_open(now)
    with pytest.raises(QueueError) as caught:
        q.issue_ticket(configured_db, "hand_in_1", "kk", now, by(configured_db))
    assert caught.value.code == "closed"
    assert caught.value.params["opens_at"] == q.next_opening(now)
    assert q.next_opening(now) > moment
    assert q.today(configured_db, now) == []
    issued = q.issue_ticket(
        configured_db, "hand_in_1", "kk", now, by(configured_db), override_reason=" ауыл әкімі "
    )
    assert issued.ticket.outside_hours_reason == "ауыл әкімі"
    assert q.events(configured_db, issued.ticket.id)[0].reason == "ауыл әкімі"


def test_next_opening_examples() -> None:
    assert q.next_opening(datetime(2026, 11, 25, 13, 30)) == datetime(2026, 11, 25, 14, 0)
    assert q.next_opening(datetime(2026, 11, 27, 18, 5)) == datetime(2026, 11, 30, 9, 0)
    assert q.is_open(aware(datetime(2026, 11, 25, 9, 0)))


@pytest.mark.parametrize(
    ("purpose", "minutes", "state"),
    [
        ("hand_in_1", 24, "ok"),
        ("hand_in_1", 26, "near"),
        ("hand_in_2", 31, "over"),
        ("collect", 11, "near"),
        ("collect", 16, "over"),
        ("complaint", 90, "ok"),
    ],
)
def test_waiting_colours_follow_the_clock(
    configured_db: Database, purpose: str, minutes: int, state: str
) -> None:
    q.issue_ticket(configured_db, purpose, "kk", at(0), by(configured_db))
    (row,) = q.today(configured_db, at(minutes))
    assert row.waited_minutes == minutes
    assert row.wait_state == state
    assert row.wait_limit == {"collect": 15, "complaint": None}.get(purpose, 30)


def test_waiting_stops_counting_at_the_call(configured_db: Database) -> None:
    ticket = q.issue_ticket(configured_db, "collect", "kk", at(0), by(configured_db)).ticket
    q.call_next(configured_db, by(configured_db), at(5))
    (row,) = q.today(configured_db, at(60))
    assert (row.waited_minutes, row.wait_state) == (5, "ok")
    assert row.id == ticket.id


def test_unknown_purpose_and_no_office(db: Database) -> None:
    with pytest.raises(QueueError) as caught:
        q.issue_ticket(db, "express", "kk", WEDNESDAY, by(db))
    assert caught.value.code == "unknown_purpose"
    with pytest.raises(QueueError) as missing:
        q.issue_ticket(db, "collect", "kk", WEDNESDAY, by(db))
    assert missing.value.code == "no_office"
    office.configure(db, 100, CLERK, SYSTEM, SystemClock().now())
    assert q.issue_ticket(db, "collect", "kk", WEDNESDAY, by(db)).ticket.label == "C-001"


def test_ticket_data_for_printing(configured_db: Database) -> None:
    q.issue_ticket(configured_db, "hand_in_1", "kk", at(0), by(configured_db))
    issued = q.issue_ticket(configured_db, "collect", "ru", at(1), by(configured_db))
    data = q.ticket_data(issued, "Ботақара ауылдық округі", "ru")
    assert data.number == "C-001"
    assert data.purpose == "Получить готовый документ"
    assert data.issued_at == datetime(2026, 11, 25, 9, 31)
    assert (data.people_ahead, data.wait_minutes) == (1, 10)
