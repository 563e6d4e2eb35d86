"""Applications: the documents check, refusal, numbering, ready time, statuses and prefill."""

from __future__ import annotations

import calendar
import threading
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from db.engine import Database
from db.models import Application
from desktop.core.actor import SYSTEM, Actor
from desktop.core.iin import make_bin, make_iin
from desktop.core.localtime import aware
from desktop.services import applications, household_writer, office
from desktop.services.applications import ApplicationError, ApplicationInput
from desktop.services.household_values import HouseholdData, MemberData
from tests.helpers import CLERK

IIN = make_iin(date(1980, 5, 17), "male", 42)
BIN = make_bin(2015, 3, 4, 0, 123)
TUESDAY = datetime(2026, 11, 24, 10, 15)
ALL_2 = ("id_card", "application", "veterinary_passport")


def _person(**changes: object) -> ApplicationInput:
    data = ApplicationInput(
        service=2,
        applicant_kind="individual",
        national_number=IIN,
        surname="Серіков",
        name="Асқар",
        patronymic="Бекұлы",
        language="kk",
        documents_presented=ALL_2,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


@pytest.fixture
def office45(db: Database) -> Database:
    office.configure(db, 45, CLERK, SYSTEM, aware(TUESDAY))
    return db


def by(db: Database) -> Actor:
    """The clerk of office 45."""
    actor = office.current_actor(db)
    assert actor is not None
    return actor


def test_the_dates_used_here_are_the_weekdays_they_claim() -> None:
    assert calendar.weekday(2026, 11, 24) == calendar.TUESDAY
    assert calendar.weekday(2026, 11, 27) == calendar.FRIDAY
    assert calendar.weekday(2026, 11, 30) == calendar.MONDAY


def test_missing_veterinary_passport_refuses_without_a_number(office45: Database) -> None:
    result = applications.submit(
        office45, _person(documents_presented=("id_card", "application")), TUESDAY, by(office45)
    )
    assert result.status == "refused"
    assert result.missing_documents == ("veterinary_passport",)
    assert result.registration_number is None
    assert result.ready_due_at is None
    [row] = applications.applications(office45, now=TUESDAY)
    assert row.status == "refused" and row.registration_number is None
    refusal = applications.refusal_data(office45, result.id)
    assert refusal.missing_documents == ("Ауыл шаруашылығы жануарларының ветеринарлық паспорты",)
    assert refusal.clerk == "Ахметова Г. С."
    notice = applications.hand_in_document(office45, result.id)
    assert (notice.kind, notice.language) == ("refusal", "kk")
    assert b"%PDF" in notice.pdf()[:8]
    with pytest.raises(ApplicationError) as raised:
        applications.talon_data(office45, result.id)
    assert raised.value.code == "no_talon"


def test_accepted_applications_are_numbered_per_office_and_year(office45: Database) -> None:
    numbers = [
        applications.submit(office45, _person(), TUESDAY + timedelta(minutes=i), by(office45))
        for i in range(3)
    ]
    assert [n.registration_number for n in numbers] == [
        "45-2026-0001",
        "45-2026-0002",
        "45-2026-0003",
    ]
    assert all(n.status == "accepted" and not n.missing_documents for n in numbers)
    # a refusal takes no number, and a new year starts again at 1
    applications.submit(office45, _person(documents_presented=()), TUESDAY, by(office45))
    next_year = applications.submit(office45, _person(), datetime(2027, 1, 5, 10, 0), by(office45))
    after = applications.submit(office45, _person(), TUESDAY + timedelta(hours=1), by(office45))
    assert next_year.registration_number == "45-2027-0001"
    assert after.registration_number == "45-2026-0004"


def test_two_databases_in_two_threads_get_distinct_gap_free_numbers(
    office45: Database, db_location: str | Path
) -> None:
    office45.dispose()
    errors: list[BaseException] = []
    numbers: list[str] = []
    lock = threading.Lock()

    def work(offset: int) -> None:
        database = Database(db_location)
        try:
            for i in range(30):
                moment = TUESDAY + timedelta(seconds=offset + i)
                result = applications.submit(database, _person(), moment, by(database))
                with lock:
                    numbers.append(result.registration_number or "")
        except BaseException as error:  # reported by the assert below
            errors.append(error)
        finally:
            database.dispose()

    threads = [threading.Thread(target=work, args=(n * 100,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(numbers) == [f"45-2026-{seq:04d}" for seq in range(1, 61)]


def test_service_1_is_not_provided_to_a_legal_entity(office45: Database) -> None:
    data = _person(service=1, applicant_kind="legal_entity", national_number=BIN, organization="X")
    with pytest.raises(ApplicationError) as raised:
        applications.submit(office45, data, TUESDAY, by(office45))
    assert (raised.value.field, raised.value.code) == ("applicant_kind", "not_provided")
    assert applications.applications(office45, now=TUESDAY) == []


def test_a_legal_entity_needs_a_valid_bin_and_its_name(office45: Database) -> None:
    entity = _person(
        applicant_kind="legal_entity",
        national_number=BIN,
        organization="«Береке» ЖШС",
        documents_presented=("id_card", "registration_certificate", *ALL_2[1:]),
    )
    wrong_digit = BIN[:11] + str((int(BIN[11]) + 1) % 10)
    for number, code in ((wrong_digit, "bin_check_digit"), (IIN, "bin_bin_type")):
        with pytest.raises(ApplicationError) as raised:
            applications.submit(
                office45, replace(entity, national_number=number), TUESDAY, by(office45)
            )
        assert raised.value.code == code
    with pytest.raises(ApplicationError) as raised:
        applications.submit(office45, replace(entity, organization=" "), TUESDAY, by(office45))
    assert (raised.value.field, raised.value.code) == ("organization", "required")
    accepted = applications.submit(office45, entity, TUESDAY, by(office45))
    assert accepted.status == "accepted"
    assert applications.talon_data(office45, accepted.id).applicant == "«Береке» ЖШС"


def test_an_unknown_document_is_named_in_the_error(office45: Database) -> None:
    data = _person(documents_presented=(*ALL_2, "horoscope"))
    with pytest.raises(ApplicationError) as raised:
        applications.submit(office45, data, TUESDAY, by(office45))
    assert (raised.value.field, raised.value.code) == ("documents", "unknown_document")
    assert raised.value.params == {"code": "horoscope"}


def test_an_individual_needs_a_valid_iin_and_names(office45: Database) -> None:
    with pytest.raises(ApplicationError) as raised:
        applications.submit(
            office45, _person(national_number=IIN[:11] + "x"), TUESDAY, by(office45)
        )
    assert raised.value.code == "iin_not_digits"
    with pytest.raises(ApplicationError) as raised:
        applications.submit(office45, _person(surname=""), TUESDAY, by(office45))
    assert (raised.value.field, raised.value.code) == ("surname", "required")


@pytest.mark.parametrize(
    ("handed_in", "ready"),
    [
        (datetime(2026, 11, 24, 10, 15), datetime(2026, 11, 25, 10, 15)),  # Tuesday -> Wednesday
        (datetime(2026, 11, 27, 17, 30), datetime(2026, 11, 30, 9, 0)),  # Friday -> Monday 9:00
    ],
)
def test_ready_time_on_the_working_calendar(
    office45: Database, handed_in: datetime, ready: datetime
) -> None:
    result = applications.submit(office45, _person(), handed_in, by(office45))
    assert result.ready_due_at == ready
    talon = applications.talon_data(office45, result.id)
    assert (talon.accepted_at, talon.ready_at) == (handed_in, ready)
    [row] = applications.applications(office45, now=handed_in)
    assert row.ready_due_at == ready and row.handed_in_at == handed_in


def test_an_aware_now_is_the_same_moment_in_office_time(office45: Database) -> None:
    in_utc = datetime(2026, 11, 24, 5, 15, tzinfo=UTC)  # 10:15 in Karaganda (UTC+5)
    result = applications.submit(office45, _person(), in_utc, by(office45))
    assert result.handed_in_at == TUESDAY
    assert result.ready_due_at == datetime(2026, 11, 25, 10, 15)


def test_overdue_when_accepted_and_past_the_ready_time(office45: Database) -> None:
    result = applications.submit(office45, _person(), TUESDAY, by(office45))
    due = datetime(2026, 11, 25, 10, 15)

    def overdue(now: datetime) -> bool:
        [row] = applications.applications(office45, now=now)
        return row.overdue

    assert not overdue(due)
    assert overdue(due + timedelta(minutes=1))
    applications.mark_ready(office45, result.id, by(office45), due + timedelta(minutes=5))
    assert not overdue(due + timedelta(days=3))


def test_statuses_move_accepted_ready_issued_only(office45: Database) -> None:
    accepted = applications.submit(office45, _person(), TUESDAY, by(office45))
    refused = applications.submit(office45, _person(documents_presented=()), TUESDAY, by(office45))
    with pytest.raises(ApplicationError) as raised:
        applications.mark_issued(office45, accepted.id, by(office45), TUESDAY)
    assert (raised.value.code, raised.value.params["status"]) == ("cannot_issued", "accepted")
    applications.mark_ready(office45, accepted.id, by(office45), TUESDAY + timedelta(hours=2))
    with pytest.raises(ApplicationError) as raised:
        applications.mark_ready(office45, accepted.id, by(office45), TUESDAY)
    assert raised.value.code == "cannot_ready"
    applications.mark_issued(office45, accepted.id, by(office45), TUESDAY + timedelta(days=1))
    row = applications.application(office45, accepted.id)
    assert row.status == "issued"
    assert row.ready_at == TUESDAY + timedelta(hours=2)
    assert row.issued_at == TUESDAY + timedelta(days=1)
    for move in (applications.mark_ready, applications.mark_issued):
        with pytest.raises(ApplicationError):
            move(office45, refused.id, by(office45), TUESDAY)
        with pytest.raises(ApplicationError):
            move(office45, accepted.id, by(office45), TUESDAY)
    with pytest.raises(ApplicationError) as raised:
        applications.mark_ready(office45, uuid.uuid4(), by(office45), TUESDAY)
    assert raised.value.code == "not_found"


def test_household_prefill_and_link_by_iin(office45: Database) -> None:
    household = household_writer.create_household(
        office45,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1), street="Әуезов көшесі", house="12"),
        MemberData("Серіков", "Асқар", "head", date(2010, 3, 1), patronymic="Бекұлы", iin=IIN),
        by(office45),
        TUESDAY.date(),
    )
    prefill = applications.lookup_applicant(office45, IIN, TUESDAY.date())
    assert prefill is not None
    assert prefill.household_id == household
    assert (prefill.surname, prefill.name, prefill.patronymic) == ("Серіков", "Асқар", "Бекұлы")
    assert prefill.birth_date == date(1980, 5, 17)
    assert "Әуезов көшесі" in prefill.address
    assert (
        applications.lookup_applicant(
            office45, make_iin(date(1990, 1, 1), "female", 1), TUESDAY.date()
        )
        is None
    )
    assert applications.lookup_applicant(office45, "12345", TUESDAY.date()) is None
    result = applications.submit(office45, _person(), TUESDAY, by(office45))
    assert result.household_id == household


def test_filters_and_russian_documents(office45: Database) -> None:
    first = applications.submit(office45, _person(language="ru"), TUESDAY, by(office45))
    applications.submit(
        office45,
        _person(service=1, documents_presented=("id_card", "application"), surname="Иванова"),
        TUESDAY + timedelta(days=1),
        by(office45),
    )
    assert len(applications.applications(office45, service=2, now=TUESDAY)) == 1
    assert len(applications.applications(office45, status="refused", now=TUESDAY)) == 0
    found = applications.applications(office45, text="иванова", now=TUESDAY)
    assert [r.service for r in found] == [1]
    assert len(applications.applications(office45, text="0001", now=TUESDAY)) == 1
    day = TUESDAY.date()
    assert len(applications.applications(office45, date_from=day, date_to=day)) == 1
    assert len(applications.applications(office45, date_from=day + timedelta(days=1))) == 1
    talon = applications.talon_data(office45, first.id)
    assert talon.service_name == "Сведения о поголовье скота"
    assert talon.office_phone
    reprint = applications.talon_document(office45, first.id, copy=True)
    assert reprint.language == "ru" and reprint.file_name.endswith("-copy.pdf")


def test_every_step_keeps_who_took_it(office45: Database) -> None:
    clerk = by(office45)
    accepted = applications.submit(office45, _person(), TUESDAY, clerk)
    other = Actor(SYSTEM.staff_id, SYSTEM.name)  # someone else hands the result over
    applications.mark_ready(office45, accepted.id, clerk, TUESDAY + timedelta(hours=2))
    applications.mark_issued(office45, accepted.id, other, TUESDAY + timedelta(days=1))
    with office45.read() as session:
        row = session.get(Application, accepted.id)
        assert row is not None
        assert (row.received_by, row.received_by_id) == ("Ахметова Г. С.", clerk.staff_id)
        assert (row.ready_by, row.ready_by_id) == ("Ахметова Г. С.", clerk.staff_id)
        assert (row.issued_by, row.issued_by_id) == (other.name, other.staff_id)
