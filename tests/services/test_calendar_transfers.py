"""The office's own decreed transfers: stored in the database, merged over the bundled list,
taken into account at once by the queue's hours and the ready time."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime

import pytest

from db.engine import Database
from desktop.core import roles
from desktop.core.actor import SYSTEM, Actor
from desktop.core.iin import make_iin
from desktop.core.localtime import aware
from desktop.services import applications, calendar_transfers, office
from desktop.services import queue as q
from desktop.services.applications import ApplicationInput
from desktop.services.calendar_transfers import TransferError
from desktop.services.standard import bundled_transfers, working_calendar
from tests.helpers import CLERK

SATURDAY = date(2026, 11, 28)
WEDNESDAY = date(2026, 11, 25)
DECREE = "ҚР Үкіметінің 2026 жылғы 1 қазандағы № 800 қаулысы"


@pytest.fixture
def office45(db: Database) -> Database:
    office.configure(db, 45, CLERK, SYSTEM, aware(datetime(2026, 11, 24)))
    return db


def by(db: Database) -> Actor:
    return office.current_actor(db) or SYSTEM


def admin(db: Database) -> Actor:
    """The office's staff member as an administrator: only they edit the working calendar."""
    return replace(by(db), role=roles.ADMINISTRATOR)


def _person() -> ApplicationInput:
    return ApplicationInput(
        service=2,
        applicant_kind="individual",
        national_number=make_iin(date(1980, 5, 17), "male", 42),
        surname="Серіков",
        name="Асқар",
        patronymic="Бекұлы",
        language="kk",
        documents_presented=("id_card", "application", "veterinary_passport"),
    )


def test_the_dates_used_here_are_the_weekdays_they_claim() -> None:
    assert calendar.weekday(2026, 11, 28) == calendar.SATURDAY
    assert calendar.weekday(2026, 11, 25) == calendar.WEDNESDAY


def test_a_decreed_working_saturday_opens_the_queue_and_counts_for_the_ready_time(
    office45: Database,
) -> None:
    ten = datetime(2026, 11, 28, 10, 0)
    assert not q.is_open(ten, office45)
    calendar_transfers.save_transfer(
        office45, SATURDAY, "working_day", DECREE, admin(office45), "Сенбі жұмыс күні"
    )
    assert q.is_open(ten, office45)
    ticket = q.issue_ticket(office45, "hand_in_1", "kk", aware(ten), by(office45))
    assert ticket.ticket.outside_hours_reason == ""
    # Friday 17:30 + 24 hours = Saturday 17:30, a working moment now (was Monday 09:00).
    result = applications.submit(office45, _person(), datetime(2026, 11, 27, 17, 30), by(office45))
    assert result.ready_due_at == datetime(2026, 11, 28, 17, 30)


def test_a_decreed_day_off_closes_the_queue_and_removing_it_restores(office45: Database) -> None:
    ten = datetime(2026, 11, 25, 10, 0)
    assert q.is_open(ten, office45)
    calendar_transfers.save_transfer(office45, WEDNESDAY, "day_off", DECREE, admin(office45))
    assert not q.is_open(ten, office45)
    with pytest.raises(q.QueueError) as caught:
        q.issue_ticket(office45, "hand_in_1", "kk", aware(ten), by(office45))
    assert caught.value.code == "closed"
    assert caught.value.params["opens_at"] == datetime(2026, 11, 26, 9, 0)
    tuesday = datetime(2026, 11, 24, 10, 15)
    assert applications.submit(office45, _person(), tuesday, by(office45)).ready_due_at == datetime(
        2026, 11, 26, 9, 0
    )
    assert calendar_transfers.remove_transfer(office45, WEDNESDAY, admin(office45))
    assert not calendar_transfers.remove_transfer(office45, WEDNESDAY, admin(office45))
    assert q.is_open(ten, office45)
    assert applications.submit(office45, _person(), tuesday, by(office45)).ready_due_at == datetime(
        2026, 11, 25, 10, 15
    )


def test_the_calendar_without_a_database_is_the_bundled_one(office45: Database) -> None:
    calendar_transfers.save_transfer(office45, WEDNESDAY, "day_off", DECREE, admin(office45))
    assert not working_calendar(office45).is_working_day(WEDNESDAY)
    assert working_calendar().is_working_day(WEDNESDAY)


def test_an_office_entry_overrides_the_bundled_one(office45: Database) -> None:
    bundled = bundled_transfers().on(date(2025, 1, 3))
    assert bundled is not None and bundled.kind == "day_off"
    assert not working_calendar(office45).is_working_day(date(2025, 1, 3))
    calendar_transfers.save_transfer(
        office45, date(2025, 1, 3), "working_day", DECREE, admin(office45)
    )
    assert working_calendar(office45).is_working_day(date(2025, 1, 3))
    calendar_transfers.remove_transfer(office45, date(2025, 1, 3), admin(office45))
    assert not working_calendar(office45).is_working_day(date(2025, 1, 3))


def test_a_date_already_listed_is_replaced(office45: Database) -> None:
    calendar_transfers.save_transfer(office45, WEDNESDAY, "day_off", "first", admin(office45))
    calendar_transfers.save_transfer(office45, SATURDAY, "working_day", DECREE, admin(office45))
    calendar_transfers.save_transfer(
        office45, WEDNESDAY, "day_off", " second ", admin(office45), " note "
    )
    assert [(t.day, t.basis, t.note) for t in calendar_transfers.office_transfers(office45)] == [
        (WEDNESDAY, "second", "note"),
        (SATURDAY, DECREE, ""),
    ]


@pytest.mark.parametrize(
    ("day", "kind", "basis", "code"),
    [
        (SATURDAY, "working_day", "  ", "basis_required"),
        (WEDNESDAY, "working_day", DECREE, "not_a_day_off"),
        (SATURDAY, "day_off", DECREE, "not_a_weekday"),
        (SATURDAY, "holiday", DECREE, "unknown_kind"),
    ],
)
def test_a_transfer_that_makes_no_sense_is_refused(
    office45: Database, day: date, kind: str, basis: str, code: str
) -> None:
    with pytest.raises(TransferError) as caught:
        calendar_transfers.save_transfer(office45, day, kind, basis, admin(office45))
    assert caught.value.code == code
    assert calendar_transfers.office_transfers(office45) == []


def test_a_public_holiday_on_a_weekday_may_be_decreed_a_working_day(office45: Database) -> None:
    independence_day = date(2026, 12, 16)  # a Wednesday
    calendar_transfers.save_transfer(
        office45, independence_day, "working_day", DECREE, admin(office45)
    )
    assert working_calendar(office45).is_working_day(independence_day)
