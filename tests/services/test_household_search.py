"""The two search indexes, SQLite's FTS5 and PostgreSQL's, find the same households."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from db.engine import Database
from db.models import Household
from desktop.core.actor import SYSTEM
from desktop.core.clock import SystemClock
from desktop.core.iin import make_iin
from desktop.services import household_search as hs
from desktop.services import household_writer as hw
from desktop.services import office, sync_search
from desktop.services.household_search import fts5, postgresql
from desktop.services.household_values import HouseholdData, MemberData
from tests.helpers import CLERK

OPENED = date(2020, 1, 1)
TODAY = date(2026, 11, 25)

# account, locality, street, house, apartment, members (surname, name, patronymic, sex)
BOOK = [
    ("0001", "Ботақара", "Абай", "12", "", [("Шалқарбаев", "Ерлан", "Серікұлы", "male")]),
    ("0002", "Ботақара", "Абай", "12/3", "4", [("Сёмина", "Алёна", "", "female")]),
    ("0003", "Ботақара", "Мұқанов", "7", "", [("Әбілов", "Нұрлан", "Қайратұлы", "male")]),
    (
        "0004",
        "Қарағанды",
        "Бұқар жырау",
        "1",
        "",
        [("Жақыпова-Әлиева", "Гүлнар", "", "female"), ("Әлиев", "Ерлан", "Бекұлы", "male")],
    ),
    ("DEMO-000001", "Ботақара", "Сейфуллин", "2", "", [("Ивáнов", "Иван", "", "male")]),
    ("К-12/5", "Үштөбе", "Гагарин", "30", "", [("Ыбырайұлы", "Ұлан", "", "male")]),
    ("0007", "Ботақара", "Абая", "3", "", [("Абаев", "Абай", "Абайұлы", "male")]),
]
QUERIES = [
    "шалқарбаев",
    "ШАЛҚ",
    "ерлан",
    "ерлан шалқ",
    "серікұлы ерлан",
    "семина алена",
    "сёмина",
    "абай",
    "абай 12",
    "12/3",
    "12",
    "мұқ",
    "әбілов нұрлан",
    "жақыпова",
    "жақыпова-әлиева",
    "әлиева",
    "әли",
    "demo",
    "DEMO-0000",
    "000001",
    "к-12",
    "12/5",
    "ұлан",
    "үштөбе",
    "гагарин 30",
    "бұқар жырау",
    "жырау бұқар",
    "ботақара абай",
    "0007",
    "00",
    "иван",
    "ивáнов",
    "-",
    "нет такого",
]


def _fill(db: Database) -> None:
    office.configure(db, 100, CLERK, SYSTEM, SystemClock().now())
    actor = office.current_actor(db)
    assert actor is not None
    serial = 0
    for account, locality, street, house, apartment, people in BOOK:
        (surname, name, patronymic, sex), *others = people
        serial += 1
        household_id = hw.create_household(
            db,
            HouseholdData(
                account, locality, OPENED, street=street, house=house, apartment=apartment
            ),
            MemberData(
                surname,
                name,
                "head",
                OPENED,
                iin=make_iin(date(1970, 1, serial), sex, serial),
                patronymic=patronymic,
            ),
            actor,
            TODAY,
        )
        for surname, name, patronymic, sex in others:
            serial += 1
            hw.add_member(
                db,
                household_id,
                MemberData(
                    surname,
                    name,
                    "spouse",
                    OPENED,
                    iin=make_iin(date(1970, 1, serial), sex, serial),
                    patronymic=patronymic,
                ),
                actor,
                TODAY,
            )


@pytest.fixture
def both(db_path: Path, pg_url: str) -> Iterator[tuple[Database, Database]]:
    sqlite, server = Database(db_path), Database(pg_url)
    _fill(sqlite)
    _fill(server)
    yield sqlite, server
    sqlite.dispose()
    server.dispose()


def _found(db: Database, query: str) -> set[str]:
    return {hit.account_number for hit in hs.search(db, query)}


def test_sqlite_and_postgresql_find_the_same_households(both: tuple[Database, Database]) -> None:
    sqlite, server = both
    found = {query: _found(sqlite, query) for query in QUERIES}
    assert {query: _found(server, query) for query in QUERIES} == found
    # The comparison means something: most queries find a few households, none finds all.
    assert sum(1 for hits in found.values() if hits) >= len(QUERIES) - 4
    assert all(len(hits) < len(BOOK) for hits in found.values())
    iin = make_iin(date(1970, 1, 1), "male", 1)
    assert _found(server, iin) == _found(sqlite, iin) == {"0001"}


def test_a_name_match_ranks_first_on_both(both: tuple[Database, Database]) -> None:
    """ "абай" is a name in 0007 and a street of 0001 and 0002: the name comes first."""
    for db in both:
        hits = hs.search(db, "абай")
        assert hits[0].account_number == "0007"
        assert {h.account_number for h in hits[1:]} == {"0001", "0002"}


def test_typed_words_become_the_phrases_fts5_matches() -> None:
    assert postgresql.phrases("Жақыпова-Әлиева 12/3 DEMO-0000") == [
        "жақыпова әлиева",
        "12 3",
        "demo 0000",
    ]
    assert postgresql.phrases("- / ерлан_") == ["ерлан"]


def test_a_match_set_past_the_ranked_limit_still_fills_the_list_and_narrow_ones_rank_whole(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the first RANKED matches are ranked (the cost stays bounded as the book grows):
    a query matching more still returns hits, one matching fewer ranks as before."""
    db = Database(db_path)
    _fill(db)
    whole = hs.search(db, "абай")
    monkeypatch.setattr(fts5, "RANKED", 2)
    assert len(hs.search(db, "б")) == 2  # every household has a б; two of them are ranked
    capped = {h.account_number for h in hs.search(db, "абай")}
    assert len(capped) == 2 < len(whole) == 3 and capped < {h.account_number for h in whole}
    monkeypatch.setattr(fts5, "RANKED", 2000)
    assert [h.account_number for h in hs.search(db, "абай")] == [h.account_number for h in whole]
    with db.read() as session:  # the prefix indexes of migration 0015
        sql = session.execute(text("SELECT sql FROM sqlite_master WHERE name = 'household_search'"))
        assert "prefix = '1 2 3'" in sql.scalar_one()
    db.dispose()


def test_many_rows_are_taken_into_the_postgresql_index_at_once(
    both: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many search rows (an import's) go through the trigram index's pending list and are merged
    in one pass, with the server's limit put back in the transaction; the same households are
    found."""
    sqlite, server = both
    monkeypatch.setattr(postgresql, "MANY", 2)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    with server.read() as session:
        household_ids = [str(i) for i in session.scalars(select(Household.id))]
        limit = session.scalar(select(func.current_setting("gin_pending_list_limit")))
    event.listen(server.engine, "before_cursor_execute", seen)
    try:
        with server.write(SYSTEM) as work:
            sync_search.refresh(work, household_ids)
            assert work.scalar(select(func.current_setting("gin_pending_list_limit"))) == limit
    finally:
        event.remove(server.engine, "before_cursor_execute", seen)
    assert len(household_ids) >= 2
    assert any("gin_clean_pending_list" in s for s in statements)
    assert {query: _found(server, query) for query in QUERIES} == {
        query: _found(sqlite, query) for query in QUERIES
    }
