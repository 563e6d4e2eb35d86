"""A pasted page in a search box is searched by its beginning, not word by word to the end."""

from __future__ import annotations

from datetime import date

from db.engine import Database
from desktop.core.actor import Actor
from desktop.core.textsearch import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_WORDS,
    matches_all_words,
    query_words,
)
from desktop.services import household_search as hs
from desktop.services import household_writer as hw
from desktop.services.household_search.fts5 import match_expression
from desktop.services.household_search.postgresql import phrases
from desktop.services.household_values import HouseholdData, MemberData

PAGE = " ".join(f"сөз{i}" for i in range(20_000))


def test_query_words_are_bounded_in_count_and_length() -> None:
    assert len(query_words(PAGE)) == MAX_QUERY_WORDS
    assert query_words("Шалқарбаев  ЕРЛАН") == ["шалқарбаев", "ерлан"]
    long_word = "а" * 50_000
    assert query_words(long_word) == ["а" * MAX_QUERY_LENGTH]


def test_both_search_indexes_get_a_bounded_query() -> None:
    assert match_expression(PAGE).count("*") == MAX_QUERY_WORDS
    assert len(phrases(PAGE)) == MAX_QUERY_WORDS


def test_a_20000_word_search_finds_by_its_first_words(
    configured_db: Database, clerk: Actor
) -> None:
    opened = date(2020, 1, 1)
    hw.create_household(
        configured_db,
        HouseholdData("0001", "Ботақара", opened),
        MemberData("Шалқарбаев", "Ерлан", "head", opened, sex="male"),
        clerk,
        date(2026, 11, 25),
    )
    hits = hs.search(configured_db, "шалқарбаев ерлан " + " ".join(["ерлан"] * 20_000))
    assert [h.account_number for h in hits] == ["0001"]
    assert hs.search(configured_db, PAGE) == []


def test_an_office_filter_with_a_pasted_page_looks_at_its_beginning() -> None:
    beyond = "ботақара" + " " * MAX_QUERY_LENGTH + "басқа"
    assert matches_all_words("Ботақара ауылы", beyond)
    assert not matches_all_words("Ботақара ауылы", "ботақара басқа")
