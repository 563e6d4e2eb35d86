"""The Applications list's window: pages that join without gaps, the count, where one
application stands, the day's view, and typed words in Kazakh and Russian in any case."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from db.engine import Database
from db.models import Application
from desktop.core.actor import SYSTEM, Actor
from desktop.core.iin import make_iin
from desktop.core.localtime import aware
from desktop.services import application_list, applications
from desktop.services.application_list import ListFilter

TUESDAY = datetime(2026, 11, 24, 10, 15)
DAY = TUESDAY.date()


def _application(number: int, handed_in: datetime, **values: Any) -> Application:
    status = values.pop("status", "issued")
    fields: dict[str, Any] = {
        "origin_office": 100,
        "service": 1 + number % 2,
        "applicant_kind": "individual",
        "national_number": make_iin(date(1970, 1, 1) + timedelta(days=number), "male", number),
        "surname": "Серіков",
        "name": "Асқар",
        "language": "kk",
        "rule_set": "test",
        "documents_presented": [],
        "missing_documents": [],
        "status": status,
        "handed_in_at": aware(handed_in),
        "received_by": "Ахметова Г. С.",
        "received_by_id": SYSTEM.staff_id,
        "registration_number": None if status == "refused" else f"100-2026-{number:04d}",
    }
    fields.update(values)
    return Application(**fields)


def _add(db: Database, rows: Iterable[Application]) -> None:
    with db.write(SYSTEM) as session:
        session.add_all(list(rows))


@pytest.fixture
def many(db: Database) -> Database:
    """250 issued applications, some handed in at the very same moment (ties)."""
    _add(
        db,
        (
            _application(n, TUESDAY - timedelta(days=40) + timedelta(hours=n // 3))
            for n in range(250)
        ),
    )
    return db


def _ids(rows: Iterable[application_list.ApplicationRow]) -> list[Any]:
    return [row.id for row in rows]


def test_pages_join_without_gaps_or_repeats_in_the_full_order(many: Database) -> None:
    everything = application_list.page(many, ListFilter(), TUESDAY, limit=None)
    assert everything.next is None and len(everything.rows) == 250
    moments = [row.handed_in_at for row in everything.rows]
    assert moments == sorted(moments, reverse=True)  # newest first

    seen, after = [], None
    while True:
        page = application_list.page(many, ListFilter(), TUESDAY, after=after, limit=40)
        seen += page.rows
        after = page.next
        if after is None:
            break
    assert _ids(seen) == _ids(everything.rows)
    assert application_list.count(many, ListFilter()) == 250
    assert application_list.count(many, ListFilter(), limit=249) == 250  # "more than 249"
    assert application_list.count(many, ListFilter(), limit=100) == 101
    assert application_list.count(many, ListFilter(service=1), limit=100) == 101


def test_position_says_where_an_application_stands_in_the_window(many: Database) -> None:
    rows = application_list.page(many, ListFilter(), TUESDAY, limit=None).rows
    for index in (0, 1, 2, 137, 249):
        assert application_list.position(many, ListFilter(), rows[index].id) == index
    service_1 = ListFilter(service=1)
    filtered = application_list.page(many, service_1, TUESDAY, limit=None).rows
    assert application_list.position(many, service_1, filtered[-1].id) == len(filtered) - 1
    assert rows[0].service == 2
    assert application_list.position(many, service_1, rows[0].id) is None


def test_the_days_view_holds_the_open_ones_and_what_happened_that_day(db: Database) -> None:
    old = TUESDAY - timedelta(days=30)
    rows = {
        "open_old": _application(1, old, status="ready"),
        "accepted_old": _application(2, old, status="accepted"),
        "issued_old": _application(3, old),
        "refused_old": _application(4, old, status="refused"),
        "issued_today": _application(5, old, issued_at=aware(TUESDAY)),
        "refused_today": _application(6, TUESDAY, status="refused"),
        "issued_yesterday": _application(7, old, issued_at=aware(TUESDAY - timedelta(days=1))),
    }
    _add(db, rows.values())
    found = application_list.page(db, ListFilter(day=DAY), TUESDAY).rows
    names = {name for name, row in rows.items() if row.id in _ids(found)}
    assert names == {"open_old", "accepted_old", "issued_today", "refused_today"}
    assert application_list.count(db, ListFilter(day=DAY)) == 4
    assert application_list.count(db, ListFilter(day=DAY), limit=2) == 3
    first = application_list.page(db, ListFilter(day=DAY), TUESDAY, limit=3)
    rest = application_list.page(db, ListFilter(day=DAY), TUESDAY, after=first.next, limit=3)
    assert rest.next is None and _ids(first.rows + rest.rows) == _ids(found)
    moments = [(row.handed_in_at, row.id) for row in found]
    assert [moment for moment, _ in moments] == sorted((m for m, _ in moments), reverse=True)
    for index, row in enumerate(found):
        assert application_list.position(db, ListFilter(day=DAY), row.id) == index
    assert application_list.position(db, ListFilter(day=DAY), rows["issued_old"].id) is None
    ready = application_list.page(db, ListFilter(day=DAY, status="ready"), TUESDAY).rows
    assert _ids(ready) == [rows["open_old"].id]
    issued = application_list.page(db, ListFilter(day=DAY, status="issued"), TUESDAY).rows
    assert _ids(issued) == [rows["issued_today"].id]


def test_dates_status_and_service_filter_in_the_query(db: Database) -> None:
    _add(
        db,
        [
            _application(1, TUESDAY - timedelta(days=3)),
            _application(2, TUESDAY - timedelta(days=2), status="ready"),
            _application(3, TUESDAY),
        ],
    )
    before = ListFilter(date_to=DAY - timedelta(days=2))
    assert len(application_list.page(db, before, TUESDAY).rows) == 2
    both_ends = ListFilter(date_from=DAY - timedelta(days=3), date_to=DAY - timedelta(days=3))
    assert len(application_list.page(db, both_ends, TUESDAY).rows) == 1
    assert len(application_list.page(db, ListFilter(status="ready"), TUESDAY).rows) == 1
    assert len(application_list.page(db, ListFilter(service=1), TUESDAY).rows) == 1


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("шалқарбаев", 1),
        ("ШАЛҚАРБАЕВ", 1),
        ("Шалқар ӘЙГЕРІМ", 1),  # words in any order, any case, Kazakh letters
        ("ЁЛКИНА", 1),  # ё and е alike
        ("ПЕТРОВА анна", 1),
        ("ва", 2),  # a part of a word
        ("800101", 1),  # the beginning of an IIN
        ("800101400016", 1),  # a whole IIN
        ("800101400017", 0),
        ("2026-0002", 1),  # the registration number
        ("шалкарбаев", 0),  # қ is not к
        ("_", 0),  # LIKE's wildcard is a plain character here
    ],
)
def test_typed_words_match_names_and_numbers_in_any_case(
    db: Database, typed: str, found: int
) -> None:
    _add(
        db,
        [
            _application(
                1,
                TUESDAY,
                surname="Шалқарбаева",
                name="Әйгерім",
                national_number="800101400016",
            ),
            _application(2, TUESDAY, surname="Петрова", name="Анна", patronymic="Елкина"),
        ],
    )
    rows = application_list.page(db, ListFilter(text=typed), TUESDAY).rows
    assert len(rows) == found
    assert application_list.count(db, ListFilter(text=typed)) == found


def test_search_text_follows_an_application_through_its_changes(
    configured_db: Database, clerk: Actor
) -> None:
    data = applications.ApplicationInput(
        2,
        "individual",
        make_iin(date(1980, 5, 17), "male", 42),
        "СЕРІКОВ",
        "Асқар",
        documents_presented=("id_card", "application", "veterinary_passport"),
    )
    submitted = applications.submit(configured_db, data, TUESDAY, clerk)
    applications.mark_ready(configured_db, submitted.id, clerk, TUESDAY)
    with configured_db.read() as session:
        stored = session.get(Application, submitted.id)
        assert stored is not None
        assert stored.search_text == f"100-2026-0001 {data.national_number} серіков асқар"
    [row] = application_list.page(configured_db, ListFilter(text="100-2026-0001"), TUESDAY).rows
    assert row.status == "ready"
