"""Number series: gap-free, never twice, a rolled-back number comes back, two writers at once."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import NumberSeries, QueueTicket
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.services import queue
from desktop.services.numbering import next_number, ticket_series

KEY = ticket_series(100, date(2026, 11, 25), "A")


def take(db: Database, key: str = KEY) -> int:
    with db.write(SYSTEM) as work:
        return next_number(work, key, QueueTicket.number, QueueTicket.letter == "A")


def test_a_series_counts_one_by_one_and_separately_per_key(db: Database) -> None:
    assert [take(db) for _ in range(3)] == [1, 2, 3]
    assert take(db, ticket_series(100, date(2026, 11, 26), "A")) == 1
    with db.read() as session:
        assert session.get(NumberSeries, KEY).last_value == 3  # type: ignore[union-attr]


def test_a_rolled_back_transaction_gives_its_number_back(db: Database) -> None:
    assert take(db) == 1
    with pytest.raises(RuntimeError), db.write(SYSTEM) as work:
        assert next_number(work, KEY, QueueTicket.number) == 2
        raise RuntimeError("the printer jammed before the ticket was saved")
    assert take(db) == 2


def test_a_new_series_starts_after_numbers_already_stored(configured_db: Database) -> None:
    now = SystemClock().now().replace(hour=10)
    issued = queue.issue_ticket(configured_db, "hand_in_1", "kk", now, SYSTEM, "test")
    key = ticket_series(100, issued.ticket.issued_at.date(), issued.ticket.letter)
    with configured_db.write(SYSTEM) as work:  # as if the series had not been kept
        work.delete(work.get(NumberSeries, key))
    with configured_db.write(SYSTEM) as work:
        where = (QueueTicket.day == issued.ticket.issued_at.date(), QueueTicket.letter == "A")
        assert next_number(work, key, QueueTicket.number, *where) == 2


def test_two_writers_in_threads_never_share_or_skip_a_number(db: Database) -> None:
    numbers: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            for _ in range(25):
                number = take(db)
                with lock:
                    numbers.append(number)
        except BaseException as error:  # reported by the assert below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(numbers) == list(range(1, 51))
    with db.read() as session:
        assert session.scalar(select(NumberSeries.last_value).where(NumberSeries.key == KEY)) == 50


def test_the_series_row_itself_holds_a_second_writer_until_the_first_commits(
    db: Database,
) -> None:
    """Without the writers' lock of db.write (a bare session), the bumped row alone keeps a
    second transaction waiting, which then takes the next number: no collision on either
    database."""
    assert take(db) == 1
    taken: list[int] = []

    def other() -> None:
        with Session(db.engine) as session, session.begin():
            taken.append(next_number(session, KEY, QueueTicket.number))

    with db.write(SYSTEM) as work:
        assert next_number(work, KEY, QueueTicket.number) == 2
        thread = threading.Thread(target=other)
        thread.start()
        thread.join(timeout=0.5)
        assert thread.is_alive() and taken == []  # waiting for the row
    thread.join()
    assert taken == [3]


def test_a_damaged_marks_file_stops_numbering_with_the_file_named(configured_db: Database) -> None:
    from db.models import Application
    from desktop.services import number_marks

    assert number_marks.read() == {}
    number_marks.raise_to({"registration:100:2026": 7, "certificate:100:2026": 2})
    number_marks.raise_to({"registration:100:2026": 5})  # a mark never goes down
    assert number_marks.read() == {"registration:100:2026": 7, "certificate:100:2026": 2}
    with configured_db.write(SYSTEM) as work:  # the database behind the file: the file wins
        key = "registration:100:2026"
        assert next_number(work, key, Application.registration_seq) == 8
    assert number_marks.read()[key] == 8
    number_marks.marks_path().write_text("{not json", encoding="utf-8")
    with (
        pytest.raises(number_marks.NumberMarkError) as damaged,
        configured_db.write(SYSTEM) as work,
    ):
        next_number(work, key, Application.registration_seq)
    assert damaged.value.filename == str(number_marks.marks_path())
    with configured_db.read() as session:  # nothing was taken
        assert session.get(NumberSeries, key).last_value == 8  # type: ignore[union-attr]
