"""Complaints through the service: numbering, the dates under each law (counted by hand below on
the test's own calendar), extension, forwarding, answer, bad input leaving nothing behind,
the register's filters, the indicator counts and two registering clerks at once."""

from __future__ import annotations

import calendar
import io
import threading
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import func, select

from db.engine import Database
from db.models import Complaint, ComplaintEvent
from desktop.core.actor import SYSTEM, Actor
from desktop.core.iin import make_bin, make_iin
from desktop.core.localtime import aware
from desktop.services import (
    complaint_papers,
    complaint_terms,
    complaints,
    household_writer,
    office,
    settings,
)
from desktop.services.complaints import ComplaintError, ComplaintInput
from desktop.services.household_values import HouseholdData, MemberData
from tests.core.hand_calendar import hand_calendar
from tests.helpers import CLERK, acting_as

IIN = make_iin(date(1980, 5, 17), "male", 42)
BIN = make_bin(2015, 3, 4, 0, 123)
NAURYZ_SATURDAY = datetime(2026, 3, 21, 11, 0)
CALENDAR = hand_calendar()


def _complaint(**changes: object) -> ComplaintInput:
    data = ComplaintInput(
        channel="oral",
        complainant_kind="individual",
        national_number=IIN,
        surname="Серіков",
        name="Асқар",
        patronymic="Бекұлы",
        text="Анықтама уақытында берілмеді.",
        phone="8 701 000 00 00",
        attachments=("Өтініш көшірмесі", " "),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


@pytest.fixture
def office45(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """Office 45 on the test's hand-written calendar (its holidays listed, no library's)."""
    monkeypatch.setattr(complaints, "working_calendar", lambda _db=None: CALENDAR)
    office.configure(db, 45, CLERK, SYSTEM, aware(NAURYZ_SATURDAY))
    return db


def by(db: Database) -> Actor:
    actor = office.current_actor(db)
    assert actor is not None
    return actor


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_dates_used_here_are_the_weekdays_they_claim() -> None:
    assert calendar.weekday(2026, 3, 21) == calendar.SATURDAY
    assert calendar.weekday(2026, 3, 26) == calendar.THURSDAY
    assert calendar.weekday(2026, 4, 10) == calendar.FRIDAY
    assert calendar.weekday(2026, 5, 26) == calendar.TUESDAY
    assert calendar.weekday(2020, 12, 17) == calendar.THURSDAY
    assert calendar.weekday(2020, 12, 19) == calendar.SATURDAY
    assert calendar.weekday(2021, 1, 16) == calendar.SATURDAY


def test_a_saturday_in_nauryz_is_registered_on_the_next_working_day(office45: Database) -> None:
    # Administrative Procedure Code: received Saturday 21 March 2026; Sunday 22, then Nauryz
    # 23-25 March: registered Thursday 26 March. 15 working days after it: Mar 27 (1), 30, 31,
    # Apr 1, 2, 3 (6), 6-10 (11), 13, 14, 15, 16 (15): due Thursday 16 April.
    # Forwarding: 3 working days: Mar 27, 30, 31. Extension limit: 2 months: 26 May.
    row = complaints.register(office45, _complaint(), NAURYZ_SATURDAY, by(office45))
    assert row.number == "45-2026-K0001"
    assert row.terms_id == "apc-350-vi-2021"
    assert row.received_at == NAURYZ_SATURDAY
    assert row.registered_on == date(2026, 3, 26)
    assert row.registration_moved
    assert row.due_on == date(2026, 4, 16)
    assert row.forward_by == date(2026, 3, 31)
    assert row.extension_limit == date(2026, 5, 26)
    assert row.status == "registered"
    assert row.attachments == ("Өтініш көшірмесі",)
    assert row.subject_name == office.workplace(office45).office.name  # type: ignore[union-attr]
    history = complaints.history(office45, row.id)
    assert [(h.action, h.acted_by) for h in history] == [("registered", "Ахметова Г. С.")]


def test_the_2007_law_counts_calendar_days_over_new_year(office45: Database) -> None:
    # Law No 221: received Thursday 17 Dec 2020, registered the same day. 15 calendar days:
    # 1 Jan 2021, a holiday; 2-3 Jan weekend; 4 Jan holiday (observed): due Tuesday 5 Jan.
    # Extension limit 30 calendar days: Saturday 16 Jan, so Monday 18 Jan.
    row = complaints.register(office45, _complaint(), datetime(2020, 12, 17, 9, 30), by(office45))
    assert row.number == "45-2020-K0001"
    assert row.terms_id == "law-221-2007"
    assert (row.registered_on, row.due_on) == (date(2020, 12, 17), date(2021, 1, 5))
    assert row.extension_limit == date(2021, 1, 18)
    # A Saturday receipt under that law is registered the day it came: 19 Dec + 15 = Sunday
    # 3 Jan, then 4 Jan (holiday): due 5 Jan.
    saturday = complaints.register(
        office45, _complaint(), datetime(2020, 12, 19, 10, 0), by(office45)
    )
    assert saturday.registered_on == date(2020, 12, 19)
    assert not saturday.registration_moved
    assert saturday.due_on == date(2021, 1, 5)


def test_an_administrator_sets_an_unconfirmed_term_and_the_talon_paper(
    office45: Database,
) -> None:
    clerk = by(office45)
    before = complaints.register(office45, _complaint(), NAURYZ_SATURDAY, clerk)
    shown = {(t.terms_id, t.name): t for t in complaint_terms.term_settings(office45)}
    assert shown[("apc-350-vi-2021", "review")].default == 15
    assert not shown[("apc-350-vi-2021", "review")].confirmed
    with pytest.raises(ComplaintError) as zero:
        complaint_terms.save_term_settings(
            office45, {("apc-350-vi-2021", "review"): 0}, acting_as(clerk, "administrator")
        )
    assert zero.value.code == "term_too_short"
    complaint_terms.save_term_settings(
        office45, {("apc-350-vi-2021", "review"): 10}, acting_as(clerk, "administrator")
    )
    with office45.read() as session:
        stored = settings.get_setting(session, settings.COMPLAINT_TERMS)
    assert stored == {"apc-350-vi-2021": {"review": 10}}
    # 10 working days after Thursday 26 March: Mar 27, 30, 31, Apr 1, 2, 3, 6, 7, 8, 9.
    row = complaints.register(office45, _complaint(), NAURYZ_SATURDAY, clerk)
    assert row.due_on == date(2026, 4, 9)
    # The complaint registered before keeps its date.
    assert complaints.complaint(office45, before.id, date(2026, 4, 1)).due_on == date(2026, 4, 16)

    assert complaint_papers.talon_page(office45) == "a4-half"
    complaint_papers.save_talon_page(office45, "receipt", acting_as(clerk, "administrator"))
    talon = complaint_papers.talon_document(office45, row.id, NAURYZ_SATURDAY)
    width = PdfReader(io.BytesIO(talon.pdf())).pages[0].mediabox.width
    assert round(float(width)) == round(80 * mm)


def test_extension_once_with_a_reason_and_a_notice(office45: Database) -> None:
    clerk = by(office45)
    row = complaints.register(office45, _complaint(), NAURYZ_SATURDAY, clerk)
    decided = datetime(2026, 4, 10, 15, 0)
    with pytest.raises(ComplaintError) as missing:
        complaints.extend(office45, row.id, "  ", decided, clerk)
    assert (missing.value.field, missing.value.code) == ("reason", "extension_reason_required")
    with pytest.raises(ComplaintError) as too_far:
        complaints.extend(office45, row.id, "сұрау", decided, clerk, date(2026, 5, 27))
    assert too_far.value.code == "extension_beyond_limit"
    assert too_far.value.params == {"latest": date(2026, 5, 26)}
    assert complaints.complaint(office45, row.id, decided.date()).due_on == date(2026, 4, 16)
    assert len(complaints.history(office45, row.id)) == 1  # nothing saved half way

    extended = complaints.extend(office45, row.id, "Бөлімнен мәлімет сұралды", decided, clerk)
    assert extended.due_on == date(2026, 5, 26)
    assert extended.previous_due_on == date(2026, 4, 16)
    # The notice within 3 working days of Friday 10 April: 13, 14, 15 April.
    assert extended.extension_notice_by == date(2026, 4, 15)
    with pytest.raises(ComplaintError) as again:
        complaints.extend(office45, row.id, "тағы", decided, clerk)
    assert again.value.code == "extension_already_used"
    history = complaints.history(office45, row.id)
    assert [h.action for h in history] == ["registered", "extended"]
    assert history[1].reason == "Бөлімнен мәлімет сұралды"
    notice = complaint_papers.extension_notice_document(office45, row.id, decided)
    assert notice.kind == "extension-notice" and notice.language == "kk"


def test_forwarding_stops_the_clock(office45: Database) -> None:
    clerk = by(office45)
    row = complaints.register(office45, _complaint(subject="department"), NAURYZ_SATURDAY, clerk)
    assert "ауыл шаруашылығы" in row.subject_name.lower()
    with pytest.raises(ComplaintError) as nowhere:
        complaints.forward(office45, row.id, " ", datetime(2026, 3, 30, 10), clerk)
    assert nowhere.value.field == "forwarded_to"
    forwarded = complaints.forward(
        office45, row.id, "Бұқар жырау ауданының ауыл шаруашылығы бөлімі",
        datetime(2026, 3, 30, 10), clerk,
    )  # fmt: skip
    assert forwarded.status == "forwarded"
    assert forwarded.state == "forwarded"
    # Long after the due date, a forwarded complaint is not overdue here.
    assert complaints.complaint(office45, row.id, date(2026, 6, 1)).state == "forwarded"
    document = complaint_papers.forwarding_notice_document(
        office45, row.id, datetime(2026, 3, 30, 10)
    )
    assert document.kind == "forwarding-notice"


def test_answer_not_before_registration_then_close(office45: Database) -> None:
    clerk = by(office45)
    row = complaints.register(office45, _complaint(), NAURYZ_SATURDAY, clerk)
    now = datetime(2026, 4, 14, 11, 0)
    with pytest.raises(ComplaintError) as early:
        complaints.answer(office45, row.id, True, date(2026, 3, 25), "Жауап", now, clerk)
    assert (early.value.field, early.value.code) == ("answered_on", "answer_before_registration")
    with pytest.raises(ComplaintError) as empty:
        complaints.answer(office45, row.id, True, date(2026, 4, 14), "", now, clerk)
    assert empty.value.field == "summary"
    answered = complaints.answer(
        office45, row.id, True, date(2026, 4, 14), "Анықтама берілді", now, clerk
    )
    assert (answered.status, answered.state, answered.justified) == (
        "answered", "answered_in_time", True,
    )  # fmt: skip
    assert answered.answered_by == "Ахметова Г. С."
    closed = complaints.close(office45, row.id, now, clerk)
    assert closed.status == "closed"
    with pytest.raises(ComplaintError) as shut:
        complaints.extend(office45, row.id, "себеп", now, clerk)
    assert shut.value.code == "complaint_closed"
    actions = [h.action for h in complaints.history(office45, row.id)]
    assert actions == ["registered", "answered", "closed"]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"text": "   "}, "text", "text_required"),
        ({"channel": ""}, "channel", "channel_required"),
        ({"national_number": IIN[:-1] + str((int(IIN[-1]) + 1) % 10)}, "national_number",
         "iin_check_digit"),
        ({"complainant_kind": "legal_entity", "national_number": BIN}, "organization", "required"),
        ({"surname": ""}, "surname", "required"),
        ({"email": "no-at-sign"}, "email", "bad_email"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_and_nothing_is_saved(
    office45: Database, changes: dict[str, object], field: str, code: str
) -> None:
    with pytest.raises(ComplaintError) as refused:
        complaints.register(office45, _complaint(**changes), NAURYZ_SATURDAY, by(office45))
    assert (refused.value.field, refused.value.code) == (field, code)
    assert count(office45, Complaint) == 0
    assert count(office45, ComplaintEvent) == 0
    # The refused one took no number: the next complaint is the year's first.
    assert complaints.register(office45, _complaint(), NAURYZ_SATURDAY, by(office45)).number == (
        "45-2026-K0001"
    )


def test_legal_entity_and_household_found_by_iin(office45: Database) -> None:
    clerk = by(office45)
    household = household_writer.create_household(
        office45,
        HouseholdData("0101", "Ботақара", date(2010, 3, 1), street="Әуезов көшесі", house="12"),
        MemberData("Серіков", "Асқар", "head", date(2010, 3, 1), patronymic="Бекұлы", iin=IIN),
        clerk,
        date(2026, 3, 1),
    )
    person = complaints.register(office45, _complaint(), NAURYZ_SATURDAY, clerk)
    assert person.household_id == household
    legal = complaints.register(
        office45,
        _complaint(complainant_kind="legal_entity", national_number=BIN, organization="«Дала» ЖШС"),
        NAURYZ_SATURDAY,
        clerk,
    )
    assert legal.household_id is None
    assert legal.complainant == "«Дала» ЖШС (Серіков Асқар Бекұлы)"


def test_filters_attention_and_indicator_counts(office45: Database) -> None:
    clerk = by(office45)
    first = complaints.register(office45, _complaint(), NAURYZ_SATURDAY, clerk)  # due 16 Apr
    written = complaints.register(
        office45, _complaint(channel="written"), datetime(2026, 4, 2, 10), clerk
    )  # registered 2 Apr; 15 working days: Apr 3, 6-10, 13-17, 20-23: due 23 April
    assert written.due_on == date(2026, 4, 23)
    # On Tuesday 14 April the first is due within 2 working days (15, 16 April).
    rows = complaints.complaints(office45, date(2026, 4, 14))
    assert [r.number for r in rows] == ["45-2026-K0002", "45-2026-K0001"]
    assert {r.number: r.state for r in rows} == {
        "45-2026-K0001": "due_soon", "45-2026-K0002": "open",
    }  # fmt: skip
    assert complaints.attention(office45, date(2026, 4, 14)) == complaints.Attention(0, 1)
    assert complaints.attention(office45, date(2026, 4, 17)) == complaints.Attention(1, 0)
    overdue = complaints.complaints(office45, date(2026, 4, 17), overdue_only=True)
    assert [r.number for r in overdue] == ["45-2026-K0001"]
    assert [
        r.number for r in complaints.complaints(office45, date(2026, 4, 14), channel="written")
    ] == ["45-2026-K0002"]
    assert complaints.complaints(office45, date(2026, 4, 14), subject="department") == []
    due = complaints.complaints(office45, date(2026, 4, 14), due_by=date(2026, 4, 20))
    assert [r.number for r in due] == ["45-2026-K0001"]
    # The first answered justified on 20 April (late), the second justified on 22 April (in time).
    complaints.answer(
        office45, first.id, True, date(2026, 4, 20), "Иә", datetime(2026, 4, 20, 9), clerk
    )
    complaints.answer(
        office45, written.id, True, date(2026, 4, 22), "Иә", datetime(2026, 4, 22, 9), clerk
    )
    counts = complaints.indicator_counts(office45, date(2026, 4, 1), date(2026, 4, 30))
    assert counts == complaints.IndicatorCounts(
        justified_registered=1, justified_decided=2, justified_in_time=1
    )
    assert complaints.complaints(office45, date(2026, 4, 23), status="answered")[0].state in (
        "answered_in_time",
        "answered_late",
    )


def test_two_clerks_registering_at_once_never_share_or_skip_a_number(
    office45: Database,
) -> None:
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    clerk = by(office45)

    def work() -> None:
        try:
            for _ in range(8):
                row = complaints.register(office45, _complaint(), NAURYZ_SATURDAY, clerk)
                with lock:
                    numbers.append(row.number)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(numbers) == [f"45-2026-K{n:04d}" for n in range(1, 17)]
